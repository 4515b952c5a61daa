package meetings

import (
	"time"
)

// Participant is a person in, or once in, a meeting, as Webex returns it.
// See https://developer.webex.com/docs/api/v1/meeting-participants.
type Participant struct {
	// ID identifies both the meeting and the participant.
	ID string `json:"id"`
	// OrgID is set for participants of ongoing meetings.
	OrgID  string `json:"orgId,omitempty"`
	Host   bool   `json:"host,omitempty"`
	CoHost bool   `json:"coHost,omitempty"`
	// SpaceModerator is set for meetings of a Webex space.
	SpaceModerator bool   `json:"spaceModerator,omitempty"`
	Email          string `json:"email,omitempty"`
	DisplayName    string `json:"displayName,omitempty"`
	// Invitee reports whether the participant was invited.
	Invitee          bool      `json:"invitee,omitempty"`
	Muted            bool      `json:"muted,omitempty"`
	MeetingStartTime time.Time `json:"meetingStartTime,omitzero"`
	// Video is [VideoOn] or [VideoOff].
	Video VideoState `json:"video,omitempty"`
	// State is one of the ParticipantState constants.
	State             ParticipantState `json:"state,omitempty"`
	BreakoutSessionID string           `json:"breakoutSessionId,omitempty"`
	// JoinedTime and LeftTime may be missing or 1970-01-01T00:00:00Z while
	// the meeting is still going on.
	JoinedTime time.Time `json:"joinedTime,omitzero"`
	LeftTime   time.Time `json:"leftTime,omitzero"`
	SiteURL    string    `json:"siteUrl,omitempty"`
	MeetingID  string    `json:"meetingId,omitempty"`
	HostEmail  string    `json:"hostEmail,omitempty"`
	// Devices are the participant's joins, one per device.
	Devices []Device `json:"devices,omitempty"`
	// BreakoutSessionsAttended is set for ended meeting instances.
	BreakoutSessionsAttended []AttendedBreakoutSession `json:"breakoutSessionsAttended,omitempty"`
	// SourceID is the invitation source the participant came from.
	SourceID string `json:"sourceId,omitempty"`
}

// ParticipantState is where a participant is ([Participant.State]).
type ParticipantState string

// Participant states.
const (
	ParticipantStateLobby           ParticipantState = "lobby"
	ParticipantStateJoined          ParticipantState = "joined"
	ParticipantStateEnd             ParticipantState = "end"
	ParticipantStateBreakoutSession ParticipantState = "breakoutSession"
)

// VideoState says whether a participant's video is on ([Participant.Video]).
type VideoState string

// Video states.
const (
	VideoOn  VideoState = "on"
	VideoOff VideoState = "off"
)

// Device is one join of a participant.
type Device struct {
	CorrelationID string `json:"correlationId,omitempty"`
	DeviceType    string `json:"deviceType,omitempty"`
	// AudioType is one of the AudioType constants.
	AudioType      AudioType `json:"audioType,omitempty"`
	JoinedTime     time.Time `json:"joinedTime,omitzero"`
	LeftTime       time.Time `json:"leftTime,omitzero"`
	DurationSecond int       `json:"durationSecond,omitempty"`
	// CallType is CallTypeCallIn or CallTypeCallBack, for PSTN audio.
	CallType CallType `json:"callType,omitempty"`
	// PhoneNumber is shown to compliance officers only.
	PhoneNumber string `json:"phoneNumber,omitempty"`
}

// AudioType is how a device joined a meeting's audio ([Device.AudioType]).
type AudioType string

// Audio types.
const (
	AudioTypePSTN     AudioType = "pstn"
	AudioTypeVoIP     AudioType = "voip"
	AudioTypeInactive AudioType = "inactive"
)

// CallType is how a device's PSTN audio was connected ([Device.CallType]).
type CallType string

// Call types.
const (
	CallTypeCallIn   CallType = "callIn"   // dialled a number of the meeting
	CallTypeCallBack CallType = "callBack" // Webex dialled out
)

// AttendedBreakoutSession is a breakout session a participant was in.
type AttendedBreakoutSession struct {
	ID         string    `json:"id,omitempty"`
	Name       string    `json:"name,omitempty"`
	JoinedTime time.Time `json:"joinedTime,omitzero"`
	LeftTime   time.Time `json:"leftTime,omitzero"`
}

// AdmitItem is one participant to let in from the lobby.
type AdmitItem struct {
	ParticipantID string `json:"participantId"`
	// BreakoutSessionID admits into a breakout session; empty: the main
	// session.
	BreakoutSessionID string `json:"breakoutSessionId,omitempty"`
}
