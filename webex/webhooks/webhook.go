package webhooks

import (
	"time"

	"github.com/gowebex/sdk/webex/notify"
)

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
	// OwnedBy is OwnedByOrg for an organization-wide webhook and
	// OwnedByCreator otherwise.
	OwnedBy   OwnedBy `json:"ownedBy,omitempty"`
	OrgID     string  `json:"orgId,omitempty"`
	CreatedBy string  `json:"createdBy,omitempty"`
	AppID     string  `json:"appId,omitempty"`
}

// Resource is what a webhook watches; see [notify.Resource].
type Resource = notify.Resource

// Resources of [Webhook.Resource], as the Webex API reference lists them.
const (
	ResourceAttachmentActions   = notify.ResourceAttachmentActions
	ResourceDataSources         = notify.ResourceDataSources
	ResourceMemberships         = notify.ResourceMemberships
	ResourceMessages            = notify.ResourceMessages
	ResourceRooms               = notify.ResourceRooms
	ResourceMeetings            = notify.ResourceMeetings
	ResourceRecordings          = notify.ResourceRecordings
	ResourceConvergedRecordings = notify.ResourceConvergedRecordings
	ResourceMeetingParticipants = notify.ResourceMeetingParticipants
	ResourceMeetingTranscripts  = notify.ResourceMeetingTranscripts
	ResourceTelephonyCalls      = notify.ResourceTelephonyCalls
	ResourceTelephonyConference = notify.ResourceTelephonyConference
	ResourceTelephonyMWI        = notify.ResourceTelephonyMWI
	ResourceUCCounters          = notify.ResourceUCCounters
	ResourceServiceApp          = notify.ResourceServiceApp
	ResourceAdminBatchJobs      = notify.ResourceAdminBatchJobs
	ResourceAll                 = notify.ResourceAll
)

// EventType is the kind of change a webhook reports; see
// [notify.EventType].
type EventType = notify.EventType

// Event types of [Webhook.Event], as the Webex API reference lists them.
const (
	EventCreated       = notify.EventCreated
	EventUpdated       = notify.EventUpdated
	EventDeleted       = notify.EventDeleted
	EventStarted       = notify.EventStarted
	EventEnded         = notify.EventEnded
	EventJoined        = notify.EventJoined
	EventLeft          = notify.EventLeft
	EventMigrated      = notify.EventMigrated
	EventAuthorized    = notify.EventAuthorized
	EventDeauthorized  = notify.EventDeauthorized
	EventStatusChanged = notify.EventStatusChanged
	EventAll           = notify.EventAll
)

// Status is whether Webex is delivering a webhook's events; see
// [notify.Status].
type Status = notify.Status

// Statuses of [Webhook.Status].
const (
	StatusActive   = notify.StatusActive
	StatusInactive = notify.StatusInactive
)

// OwnedBy is who owns a webhook; see [notify.OwnedBy].
type OwnedBy = notify.OwnedBy

// Owners of [Webhook.OwnedBy].
const (
	OwnedByOrg     = notify.OwnedByOrg     // an organization-wide webhook
	OwnedByCreator = notify.OwnedByCreator // a webhook of its creator's
)
