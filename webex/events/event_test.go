package events_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex/attachments"
	"github.com/gowebex/sdk/webex/events"
	"github.com/gowebex/sdk/webex/rooms"
)

// event decodes an event of resource with the given data.
func event(t *testing.T, resource, data string) *events.Event {
	t.Helper()
	var e events.Event
	require.NoError(t, json.Unmarshal([]byte(`{"id":"event-9","resource":"`+resource+`","type":"created","actorId":"person-1","orgId":"org-1","created":"2024-04-02T08:00:00Z","data":`+data+`}`), &e))
	return &e
}

func TestMembershipData(t *testing.T) {
	t.Parallel()
	e := event(t, "memberships", `{
		"id": "mem-1", "roomId": "room-1", "roomType": "direct", "orgId": "org-1",
		"personId": "person-2", "personEmail": "bob@example.com", "personDisplayName": "Bob",
		"personOrgId": "org-2", "isModerator": true, "isMonitor": true, "isRoomHidden": true,
		"actorId": "person-1", "created": "2024-04-02T07:59:58.5Z"}`)
	m, err := e.Membership()
	require.NoError(t, err)
	assert.Equal(t, &events.MembershipData{
		ID: "mem-1", RoomID: "room-1", RoomType: "direct", OrgID: "org-1",
		PersonID: "person-2", PersonEmail: "bob@example.com", PersonDisplayName: "Bob",
		PersonOrgID: "org-2", IsModerator: true, IsMonitor: true, IsRoomHidden: true,
		ActorID: "person-1", Created: m.Created,
	}, m)
	assert.Equal(t, time.Date(2024, 4, 2, 7, 59, 58, 5e8, time.UTC), m.Created.UTC())
}

func TestRoomData(t *testing.T) {
	t.Parallel()
	e := event(t, "rooms", `{
		"id": "room-1", "title": "Legal", "type": "group", "orgId": "org-1", "isLocked": true,
		"creatorId": "person-1", "ownerId": "org-1", "classificationId": "class-3",
		"lastActivity": "2024-04-02T08:00:00Z", "created": "2024-01-01T00:00:00Z"}`)
	r, err := e.Room()
	require.NoError(t, err)
	assert.Equal(t, "room-1", r.ID)
	assert.Equal(t, "Legal", r.Title)
	assert.Equal(t, rooms.TypeGroup, r.Type)
	assert.Equal(t, "org-1", r.OrgID)
	assert.True(t, r.IsLocked)
	assert.Equal(t, "person-1", r.CreatorID)
	assert.Equal(t, "org-1", r.OwnerID)
	assert.Equal(t, "class-3", r.ClassificationID)
	assert.Equal(t, time.Date(2024, 4, 2, 8, 0, 0, 0, time.UTC), r.LastActivity.UTC())
	assert.Equal(t, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), r.Created.UTC())
}

func TestAttachmentActionData(t *testing.T) {
	t.Parallel()
	e := event(t, "attachmentActions", `{
		"id": "action-1", "type": "submit", "messageId": "msg-1", "roomId": "room-1",
		"personId": "person-2", "personEmail": "bob@example.com", "orgId": "org-1",
		"inputs": {"approve": "true", "comment": "LGTM"}, "created": "2024-04-02T08:00:01Z"}`)
	a, err := e.AttachmentAction()
	require.NoError(t, err)
	assert.Equal(t, "action-1", a.ID)
	assert.Equal(t, attachments.TypeSubmit, a.Type)
	assert.Equal(t, "msg-1", a.MessageID)
	assert.Equal(t, "room-1", a.RoomID)
	assert.Equal(t, "person-2", a.PersonID)
	assert.Equal(t, "bob@example.com", a.PersonEmail)
	assert.Equal(t, "org-1", a.OrgID)
	assert.JSONEq(t, `{"approve": "true", "comment": "LGTM"}`, string(a.Inputs))
	assert.Equal(t, time.Date(2024, 4, 2, 8, 0, 1, 0, time.UTC), a.Created.UTC())
}

func TestMeetingData(t *testing.T) {
	t.Parallel()
	e := event(t, "meetings", `{
		"id": "mtg-event-1", "meetingId": "abc123_I_42", "orgId": "org-1", "creatorId": "person-1",
		"host": {"personId": "person-1"}, "attendees": [{"personId": "person-2"}, {"personId": "person-3"}],
		"transcriptionEnabled": "yes", "recordingEnabled": "no", "hasPostMeetingsChat": "yes",
		"created": "2024-04-02T09:00:00Z"}`)
	m, err := e.Meeting()
	require.NoError(t, err)
	assert.Equal(t, "mtg-event-1", m.ID)
	assert.Equal(t, "abc123_I_42", m.MeetingID)
	assert.Equal(t, "org-1", m.OrgID)
	assert.Equal(t, "person-1", m.CreatorID)
	assert.JSONEq(t, `{"personId": "person-1"}`, string(m.Host))
	require.Len(t, m.Attendees, 2)
	assert.JSONEq(t, `{"personId": "person-3"}`, string(m.Attendees[1]))
	assert.True(t, events.Yes(m.TranscriptionEnabled))
	assert.False(t, events.Yes(m.RecordingEnabled))
	assert.True(t, events.Yes(m.HasPostMeetingsChat))
	assert.Equal(t, time.Date(2024, 4, 2, 9, 0, 0, 0, time.UTC), m.Created.UTC())
}

func TestMeetingMessageData(t *testing.T) {
	t.Parallel()
	e := event(t, "meetingMessages", `{
		"id": "mm-1", "meetingId": "abc123_I_42", "roomId": "room-1", "orgId": "org-1",
		"text": "Can you share the deck?", "personId": "person-1", "personEmail": "ann@example.com",
		"type": "direct", "breakoutSessionId": "bo-7",
		"recipients": [
			{"personId": "person-2", "personEmail": "bob@example.com"},
			{"guestDisplayName": "Visitor", "guestEmail": "visitor@example.org"}
		],
		"created": "2024-04-02T09:10:00Z"}`)
	m, err := e.MeetingMessage()
	require.NoError(t, err)
	assert.Equal(t, "mm-1", m.ID)
	assert.Equal(t, "abc123_I_42", m.MeetingID)
	assert.Equal(t, "room-1", m.RoomID)
	assert.Equal(t, "org-1", m.OrgID)
	assert.Equal(t, "Can you share the deck?", m.Text)
	assert.Equal(t, "person-1", m.PersonID)
	assert.Equal(t, "ann@example.com", m.PersonEmail)
	assert.Equal(t, events.MeetingMessageTypeDirect, m.Type)
	assert.Equal(t, "bo-7", m.BreakoutSessionID)
	assert.Equal(t, []events.Recipient{
		{PersonID: "person-2", PersonEmail: "bob@example.com"},
		{GuestDisplayName: "Visitor", GuestEmail: "visitor@example.org"},
	}, m.Recipients)
	assert.Equal(t, time.Date(2024, 4, 2, 9, 10, 0, 0, time.UTC), m.Created.UTC())
}

func TestCallRecordData(t *testing.T) {
	t.Parallel()
	e := event(t, "call_records", `{
		"id": "cdr-1", "orgId": "org-1", "corelationId": "corr-1", "callType": "SIP_ENTERPRISE",
		"userId": "person-1", "userType": "User", "callDirection": "ORIGINATING",
		"isCallAnswered": "true", "callDurationSeconds": "95",
		"callStartTime": "2024-04-02T10:00:00.250Z", "callAnswerTime": "2024-04-02T10:00:04Z",
		"callTransferTime": "", "callingNumber": "+14085550100", "callingLineId": "210",
		"calledNumber": "+14085550199", "calledLineId": "211", "dialedDigits": "199",
		"callRedirectingNumber": "+14085550111", "callRedirectedReason": "busy",
		"created": "2024-04-02T10:01:40Z"}`)
	c, err := e.CallRecord()
	require.NoError(t, err)
	assert.Equal(t, &events.CallRecordData{
		ID: "cdr-1", OrgID: "org-1", CorrelationID: "corr-1", CallType: "SIP_ENTERPRISE",
		UserID: "person-1", UserType: "User", CallDirection: "ORIGINATING",
		IsCallAnswered: "true", CallDurationSeconds: "95",
		CallStartTime: "2024-04-02T10:00:00.250Z", CallAnswerTime: "2024-04-02T10:00:04Z",
		CallingNumber: "+14085550100", CallingLineID: "210",
		CalledNumber: "+14085550199", CalledLineID: "211", DialedDigits: "199",
		CallRedirectingNumber: "+14085550111", CallRedirectedReason: "busy",
		Created: c.Created,
	}, c)
	assert.Equal(t, time.Date(2024, 4, 2, 10, 1, 40, 0, time.UTC), c.Created.UTC())
	assert.True(t, c.Answered())
	d, err := c.Duration()
	require.NoError(t, err)
	assert.Equal(t, 95*time.Second, d)
	start, err := c.StartTime()
	require.NoError(t, err)
	assert.Equal(t, time.Date(2024, 4, 2, 10, 0, 0, 250e6, time.UTC), start.UTC())
}

func TestCallRecordHelpersOnMissingValues(t *testing.T) {
	t.Parallel()
	c := &events.CallRecordData{ID: "cdr-2", IsCallAnswered: "false", CallDurationSeconds: "", CallStartTime: "soon"}
	assert.False(t, c.Answered())
	_, err := c.Duration()
	assert.ErrorContains(t, err, `events: call record cdr-2: invalid callDurationSeconds ""`)
	_, err = c.StartTime()
	assert.ErrorContains(t, err, `invalid callStartTime "soon"`)
}

func TestDecoderRefusesOtherResource(t *testing.T) {
	t.Parallel()
	e := event(t, "memberships", `{"id": "mem-1"}`)
	m, err := e.Message()
	assert.Nil(t, m)
	assert.EqualError(t, err, `events: event event-9 is a "memberships" event, not "messages"`)
	_, err = e.Room()
	assert.Error(t, err)
	_, err = e.AttachmentAction()
	assert.Error(t, err)
	_, err = e.Meeting()
	assert.Error(t, err)
	_, err = e.MeetingMessage()
	assert.Error(t, err)
	_, err = e.CallRecord()
	assert.Error(t, err)
	_, err = e.Membership()
	assert.NoError(t, err)
}

func TestDecodeDataErrors(t *testing.T) {
	t.Parallel()
	for _, data := range []string{`null`, `{}`} {
		e := event(t, "tabs", data)
		var v map[string]any
		err := e.DecodeData(&v)
		if data == "null" {
			assert.ErrorIs(t, err, events.ErrNoData)
		} else {
			assert.NoError(t, err)
			assert.Empty(t, v)
		}
	}
	var noData events.Event
	_, err := noData.Message()
	assert.ErrorContains(t, err, `is a "" event`)
	noData.Resource = events.ResourceMessages
	_, err = noData.Message()
	assert.ErrorIs(t, err, events.ErrNoData)

	wrong := event(t, "messages", `{"id": 42}`)
	_, err = wrong.Message()
	assert.ErrorContains(t, err, "events: decoding data of messages event event-9")

	var nilEvent *events.Event
	_, err = nilEvent.Message()
	assert.EqualError(t, err, "webex: events: nil event")
}

func TestDecodeDataForOtherResources(t *testing.T) {
	t.Parallel()
	e := event(t, "tabs", `{"id": "tab-1", "displayName": "Wiki", "contentUrl": "https://wiki.example.com"}`)
	var tab struct {
		ID          string `json:"id"`
		DisplayName string `json:"displayName"`
		ContentURL  string `json:"contentUrl"`
	}
	require.NoError(t, e.DecodeData(&tab))
	assert.Equal(t, "tab-1", tab.ID)
	assert.Equal(t, "Wiki", tab.DisplayName)
	assert.Equal(t, "https://wiki.example.com", tab.ContentURL)
}

func TestYes(t *testing.T) {
	t.Parallel()
	for s, want := range map[string]bool{"yes": true, "YES": true, "true": true, " yes ": true, "no": false, "false": false, "": false, "maybe": false} {
		assert.Equal(t, want, events.Yes(s), "%q", s)
	}
}
