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
	MeetingType string `json:"meetingType,omitempty"`
	// State is one of the State constants, such as [StateScheduled].
	State           string `json:"state,omitempty"`
	HostDidJoin     bool   `json:"hostDidJoin,omitempty"`
	AttendeeDidJoin bool   `json:"attendeeDidJoin,omitempty"`
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
	UnlockedMeetingJoinSecurity string `json:"unlockedMeetingJoinSecurity,omitempty"`
	SessionTypeID               int    `json:"sessionTypeId,omitempty"`
	// ScheduledType is [ScheduledTypeMeeting], [ScheduledTypeWebinar] or
	// [ScheduledTypePersonalRoomMeeting].
	ScheduledType                       string `json:"scheduledType,omitempty"`
	EnabledWebcastView                  bool   `json:"enabledWebcastView,omitempty"`
	PanelistPassword                    string `json:"panelistPassword,omitempty"`
	PhoneAndVideoSystemPanelistPassword string `json:"phoneAndVideoSystemPanelistPassword,omitempty"`
	EnableAutomaticLock                 bool   `json:"enableAutomaticLock,omitempty"`
	AutomaticLockMinutes                int    `json:"automaticLockMinutes,omitempty"`
	AllowFirstUserToBeCoHost            bool   `json:"allowFirstUserToBeCoHost,omitempty"`
	AllowAuthenticatedDevices           bool   `json:"allowAuthenticatedDevices,omitempty"`
	// The Has fields describe ended meeting instances.
	HasChat                    bool                        `json:"hasChat,omitempty"`
	HasRecording               bool                        `json:"hasRecording,omitempty"`
	HasTranscription           bool                        `json:"hasTranscription,omitempty"`
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

// Meeting types of [Meeting.MeetingType] and [ListParams.MeetingType].
const (
	// TypeMeetingSeries is the primary instance of a series: one or more
	// scheduled meetings made from a recurrence rule. A one-off meeting
	// is a series of one.
	TypeMeetingSeries = "meetingSeries"
	// TypeScheduledMeeting is one occurrence of a series.
	TypeScheduledMeeting = "scheduledMeeting"
	// TypeMeeting is an instance that is happening or has happened.
	TypeMeeting = "meeting"
)

// Meeting states of [Meeting.State] and [ListParams.State].
const (
	StateActive     = "active" // a series with future scheduled meetings
	StateScheduled  = "scheduled"
	StateReady      = "ready" // can be joined or started
	StateLobby      = "lobby" // attendees wait for the host
	StateInProgress = "inProgress"
	StateEnded      = "ended"
	StateMissed     = "missed" // its time passed and nobody joined
	StateExpired    = "expired"
)

// Scheduled types of [Meeting.ScheduledType].
const (
	ScheduledTypeMeeting             = "meeting"
	ScheduledTypeWebinar             = "webinar"
	ScheduledTypePersonalRoomMeeting = "personalRoomMeeting"
)

// How people not on the invitation join an unlocked meeting
// ([Meeting.UnlockedMeetingJoinSecurity]).
const (
	JoinSecurityAllowJoin          = "allowJoin"
	JoinSecurityAllowJoinWithLobby = "allowJoinWithLobby"
	JoinSecurityBlockFromJoin      = "blockFromJoin"
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
	// TollType is "toll" or "tollFree".
	TollType string `json:"tollType,omitempty"`
}

// Link is a HATEOAS link to a related resource.
type Link struct {
	Rel    string `json:"rel,omitempty"`
	Href   string `json:"href,omitempty"`
	Method string `json:"method,omitempty"`
}

// MeetingOptions are what attendees may do in the meeting. Nil fields are
// not sent, or were not returned.
type MeetingOptions struct {
	EnabledChat    *bool `json:"enabledChat,omitempty"`
	EnabledVideo   *bool `json:"enabledVideo,omitempty"`
	EnabledPolling *bool `json:"enabledPolling,omitempty"`
	EnabledNote    *bool `json:"enabledNote,omitempty"`
	// NoteType is "allowAll" or "allowOne".
	NoteType            string `json:"noteType,omitempty"`
	EnabledFileTransfer *bool  `json:"enabledFileTransfer,omitempty"`
	EnabledUCFRichMedia *bool  `json:"enabledUCFRichMedia,omitempty"`
}

// AttendeePrivileges are what attendees may do with shared content and
// chat (not for webinars). Nil fields are not sent, or were not returned.
type AttendeePrivileges struct {
	EnabledShareContent             *bool `json:"enabledShareContent,omitempty"`
	EnabledSaveDocument             *bool `json:"enabledSaveDocument,omitempty"`
	EnabledPrintDocument            *bool `json:"enabledPrintDocument,omitempty"`
	EnabledAnnotate                 *bool `json:"enabledAnnotate,omitempty"`
	EnabledViewParticipantList      *bool `json:"enabledViewParticipantList,omitempty"`
	EnabledViewThumbnails           *bool `json:"enabledViewThumbnails,omitempty"`
	EnabledRemoteControl            *bool `json:"enabledRemoteControl,omitempty"`
	EnabledViewAnyDocument          *bool `json:"enabledViewAnyDocument,omitempty"`
	EnabledViewAnyPage              *bool `json:"enabledViewAnyPage,omitempty"`
	EnabledContactOperatorPrivately *bool `json:"enabledContactOperatorPrivately,omitempty"`
	EnabledChatHost                 *bool `json:"enabledChatHost,omitempty"`
	EnabledChatPresenter            *bool `json:"enabledChatPresenter,omitempty"`
	EnabledChatOtherParticipants    *bool `json:"enabledChatOtherParticipants,omitempty"`
}

// Registration is a meeting's registration form: invitees register before
// they can join. Webex requires RequireFirstName, RequireLastName and
// RequireEmail to be true.
type Registration struct {
	AutoAcceptRequest    *bool `json:"autoAcceptRequest,omitempty"`
	RequireFirstName     *bool `json:"requireFirstName,omitempty"`
	RequireLastName      *bool `json:"requireLastName,omitempty"`
	RequireEmail         *bool `json:"requireEmail,omitempty"`
	RequireJobTitle      *bool `json:"requireJobTitle,omitempty"`
	RequireCompanyName   *bool `json:"requireCompanyName,omitempty"`
	RequireAddress1      *bool `json:"requireAddress1,omitempty"`
	RequireAddress2      *bool `json:"requireAddress2,omitempty"`
	RequireCity          *bool `json:"requireCity,omitempty"`
	RequireState         *bool `json:"requireState,omitempty"`
	RequireZipCode       *bool `json:"requireZipCode,omitempty"`
	RequireCountryRegion *bool `json:"requireCountryRegion,omitempty"`
	RequireWorkPhone     *bool `json:"requireWorkPhone,omitempty"`
	RequireFax           *bool `json:"requireFax,omitempty"`
	// MaxRegisterNum caps the number of registrations.
	MaxRegisterNum      int                    `json:"maxRegisterNum,omitempty"`
	CustomizedQuestions []RegistrationQuestion `json:"customizedQuestions,omitempty"`
	// Rules approve or reject registrations by their standard answers.
	Rules []RegistrationRule `json:"rules,omitempty"`
}

// RegistrationQuestion is a custom question of a registration form.
type RegistrationQuestion struct {
	Question string `json:"question"`
	Required *bool  `json:"required,omitempty"`
	// Type is singleLineTextBox, multiLineTextBox, checkbox, dropdownList
	// or radioButtons.
	Type string `json:"type"`
	// MaxLength (0 to 999) applies to the text box types.
	MaxLength int `json:"maxLength,omitempty"`
	// Options are the choices of checkbox, dropdownList and radioButtons.
	Options []QuestionOption   `json:"options,omitempty"`
	Rules   []RegistrationRule `json:"rules,omitempty"`
}

// QuestionOption is one choice of a registration question.
type QuestionOption struct {
	Value string `json:"value"`
}

// RegistrationRule approves or rejects a registration by an answer.
type RegistrationRule struct {
	// Question names the standard question (lastName, email, jobTitle,
	// ...); it is empty in the rules of a custom question.
	Question string `json:"question,omitempty"`
	// Condition is contains, notContains, beginsWith, endsWith, equals or
	// notEquals.
	Condition string `json:"condition"`
	Value     string `json:"value"`
	// Result is "approve" or "reject".
	Result    string `json:"result"`
	MatchCase *bool  `json:"matchCase,omitempty"`
	// Order ranks the standard questions' rules together with the custom
	// ones.
	Order int `json:"order,omitempty"`
}

// SimultaneousInterpretation is a meeting's interpretation channels.
type SimultaneousInterpretation struct {
	Enabled      bool          `json:"enabled"`
	Interpreters []Interpreter `json:"interpreters,omitempty"`
}

// Interpreter interprets between two languages (ISO 639-1 codes).
type Interpreter struct {
	ID            string `json:"id,omitempty"`
	LanguageCode1 string `json:"languageCode1"`
	LanguageCode2 string `json:"languageCode2"`
	Email         string `json:"email,omitempty"`
	DisplayName   string `json:"displayName,omitempty"`
}

// TrackingCode is a site tracking code and its value.
type TrackingCode struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// AudioConnectionOptions are how attendees join the audio.
type AudioConnectionOptions struct {
	// AudioConnectionType is webexAudio, VoIP, other or none.
	AudioConnectionType     string `json:"audioConnectionType,omitempty"`
	EnabledTollFreeCallIn   *bool  `json:"enabledTollFreeCallIn,omitempty"`
	EnabledGlobalCallIn     *bool  `json:"enabledGlobalCallIn,omitempty"`
	EnabledAudienceCallBack *bool  `json:"enabledAudienceCallBack,omitempty"`
	// EntryAndExitTone is beep, announceName or noTone.
	EntryAndExitTone              string `json:"entryAndExitTone,omitempty"`
	AllowHostToUnmuteParticipants *bool  `json:"allowHostToUnmuteParticipants,omitempty"`
	AllowAttendeeToUnmuteSelf     *bool  `json:"allowAttendeeToUnmuteSelf,omitempty"`
	MuteAttendeeUponEntry         *bool  `json:"muteAttendeeUponEntry,omitempty"`
}

// LiveStream is where a meeting is streamed over RTMP.
type LiveStream struct {
	// Destination describes the target, such as "Facebook".
	Destination string `json:"destination"`
	RTMPURL     string `json:"rtmpUrl"`
	// StreamURL is where viewers watch the stream.
	StreamURL string `json:"streamUrl"`
	// LayoutWithoutSharedContent is grid, stack or focus.
	LayoutWithoutSharedContent string `json:"layoutWithoutSharedContent,omitempty"`
	// LayoutWithSharedContent is stack, focusedContentWithActiveSpeaker
	// or focusedContent.
	LayoutWithSharedContent     string `json:"layoutWithSharedContent,omitempty"`
	AllowChangeLayoutInMeeting  *bool  `json:"allowChangeLayoutInMeeting,omitempty"`
	FollowStageLayoutWhenSynced *bool  `json:"followStageLayoutWhenSynced,omitempty"`
	// Resolution is such as "1920x1080".
	Resolution string `json:"resolution,omitempty"`
}

// Invitee is a person invited as a meeting is created.
type Invitee struct {
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

// Template is a meeting template: the settings a meeting made with
// CreateParams.TemplateID starts from.
type Template struct {
	ID     string `json:"id"`
	Name   string `json:"name,omitempty"`
	Locale string `json:"locale,omitempty"`
	// SiteURL is the site the template belongs to.
	SiteURL string `json:"siteUrl,omitempty"`
	// TemplateType is [TemplateTypeMeeting] or [TemplateTypeWebinar].
	TemplateType string `json:"templateType,omitempty"`
	IsDefault    bool   `json:"isDefault,omitempty"`
	IsStandard   bool   `json:"isStandard,omitempty"`
	// Meeting holds the template's settings; only GetTemplate returns it.
	Meeting *CreateParams `json:"meeting,omitempty"`
}

// Template types of [Template.TemplateType].
const (
	TemplateTypeMeeting = "meeting"
	TemplateTypeWebinar = "webinar"
)
