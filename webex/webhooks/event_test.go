// The accessors of notify.Event, which is webhooks.Event, tested here so
// that they share this package's test binary.

package webhooks_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex/notify"
)

func event(t *testing.T, resource, ev, data string) *notify.Event {
	t.Helper()
	var e notify.Event
	require.NoError(t, json.Unmarshal([]byte(`{"id": "hook-1", "resource": "`+resource+`", "event": "`+ev+`", "data": `+data+`}`), &e))
	return &e
}

func TestEventMembership(t *testing.T) {
	t.Parallel()
	e := event(t, "memberships", "created", `{
		"id": "mem-1", "roomId": "room-1", "roomType": "group", "personId": "person-3",
		"personEmail": "carol@example.com", "personDisplayName": "Carol", "personOrgId": "org-1",
		"isModerator": true, "isMonitor": false, "isRoomHidden": true, "created": "2024-03-05T10:00:00.000Z"
	}`)
	m, err := e.Membership()
	require.NoError(t, err)
	assert.Equal(t, notify.MembershipData{
		ID: "mem-1", RoomID: "room-1", RoomType: "group", PersonID: "person-3",
		PersonEmail: "carol@example.com", PersonDisplayName: "Carol", PersonOrgID: "org-1",
		IsModerator: true, IsRoomHidden: true, Created: time.Date(2024, 3, 5, 10, 0, 0, 0, time.UTC),
	}, *m)
}

func TestEventRoom(t *testing.T) {
	t.Parallel()
	e := event(t, "rooms", "updated", `{
		"id": "room-1", "title": "Release train", "type": "group", "isLocked": true, "teamId": "team-1",
		"creatorId": "person-1", "ownerId": "org-1", "classificationId": "cls-1",
		"isAnnouncementOnly": true, "isReadOnly": false, "isPublic": true,
		"lastActivity": "2024-03-05T11:00:00Z", "created": "2024-01-01T00:00:00Z"
	}`)
	r, err := e.Room()
	require.NoError(t, err)
	assert.Equal(t, notify.RoomData{
		ID: "room-1", Title: "Release train", Type: "group", IsLocked: true, TeamID: "team-1",
		CreatorID: "person-1", OwnerID: "org-1", ClassificationID: "cls-1",
		IsAnnouncementOnly: true, IsPublic: true,
		LastActivity: time.Date(2024, 3, 5, 11, 0, 0, 0, time.UTC), Created: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC),
	}, *r)
}

func TestEventAttachmentAction(t *testing.T) {
	t.Parallel()
	e := event(t, "attachmentActions", "created", `{
		"id": "act-1", "type": "submit", "messageId": "msg-1", "personId": "person-2",
		"roomId": "room-1", "created": "2024-03-05T10:11:12Z"
	}`)
	a, err := e.AttachmentAction()
	require.NoError(t, err)
	assert.Equal(t, notify.AttachmentActionData{
		ID: "act-1", Type: "submit", MessageID: "msg-1", PersonID: "person-2", RoomID: "room-1",
		Created: time.Date(2024, 3, 5, 10, 11, 12, 0, time.UTC),
	}, *a)
}

func TestEventMeeting(t *testing.T) {
	t.Parallel()
	e := event(t, "meetings", "started", `{
		"id": "mtg-1", "meetingSeriesId": "series-1", "scheduledMeetingId": "sched-1",
		"meetingNumber": "123456789", "title": "Standup", "meetingType": "meeting",
		"scheduledType": "meeting", "state": "inProgress", "timezone": "UTC",
		"start": "2024-03-05T09:00:00Z", "end": "2024-03-05T09:15:00Z",
		"hostUserId": "person-1", "hostDisplayName": "Ann", "hostEmail": "ann@example.com",
		"siteUrl": "example.webex.com", "webLink": "https://example.webex.com/m/1"
	}`)
	m, err := e.Meeting()
	require.NoError(t, err)
	assert.Equal(t, notify.MeetingData{
		ID: "mtg-1", MeetingSeriesID: "series-1", ScheduledMeetingID: "sched-1",
		MeetingNumber: "123456789", Title: "Standup", MeetingType: "meeting",
		ScheduledType: "meeting", State: "inProgress", Timezone: "UTC",
		Start: time.Date(2024, 3, 5, 9, 0, 0, 0, time.UTC), End: time.Date(2024, 3, 5, 9, 15, 0, 0, time.UTC),
		HostUserID: "person-1", HostDisplayName: "Ann", HostEmail: "ann@example.com",
		SiteURL: "example.webex.com", WebLink: "https://example.webex.com/m/1",
	}, *m)
	assert.Equal(t, notify.EventStarted, e.Event)
}

func TestEventWrongResource(t *testing.T) {
	t.Parallel()
	e := event(t, "rooms", "created", `{"id": "room-1"}`)
	_, err := e.Message()
	assert.EqualError(t, err, `notify: event is about "rooms", not "messages"`)
	_, err = e.Membership()
	assert.Error(t, err)
	_, err = e.AttachmentAction()
	assert.Error(t, err)
	_, err = e.Meeting()
	assert.Error(t, err)
}

func TestEventDecodeData(t *testing.T) {
	t.Parallel()
	e := event(t, "telephony_calls", "updated", `{"callId": "call-1", "eventType": "received"}`)
	var call struct {
		CallID    string `json:"callId"`
		EventType string `json:"eventType"`
	}
	require.NoError(t, e.DecodeData(&call))
	assert.Equal(t, "call-1", call.CallID)
	assert.Equal(t, "received", call.EventType)

	e = event(t, "messages", "created", `"not an object"`)
	_, err := e.Message()
	assert.ErrorContains(t, err, "notify: decoding messages/created event data")

	empty := &notify.Event{Resource: notify.ResourceMessages, Event: notify.EventDeleted}
	_, err = empty.Message()
	assert.EqualError(t, err, "notify: messages/deleted event has no data")
}

func TestEventSpaceID(t *testing.T) {
	t.Parallel()
	assert.Equal(t, "room-1", event(t, "messages", "created", `{"id": "msg-1", "roomId": "room-1"}`).SpaceID())
	assert.Equal(t, "room-2", event(t, "rooms", "updated", `{"id": "room-2"}`).SpaceID())
	assert.Empty(t, event(t, "messages", "deleted", `"garbage"`).SpaceID())
	assert.Empty(t, (&notify.Event{}).SpaceID())
}
