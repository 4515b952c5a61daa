package meetings_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/internal/sdktest"
	"github.com/gowebex/sdk/webex/meetings"
)

const participantJSON = `{
	"id": "a1b2_I_1977_3c2e",
	"orgId": "org-1",
	"host": true,
	"coHost": true,
	"spaceModerator": true,
	"email": "bo@example.com",
	"displayName": "Bo Lind",
	"invitee": true,
	"muted": true,
	"meetingStartTime": "2024-03-18T09:00:00Z",
	"video": "on",
	"state": "joined",
	"breakoutSessionId": "bs-1",
	"joinedTime": "2024-03-18T09:01:30.500Z",
	"leftTime": "2024-03-18T09:58:00Z",
	"siteUrl": "acme.webex.com",
	"meetingId": "a1b2_I_1977",
	"hostEmail": "ines@example.com",
	"devices": [{"correlationId": "corr-1", "deviceType": "webex_meeting_center_mac", "audioType": "pstn", "joinedTime": "2024-03-18T09:01:30Z", "leftTime": "2024-03-18T09:58:00Z", "durationSecond": 3390, "callType": "callIn", "phoneNumber": "5550100"}],
	"breakoutSessionsAttended": [{"id": "bs-1", "name": "Room A", "joinedTime": "2024-03-18T09:20:00Z", "leftTime": "2024-03-18T09:30:00Z"}],
	"sourceId": "crm"
}`

func assertParticipant(t *testing.T, p *meetings.Participant) {
	t.Helper()
	require.NotNil(t, p)
	assert.Equal(t, &meetings.Participant{
		ID: "a1b2_I_1977_3c2e", OrgID: "org-1", Host: true, CoHost: true, SpaceModerator: true,
		Email: "bo@example.com", DisplayName: "Bo Lind", Invitee: true, Muted: true,
		MeetingStartTime: utc(2024, 3, 18, 9, 0, 0, 0), Video: meetings.VideoOn, State: meetings.ParticipantStateJoined,
		BreakoutSessionID: "bs-1", JoinedTime: utc(2024, 3, 18, 9, 1, 30, 500), LeftTime: utc(2024, 3, 18, 9, 58, 0, 0),
		SiteURL: "acme.webex.com", MeetingID: "a1b2_I_1977", HostEmail: "ines@example.com",
		Devices: []meetings.Device{{
			CorrelationID: "corr-1", DeviceType: "webex_meeting_center_mac", AudioType: meetings.AudioTypePSTN,
			JoinedTime: utc(2024, 3, 18, 9, 1, 30, 0), LeftTime: utc(2024, 3, 18, 9, 58, 0, 0),
			DurationSecond: 3390, CallType: meetings.CallTypeCallIn, PhoneNumber: "5550100",
		}},
		BreakoutSessionsAttended: []meetings.AttendedBreakoutSession{{ID: "bs-1", Name: "Room A", JoinedTime: utc(2024, 3, 18, 9, 20, 0, 0), LeftTime: utc(2024, 3, 18, 9, 30, 0, 0)}},
		SourceID:                 "crm",
	}, p)
}

func TestParticipantJSONNames(t *testing.T) {
	t.Parallel()
	var p meetings.Participant
	require.NoError(t, json.Unmarshal([]byte(participantJSON), &p))
	assertParticipant(t, &p)
	assert.Equal(t, keysOf(t, participantJSON), jsonKeys(t, p))
}

func TestParticipantsList(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	var calls atomic.Int32
	tz := time.FixedZone("PDT", -7*3600)
	mux.HandleFunc("/v1/meetingParticipants", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		calls.Add(1)
		if r.URL.Query().Get("offset") == "" {
			assert.Equal(t, url.Values{
				"meetingId": {"a1b2"}, "breakoutSessionId": {"bs-1"},
				"meetingStartTimeFrom": {"2024-03-18T07:00:00Z"}, "meetingStartTimeTo": {"2024-03-19T07:00:00Z"},
				"hostEmail": {"ines@example.com"}, "joinTimeFrom": {"2024-03-18T16:00:00Z"}, "joinTimeTo": {"2024-03-18T17:00:00Z"},
				"max": {"50"},
			}, r.URL.Query())
			w.Header().Set("Link", fmt.Sprintf(`<http://%s/v1/meetingParticipants?meetingId=a1b2&offset=50>; rel="next"`, r.Host))
			sdktest.WriteRaw(w, http.StatusOK, `{"items": [`+participantJSON+`]}`)
			return
		}
		assert.Equal(t, "50", r.URL.Query().Get("offset"))
		assert.Equal(t, "bs-1", r.URL.Query().Get("breakoutSessionId"), "filters survive the next link")
		sdktest.WriteRaw(w, http.StatusOK, `{"items": [{"id": "p2", "state": "lobby"}]}`)
	})
	p := &meetings.ParticipantListParams{
		MeetingID: "a1b2", BreakoutSessionID: "bs-1",
		MeetingStartTimeFrom: time.Date(2024, 3, 18, 0, 0, 0, 0, tz), MeetingStartTimeTo: time.Date(2024, 3, 19, 0, 0, 0, 0, tz),
		HostEmail: "ines@example.com", JoinTimeFrom: time.Date(2024, 3, 18, 9, 0, 0, 0, tz), JoinTimeTo: time.Date(2024, 3, 18, 10, 0, 0, 0, tz),
		Max: 50,
	}
	var got []*meetings.Participant
	for pt, err := range c.Participants.List(context.Background(), p) {
		require.NoError(t, err)
		got = append(got, pt)
	}
	require.Len(t, got, 2)
	assertParticipant(t, got[0])
	assert.Equal(t, meetings.ParticipantStateLobby, got[1].State)
	assert.EqualValues(t, 2, calls.Load())

	page, err := c.Participants.ListPage(context.Background(), p, "")
	require.NoError(t, err)
	assert.Len(t, page.Items, 1)
}

func TestParticipantsQueryByEmail(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	mux.HandleFunc("/v1/meetingParticipants/query", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodPost)
		assert.Equal(t, url.Values{
			"meetingId": {"a1b2"}, "meetingStartTimeFrom": {"2024-03-18T00:00:00Z"},
			"meetingStartTimeTo": {"2024-03-19T00:00:00Z"}, "hostEmail": {"ines@example.com"},
		}, r.URL.Query())
		assert.Equal(t, map[string]any{
			"emails": []any{"bo@example.com", "cy@example.com"}, "joinTimeFrom": "2024-03-18T09:00:00Z", "joinTimeTo": "2024-03-18T10:00:00Z",
		}, rawBody(t, r))
		sdktest.WriteRaw(w, http.StatusOK, `{"items": [`+participantJSON+`]}`)
	})
	var got []*meetings.Participant
	for p, err := range c.Participants.QueryByEmail(context.Background(), &meetings.ParticipantQueryParams{
		MeetingID: "a1b2", MeetingStartTimeFrom: utc(2024, 3, 18, 0, 0, 0, 0), MeetingStartTimeTo: utc(2024, 3, 19, 0, 0, 0, 0),
		HostEmail: "ines@example.com", Emails: []string{"bo@example.com", "cy@example.com"},
		JoinTimeFrom: utc(2024, 3, 18, 9, 0, 0, 0), JoinTimeTo: utc(2024, 3, 18, 10, 0, 0, 0),
	}) {
		require.NoError(t, err)
		got = append(got, p)
	}
	require.Len(t, got, 1)
	assertParticipant(t, got[0])
}

func TestParticipantGetUpdateAdmit(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	mux.HandleFunc("GET /v1/meetingParticipants/{participantId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		assert.Equal(t, "a1b2_I_1977_3c2e", r.PathValue("participantId"))
		assert.Equal(t, "hostEmail=ines%40example.com", r.URL.RawQuery)
		sdktest.WriteRaw(w, http.StatusOK, participantJSON)
	})
	mux.HandleFunc("PUT /v1/meetingParticipants/{participantId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodPut)
		assert.Equal(t, map[string]any{"muted": false, "admit": true}, rawBody(t, r))
		sdktest.WriteRaw(w, http.StatusOK, participantJSON)
	})
	var admitted atomic.Int32
	mux.HandleFunc("POST /v1/meetingParticipants/admit", func(w http.ResponseWriter, r *http.Request) {
		admitted.Add(1)
		sdktest.CheckRequest(t, r, http.MethodPost)
		assert.Equal(t, map[string]any{"items": []any{
			map[string]any{"participantId": "a1b2_I_1977_p1"},
			map[string]any{"participantId": "a1b2_I_1977_p2", "breakoutSessionId": "bs-1"},
		}}, rawBody(t, r))
		w.WriteHeader(http.StatusNoContent)
	})
	ctx := context.Background()
	p, err := c.Participants.Get(ctx, "a1b2_I_1977_3c2e", &meetings.HostParams{HostEmail: "ines@example.com"})
	require.NoError(t, err)
	assertParticipant(t, p)
	p, err = c.Participants.Update(ctx, "a1b2_I_1977_3c2e", &meetings.ParticipantUpdateParams{Muted: ptr(false), Admit: ptr(true)})
	require.NoError(t, err)
	assertParticipant(t, p)
	require.NoError(t, c.Participants.Admit(ctx, []meetings.AdmitItem{{ParticipantID: "a1b2_I_1977_p1"}, {ParticipantID: "a1b2_I_1977_p2", BreakoutSessionID: "bs-1"}}))
	assert.EqualValues(t, 1, admitted.Load())
}

func TestParticipantValidation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		call func(context.Context, *api) error
		want string
	}{
		{"list without meeting", func(ctx context.Context, c *api) error {
			for _, err := range c.Participants.List(ctx, nil) {
				return err
			}
			return nil
		}, "meetings: ParticipantListParams.MeetingID is required"},
		{"list join range", func(ctx context.Context, c *api) error {
			_, err := c.Participants.ListPage(ctx, &meetings.ParticipantListParams{MeetingID: "m", JoinTimeFrom: utc(2024, 2, 1, 0, 0, 0, 0), JoinTimeTo: utc(2024, 1, 1, 0, 0, 0, 0)}, "")
			return err
		}, "meetings: ParticipantListParams.JoinTimeTo must not be before JoinTimeFrom"},
		{"query without emails", func(ctx context.Context, c *api) error {
			for _, err := range c.Participants.QueryByEmail(ctx, &meetings.ParticipantQueryParams{MeetingID: "m"}) {
				return err
			}
			return nil
		}, "meetings: ParticipantQueryParams.Emails is empty"},
		{"query without meeting", func(ctx context.Context, c *api) error {
			for _, err := range c.Participants.QueryByEmail(ctx, &meetings.ParticipantQueryParams{Emails: []string{"a@example.com"}}) {
				return err
			}
			return nil
		}, "meetings: ParticipantQueryParams.MeetingID is required"},
		{"update nothing", func(ctx context.Context, c *api) error {
			_, err := c.Participants.Update(ctx, "p", &meetings.ParticipantUpdateParams{})
			return err
		}, "meetings: ParticipantUpdateParams needs Muted, Admit or Expel"},
		{"admit none", func(ctx context.Context, c *api) error { return c.Participants.Admit(ctx, nil) }, "meetings: Admit needs at least one participant"},
		{"admit too many", func(ctx context.Context, c *api) error {
			items := make([]meetings.AdmitItem, 101)
			for i := range items {
				items[i].ParticipantID = "p"
			}
			return c.Participants.Admit(ctx, items)
		}, "meetings: Admit takes at most 100 participants"},
		{"admit without id", func(ctx context.Context, c *api) error {
			return c.Participants.Admit(ctx, []meetings.AdmitItem{{BreakoutSessionID: "b"}})
		}, "meetings: AdmitItem.ParticipantID is required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := newServer(t)
			calls := sdktest.Forbid(t, mux)
			assert.ErrorContains(t, tt.call(context.Background(), c), tt.want)
			assert.Zero(t, calls.Load())
		})
	}
}
