package events

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/gowebex/sdk/webex/attachments"
	"github.com/gowebex/sdk/webex/rooms"
)

// MessageData is the data of a [ResourceMessages] event: the message, with
// its content, as it was when the event happened.
type MessageData struct {
	ID       string `json:"id"`
	ParentID string `json:"parentId,omitempty"`
	RoomID   string `json:"roomId,omitempty"`
	// RoomType is [rooms.TypeDirect] or [rooms.TypeGroup].
	RoomType        rooms.Type `json:"roomType,omitempty"`
	OrgID           string     `json:"orgId,omitempty"`
	Text            string     `json:"text,omitempty"`
	Markdown        string     `json:"markdown,omitempty"`
	HTML            string     `json:"html,omitempty"`
	Files           []string   `json:"files,omitempty"`
	PersonID        string     `json:"personId,omitempty"`
	PersonEmail     string     `json:"personEmail,omitempty"`
	MentionedPeople []string   `json:"mentionedPeople,omitempty"`
	MentionedGroups []string   `json:"mentionedGroups,omitempty"`
	Created         time.Time  `json:"created,omitzero"`
	Updated         time.Time  `json:"updated,omitzero"`
}

// MembershipData is the data of a [ResourceMemberships] event: the
// membership added, changed or removed.
type MembershipData struct {
	ID                string     `json:"id"`
	RoomID            string     `json:"roomId,omitempty"`
	RoomType          rooms.Type `json:"roomType,omitempty"`
	OrgID             string     `json:"orgId,omitempty"`
	PersonID          string     `json:"personId,omitempty"`
	PersonEmail       string     `json:"personEmail,omitempty"`
	PersonDisplayName string     `json:"personDisplayName,omitempty"`
	PersonOrgID       string     `json:"personOrgId,omitempty"`
	IsModerator       bool       `json:"isModerator,omitempty"`
	IsMonitor         bool       `json:"isMonitor,omitempty"`
	IsRoomHidden      bool       `json:"isRoomHidden,omitempty"`
	// ActorID is the person who made the change, when Webex says.
	ActorID string    `json:"actorId,omitempty"`
	Created time.Time `json:"created,omitzero"`
}

// RoomData is the data of a [ResourceRooms] event: the space whose
// classification (or other property) changed.
type RoomData struct {
	ID               string     `json:"id"`
	Title            string     `json:"title,omitempty"`
	Type             rooms.Type `json:"type,omitempty"`
	OrgID            string     `json:"orgId,omitempty"`
	IsLocked         bool       `json:"isLocked,omitempty"`
	CreatorID        string     `json:"creatorId,omitempty"`
	OwnerID          string     `json:"ownerId,omitempty"`
	ClassificationID string     `json:"classificationId,omitempty"`
	LastActivity     time.Time  `json:"lastActivity,omitzero"`
	Created          time.Time  `json:"created,omitzero"`
}

// AttachmentActionData is the data of a [ResourceAttachmentActions] event:
// a card submission. Inputs, when present, is the submitted JSON object.
type AttachmentActionData struct {
	ID          string           `json:"id"`
	Type        attachments.Type `json:"type,omitempty"` // attachments.TypeSubmit
	MessageID   string           `json:"messageId,omitempty"`
	RoomID      string           `json:"roomId,omitempty"`
	PersonID    string           `json:"personId,omitempty"`
	PersonEmail string           `json:"personEmail,omitempty"`
	OrgID       string           `json:"orgId,omitempty"`
	Inputs      json.RawMessage  `json:"inputs,omitempty"`
	Created     time.Time        `json:"created,omitzero"`
}

// MeetingData is the data of a [ResourceMeetings] event (type
// [TypeEnded]): a meeting that ended and what was captured in it.
//
// Webex sends the three flags as strings such as "yes"; [Yes] reads them.
type MeetingData struct {
	ID        string `json:"id,omitempty"`
	MeetingID string `json:"meetingId"`
	OrgID     string `json:"orgId,omitempty"`
	CreatorID string `json:"creatorId,omitempty"`
	// Host is the meeting host's data, as Webex sends it.
	Host json.RawMessage `json:"host,omitempty"`
	// Attendees are the authenticated attendees, as Webex sends them.
	Attendees []json.RawMessage `json:"attendees,omitempty"`
	// TranscriptionEnabled says whether Webex Assistant ran; a transcript
	// then follows at the meeting transcripts API.
	TranscriptionEnabled string `json:"transcriptionEnabled,omitempty"`
	// RecordingEnabled says whether all or part of the meeting was
	// recorded.
	RecordingEnabled string `json:"recordingEnabled,omitempty"`
	// HasPostMeetingsChat says whether chat messages were exchanged in the
	// meetings client.
	HasPostMeetingsChat string    `json:"hasPostMeetingsChat,omitempty"`
	Created             time.Time `json:"created,omitzero"`
}

// Yes reports whether a yes/no string of Webex's ("yes", "true") is set.
func Yes(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "yes", "true", "y", "1":
		return true
	}
	return false
}

// MeetingMessageType is to whom a meeting message went:
// [MeetingMessageData.Type].
type MeetingMessageType string

// Meeting message types.
const (
	MeetingMessageTypeDirect MeetingMessageType = "direct" // to some attendees, listed in Recipients
	MeetingMessageTypeGroup  MeetingMessageType = "group"  // to everyone
)

// MeetingMessageData is the data of a [ResourceMeetingMessages] event: a
// message sent in a meeting, to everyone or (Type "direct") to Recipients.
type MeetingMessageData struct {
	ID          string `json:"id"`
	MeetingID   string `json:"meetingId,omitempty"`
	RoomID      string `json:"roomId,omitempty"`
	OrgID       string `json:"orgId,omitempty"`
	Text        string `json:"text,omitempty"`
	PersonID    string `json:"personId,omitempty"`
	PersonEmail string `json:"personEmail,omitempty"`
	// Type is [MeetingMessageTypeDirect] for a message to some attendees,
	// [MeetingMessageTypeGroup] for one to everyone.
	Type MeetingMessageType `json:"type,omitempty"`
	// BreakoutSessionID is set when the message was sent in a breakout
	// session.
	BreakoutSessionID string      `json:"breakoutSessionId,omitempty"`
	Recipients        []Recipient `json:"recipients,omitempty"`
	Created           time.Time   `json:"created,omitzero"`
}

// Recipient is one recipient of a direct meeting message: a Webex user
// (PersonID, PersonEmail) or an unauthenticated guest (GuestDisplayName,
// GuestEmail).
type Recipient struct {
	PersonID         string `json:"personId,omitempty"`
	PersonEmail      string `json:"personEmail,omitempty"`
	GuestDisplayName string `json:"guestDisplayName,omitempty"`
	GuestEmail       string `json:"guestEmail,omitempty"`
}

// CallRecordData is the data of a [ResourceCallRecords] event: a call
// detail record of a Webex Calling call. Webex sends every field as a
// string, kept here as sent; [CallRecordData.Answered],
// [CallRecordData.Duration] and [CallRecordData.StartTime] read the common
// ones.
type CallRecordData struct {
	ID    string `json:"id,omitempty"`
	OrgID string `json:"orgId,omitempty"`
	// CorrelationID correlates the records of one call. (Webex spells the
	// JSON name "corelationId".)
	CorrelationID string `json:"corelationId,omitempty"`
	// CallType is such as "SIP_ENTERPRISE", "PSTN_DIALIN" or "SIP_MEETING".
	CallType string `json:"callType,omitempty"`
	// UserID is the id of the person the record belongs to.
	UserID string `json:"userId,omitempty"`
	// UserType is such as "User", "AutomatedAttendantBasic" or "Place".
	UserType string `json:"userType,omitempty"`
	// CallDirection is "ORIGINATING" or "TERMINATING".
	CallDirection       string `json:"callDirection,omitempty"`
	IsCallAnswered      string `json:"isCallAnswered,omitempty"`
	CallDurationSeconds string `json:"callDurationSeconds,omitempty"`
	// CallStartTime, CallAnswerTime and CallTransferTime are ISO 8601.
	CallStartTime         string    `json:"callStartTime,omitempty"`
	CallAnswerTime        string    `json:"callAnswerTime,omitempty"`
	CallTransferTime      string    `json:"callTransferTime,omitempty"`
	CallingNumber         string    `json:"callingNumber,omitempty"`
	CallingLineID         string    `json:"callingLineId,omitempty"`
	CalledNumber          string    `json:"calledNumber,omitempty"`
	CalledLineID          string    `json:"calledLineId,omitempty"`
	DialedDigits          string    `json:"dialedDigits,omitempty"`
	CallRedirectingNumber string    `json:"callRedirectingNumber,omitempty"`
	CallRedirectedReason  string    `json:"callRedirectedReason,omitempty"`
	Created               time.Time `json:"created,omitzero"`
}

// Answered reports whether the call was answered.
func (d *CallRecordData) Answered() bool { return Yes(d.IsCallAnswered) }

// Duration returns the call's length, or an error when Webex sent none or
// an unreadable one.
func (d *CallRecordData) Duration() (time.Duration, error) {
	n, err := strconv.ParseFloat(strings.TrimSpace(d.CallDurationSeconds), 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("events: call record %s: invalid callDurationSeconds %q", d.ID, d.CallDurationSeconds)
	}
	return time.Duration(n * float64(time.Second)), nil
}

// StartTime returns when the call started, or an error when Webex sent no
// or an unreadable time.
func (d *CallRecordData) StartTime() (time.Time, error) {
	t, err := time.Parse(time.RFC3339Nano, strings.TrimSpace(d.CallStartTime))
	if err != nil {
		return time.Time{}, fmt.Errorf("events: call record %s: invalid callStartTime %q", d.ID, d.CallStartTime)
	}
	return t, nil
}
