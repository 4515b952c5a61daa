package meetings

import "time"

// Meeting is a Webex meeting as Webex returns it: a meeting series, one
// scheduled meeting of a series, or a meeting instance that is happening or
// has happened (see [Meeting.MeetingType]). Which fields are set depends on
// the type and state.
// See https://developer.webex.com/docs/api/v1/meetings.
type Meeting struct {
	// ID identifies the series, the scheduled meeting or the instance.
	ID string `json:"id"`
	// MeetingSeriesID is the series a scheduled meeting or instance
	// belongs to.
	MeetingSeriesID string `json:"meetingSeriesId,omitempty"`
	// ScheduledMeetingID is the scheduled meeting an instance belongs to.
	ScheduledMeetingID string `json:"scheduledMeetingId,omitempty"`
	MeetingNumber      string `json:"meetingNumber,omitempty"`
	Title              string `json:"title,omitempty"`
	Agenda             string `json:"agenda,omitempty"`
	Password           string `json:"password,omitempty"`
	// PhoneAndVideoSystemPassword is the 8-digit numeric password for
	// audio and video devices.
	PhoneAndVideoSystemPassword string `json:"phoneAndVideoSystemPassword,omitempty"`
	// MeetingType is [TypeMeetingSeries], [TypeScheduledMeeting] or
	// [TypeMeeting].
	MeetingType MeetingType `json:"meetingType,omitempty"`
	// State is one of the State constants, such as [StateScheduled].
	State           State `json:"state,omitempty"`
	HostDidJoin     bool  `json:"hostDidJoin,omitempty"`
	AttendeeDidJoin bool  `json:"attendeeDidJoin,omitempty"`
	// IsModified reports whether a scheduled meeting was changed from its
	// series.
	IsModified bool `json:"isModified,omitempty"`
	// Timezone is the IANA time zone the meeting was scheduled in.
	Timezone string    `json:"timezone,omitempty"`
	Start    time.Time `json:"start,omitzero"`
	End      time.Time `json:"end,omitzero"`
	// Recurrence is the series' RFC 2445 rule, such as
	// "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;COUNT=10".
	Recurrence      string `json:"recurrence,omitempty"`
	HostUserID      string `json:"hostUserId,omitempty"`
	HostDisplayName string `json:"hostDisplayName,omitempty"`
	HostEmail       string `json:"hostEmail,omitempty"`
	HostKey         string `json:"hostKey,omitempty"`
	SiteURL         string `json:"siteUrl,omitempty"`
	// WebLink opens the meeting's information page, which launches the
	// meeting client when the meeting can be joined.
	WebLink string `json:"webLink,omitempty"`
	// RegisterLink is where invitees register, when registration is on.
	RegisterLink    string `json:"registerLink,omitempty"`
	SIPAddress      string `json:"sipAddress,omitempty"`
	DialInIPAddress string `json:"dialInIpAddress,omitempty"`
	// RoomID is the Webex space of an ad-hoc or space meeting.
	RoomID                       string `json:"roomId,omitempty"`
	EnabledAutoRecordMeeting     bool   `json:"enabledAutoRecordMeeting,omitempty"`
	AllowAnyUserToBeCoHost       bool   `json:"allowAnyUserToBeCoHost,omitempty"`
	EnabledJoinBeforeHost        bool   `json:"enabledJoinBeforeHost,omitempty"`
	EnableConnectAudioBeforeHost bool   `json:"enableConnectAudioBeforeHost,omitempty"`
	JoinBeforeHostMinutes        int    `json:"joinBeforeHostMinutes,omitempty"`
	ExcludePassword              bool   `json:"excludePassword,omitempty"`
	PublicMeeting                bool   `json:"publicMeeting,omitempty"`
	// ReminderTime is how many minutes before the start the host gets an
	// email reminder.
	ReminderTime int `json:"reminderTime,omitempty"`
	// UnlockedMeetingJoinSecurity is one of the JoinSecurity constants.
	UnlockedMeetingJoinSecurity JoinSecurity `json:"unlockedMeetingJoinSecurity,omitempty"`
	SessionTypeID               int          `json:"sessionTypeId,omitempty"`
	// ScheduledType is [ScheduledTypeMeeting], [ScheduledTypeWebinar] or
	// [ScheduledTypePersonalRoomMeeting].
	ScheduledType                       ScheduledType `json:"scheduledType,omitempty"`
	EnabledWebcastView                  bool          `json:"enabledWebcastView,omitempty"`
	PanelistPassword                    string        `json:"panelistPassword,omitempty"`
	PhoneAndVideoSystemPanelistPassword string        `json:"phoneAndVideoSystemPanelistPassword,omitempty"`
	EnableAutomaticLock                 bool          `json:"enableAutomaticLock,omitempty"`
	AutomaticLockMinutes                int           `json:"automaticLockMinutes,omitempty"`
	AllowFirstUserToBeCoHost            bool          `json:"allowFirstUserToBeCoHost,omitempty"`
	AllowAuthenticatedDevices           bool          `json:"allowAuthenticatedDevices,omitempty"`
	// The Has fields describe ended meeting instances.
	HasChat          bool `json:"hasChat,omitempty"`
	HasRecording     bool `json:"hasRecording,omitempty"`
	HasTranscription bool `json:"hasTranscription,omitempty"`
	// HasSummary reports an AI summary (see SummaryService).
	HasSummary                 bool                        `json:"hasSummary,omitempty"`
	HasClosedCaption           bool                        `json:"hasClosedCaption,omitempty"`
	HasPolls                   bool                        `json:"hasPolls,omitempty"`
	HasQA                      bool                        `json:"hasQA,omitempty"`
	HasSlido                   bool                        `json:"hasSlido,omitempty"`
	HasRegistration            bool                        `json:"hasRegistration,omitempty"`
	HasRegistrants             bool                        `json:"hasRegistrants,omitempty"`
	HasPostEventSurvey         bool                        `json:"hasPostEventSurvey,omitempty"`
	Telephony                  *Telephony                  `json:"telephony,omitempty"`
	MeetingOptions             *MeetingOptions             `json:"meetingOptions,omitempty"`
	AttendeePrivileges         *AttendeePrivileges         `json:"attendeePrivileges,omitempty"`
	Registration               *Registration               `json:"registration,omitempty"`
	IntegrationTags            []string                    `json:"integrationTags,omitempty"`
	SimultaneousInterpretation *SimultaneousInterpretation `json:"simultaneousInterpretation,omitempty"`
	// EnabledBreakoutSessions reports whether breakout sessions are on;
	// Links points to them.
	EnabledBreakoutSessions bool                    `json:"enabledBreakoutSessions,omitempty"`
	Links                   []Link                  `json:"links,omitempty"`
	TrackingCodes           []TrackingCode          `json:"trackingCodes,omitempty"`
	EnabledAudioWatermark   bool                    `json:"enabledAudioWatermark,omitempty"`
	EnabledVisualWatermark  bool                    `json:"enabledVisualWatermark,omitempty"`
	VisualWatermarkOpacity  int                     `json:"visualWatermarkOpacity,omitempty"`
	AudioConnectionOptions  *AudioConnectionOptions `json:"audioConnectionOptions,omitempty"`
	RequireAttendeeLogin    bool                    `json:"requireAttendeeLogin,omitempty"`
	RestrictToInvitees      bool                    `json:"restrictToInvitees,omitempty"`
	EnabledLiveStream       bool                    `json:"enabledLiveStream,omitempty"`
	LiveStream              *LiveStream             `json:"liveStream,omitempty"`
}

// MeetingType is what a meeting id names: a series, one scheduled
// meeting of it, or an instance ([Meeting.MeetingType],
// [ListParams.MeetingType]).
type MeetingType string

// Meeting types.
const (
	// TypeMeetingSeries is the primary instance of a series: one or more
	// scheduled meetings made from a recurrence rule. A one-off meeting
	// is a series of one.
	TypeMeetingSeries MeetingType = "meetingSeries"
	// TypeScheduledMeeting is one occurrence of a series.
	TypeScheduledMeeting MeetingType = "scheduledMeeting"
	// TypeMeeting is an instance that is happening or has happened.
	TypeMeeting MeetingType = "meeting"
)

// State is where a meeting is in its life ([Meeting.State],
// [ListParams.State]).
type State string

// Meeting states.
const (
	StateActive     State = "active" // a series with future scheduled meetings
	StateScheduled  State = "scheduled"
	StateReady      State = "ready" // can be joined or started
	StateLobby      State = "lobby" // attendees wait for the host
	StateInProgress State = "inProgress"
	StateEnded      State = "ended"
	StateMissed     State = "missed" // its time passed and nobody joined
	StateExpired    State = "expired"
)

// ScheduledType is the kind of meeting scheduled ([Meeting.ScheduledType],
// [ListParams.ScheduledType], [CreateParams.ScheduledType]).
type ScheduledType string

// Scheduled types.
const (
	ScheduledTypeMeeting             ScheduledType = "meeting"
	ScheduledTypeWebinar             ScheduledType = "webinar"
	ScheduledTypePersonalRoomMeeting ScheduledType = "personalRoomMeeting"
)

// JoinSecurity is how people not on the invitation join an unlocked
// meeting ([Meeting.UnlockedMeetingJoinSecurity]).
type JoinSecurity string

// Join securities.
const (
	JoinSecurityAllowJoin          JoinSecurity = "allowJoin"
	JoinSecurityAllowJoinWithLobby JoinSecurity = "allowJoinWithLobby"
	JoinSecurityBlockFromJoin      JoinSecurity = "blockFromJoin"
)

// Telephony is how to join a meeting's audio by phone.
type Telephony struct {
	// AccessCode is dialled after the call-in number.
	AccessCode    string         `json:"accessCode,omitempty"`
	CallInNumbers []CallInNumber `json:"callInNumbers,omitempty"`
	// Links point to the global call-in numbers.
	Links []Link `json:"links,omitempty"`
}

// CallInNumber is a phone number for joining a meeting's audio.
type CallInNumber struct {
	Label        string `json:"label,omitempty"`
	CallInNumber string `json:"callInNumber,omitempty"`
	// TollType is TollTypeToll or TollTypeTollFree.
	TollType TollType `json:"tollType,omitempty"`
}

// TollType says whether a call-in number is charged ([CallInNumber.TollType]).
type TollType string

// Toll types.
const (
	TollTypeToll     TollType = "toll"
	TollTypeTollFree TollType = "tollFree"
)

// Link is a HATEOAS link to a related resource.
type Link struct {
	Rel    string `json:"rel,omitempty"`
	Href   string `json:"href,omitempty"`
	Method string `json:"method,omitempty"`
}

// InviteeParams is a person invited as a meeting is created
// ([CreateParams.Invitees]). To invite someone to an existing meeting, use
// [InviteeService.Create] with [InviteeCreateParams]; what Webex returns
// about an invitee is an [Invitee].
type InviteeParams struct {
	Email       string `json:"email"`
	DisplayName string `json:"displayName,omitempty"`
	// CoHost makes the invitee a cohost (true by default for a meeting in
	// a space).
	CoHost *bool `json:"coHost,omitempty"`
	// Panelist makes the invitee a webinar panelist.
	Panelist *bool `json:"panelist,omitempty"`
}

// BreakoutSession is a breakout session planned as a meeting is created,
// with the emails of its invitees.
type BreakoutSession struct {
	Name     string   `json:"name"`
	Invitees []string `json:"invitees,omitempty"`
}

// JoinLink is a link to start or join a meeting.
type JoinLink struct {
	// StartLink starts the meeting as host (host and cohosts only).
	StartLink string `json:"startLink,omitempty"`
	JoinLink  string `json:"joinLink,omitempty"`
	// Expiration is when JoinLink stops working.
	Expiration time.Time `json:"expiration,omitzero"`
}
