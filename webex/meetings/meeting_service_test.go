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

func TestListSendsEveryFilterAndPages(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	paris := time.FixedZone("CET", 3600)
	var calls atomic.Int32
	mux.HandleFunc("/v1/meetings", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		q := r.URL.Query()
		want := url.Values{
			"meetingSeriesId": {"series-1"}, "meetingType": {"meeting"}, "state": {"ended"},
			"scheduledType": {"webinar"}, "isModified": {"false"}, "hasChat": {"true"}, "hasRecording": {"false"},
			"hasTranscription": {"true"}, "hasSummary": {"true"}, "hasClosedCaption": {"false"}, "hasPolls": {"true"},
			"hasQA": {"false"}, "hasSlido": {"true"}, "current": {"false"},
			"from": {"2024-03-01T08:30:00Z"}, "to": {"2024-03-31T22:00:00Z"},
			"hostEmail": {"ines.moreau@example.com"}, "siteUrl": {"acme.webex.com"},
			"integrationTag": {"JIRA-4411"}, "max": {"2"},
		}
		if calls.Add(1) == 1 {
			assert.Equal(t, want, q)
			w.Header().Set("Link", fmt.Sprintf(`<http://%s/v1/meetings?cursor=p2&max=2>; rel="next"`, r.Host))
			sdktest.WriteRaw(w, http.StatusOK, `{"items": [`+meetingJSON+`, {"id": "m2", "title": "Second"}]}`)
			return
		}
		assert.Equal(t, "p2", q.Get("cursor"))
		assert.Equal(t, "series-1", q.Get("meetingSeriesId"), "filters survive the next link")
		sdktest.WriteRaw(w, http.StatusOK, `{"items": [{"id": "m3", "title": "Third", "start": "2024-03-25T09:00:00Z"}]}`)
	})
	p := &meetings.ListParams{
		MeetingSeriesID: "series-1", MeetingType: meetings.TypeMeeting, State: meetings.StateEnded,
		ScheduledType: meetings.ScheduledTypeWebinar, IsModified: ptr(false), HasChat: ptr(true), HasRecording: ptr(false),
		HasTranscription: ptr(true), HasSummary: ptr(true), HasClosedCaption: ptr(false), HasPolls: ptr(true),
		HasQA: ptr(false), HasSlido: ptr(true), Current: ptr(false),
		From:      time.Date(2024, 3, 1, 9, 30, 0, 0, paris),
		To:        time.Date(2024, 3, 31, 23, 0, 0, 0, paris),
		HostEmail: "ines.moreau@example.com", SiteURL: "acme.webex.com", IntegrationTag: "JIRA-4411", Max: 2,
	}
	var got []*meetings.Meeting
	for m, err := range c.Meetings.List(context.Background(), p) {
		require.NoError(t, err)
		got = append(got, m)
	}
	require.Len(t, got, 3)
	assertMeeting(t, got[0])
	assert.Equal(t, "m2", got[1].ID)
	assert.Equal(t, "Third", got[2].Title)
	assert.Equal(t, utc(2024, 3, 25, 9, 0, 0, 0), got[2].Start)
	assert.EqualValues(t, 2, calls.Load())
}

func TestListByWebLinkEncodesIt(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	link := "https://acme.webex.com/acme/j.php?MTID=m0a1b2c3d&x=1"
	mux.HandleFunc("/v1/meetings", func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "webLink="+url.QueryEscape(link), r.URL.RawQuery)
		assert.Equal(t, link, r.URL.Query().Get("webLink"))
		sdktest.WriteRaw(w, http.StatusOK, `{"items": []}`)
	})
	for _, err := range c.Meetings.List(context.Background(), &meetings.ListParams{WebLink: link}) {
		require.NoError(t, err)
	}
}

func TestListPageResumes(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	mux.HandleFunc("/v1/meetings", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		assert.Equal(t, "scheduledMeeting", r.URL.Query().Get("meetingType"))
		if r.URL.Query().Get("cursor") == "" {
			w.Header().Set("Link", fmt.Sprintf(`<http://%s/v1/meetings?cursor=c2>; rel="next"`, r.Host))
			sdktest.WriteRaw(w, http.StatusOK, `{"items": [{"id": "m1"}]}`)
			return
		}
		sdktest.WriteRaw(w, http.StatusOK, `{"items": [{"id": "m2"}]}`)
	})
	ctx := context.Background()
	p := &meetings.ListParams{MeetingType: meetings.TypeScheduledMeeting}
	first, err := c.Meetings.ListPage(ctx, p, "")
	require.NoError(t, err)
	require.Len(t, first.Items, 1)
	assert.Equal(t, "m1", first.Items[0].ID)
	require.NotEmpty(t, first.NextURL)
	second, err := c.Meetings.ListPage(ctx, p, first.NextURL)
	require.NoError(t, err)
	require.Len(t, second.Items, 1)
	assert.Equal(t, "m2", second.Items[0].ID)
	assert.Empty(t, second.NextURL)
}

func TestListValidation(t *testing.T) {
	t.Parallel()
	jan, feb := utc(2024, 1, 1, 0, 0, 0, 0), utc(2024, 2, 1, 0, 0, 0, 0)
	tests := []struct {
		name string
		p    meetings.ListParams
		want string
	}{
		{"number and link", meetings.ListParams{MeetingNumber: "1", WebLink: "https://x"}, "meetings: ListParams.MeetingNumber, WebLink and RoomID exclude one another"},
		{"number and room", meetings.ListParams{MeetingNumber: "1", RoomID: "r"}, "exclude one another"},
		{"to before from", meetings.ListParams{From: feb, To: jan}, "meetings: ListParams.To must not be before From"},
		{"max too large", meetings.ListParams{Max: 101}, "meetings: ListParams.Max must be between 1 and 100"},
		{"negative max", meetings.ListParams{Max: -1}, "meetings: ListParams.Max must be between 1 and 100"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := newServer(t)
			calls := sdktest.Forbid(t, mux)
			n := 0
			for m, err := range c.Meetings.List(context.Background(), &tt.p) {
				n++
				assert.Nil(t, m)
				assert.ErrorContains(t, err, tt.want)
			}
			assert.Equal(t, 1, n)
			page, err := c.Meetings.ListPage(context.Background(), &tt.p, "")
			assert.Nil(t, page)
			assert.ErrorContains(t, err, tt.want)
			assert.Zero(t, calls.Load())
		})
	}
}

func TestCreateSingleMeeting(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	mux.HandleFunc("/v1/meetings", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodPost)
		body := rawBody(t, r)
		assert.Equal(t, map[string]any{
			"title":                       "Weekly design review",
			"agenda":                      "Review open proposals",
			"password":                    "Kx7!pLm2",
			"start":                       "2024-03-18T10:00:00+01:00",
			"end":                         "2024-03-18T11:00:00+01:00",
			"timezone":                    "Europe/Paris",
			"enabledAutoRecordMeeting":    false,
			"enabledJoinBeforeHost":       true,
			"joinBeforeHostMinutes":       json.Number("0"),
			"reminderTime":                json.Number("15"),
			"unlockedMeetingJoinSecurity": "allowJoinWithLobby",
			"scheduledType":               "meeting",
			"sendEmail":                   false,
			"siteUrl":                     "acme.webex.com",
			"hostEmail":                   "ines.moreau@example.com",
			"invitees": []any{
				map[string]any{"email": "bo@example.com", "displayName": "Bo", "coHost": true},
				map[string]any{"email": "cy@example.com", "panelist": false},
			},
			"meetingOptions":     map[string]any{"enabledChat": true, "enabledVideo": false, "noteType": "allowOne"},
			"attendeePrivileges": map[string]any{"enabledShareContent": false},
			"registration": map[string]any{
				"requireFirstName": true, "requireLastName": true, "requireEmail": true, "maxRegisterNum": json.Number("200"),
				"customizedQuestions": []any{map[string]any{"question": "Team?", "type": "singleLineTextBox", "maxLength": json.Number("40")}},
			},
			"integrationTags":            []any{"JIRA-4411"},
			"simultaneousInterpretation": map[string]any{"enabled": false},
			"enabledBreakoutSessions":    true,
			"breakoutSessions":           []any{map[string]any{"name": "Room A", "invitees": []any{"bo@example.com"}}},
			"trackingCodes":              []any{map[string]any{"name": "Department", "value": "Design"}},
			"audioConnectionOptions":     map[string]any{"audioConnectionType": "VoIP", "muteAttendeeUponEntry": true},
			"enabledLiveStream":          true,
			"liveStream":                 map[string]any{"destination": "Intranet", "rtmpUrl": "rtmps://s.example.com/live", "streamUrl": "https://s.example.com/w"},
		}, body)
		sdktest.WriteRaw(w, http.StatusOK, meetingJSON)
	})
	paris := time.FixedZone("CET", 3600)
	m, err := c.Meetings.Create(context.Background(), &meetings.CreateParams{
		Title: "Weekly design review", Agenda: "Review open proposals", Password: "Kx7!pLm2",
		Start: time.Date(2024, 3, 18, 10, 0, 0, 0, paris), End: time.Date(2024, 3, 18, 11, 0, 0, 0, paris),
		Timezone: "Europe/Paris", ScheduledType: meetings.ScheduledTypeMeeting,
		SiteURL: "acme.webex.com", HostEmail: "ines.moreau@example.com",
		Settings: meetings.Settings{
			EnabledAutoRecordMeeting: ptr(false), EnabledJoinBeforeHost: ptr(true),
			JoinBeforeHostMinutes: ptr(0), ReminderTime: ptr(15),
			UnlockedMeetingJoinSecurity: meetings.JoinSecurityAllowJoinWithLobby,
			SendEmail:                   ptr(false),
			MeetingOptions:              &meetings.MeetingOptions{EnabledChat: ptr(true), EnabledVideo: ptr(false), NoteType: meetings.NoteTypeAllowOne},
			AttendeePrivileges:          &meetings.AttendeePrivileges{EnabledShareContent: ptr(false)},
			EnabledBreakoutSessions:     ptr(true),
			AudioConnectionOptions:      &meetings.AudioConnectionOptions{AudioConnectionType: meetings.AudioConnectionVoIP, MuteAttendeeUponEntry: ptr(true)},
			EnabledLiveStream:           ptr(true),
			LiveStream:                  &meetings.LiveStream{Destination: "Intranet", RTMPURL: "rtmps://s.example.com/live", StreamURL: "https://s.example.com/w"},
		},
		Invitees: []meetings.InviteeParams{
			{Email: "bo@example.com", DisplayName: "Bo", CoHost: ptr(true)},
			{Email: "cy@example.com", Panelist: ptr(false)},
		},
		Registration: &meetings.RegistrationParams{
			RequireFirstName: ptr(true), RequireLastName: ptr(true), RequireEmail: ptr(true), MaxRegisterNum: 200,
			CustomizedQuestions: []meetings.QuestionParams{{Question: "Team?", Type: meetings.QuestionSingleLineTextBox, MaxLength: 40}},
		},
		IntegrationTags:            []string{"JIRA-4411"},
		SimultaneousInterpretation: &meetings.InterpretationParams{Enabled: false},
		BreakoutSessions:           []meetings.BreakoutSession{{Name: "Room A", Invitees: []string{"bo@example.com"}}},
		TrackingCodes:              []meetings.TrackingCode{{Name: "Department", Value: "Design"}},
	})
	require.NoError(t, err)
	assertMeeting(t, m)
}

func TestCreateRecurringSeries(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	mux.HandleFunc("POST /v1/meetings", func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, map[string]any{
			"title":      "Stand-up",
			"start":      "2024-04-01T09:00:00Z",
			"end":        "2024-04-01T09:15:00Z",
			"recurrence": "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR;COUNT=40",
		}, rawBody(t, r))
		sdktest.WriteRaw(w, http.StatusOK, `{"id": "series-9", "meetingType": "meetingSeries", "state": "active", "recurrence": "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR;COUNT=40", "start": "2024-04-01T09:00:00Z"}`)
	})
	m, err := c.Meetings.Create(context.Background(), &meetings.CreateParams{
		Title: "Stand-up", Start: utc(2024, 4, 1, 9, 0, 0, 0), End: utc(2024, 4, 1, 9, 15, 0, 0),
		Recurrence: "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR;COUNT=40",
	})
	require.NoError(t, err)
	assert.Equal(t, meetings.TypeMeetingSeries, m.MeetingType)
	assert.Equal(t, meetings.StateActive, m.State)
	assert.Equal(t, "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR;COUNT=40", m.Recurrence)
	assert.Equal(t, utc(2024, 4, 1, 9, 0, 0, 0), m.Start)
}

func TestCreateAdhocAndFromTemplate(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	var bodies []map[string]any
	mux.HandleFunc("POST /v1/meetings", func(w http.ResponseWriter, r *http.Request) {
		bodies = append(bodies, rawBody(t, r))
		sdktest.WriteRaw(w, http.StatusOK, `{"id": "m1"}`)
	})
	_, err := c.Meetings.Create(context.Background(), &meetings.CreateParams{Adhoc: ptr(true), RoomID: "room-7"})
	require.NoError(t, err)
	_, err = c.Meetings.Create(context.Background(), &meetings.CreateParams{Title: "From template", TemplateID: "tpl-1"})
	require.NoError(t, err)
	assert.Equal(t, []map[string]any{
		{"adhoc": true, "roomId": "room-7"},
		{"title": "From template", "templateId": "tpl-1"},
	}, bodies)
}

func TestCreateValidation(t *testing.T) {
	t.Parallel()
	start, end := utc(2024, 4, 1, 9, 0, 0, 0), utc(2024, 4, 1, 10, 0, 0, 0)
	tests := []struct {
		name string
		p    *meetings.CreateParams
		want string
	}{
		{"nil", nil, "meetings: CreateParams is required"},
		{"no title", &meetings.CreateParams{Start: start, End: end}, "meetings: CreateParams.Title is required"},
		{"no times", &meetings.CreateParams{Title: "T"}, "meetings: CreateParams.Start and End are required (unless TemplateID is set)"},
		{"no end", &meetings.CreateParams{Title: "T", Start: start}, "meetings: CreateParams.Start and End are required"},
		{"end before start", &meetings.CreateParams{Title: "T", Start: end, End: start}, "meetings: CreateParams.End must be after Start"},
		{"adhoc without room", &meetings.CreateParams{Adhoc: ptr(true)}, "meetings: CreateParams.RoomID is required for an ad-hoc meeting"},
		{"rrule prefix", &meetings.CreateParams{Title: "T", Start: start, End: end, Recurrence: "RRULE:FREQ=DAILY"}, `meetings: CreateParams.Recurrence takes the rule without the "RRULE:" prefix`},
		{"not a rule", &meetings.CreateParams{Title: "T", Start: start, End: end, Recurrence: "every monday"}, "meetings: CreateParams.Recurrence must be an RFC 5545 rule with FREQ"},
		{"invitee without email", &meetings.CreateParams{Title: "T", Start: start, End: end, Invitees: []meetings.InviteeParams{{DisplayName: "Bo"}}}, "meetings: CreateParams.Invitees: every invitee needs an Email"},
		{"too many invitees", &meetings.CreateParams{Title: "T", Start: start, End: end, Invitees: make([]meetings.InviteeParams, 1001)}, "at most 1000"},
		{"breakout without name", &meetings.CreateParams{Title: "T", Start: start, End: end, BreakoutSessions: []meetings.BreakoutSession{{}}}, "every session needs a Name"},
		{"live stream missing", &meetings.CreateParams{Title: "T", Start: start, End: end, Settings: meetings.Settings{EnabledLiveStream: ptr(true)}}, "meetings: CreateParams.LiveStream is required when EnabledLiveStream is true"},
		{"live stream incomplete", &meetings.CreateParams{Title: "T", Start: start, End: end, Settings: meetings.Settings{LiveStream: &meetings.LiveStream{Destination: "x"}}}, "meetings: CreateParams.LiveStream needs Destination, RTMPURL and StreamURL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := newServer(t)
			calls := sdktest.Forbid(t, mux)
			m, err := c.Meetings.Create(context.Background(), tt.p)
			assert.Nil(t, m)
			assert.ErrorContains(t, err, tt.want)
			assert.Zero(t, calls.Load())
		})
	}
}

func TestGet(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	mux.HandleFunc("/v1/meetings/{meetingId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		assert.Equal(t, "series-1", r.PathValue("meetingId"))
		assert.Equal(t, url.Values{"current": {"true"}, "hostEmail": {"ines.moreau@example.com"}}, r.URL.Query())
		assert.Equal(t, "BgPJ9aw7", r.Header.Get("Password"), "the password travels in a header, never in the URL")
		sdktest.WriteRaw(w, http.StatusOK, meetingJSON)
	})
	m, err := c.Meetings.Get(context.Background(), "series-1", &meetings.GetParams{Current: ptr(true), HostEmail: "ines.moreau@example.com", Password: "BgPJ9aw7"})
	require.NoError(t, err)
	assertMeeting(t, m)
}

func TestGetWithoutParamsSendsNoQuery(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	mux.HandleFunc("GET /v1/meetings/{meetingId}", func(w http.ResponseWriter, r *http.Request) {
		assert.Empty(t, r.URL.RawQuery)
		assert.Empty(t, r.Header.Get("Password"))
		sdktest.WriteRaw(w, http.StatusOK, `{"id": "m1"}`)
	})
	m, err := c.Meetings.Get(context.Background(), "m1", nil)
	require.NoError(t, err)
	assert.Equal(t, "m1", m.ID)
}

func TestUpdate(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	mux.HandleFunc("/v1/meetings/{meetingId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodPut)
		assert.Equal(t, "series-1", r.PathValue("meetingId"))
		assert.Equal(t, map[string]any{
			"title":                  "Renamed review",
			"password":               "Kx7!pLm2",
			"start":                  "2024-03-18T09:00:00Z",
			"end":                    "2024-03-18T10:30:00Z",
			"recurrence":             "FREQ=DAILY;COUNT=3",
			"publicMeeting":          false,
			"sendEmail":              true,
			"automaticLockMinutes":   json.Number("0"),
			"integrationTags":        []any{"A"},
			"enableAutomaticLock":    true,
			"restrictToInvitees":     false,
			"enabledVisualWatermark": true,
		}, rawBody(t, r))
		sdktest.WriteRaw(w, http.StatusOK, meetingJSON)
	})
	m, err := c.Meetings.Update(context.Background(), "series-1", &meetings.UpdateParams{
		Title: "Renamed review", Password: "Kx7!pLm2",
		Start: utc(2024, 3, 18, 9, 0, 0, 0), End: utc(2024, 3, 18, 10, 30, 0, 0), Recurrence: "FREQ=DAILY;COUNT=3",
		IntegrationTags: []string{"A"},
		Settings: meetings.Settings{
			PublicMeeting: ptr(false), SendEmail: ptr(true), AutomaticLockMinutes: ptr(0),
			EnableAutomaticLock: ptr(true), RestrictToInvitees: ptr(false), EnabledVisualWatermark: ptr(true),
		},
	})
	require.NoError(t, err)
	assertMeeting(t, m)
}

func TestUpdateValidation(t *testing.T) {
	t.Parallel()
	start, end := utc(2024, 4, 1, 9, 0, 0, 0), utc(2024, 4, 1, 10, 0, 0, 0)
	tests := []struct {
		name string
		p    *meetings.UpdateParams
		want string
	}{
		{"nil", nil, "meetings: UpdateParams.Title is required"},
		{"no title", &meetings.UpdateParams{Start: start, End: end}, "meetings: UpdateParams.Title is required"},
		{"no start", &meetings.UpdateParams{Title: "T", End: end}, "meetings: UpdateParams.Start and End are required"},
		{"end before start", &meetings.UpdateParams{Title: "T", Start: end, End: start}, "meetings: UpdateParams.End must be after Start"},
		{"bad rule", &meetings.UpdateParams{Title: "T", Start: start, End: end, Recurrence: "DAILY"}, "meetings: UpdateParams.Recurrence must be an RFC 5545 rule"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := newServer(t)
			calls := sdktest.Forbid(t, mux)
			m, err := c.Meetings.Update(context.Background(), "m1", tt.p)
			assert.Nil(t, m)
			assert.ErrorContains(t, err, tt.want)
			assert.Zero(t, calls.Load())
		})
	}
}

func TestPatchSendsOnlyWhatIsSet(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		p    meetings.PatchParams
		want map[string]any
	}{
		{"title only", meetings.PatchParams{Title: ptr("New title")}, map[string]any{"title": "New title"}},
		{"clear tags, turn off chat", meetings.PatchParams{
			IntegrationTags: []string{},
			Settings:        meetings.Settings{EnabledJoinBeforeHost: ptr(false), MeetingOptions: &meetings.MeetingOptions{EnabledChat: ptr(false)}},
		}, map[string]any{"integrationTags": []any{}, "enabledJoinBeforeHost": false, "meetingOptions": map[string]any{"enabledChat": false}}},
		{"clear agenda, recurrence and tracking codes with null", meetings.PatchParams{
			Agenda: meetings.Null[string](), Recurrence: meetings.Null[string](), TrackingCodes: meetings.Null[[]meetings.TrackingCode](),
		}, map[string]any{"agenda": nil, "recurrence": nil, "trackingCodes": nil}},
		{"set agenda, recurrence and tracking codes", meetings.PatchParams{
			Agenda: meetings.Set("Go/no-go"), Recurrence: meetings.Set("FREQ=DAILY;COUNT=2"),
			TrackingCodes: meetings.Set([]meetings.TrackingCode{{Name: "Department", Value: "Ops"}}),
		}, map[string]any{"agenda": "Go/no-go", "recurrence": "FREQ=DAILY;COUNT=2", "trackingCodes": []any{map[string]any{"name": "Department", "value": "Ops"}}}},
		{"set agenda to empty", meetings.PatchParams{Agenda: meetings.Set("")}, map[string]any{"agenda": ""}},
		{"move", meetings.PatchParams{Start: utc(2024, 5, 2, 8, 0, 0, 0), End: utc(2024, 5, 2, 9, 0, 0, 0), Settings: meetings.Settings{SendEmail: ptr(false)}},
			map[string]any{"start": "2024-05-02T08:00:00Z", "end": "2024-05-02T09:00:00Z", "sendEmail": false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := newServer(t)
			mux.HandleFunc("/v1/meetings/{meetingId}", func(w http.ResponseWriter, r *http.Request) {
				sdktest.CheckRequest(t, r, http.MethodPatch)
				assert.Equal(t, "m1", r.PathValue("meetingId"))
				assert.Equal(t, tt.want, rawBody(t, r))
				sdktest.WriteRaw(w, http.StatusOK, meetingJSON)
			})
			m, err := c.Meetings.Patch(context.Background(), "m1", &tt.p)
			require.NoError(t, err)
			assertMeeting(t, m)
		})
	}
}

func TestPatchValidation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		p    *meetings.PatchParams
		want string
	}{
		{"nil", nil, "meetings: PatchParams is required"},
		{"empty", &meetings.PatchParams{}, "meetings: PatchParams sets no field"},
		{"blank title", &meetings.PatchParams{Title: ptr(" ")}, "meetings: PatchParams.Title cannot be set to empty"},
		{"end before start", &meetings.PatchParams{Start: utc(2024, 1, 2, 0, 0, 0, 0), End: utc(2024, 1, 1, 0, 0, 0, 0)}, "meetings: PatchParams.End must be after Start"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := newServer(t)
			calls := sdktest.Forbid(t, mux)
			m, err := c.Meetings.Patch(context.Background(), "m1", tt.p)
			assert.Nil(t, m)
			assert.ErrorContains(t, err, tt.want)
			assert.Zero(t, calls.Load())
		})
	}
}

func TestDelete(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	var calls atomic.Int32
	mux.HandleFunc("/v1/meetings/{meetingId}", func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		sdktest.CheckRequest(t, r, http.MethodDelete)
		assert.Equal(t, "m1", r.PathValue("meetingId"))
		assert.Equal(t, url.Values{"sendEmail": {"false"}, "hostEmail": {"ines.moreau@example.com"}}, r.URL.Query())
		w.WriteHeader(http.StatusNoContent)
	})
	require.NoError(t, c.Meetings.Delete(context.Background(), "m1", &meetings.DeleteParams{SendEmail: ptr(false), HostEmail: "ines.moreau@example.com"}))
	assert.EqualValues(t, 1, calls.Load())
}

func TestJoin(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	mux.HandleFunc("/v1/meetings/join", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodPost)
		assert.Equal(t, map[string]any{
			"meetingNumber": "26418890213", "email": "bo@example.com", "displayName": "Bo", "password": "Kx7!pLm2",
			"expirationMinutes": json.Number("30"), "registrationId": "reg-1", "hostEmail": "ines.moreau@example.com",
			"createJoinLinkAsWebLink": false, "createStartLinkAsWebLink": true, "joinDirectly": false,
		}, rawBody(t, r))
		sdktest.WriteRaw(w, http.StatusOK, `{"startLink": "https://acme.webex.com/start/abc", "joinLink": "https://acme.webex.com/join/abc", "expiration": "2024-03-18T09:30:00Z"}`)
	})
	l, err := c.Meetings.Join(context.Background(), &meetings.JoinParams{
		MeetingNumber: "26418890213", Email: "bo@example.com", DisplayName: "Bo", Password: "Kx7!pLm2",
		ExpirationMinutes: 30, RegistrationID: "reg-1", HostEmail: "ines.moreau@example.com",
		CreateJoinLinkAsWebLink: ptr(false), CreateStartLinkAsWebLink: ptr(true),
	})
	require.NoError(t, err)
	assert.Equal(t, &meetings.JoinLink{
		StartLink: "https://acme.webex.com/start/abc", JoinLink: "https://acme.webex.com/join/abc",
		Expiration: utc(2024, 3, 18, 9, 30, 0, 0),
	}, l)
}

func TestJoinValidation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		p    *meetings.JoinParams
		want string
	}{
		{"nil", nil, "meetings: JoinParams needs MeetingID, MeetingNumber or WebLink"},
		{"none", &meetings.JoinParams{Email: "a@example.com"}, "meetings: JoinParams needs MeetingID, MeetingNumber or WebLink"},
		{"two", &meetings.JoinParams{MeetingID: "m", WebLink: "https://x"}, "meetings: JoinParams takes only one of MeetingID, MeetingNumber and WebLink"},
		{"name without email", &meetings.JoinParams{MeetingID: "m", DisplayName: "Bo"}, "meetings: JoinParams.DisplayName needs Email"},
		{"expiration", &meetings.JoinParams{MeetingID: "m", ExpirationMinutes: 61}, "meetings: JoinParams.ExpirationMinutes must be between 1 and 60"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := newServer(t)
			calls := sdktest.Forbid(t, mux)
			l, err := c.Meetings.Join(context.Background(), tt.p)
			assert.Nil(t, l)
			assert.ErrorContains(t, err, tt.want)
			assert.Zero(t, calls.Load())
		})
	}
}

func TestEnd(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	var bodies []map[string]any
	mux.HandleFunc("/v1/meetings/{meetingId}/end", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodPost)
		assert.Equal(t, "m1", r.PathValue("meetingId"))
		bodies = append(bodies, rawBody(t, r))
		w.WriteHeader(http.StatusNoContent)
	})
	require.NoError(t, c.Meetings.End(context.Background(), "m1", &meetings.EndParams{Reason: "Agenda done"}))
	require.NoError(t, c.Meetings.End(context.Background(), "m1", nil))
	assert.Equal(t, []map[string]any{{"reason": "Agenda done"}, {}}, bodies)
}

func TestTemplates(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	mux.HandleFunc("/v1/meetings/templates", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		assert.Equal(t, url.Values{
			"templateType": {"webinar"}, "locale": {"fr_FR"}, "isDefault": {"false"}, "isStandard": {"true"},
			"hostEmail": {"ines.moreau@example.com"}, "siteUrl": {"acme.webex.com"},
		}, r.URL.Query())
		sdktest.WriteRaw(w, http.StatusOK, `{"items": [{"id": "tpl-1", "name": "Town hall", "locale": "fr_FR", "siteUrl": "acme.webex.com", "templateType": "webinar", "isDefault": false, "isStandard": true}]}`)
	})
	mux.HandleFunc("/v1/meetings/templates/{templateId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		assert.Equal(t, "tpl-1", r.PathValue("templateId"))
		assert.Equal(t, "hostEmail=ines.moreau%40example.com", r.URL.RawQuery)
		sdktest.WriteRaw(w, http.StatusOK, `{"id": "tpl-1", "name": "Town hall", "locale": "fr_FR", "siteUrl": "acme.webex.com", "templateType": "webinar", "isDefault": true, "isStandard": true,
			"meeting": {"title": "Town hall", "start": "2024-05-01T10:00:00-07:00", "end": "2024-05-01T11:00:00-07:00", "timezone": "America/Los_Angeles", "enabledJoinBeforeHost": false, "sessionTypeId": 9, "meetingOptions": {"enabledChat": true}}}`)
	})
	ctx := context.Background()
	var got []*meetings.Template
	for tpl, err := range c.Meetings.ListTemplates(ctx, &meetings.TemplateListParams{
		TemplateType: meetings.TemplateTypeWebinar, Locale: "fr_FR", IsDefault: ptr(false), IsStandard: ptr(true),
		HostEmail: "ines.moreau@example.com", SiteURL: "acme.webex.com",
	}) {
		require.NoError(t, err)
		got = append(got, tpl)
	}
	assert.Equal(t, []*meetings.Template{{ID: "tpl-1", Name: "Town hall", Locale: "fr_FR", SiteURL: "acme.webex.com", TemplateType: "webinar", IsStandard: true}}, got)

	tpl, err := c.Meetings.GetTemplate(ctx, "tpl-1", &meetings.TemplateGetParams{HostEmail: "ines.moreau@example.com"})
	require.NoError(t, err)
	assert.True(t, tpl.IsDefault)
	require.NotNil(t, tpl.Meeting)
	assert.Equal(t, "Town hall", tpl.Meeting.Title)
	assert.Equal(t, utc(2024, 5, 1, 17, 0, 0, 0), tpl.Meeting.Start.UTC())
	assert.Equal(t, "America/Los_Angeles", tpl.Meeting.Timezone)
	assert.Equal(t, ptr(false), tpl.Meeting.EnabledJoinBeforeHost)
	assert.Equal(t, ptr(9), tpl.Meeting.SessionTypeID)
	assert.Equal(t, ptr(true), tpl.Meeting.MeetingOptions.EnabledChat)
}
