package webhooks

import "time"

// Webhook is a registration that makes Webex POST events of one resource to
// a URL, as Webex returns it.
// See https://developer.webex.com/docs/api/v1/webhooks.
type Webhook struct {
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	TargetURL string    `json:"targetUrl"`
	Resource  Resource  `json:"resource"`
	Event     EventType `json:"event"`
	// Filter narrows the events, such as "roomId=…" or "mentionedPeople=me".
	Filter string `json:"filter,omitempty"`
	// Secret keys the X-Spark-Signature of every delivery; see [Verify].
	Secret string `json:"secret,omitempty"`
	// Status is inactive after Webex gave up on the target URL; Update with
	// StatusActive to turn it back on.
	Status  Status    `json:"status,omitempty"`
	Created time.Time `json:"created,omitzero"`
	// OwnedBy is "org" for an organization-wide webhook and "creator"
	// otherwise.
	OwnedBy   string `json:"ownedBy,omitempty"`
	OrgID     string `json:"orgId,omitempty"`
	CreatedBy string `json:"createdBy,omitempty"`
	AppID     string `json:"appId,omitempty"`
}

// Resource is what a webhook watches.
type Resource string

// Resources of [Webhook.Resource], as the Webex API reference lists them.
const (
	ResourceAttachmentActions   Resource = "attachmentActions"
	ResourceDataSources         Resource = "dataSources"
	ResourceMemberships         Resource = "memberships"
	ResourceMessages            Resource = "messages"
	ResourceRooms               Resource = "rooms"
	ResourceMeetings            Resource = "meetings"
	ResourceRecordings          Resource = "recordings"
	ResourceConvergedRecordings Resource = "convergedRecordings"
	ResourceMeetingParticipants Resource = "meetingParticipants"
	ResourceMeetingTranscripts  Resource = "meetingTranscripts"
	ResourceTelephonyCalls      Resource = "telephony_calls"
	ResourceTelephonyConference Resource = "telephony_conference"
	ResourceTelephonyMWI        Resource = "telephony_mwi"
	ResourceUCCounters          Resource = "uc_counters"
	ResourceServiceApp          Resource = "serviceApp"
	ResourceAdminBatchJobs      Resource = "adminBatchJobs"
	// ResourceAll, with EventAll, makes a "firehose" webhook for every
	// messaging resource and event (see the Webex webhooks guide).
	ResourceAll Resource = "all"
)

// EventType is the kind of change a webhook reports. (The delivery itself is
// an [Event].)
type EventType string

// Event types of [Webhook.Event], as the Webex API reference lists them.
const (
	EventCreated       EventType = "created"
	EventUpdated       EventType = "updated"
	EventDeleted       EventType = "deleted"
	EventStarted       EventType = "started" // a meeting started
	EventEnded         EventType = "ended"   // a meeting ended
	EventJoined        EventType = "joined"  // a participant joined
	EventLeft          EventType = "left"    // a participant left
	EventMigrated      EventType = "migrated"
	EventAuthorized    EventType = "authorized"   // a service app was authorized
	EventDeauthorized  EventType = "deauthorized" // a service app was deauthorized
	EventStatusChanged EventType = "statusChanged"
	// EventAll reports every event of the resource.
	EventAll EventType = "all"
)

// Status is whether Webex is delivering a webhook's events.
type Status string

// Statuses of [Webhook.Status].
const (
	StatusActive   Status = "active"
	StatusInactive Status = "inactive"
)

// OwnedByOrg is the OwnedBy value of an organization-wide webhook.
const OwnedByOrg = "org"
