package notify

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/gowebex/sdk/webex/attachments"
	"github.com/gowebex/sdk/webex/meetings"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/rooms"
)

// Event is one event, as a webhook delivers it and as the realtime
// listener (package realtime) hands it over: what happened (Resource and
// Event), who did it (ActorID), and Data, the changed object in the
// webhook's shape. Data holds only ids and a few fields, never a message's
// text: the Full fields carry the object fetched through the REST API,
// when the transport was asked to fetch it (the listener always does).
//
// The webhook fields (ID, Name, TargetURL, Filter, ...) are empty in an
// event from the listener. See
// https://developer.webex.com/docs/api/guides/webhooks.
type Event struct {
	// ID is the id of the webhook that sent the event (not of the event).
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	TargetURL string    `json:"targetUrl"`
	Resource  Resource  `json:"resource"`
	Event     EventType `json:"event"`
	Filter    string    `json:"filter,omitempty"`
	OrgID     string    `json:"orgId,omitempty"`
	CreatedBy string    `json:"createdBy,omitempty"`
	AppID     string    `json:"appId,omitempty"`
	OwnedBy   OwnedBy   `json:"ownedBy,omitempty"`
	Status    Status    `json:"status,omitempty"`
	// ActorID is the person who caused the event.
	ActorID string `json:"actorId,omitempty"`
	// Created is when the webhook was created.
	Created time.Time `json:"created,omitzero"`
	// Data is the changed object as JSON; decode it with Message,
	// Membership, Room, AttachmentAction, Meeting or DecodeData.
	Data json.RawMessage `json:"data,omitempty"`

	// FullMessage is the message of a messages event, text included, when
	// the webhooks Handler was given FetchMessages, and always from the
	// realtime listener (except for a deletion); otherwise nil.
	FullMessage *messages.Message `json:"-"`
	// FullAction is the card submission of an attachmentActions event,
	// inputs included, when the webhooks Handler was given
	// FetchAttachmentActions, and always from the realtime listener.
	FullAction *attachments.Action `json:"-"`
}

// Handler is a function that handles events: the same function serves the
// webhooks Handler and the realtime listener. Returning an error asks for
// the event again (a webhook answers 500; the listener does not
// acknowledge it).
type Handler = func(ctx context.Context, ev *Event) error

// SpaceID returns the id of the space (room) the event happened in, read
// from Data: its roomId, or its id for a rooms event. It is empty when
// Data names no space.
func (e *Event) SpaceID() string {
	var d struct {
		ID     string `json:"id"`
		RoomID string `json:"roomId"`
	}
	if len(e.Data) == 0 || json.Unmarshal(e.Data, &d) != nil {
		return ""
	}
	if e.Resource == ResourceRooms {
		return d.ID
	}
	return d.RoomID
}

// DecodeData decodes Data into v.
func (e *Event) DecodeData(v any) error {
	if len(e.Data) == 0 {
		return fmt.Errorf("notify: %s/%s event has no data", e.Resource, e.Event)
	}
	if err := json.Unmarshal(e.Data, v); err != nil {
		return fmt.Errorf("notify: decoding %s/%s event data: %w", e.Resource, e.Event, err)
	}
	return nil
}

func decodeAs[T any](e *Event, want Resource) (*T, error) {
	if e.Resource != want {
		return nil, fmt.Errorf("notify: event is about %q, not %q", e.Resource, want)
	}
	var v T
	if err := e.DecodeData(&v); err != nil {
		return nil, err
	}
	return &v, nil
}

// Message returns the data of a messages event, or an error for another
// resource.
func (e *Event) Message() (*MessageData, error) { return decodeAs[MessageData](e, ResourceMessages) }

// Membership returns the data of a memberships event, or an error for
// another resource.
func (e *Event) Membership() (*MembershipData, error) {
	return decodeAs[MembershipData](e, ResourceMemberships)
}

// Room returns the data of a rooms event, or an error for another resource.
func (e *Event) Room() (*RoomData, error) { return decodeAs[RoomData](e, ResourceRooms) }

// AttachmentAction returns the data of an attachmentActions event (an
// Adaptive Card was submitted), or an error for another resource.
func (e *Event) AttachmentAction() (*AttachmentActionData, error) {
	return decodeAs[AttachmentActionData](e, ResourceAttachmentActions)
}

// Meeting returns the data of a meetings event, or an error for another
// resource.
func (e *Event) Meeting() (*MeetingData, error) { return decodeAs[MeetingData](e, ResourceMeetings) }

// MessageData is the data of a messages event. It has no text: get the
// message by ID (a bot can read only messages that mention it).
type MessageData struct {
	ID              string     `json:"id"`
	RoomID          string     `json:"roomId"`
	RoomType        rooms.Type `json:"roomType,omitempty"`
	ParentID        string     `json:"parentId,omitempty"`
	PersonID        string     `json:"personId,omitempty"`
	PersonEmail     string     `json:"personEmail,omitempty"`
	MentionedPeople []string   `json:"mentionedPeople,omitempty"`
	MentionedGroups []string   `json:"mentionedGroups,omitempty"`
	Files           []string   `json:"files,omitempty"`
	Created         time.Time  `json:"created,omitzero"`
	Updated         time.Time  `json:"updated,omitzero"`
}

// MembershipData is the data of a memberships event.
type MembershipData struct {
	ID                string     `json:"id"`
	RoomID            string     `json:"roomId"`
	RoomType          rooms.Type `json:"roomType,omitempty"`
	PersonID          string     `json:"personId,omitempty"`
	PersonEmail       string     `json:"personEmail,omitempty"`
	PersonDisplayName string     `json:"personDisplayName,omitempty"`
	PersonOrgID       string     `json:"personOrgId,omitempty"`
	IsModerator       bool       `json:"isModerator"`
	IsMonitor         bool       `json:"isMonitor"`
	IsRoomHidden      bool       `json:"isRoomHidden"`
	Created           time.Time  `json:"created,omitzero"`
}

// RoomData is the data of a rooms event.
type RoomData struct {
	ID                 string     `json:"id"`
	Title              string     `json:"title,omitempty"`
	Type               rooms.Type `json:"type,omitempty"`
	IsLocked           bool       `json:"isLocked"`
	TeamID             string     `json:"teamId,omitempty"`
	CreatorID          string     `json:"creatorId,omitempty"`
	OwnerID            string     `json:"ownerId,omitempty"`
	ClassificationID   string     `json:"classificationId,omitempty"`
	IsAnnouncementOnly bool       `json:"isAnnouncementOnly"`
	IsReadOnly         bool       `json:"isReadOnly"`
	IsPublic           bool       `json:"isPublic"`
	LastActivity       time.Time  `json:"lastActivity,omitzero"`
	Created            time.Time  `json:"created,omitzero"`
}

// AttachmentActionData is the data of an attachmentActions event: someone
// submitted an Adaptive Card. The inputs are not included: get the action
// by ID from the attachment actions API.
type AttachmentActionData struct {
	ID        string           `json:"id"`
	Type      attachments.Type `json:"type,omitempty"` // attachments.TypeSubmit
	MessageID string           `json:"messageId"`
	PersonID  string           `json:"personId,omitempty"`
	RoomID    string           `json:"roomId,omitempty"`
	Created   time.Time        `json:"created,omitzero"`
}

// MeetingData is the data of a meetings event.
type MeetingData struct {
	ID                 string                 `json:"id"`
	MeetingSeriesID    string                 `json:"meetingSeriesId,omitempty"`
	ScheduledMeetingID string                 `json:"scheduledMeetingId,omitempty"`
	MeetingNumber      string                 `json:"meetingNumber,omitempty"`
	Title              string                 `json:"title,omitempty"`
	MeetingType        meetings.MeetingType   `json:"meetingType,omitempty"`
	ScheduledType      meetings.ScheduledType `json:"scheduledType,omitempty"`
	State              meetings.State         `json:"state,omitempty"`
	Timezone           string                 `json:"timezone,omitempty"`
	Start              time.Time              `json:"start,omitzero"`
	End                time.Time              `json:"end,omitzero"`
	HostUserID         string                 `json:"hostUserId,omitempty"`
	HostDisplayName    string                 `json:"hostDisplayName,omitempty"`
	HostEmail          string                 `json:"hostEmail,omitempty"`
	SiteURL            string                 `json:"siteUrl,omitempty"`
	WebLink            string                 `json:"webLink,omitempty"`
}
