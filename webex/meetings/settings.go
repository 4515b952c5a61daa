package meetings

// Settings are the meeting settings that CreateParams, UpdateParams and
// PatchParams share, embedded in each (encoding/json flattens them, so the
// wire does not change). Every field is optional: nil is not sent, so
// Webex keeps its default (Create), resets it (Update: PUT replaces the
// meeting) or leaves it alone (Patch).
type Settings struct {
	EnabledAutoRecordMeeting     *bool `json:"enabledAutoRecordMeeting,omitempty"`
	AllowAnyUserToBeCoHost       *bool `json:"allowAnyUserToBeCoHost,omitempty"`
	EnabledJoinBeforeHost        *bool `json:"enabledJoinBeforeHost,omitempty"`
	EnableConnectAudioBeforeHost *bool `json:"enableConnectAudioBeforeHost,omitempty"`
	// JoinBeforeHostMinutes is 0, 5, 10 or 15; it needs
	// EnabledJoinBeforeHost.
	JoinBeforeHostMinutes *int  `json:"joinBeforeHostMinutes,omitempty"`
	ExcludePassword       *bool `json:"excludePassword,omitempty"`
	PublicMeeting         *bool `json:"publicMeeting,omitempty"`
	// ReminderTime is how many minutes before the start the host gets an
	// email reminder.
	ReminderTime *int `json:"reminderTime,omitempty"`
	// UnlockedMeetingJoinSecurity is one of the JoinSecurity constants;
	// empty is not sent.
	UnlockedMeetingJoinSecurity JoinSecurity `json:"unlockedMeetingJoinSecurity,omitempty"`
	// SessionTypeID is required for a webinar.
	SessionTypeID             *int  `json:"sessionTypeId,omitempty"`
	EnabledWebcastView        *bool `json:"enabledWebcastView,omitempty"`
	EnableAutomaticLock       *bool `json:"enableAutomaticLock,omitempty"`
	AutomaticLockMinutes      *int  `json:"automaticLockMinutes,omitempty"`
	AllowFirstUserToBeCoHost  *bool `json:"allowFirstUserToBeCoHost,omitempty"`
	AllowAuthenticatedDevices *bool `json:"allowAuthenticatedDevices,omitempty"`
	// SendEmail sends the emails to host and invitees (Webex's default:
	// true).
	SendEmail          *bool               `json:"sendEmail,omitempty"`
	MeetingOptions     *MeetingOptions     `json:"meetingOptions,omitempty"`
	AttendeePrivileges *AttendeePrivileges `json:"attendeePrivileges,omitempty"`
	// EnabledBreakoutSessions turns breakout sessions on; they are set
	// with CreateParams.BreakoutSessions.
	EnabledBreakoutSessions *bool `json:"enabledBreakoutSessions,omitempty"`
	EnabledAudioWatermark   *bool `json:"enabledAudioWatermark,omitempty"`
	EnabledVisualWatermark  *bool `json:"enabledVisualWatermark,omitempty"`
	// VisualWatermarkOpacity is 5 to 80.
	VisualWatermarkOpacity *int                    `json:"visualWatermarkOpacity,omitempty"`
	AudioConnectionOptions *AudioConnectionOptions `json:"audioConnectionOptions,omitempty"`
	RequireAttendeeLogin   *bool                   `json:"requireAttendeeLogin,omitempty"`
	RestrictToInvitees     *bool                   `json:"restrictToInvitees,omitempty"`
	// EnabledLiveStream needs LiveStream.
	EnabledLiveStream *bool       `json:"enabledLiveStream,omitempty"`
	LiveStream        *LiveStream `json:"liveStream,omitempty"`
}

// validate checks the settings of the params struct named name.
func (s *Settings) validate(name string) error {
	if isTrue(s.EnabledLiveStream) && s.LiveStream == nil {
		return invalid(name + ".LiveStream is required when EnabledLiveStream is true")
	}
	if ls := s.LiveStream; ls != nil && (ls.Destination == "" || ls.RTMPURL == "" || ls.StreamURL == "") {
		return invalid(name + ".LiveStream needs Destination, RTMPURL and StreamURL")
	}
	return nil
}

// MeetingOptions are what attendees may do in the meeting. Nil fields are
// not sent, or were not returned.
type MeetingOptions struct {
	EnabledChat    *bool `json:"enabledChat,omitempty"`
	EnabledVideo   *bool `json:"enabledVideo,omitempty"`
	EnabledPolling *bool `json:"enabledPolling,omitempty"`
	EnabledNote    *bool `json:"enabledNote,omitempty"`
	// NoteType is who may take notes, one of the NoteType constants.
	NoteType            NoteType `json:"noteType,omitempty"`
	EnabledFileTransfer *bool    `json:"enabledFileTransfer,omitempty"`
	EnabledUCFRichMedia *bool    `json:"enabledUCFRichMedia,omitempty"`
}

// NoteType is who may take notes in a meeting ([MeetingOptions.NoteType]).
type NoteType string

// Note types.
const (
	NoteTypeAllowAll NoteType = "allowAll" // all participants
	NoteTypeAllowOne NoteType = "allowOne" // a single note taker
)

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

// TrackingCode is a site tracking code and its value.
type TrackingCode struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// AudioConnectionOptions are how attendees join the audio.
type AudioConnectionOptions struct {
	// AudioConnectionType is one of the AudioConnectionType constants.
	AudioConnectionType     AudioConnectionType `json:"audioConnectionType,omitempty"`
	EnabledTollFreeCallIn   *bool               `json:"enabledTollFreeCallIn,omitempty"`
	EnabledGlobalCallIn     *bool               `json:"enabledGlobalCallIn,omitempty"`
	EnabledAudienceCallBack *bool               `json:"enabledAudienceCallBack,omitempty"`
	// EntryAndExitTone is one of the EntryAndExitTone constants.
	EntryAndExitTone              EntryAndExitTone `json:"entryAndExitTone,omitempty"`
	AllowHostToUnmuteParticipants *bool            `json:"allowHostToUnmuteParticipants,omitempty"`
	AllowAttendeeToUnmuteSelf     *bool            `json:"allowAttendeeToUnmuteSelf,omitempty"`
	MuteAttendeeUponEntry         *bool            `json:"muteAttendeeUponEntry,omitempty"`
}

// AudioConnectionType is how attendees connect to a meeting's audio
// ([AudioConnectionOptions.AudioConnectionType]).
type AudioConnectionType string

// Audio connection types.
const (
	AudioConnectionWebexAudio AudioConnectionType = "webexAudio" // phone and computer audio
	AudioConnectionVoIP       AudioConnectionType = "VoIP"       // computer audio only
	AudioConnectionOther      AudioConnectionType = "other"      // another teleconference service
	AudioConnectionNone       AudioConnectionType = "none"
)

// EntryAndExitTone is the sound phone attendees hear when someone enters
// or leaves a meeting ([AudioConnectionOptions.EntryAndExitTone]).
type EntryAndExitTone string

// Entry and exit tones.
const (
	ToneBeep         EntryAndExitTone = "beep"
	ToneAnnounceName EntryAndExitTone = "announceName"
	ToneNoTone       EntryAndExitTone = "noTone"
)

// LiveStream is where a meeting is streamed over RTMP.
type LiveStream struct {
	// Destination describes the target, such as "Facebook".
	Destination string `json:"destination"`
	RTMPURL     string `json:"rtmpUrl"`
	// StreamURL is where viewers watch the stream.
	StreamURL string `json:"streamUrl"`
	// LayoutWithoutSharedContent is LayoutGrid, LayoutStack or
	// LayoutFocus.
	LayoutWithoutSharedContent Layout `json:"layoutWithoutSharedContent,omitempty"`
	// LayoutWithSharedContent is LayoutStack,
	// LayoutFocusedContentWithActiveSpeaker or LayoutFocusedContent.
	LayoutWithSharedContent     Layout `json:"layoutWithSharedContent,omitempty"`
	AllowChangeLayoutInMeeting  *bool  `json:"allowChangeLayoutInMeeting,omitempty"`
	FollowStageLayoutWhenSynced *bool  `json:"followStageLayoutWhenSynced,omitempty"`
	// Resolution is such as "1920x1080".
	Resolution string `json:"resolution,omitempty"`
}

// Layout is the video layout of a live stream
// ([LiveStream.LayoutWithoutSharedContent],
// [LiveStream.LayoutWithSharedContent]).
type Layout string

// Live stream layouts.
const (
	// Without shared content.
	LayoutGrid  Layout = "grid"
	LayoutFocus Layout = "focus"
	// Both with and without shared content.
	LayoutStack Layout = "stack"
	// With shared content.
	LayoutFocusedContentWithActiveSpeaker Layout = "focusedContentWithActiveSpeaker"
	LayoutFocusedContent                  Layout = "focusedContent"
)
