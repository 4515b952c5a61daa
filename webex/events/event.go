package events

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/gowebex/sdk/internal/httpx"
)

// Event is one thing that happened in the organization, as the compliance
// events API returns it: who (ActorID) did what (Type) to which kind of
// resource (Resource), and when.
//
// Data is the resource as it was at the event, kept as raw JSON because its
// shape depends on Resource. Decode it with the method for the resource
// ([Event.Message], [Event.Membership], [Event.Room],
// [Event.AttachmentAction], [Event.Meeting], [Event.MeetingMessage],
// [Event.CallRecord]) or, for any other resource, with [Event.DecodeData].
//
// Note that the Webex API reference shows one "data" object carrying the
// fields of messages, meetings, meeting messages and call records at once;
// a real event carries only those of its own resource.
// See https://developer.webex.com/docs/api/v1/events.
type Event struct {
	ID string `json:"id"`
	// Resource is the kind of resource, such as [ResourceMessages].
	Resource Resource `json:"resource"`
	// Type is what happened, such as [TypeCreated].
	Type Type `json:"type"`
	// AppID is the id of the application behind the event, if any. (The
	// API reference's example shows the string "null" here.)
	AppID string `json:"appId,omitempty"`
	// ActorID is the id of the person who acted.
	ActorID string    `json:"actorId"`
	OrgID   string    `json:"orgId"`
	Created time.Time `json:"created,omitzero"`
	// Data is the resource's JSON; see the decoding methods of Event.
	Data json.RawMessage `json:"data,omitempty"`
}

// Resource is the kind of resource a compliance event is about:
// [Event.Resource] and [ListParams.Resource].
type Resource string

// Resources, as the Webex API reference lists them for compliance events.
const (
	ResourceAttachmentActions   Resource = "attachmentActions"   // a card was submitted
	ResourceBusinessTexts       Resource = "businessTexts"       // an SMS was sent or received
	ResourceCallRecords         Resource = "call_records"        // a Webex call was made to or from a user
	ResourceConvergedRecordings Resource = "convergedRecordings" // a Webex call was recorded; needs ServiceType
	ResourceFileTranscodings    Resource = "file_transcodings"   // a file preview changed
	ResourceFiles               Resource = "files"               // a file was downloaded
	ResourceMeetingMessages     Resource = "meetingMessages"     // a message exchanged in a meeting
	ResourceMeetings            Resource = "meetings"            // a meeting (with type "ended")
	ResourceMeetingTranscripts  Resource = "meetingTranscripts"  // a Webex Assistant transcript
	ResourceMemberships         Resource = "memberships"         // a space membership
	ResourceMessages            Resource = "messages"            // a message
	ResourceRooms               Resource = "rooms"               // a space's classification
	ResourceTabs                Resource = "tabs"                // a tab of a space
)

// Type is what happened in a compliance event: [Event.Type] and
// [ListParams.Type].
type Type string

// Event types.
const (
	TypeCreated Type = "created" // the resource was created
	TypeUpdated Type = "updated" // a property of the resource changed
	TypeDeleted Type = "deleted" // the resource was deleted
	TypeEnded   Type = "ended"   // the meeting ended
)

// ServiceType narrows the events of a resource to one service:
// [ListParams.ServiceType].
type ServiceType string

// Service types.
const (
	// ServiceTypeCalling is the one service type, required with
	// [ResourceConvergedRecordings].
	ServiceTypeCalling ServiceType = "calling"
)

// ErrNoData is returned by the decoding methods of [Event] when the event
// has no data.
var ErrNoData = errors.New("events: event has no data")

// DecodeData decodes e.Data into v, for resources without a decoding method
// of their own.
func (e *Event) DecodeData(v any) error {
	if e == nil || len(e.Data) == 0 || string(e.Data) == "null" {
		return ErrNoData
	}
	if err := json.Unmarshal(e.Data, v); err != nil {
		return fmt.Errorf("events: decoding data of %s event %s: %w", e.Resource, e.ID, err)
	}
	return nil
}

// decodeAs decodes the data of e, which must be an event on resource.
func decodeAs[T any](e *Event, resource Resource) (*T, error) {
	if e == nil {
		return nil, httpx.Invalid("events", "nil event")
	}
	if e.Resource != resource {
		return nil, fmt.Errorf("events: event %s is a %q event, not %q", e.ID, e.Resource, resource)
	}
	var v T
	if err := e.DecodeData(&v); err != nil {
		return nil, err
	}
	return &v, nil
}

// Message decodes the data of a [ResourceMessages] event. It fails for
// events on other resources.
func (e *Event) Message() (*MessageData, error) { return decodeAs[MessageData](e, ResourceMessages) }

// Membership decodes the data of a [ResourceMemberships] event. It fails for
// events on other resources.
func (e *Event) Membership() (*MembershipData, error) {
	return decodeAs[MembershipData](e, ResourceMemberships)
}

// Room decodes the data of a [ResourceRooms] event. It fails for events on
// other resources.
func (e *Event) Room() (*RoomData, error) { return decodeAs[RoomData](e, ResourceRooms) }

// AttachmentAction decodes the data of a [ResourceAttachmentActions] event.
// It fails for events on other resources.
func (e *Event) AttachmentAction() (*AttachmentActionData, error) {
	return decodeAs[AttachmentActionData](e, ResourceAttachmentActions)
}

// Meeting decodes the data of a [ResourceMeetings] event. It fails for
// events on other resources.
func (e *Event) Meeting() (*MeetingData, error) { return decodeAs[MeetingData](e, ResourceMeetings) }

// MeetingMessage decodes the data of a [ResourceMeetingMessages] event. It
// fails for events on other resources.
func (e *Event) MeetingMessage() (*MeetingMessageData, error) {
	return decodeAs[MeetingMessageData](e, ResourceMeetingMessages)
}

// CallRecord decodes the data of a [ResourceCallRecords] event. It fails for
// events on other resources.
func (e *Event) CallRecord() (*CallRecordData, error) {
	return decodeAs[CallRecordData](e, ResourceCallRecords)
}
