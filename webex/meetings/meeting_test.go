package meetings_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex/meetings"
)

// meetingJSON is a meeting shaped like the spec's example, with every
// field Webex may return (all booleans true so that re-encoding keeps them).
const meetingJSON = `{
	"id": "a1b2c3d4e5f60718293a4b5c6d7e8f90_20240318T090000Z",
	"meetingSeriesId": "a1b2c3d4e5f60718293a4b5c6d7e8f90",
	"scheduledMeetingId": "a1b2c3d4e5f60718293a4b5c6d7e8f90_20240318T090000Z",
	"meetingNumber": "2641 889 0213",
	"title": "Weekly design review",
	"agenda": "Review open proposals",
	"password": "Kx7!pLm2",
	"phoneAndVideoSystemPassword": "59075612",
	"meetingType": "scheduledMeeting",
	"state": "ready",
	"hostDidJoin": true,
	"attendeeDidJoin": true,
	"isModified": true,
	"timezone": "Europe/Paris",
	"start": "2024-03-18T10:00:00+01:00",
	"end": "2024-03-18T11:00:00.250+01:00",
	"recurrence": "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;COUNT=12",
	"hostUserId": "host-user-1",
	"hostDisplayName": "Ines Moreau",
	"hostEmail": "ines.moreau@example.com",
	"hostKey": "418305",
	"siteUrl": "acme.webex.com",
	"webLink": "https://acme.webex.com/acme/j.php?MTID=m0a1b2c3d",
	"registerLink": "https://acme.webex.com/weblink/register/r0a1b2c3d",
	"sipAddress": "26418890213@acme.webex.com",
	"dialInIpAddress": "203.0.113.20",
	"roomId": "room-7",
	"enabledAutoRecordMeeting": true,
	"allowAnyUserToBeCoHost": true,
	"enabledJoinBeforeHost": true,
	"enableConnectAudioBeforeHost": true,
	"joinBeforeHostMinutes": 10,
	"excludePassword": true,
	"publicMeeting": true,
	"reminderTime": 15,
	"unlockedMeetingJoinSecurity": "allowJoinWithLobby",
	"sessionTypeId": 628,
	"scheduledType": "meeting",
	"enabledWebcastView": true,
	"panelistPassword": "Pn3!qRs8",
	"phoneAndVideoSystemPanelistPassword": "77120934",
	"enableAutomaticLock": true,
	"automaticLockMinutes": 5,
	"allowFirstUserToBeCoHost": true,
	"allowAuthenticatedDevices": true,
	"hasChat": true,
	"hasRecording": true,
	"hasTranscription": true,
	"hasSummary": true,
	"hasClosedCaption": true,
	"hasPolls": true,
	"hasQA": true,
	"hasSlido": true,
	"hasRegistration": true,
	"hasRegistrants": true,
	"hasPostEventSurvey": true,
	"telephony": {
		"accessCode": "26418890213",
		"callInNumbers": [
			{"label": "Call-in toll number (FR)", "callInNumber": "+33-1-5555-0100", "tollType": "toll"},
			{"label": "Call-in toll-free number (FR)", "callInNumber": "0-800-555-010", "tollType": "tollFree"}
		],
		"links": [{"rel": "globalCallinNumbers", "href": "/v1/meetings/a1b2/globalCallinNumbers", "method": "GET"}]
	},
	"meetingOptions": {"enabledChat": true, "enabledVideo": false, "enabledPolling": false, "enabledNote": true, "noteType": "allowAll", "enabledFileTransfer": false, "enabledUCFRichMedia": true},
	"attendeePrivileges": {"enabledShareContent": true, "enabledSaveDocument": false, "enabledPrintDocument": false, "enabledAnnotate": false, "enabledViewParticipantList": true, "enabledViewThumbnails": false, "enabledRemoteControl": true, "enabledViewAnyDocument": false, "enabledViewAnyPage": false, "enabledContactOperatorPrivately": false, "enabledChatHost": true, "enabledChatPresenter": true, "enabledChatOtherParticipants": false},
	"registration": {
		"autoAcceptRequest": false, "requireFirstName": true, "requireLastName": true, "requireEmail": true,
		"requireJobTitle": true, "requireCompanyName": false, "requireAddress1": false, "requireAddress2": false,
		"requireCity": false, "requireState": false, "requireZipCode": false, "requireCountryRegion": true,
		"requireWorkPhone": false, "requireFax": false, "enabledRegistrationId": true, "maxRegisterNum": 500,
		"customizedQuestions": [{"id": "3386787", "question": "Team?", "required": true, "type": "dropdownList", "options": [{"id": "1", "value": "Design"}, {"id": "2", "value": "Ops"}], "rules": [{"condition": "equals", "value": "Ops", "result": "approve", "matchCase": false, "order": 2}]}],
		"rules": [{"question": "email", "condition": "endsWith", "value": "@example.com", "result": "approve", "matchCase": false, "order": 1}]
	},
	"integrationTags": ["JIRA-4411", "ZD-982"],
	"simultaneousInterpretation": {"enabled": true, "interpreters": [{"id": "interp-1", "languageCode1": "en", "languageCode2": "fr", "email": "luc@example.com", "displayName": "Luc"}]},
	"enabledBreakoutSessions": true,
	"links": [{"rel": "breakoutSessions", "href": "/v1/meetings/a1b2/breakoutSessions", "method": "GET"}],
	"trackingCodes": [{"name": "Department", "value": "Design"}],
	"enabledAudioWatermark": true,
	"enabledVisualWatermark": true,
	"visualWatermarkOpacity": 20,
	"audioConnectionOptions": {"audioConnectionType": "webexAudio", "enabledTollFreeCallIn": true, "enabledGlobalCallIn": true, "enabledAudienceCallBack": false, "entryAndExitTone": "beep", "allowHostToUnmuteParticipants": false, "allowAttendeeToUnmuteSelf": true, "muteAttendeeUponEntry": true},
	"requireAttendeeLogin": true,
	"restrictToInvitees": true,
	"enabledLiveStream": true,
	"liveStream": {"destination": "Intranet", "rtmpUrl": "rtmps://stream.example.com:1935/live/key", "streamUrl": "https://stream.example.com/watch/1", "layoutWithoutSharedContent": "grid", "layoutWithSharedContent": "focusedContent", "allowChangeLayoutInMeeting": true, "followStageLayoutWhenSynced": false, "resolution": "1280x720"}
}`

// assertMeeting checks every field decoded from meetingJSON.
func assertMeeting(t *testing.T, m *meetings.Meeting) {
	t.Helper()
	require.NotNil(t, m)
	assert.Equal(t, "a1b2c3d4e5f60718293a4b5c6d7e8f90_20240318T090000Z", m.ID)
	assert.Equal(t, "a1b2c3d4e5f60718293a4b5c6d7e8f90", m.MeetingSeriesID)
	assert.Equal(t, "a1b2c3d4e5f60718293a4b5c6d7e8f90_20240318T090000Z", m.ScheduledMeetingID)
	assert.Equal(t, "2641 889 0213", m.MeetingNumber)
	assert.Equal(t, "Weekly design review", m.Title)
	assert.Equal(t, "Review open proposals", m.Agenda)
	assert.Equal(t, "Kx7!pLm2", m.Password)
	assert.Equal(t, "59075612", m.PhoneAndVideoSystemPassword)
	assert.Equal(t, meetings.TypeScheduledMeeting, m.MeetingType)
	assert.Equal(t, meetings.StateReady, m.State)
	assert.True(t, m.HostDidJoin)
	assert.True(t, m.AttendeeDidJoin)
	assert.True(t, m.IsModified)
	assert.Equal(t, "Europe/Paris", m.Timezone)
	assert.Equal(t, utc(2024, 3, 18, 9, 0, 0, 0), m.Start.UTC())
	assert.Equal(t, utc(2024, 3, 18, 10, 0, 0, 250), m.End.UTC())
	assert.Equal(t, "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;COUNT=12", m.Recurrence)
	assert.Equal(t, "host-user-1", m.HostUserID)
	assert.Equal(t, "Ines Moreau", m.HostDisplayName)
	assert.Equal(t, "ines.moreau@example.com", m.HostEmail)
	assert.Equal(t, "418305", m.HostKey)
	assert.Equal(t, "acme.webex.com", m.SiteURL)
	assert.Equal(t, "https://acme.webex.com/acme/j.php?MTID=m0a1b2c3d", m.WebLink)
	assert.Equal(t, "https://acme.webex.com/weblink/register/r0a1b2c3d", m.RegisterLink)
	assert.Equal(t, "26418890213@acme.webex.com", m.SIPAddress)
	assert.Equal(t, "203.0.113.20", m.DialInIPAddress)
	assert.Equal(t, "room-7", m.RoomID)
	assert.True(t, m.EnabledAutoRecordMeeting)
	assert.True(t, m.AllowAnyUserToBeCoHost)
	assert.True(t, m.EnabledJoinBeforeHost)
	assert.True(t, m.EnableConnectAudioBeforeHost)
	assert.Equal(t, 10, m.JoinBeforeHostMinutes)
	assert.True(t, m.ExcludePassword)
	assert.True(t, m.PublicMeeting)
	assert.Equal(t, 15, m.ReminderTime)
	assert.Equal(t, meetings.JoinSecurityAllowJoinWithLobby, m.UnlockedMeetingJoinSecurity)
	assert.Equal(t, 628, m.SessionTypeID)
	assert.Equal(t, meetings.ScheduledTypeMeeting, m.ScheduledType)
	assert.True(t, m.EnabledWebcastView)
	assert.Equal(t, "Pn3!qRs8", m.PanelistPassword)
	assert.Equal(t, "77120934", m.PhoneAndVideoSystemPanelistPassword)
	assert.True(t, m.EnableAutomaticLock)
	assert.Equal(t, 5, m.AutomaticLockMinutes)
	assert.True(t, m.AllowFirstUserToBeCoHost)
	assert.True(t, m.AllowAuthenticatedDevices)
	for name, b := range map[string]bool{
		"hasChat": m.HasChat, "hasRecording": m.HasRecording, "hasTranscription": m.HasTranscription, "hasSummary": m.HasSummary,
		"hasClosedCaption": m.HasClosedCaption, "hasPolls": m.HasPolls, "hasQA": m.HasQA, "hasSlido": m.HasSlido,
		"hasRegistration": m.HasRegistration, "hasRegistrants": m.HasRegistrants, "hasPostEventSurvey": m.HasPostEventSurvey,
	} {
		assert.True(t, b, name)
	}
	require.NotNil(t, m.Telephony)
	assert.Equal(t, "26418890213", m.Telephony.AccessCode)
	assert.Equal(t, []meetings.CallInNumber{
		{Label: "Call-in toll number (FR)", CallInNumber: "+33-1-5555-0100", TollType: meetings.TollTypeToll},
		{Label: "Call-in toll-free number (FR)", CallInNumber: "0-800-555-010", TollType: meetings.TollTypeTollFree},
	}, m.Telephony.CallInNumbers)
	assert.Equal(t, []meetings.Link{{Rel: "globalCallinNumbers", Href: "/v1/meetings/a1b2/globalCallinNumbers", Method: "GET"}}, m.Telephony.Links)
	require.NotNil(t, m.MeetingOptions)
	assert.Equal(t, &meetings.MeetingOptions{
		EnabledChat: ptr(true), EnabledVideo: ptr(false), EnabledPolling: ptr(false), EnabledNote: ptr(true),
		NoteType: meetings.NoteTypeAllowAll, EnabledFileTransfer: ptr(false), EnabledUCFRichMedia: ptr(true),
	}, m.MeetingOptions)
	require.NotNil(t, m.AttendeePrivileges)
	assert.Equal(t, ptr(true), m.AttendeePrivileges.EnabledShareContent)
	assert.Equal(t, ptr(false), m.AttendeePrivileges.EnabledSaveDocument)
	assert.Equal(t, ptr(true), m.AttendeePrivileges.EnabledRemoteControl)
	assert.Equal(t, ptr(false), m.AttendeePrivileges.EnabledChatOtherParticipants)
	require.NotNil(t, m.Registration)
	assert.Equal(t, ptr(false), m.Registration.AutoAcceptRequest)
	assert.Equal(t, ptr(true), m.Registration.RequireCountryRegion)
	assert.Equal(t, 500, m.Registration.MaxRegisterNum)
	assert.Equal(t, ptr(true), m.Registration.EnabledRegistrationID)
	assert.Equal(t, []meetings.RegistrationQuestion{{
		ID: "3386787", Question: "Team?", Required: ptr(true), Type: meetings.QuestionDropdownList,
		Options: []meetings.QuestionOption{{ID: "1", Value: "Design"}, {ID: "2", Value: "Ops"}},
		Rules:   []meetings.RegistrationRule{{Condition: "equals", Value: "Ops", Result: "approve", MatchCase: ptr(false), Order: 2}},
	}}, m.Registration.CustomizedQuestions)
	assert.Equal(t, []meetings.RegistrationRule{{Question: "email", Condition: "endsWith", Value: "@example.com", Result: "approve", MatchCase: ptr(false), Order: 1}}, m.Registration.Rules)
	assert.Equal(t, []string{"JIRA-4411", "ZD-982"}, m.IntegrationTags)
	assert.Equal(t, &meetings.SimultaneousInterpretation{Enabled: true, Interpreters: []meetings.Interpreter{
		{ID: "interp-1", LanguageCode1: "en", LanguageCode2: "fr", Email: "luc@example.com", DisplayName: "Luc"},
	}}, m.SimultaneousInterpretation)
	assert.True(t, m.EnabledBreakoutSessions)
	assert.Equal(t, []meetings.Link{{Rel: "breakoutSessions", Href: "/v1/meetings/a1b2/breakoutSessions", Method: "GET"}}, m.Links)
	assert.Equal(t, []meetings.TrackingCode{{Name: "Department", Value: "Design"}}, m.TrackingCodes)
	assert.True(t, m.EnabledAudioWatermark)
	assert.True(t, m.EnabledVisualWatermark)
	assert.Equal(t, 20, m.VisualWatermarkOpacity)
	assert.Equal(t, &meetings.AudioConnectionOptions{
		AudioConnectionType: meetings.AudioConnectionWebexAudio, EnabledTollFreeCallIn: ptr(true), EnabledGlobalCallIn: ptr(true),
		EnabledAudienceCallBack: ptr(false), EntryAndExitTone: meetings.ToneBeep, AllowHostToUnmuteParticipants: ptr(false),
		AllowAttendeeToUnmuteSelf: ptr(true), MuteAttendeeUponEntry: ptr(true),
	}, m.AudioConnectionOptions)
	assert.True(t, m.RequireAttendeeLogin)
	assert.True(t, m.RestrictToInvitees)
	assert.True(t, m.EnabledLiveStream)
	assert.Equal(t, &meetings.LiveStream{
		Destination: "Intranet", RTMPURL: "rtmps://stream.example.com:1935/live/key", StreamURL: "https://stream.example.com/watch/1",
		LayoutWithoutSharedContent: meetings.LayoutGrid, LayoutWithSharedContent: meetings.LayoutFocusedContent,
		AllowChangeLayoutInMeeting: ptr(true), FollowStageLayoutWhenSynced: ptr(false), Resolution: "1280x720",
	}, m.LiveStream)
}

func ptr[T any](v T) *T { return &v }

// TestMeetingJSONNamesMatchWebex re-encodes a decoded meeting: decoding
// ignores case, so only encoding shows a misspelt tag or a dropped field.
func TestMeetingJSONNamesMatchWebex(t *testing.T) {
	t.Parallel()
	var m meetings.Meeting
	require.NoError(t, json.Unmarshal([]byte(meetingJSON), &m))
	assertMeeting(t, &m)
	b, err := json.Marshal(m)
	require.NoError(t, err)
	assert.JSONEq(t, normalizeTimes(t, meetingJSON), normalizeTimes(t, string(b)))
}

// normalizeTimes re-encodes start and end as UTC so that offsets compare.
func normalizeTimes(t *testing.T, raw string) string {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal([]byte(raw), &m))
	for _, k := range []string{"start", "end"} {
		tm, err := time.Parse(time.RFC3339Nano, m[k].(string))
		require.NoError(t, err)
		m[k] = tm.UTC().Format(time.RFC3339Nano)
	}
	b, err := json.Marshal(m)
	require.NoError(t, err)
	return string(b)
}
