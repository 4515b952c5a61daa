package notify

// Resource is what an event is about (and what a webhook watches).
type Resource string

// Resources, as the Webex API reference lists them for webhooks.
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

// EventType is the kind of change an [Event] reports.
type EventType string

// Event types, as the Webex API reference lists them for webhooks.
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

// Statuses of a webhook.
const (
	StatusActive   Status = "active"
	StatusInactive Status = "inactive"
)

// OwnedBy is who owns a webhook: [OwnedByOrg] for an organization-wide
// webhook, [OwnedByCreator] for one of its creator's.
type OwnedBy string

// Owners of a webhook.
const (
	OwnedByOrg     OwnedBy = "org"
	OwnedByCreator OwnedBy = "creator"
)
