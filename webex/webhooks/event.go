package webhooks

import "github.com/gowebex/sdk/webex/notify"

// Event is one delivery of a webhook: the webhook's registration, what
// happened (Resource and Event), who did it (ActorID) and Data, the changed
// object. It is [notify.Event], the type the realtime listener delivers
// too, so a function written for one transport works with the other.
type Event = notify.Event

// The data of each resource's events; see package notify.
type (
	MessageData          = notify.MessageData
	MembershipData       = notify.MembershipData
	RoomData             = notify.RoomData
	AttachmentActionData = notify.AttachmentActionData
	MeetingData          = notify.MeetingData
)
