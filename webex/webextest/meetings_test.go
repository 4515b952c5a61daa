package webextest

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// mtgFixture is an emulator on a fake clock with a host holding every
// user-level meeting scope.
type mtgFixture struct {
	srv   *Server
	clock *fakeClock
	host  *Person
	tok   string
}

// newMeetingFixture starts an emulator at 2024-01-02T03:04:05Z.
func newMeetingFixture(t *testing.T) *mtgFixture {
	t.Helper()
	clk := newFakeClock()
	srv := newTestServer(t, WithClock(clk.Now))
	host, tok := srv.NewMeetingUserWithToken("hana@example.com", "Hana Host")
	return &mtgFixture{srv: srv, clock: clk, host: host, tok: tok}
}

// advance moves the fake clock.
func (f *mtgFixture) advance(d time.Duration) { f.clock.Advance(int(d / time.Millisecond)) }

// create schedules a meeting through the API and returns its body.
func (f *mtgFixture) create(t *testing.T, body map[string]any) resp {
	t.Helper()
	r := call(t, f.srv, f.tok, "POST", "/meetings", body)
	require.Equal(t, http.StatusOK, r.status, string(r.raw))
	return r
}

// basicMeeting is a valid creation body starting at 10:00 on the fixture day.
func basicMeeting(extra map[string]any) map[string]any {
	b := map[string]any{"title": "Design review", "start": "2024-01-02T10:00:00Z", "end": "2024-01-02T11:00:00Z"}
	for k, v := range extra {
		b[k] = v
	}
	return b
}

func TestMeetingCreateAndGet(t *testing.T) {
	t.Parallel()
	f := newMeetingFixture(t)
	r := f.create(t, basicMeeting(map[string]any{
		"agenda": "Walk through the API", "password": "Secret12", "timezone": "Europe/Paris",
		"enabledAutoRecordMeeting": true, "integrationTags": []string{"JIRA-1"},
		"meetingOptions": map[string]any{"enabledChat": false},
		"invitees":       []map[string]any{{"email": "ivy@example.com", "displayName": "Ivy", "coHost": true}},
	}))
	id := r.str("id")
	assert.Regexp(t, `^[0-9a-f]{32}$`, id)
	assert.Regexp(t, `^2\d{8}$`, r.str("meetingNumber"))
	assert.Equal(t, "Design review", r.str("title"))
	assert.Equal(t, "Walk through the API", r.str("agenda"))
	assert.Equal(t, "Secret12", r.str("password"))
	assert.Regexp(t, `^\d{8}$`, r.str("phoneAndVideoSystemPassword"))
	assert.Equal(t, "meetingSeries", r.str("meetingType"))
	assert.Equal(t, "active", r.str("state"))
	assert.Equal(t, "Europe/Paris", r.str("timezone"))
	assert.Equal(t, "2024-01-02T10:00:00Z", r.str("start"))
	assert.Equal(t, "2024-01-02T11:00:00Z", r.str("end"))
	assert.Equal(t, f.host.ID, r.str("hostUserId"))
	assert.Equal(t, "Hana Host", r.str("hostDisplayName"))
	assert.Equal(t, "hana@example.com", r.str("hostEmail"))
	assert.Equal(t, "emulated-organization.webex.com", r.str("siteUrl"))
	assert.True(t, strings.HasPrefix(r.str("webLink"), "https://emulated-organization.webex.com/emulated-organization/j.php?MTID=m"), r.str("webLink"))
	assert.Equal(t, r.str("meetingNumber")+"@emulated-organization.webex.com", r.str("sipAddress"))
	assert.Equal(t, "meeting", r.str("scheduledType"))
	assert.Equal(t, true, r.body["enabledAutoRecordMeeting"])
	assert.Equal(t, false, r.body["publicMeeting"])
	assert.EqualValues(t, 10, r.body["reminderTime"])
	assert.Equal(t, []any{"JIRA-1"}, r.body["integrationTags"])
	assert.Equal(t, map[string]any{"enabledChat": false}, r.body["meetingOptions"])
	tel, _ := r.body["telephony"].(map[string]any)
	require.NotNil(t, tel)
	assert.Equal(t, r.str("meetingNumber"), tel["accessCode"])
	assert.NotContains(t, r.body, "recurrence")

	g := call(t, f.srv, f.tok, "GET", "/meetings/"+id, nil)
	require.Equal(t, http.StatusOK, g.status)
	assert.Equal(t, r.body, g.body)

	// The invitee sees it; a stranger gets 404; sendEmail defaulted to true.
	ivy := f.srv.NewUser(nil, "ivy@example.com", "Ivy")
	ivyTok := f.srv.NewToken(ivy, MeetingScopes()...)
	assert.Equal(t, http.StatusOK, call(t, f.srv, ivyTok, "GET", "/meetings/"+id, nil).status)
	_, strangerTok := f.srv.NewMeetingUserWithToken("", "Stranger")
	requireError(t, call(t, f.srv, strangerTok, "GET", "/meetings/"+id, nil), http.StatusNotFound)
	requireError(t, call(t, f.srv, f.tok, "GET", "/meetings/0123456789abcdef0123456789abcdef", nil), http.StatusNotFound)
	assert.Equal(t, []MeetingEmail{
		{Kind: MeetingEmailInvitation, To: "hana@example.com", MeetingID: id},
		{Kind: MeetingEmailInvitation, To: "ivy@example.com", MeetingID: id},
	}, f.srv.MeetingEmails())
}

func TestMeetingCreateValidation(t *testing.T) {
	t.Parallel()
	f := newMeetingFixture(t)
	for name, body := range map[string]map[string]any{
		"no title":        {"start": "2024-01-02T10:00:00Z", "end": "2024-01-02T11:00:00Z"},
		"no times":        {"title": "x"},
		"bad start":       basicMeeting(map[string]any{"start": "tomorrow"}),
		"past start":      basicMeeting(map[string]any{"start": "2024-01-01T10:00:00Z"}),
		"end before":      basicMeeting(map[string]any{"end": "2024-01-02T09:00:00Z"}),
		"too short":       basicMeeting(map[string]any{"end": "2024-01-02T10:05:00Z"}),
		"too long":        basicMeeting(map[string]any{"end": "2024-01-03T11:00:00Z"}),
		"bad recurrence":  basicMeeting(map[string]any{"recurrence": "WEEKLY"}),
		"rrule prefix":    basicMeeting(map[string]any{"recurrence": "RRULE:FREQ=DAILY"}),
		"scheduledType":   basicMeeting(map[string]any{"scheduledType": "party"}),
		"invitee email":   basicMeeting(map[string]any{"invitees": []map[string]any{{"email": "nope"}}}),
		"adhoc no room":   {"adhoc": true},
		"bool setting":    basicMeeting(map[string]any{"publicMeeting": "yes"}),
		"unknown tmpl":    basicMeeting(map[string]any{"templateId": "nope"}),
		"long title":      basicMeeting(map[string]any{"title": strings.Repeat("t", 129)}),
		"count and until": basicMeeting(map[string]any{"recurrence": "FREQ=DAILY;COUNT=2;UNTIL=20240110T000000Z"}),
	} {
		t.Run(name, func(t *testing.T) {
			requireError(t, call(t, f.srv, f.tok, "POST", "/meetings", body), http.StatusBadRequest)
		})
	}
	requireError(t, call(t, f.srv, f.tok, "POST", "/meetings", "{"), http.StatusBadRequest)
	assert.Empty(t, f.srv.MeetingEmails())
}

func TestMeetingScopes(t *testing.T) {
	t.Parallel()
	f := newMeetingFixture(t)
	m := f.srv.NewMeeting(f.host, MeetingSpec{Title: "Scoped"})
	sparkAll := f.srv.NewToken(f.host, "spark:all")
	readOnly := f.srv.NewToken(f.host, "meeting:schedules_read")
	requireError(t, call(t, f.srv, sparkAll, "GET", "/meetings/"+m.ID, nil), http.StatusForbidden)
	requireError(t, call(t, f.srv, sparkAll, "POST", "/meetings", basicMeeting(nil)), http.StatusForbidden)
	assert.Equal(t, http.StatusOK, call(t, f.srv, readOnly, "GET", "/meetings/"+m.ID, nil).status)
	requireError(t, call(t, f.srv, readOnly, "POST", "/meetings", basicMeeting(nil)), http.StatusForbidden)
	requireError(t, call(t, f.srv, readOnly, "DELETE", "/meetings/"+m.ID, nil), http.StatusForbidden)
	requireError(t, call(t, f.srv, readOnly, "POST", "/meetings/"+m.ID+"/end", nil), http.StatusForbidden)
	for _, path := range []string{"/recordings", "/meetingTranscripts", "/meetingParticipants?meetingId=" + m.ID, "/meetingSummaries?meetingId=" + m.ID} {
		requireError(t, call(t, f.srv, sparkAll, "GET", path, nil), http.StatusForbidden)
	}
	r := call(t, f.srv, sparkAll, "GET", "/meetings/"+m.ID, nil)
	assert.Contains(t, r.str("message"), "meeting:schedules_read")

	// hostEmail needs the admin scope and an administrator of the host's org.
	admin := f.srv.NewAdmin(nil, "admin@example.com", "Ada Admin")
	adminTok := f.srv.NewToken(admin, AdminMeetingScopes()...)
	userAdminScopes := f.srv.NewToken(f.srv.NewUser(nil, "", "Not Admin"), AdminMeetingScopes()...)
	q := "/meetings?hostEmail=" + url.QueryEscape(f.host.Email)
	requireError(t, call(t, f.srv, f.tok, "GET", "/meetings?hostEmail=admin%40example.com", nil), http.StatusForbidden)
	assert.Equal(t, http.StatusOK, call(t, f.srv, f.tok, "GET", q, nil).status, "hostEmail naming the caller acts as the caller")
	requireError(t, call(t, f.srv, userAdminScopes, "GET", q, nil), http.StatusForbidden)
	requireError(t, call(t, f.srv, adminTok, "GET", "/meetings?hostEmail=ghost@example.com", nil), http.StatusNotFound)
	items := call(t, f.srv, adminTok, "GET", q, nil).items()
	require.Len(t, items, 1)
	assert.Equal(t, m.ID, items[0]["id"])
	assert.Equal(t, http.StatusOK, call(t, f.srv, adminTok, "GET", "/meetings/"+m.ID+"?hostEmail="+url.QueryEscape(f.host.Email), nil).status)
	created := call(t, f.srv, adminTok, "POST", "/meetings", basicMeeting(map[string]any{"hostEmail": f.host.Email}))
	require.Equal(t, http.StatusOK, created.status, string(created.raw))
	assert.Equal(t, f.host.ID, created.str("hostUserId"))
	other := f.srv.NewOrg("Other Org")
	outsider := f.srv.NewUser(other, "out@example.com", "Out")
	requireError(t, call(t, f.srv, adminTok, "GET", "/meetings?hostEmail=out%40example.com", nil), http.StatusForbidden)
	_ = outsider
}

func TestMeetingPatchPutDelete(t *testing.T) {
	t.Parallel()
	f := newMeetingFixture(t)
	id := f.create(t, basicMeeting(map[string]any{"agenda": "A", "publicMeeting": true,
		"invitees": []map[string]any{{"email": "ivy@example.com"}}})).str("id")

	p := call(t, f.srv, f.tok, "PATCH", "/meetings/"+id, map[string]any{"title": "Renamed", "end": "2024-01-02T11:30:00Z"})
	require.Equal(t, http.StatusOK, p.status, string(p.raw))
	assert.Equal(t, "Renamed", p.str("title"))
	assert.Equal(t, "A", p.str("agenda"))
	assert.Equal(t, true, p.body["publicMeeting"])
	assert.Equal(t, "2024-01-02T10:00:00Z", p.str("start"))
	assert.Equal(t, "2024-01-02T11:30:00Z", p.str("end"))
	requireError(t, call(t, f.srv, f.tok, "PATCH", "/meetings/"+id, map[string]any{"title": " "}), http.StatusBadRequest)
	requireError(t, call(t, f.srv, f.tok, "PATCH", "/meetings/"+id, map[string]any{"end": "2024-01-02T09:00:00Z"}), http.StatusBadRequest)

	requireError(t, call(t, f.srv, f.tok, "PUT", "/meetings/"+id, map[string]any{"title": "No times"}), http.StatusBadRequest)
	u := call(t, f.srv, f.tok, "PUT", "/meetings/"+id, map[string]any{"title": "Replaced",
		"start": "2024-01-03T10:00:00Z", "end": "2024-01-03T10:30:00Z", "recurrence": "FREQ=DAILY;COUNT=3"})
	require.Equal(t, http.StatusOK, u.status, string(u.raw))
	assert.Equal(t, "Replaced", u.str("title"))
	assert.NotContains(t, u.body, "agenda")
	assert.Equal(t, false, u.body["publicMeeting"], "PUT resets settings not given")
	assert.Equal(t, "FREQ=DAILY;COUNT=3", u.str("recurrence"))

	// Only the host may change it; an invitee gets 403.
	ivyTok := f.srv.NewToken(f.srv.NewUser(nil, "ivy@example.com", "Ivy"), MeetingScopes()...)
	requireError(t, call(t, f.srv, ivyTok, "PATCH", "/meetings/"+id, map[string]any{"title": "Mine"}), http.StatusForbidden)
	requireError(t, call(t, f.srv, ivyTok, "DELETE", "/meetings/"+id, nil), http.StatusForbidden)

	// DELETE honours sendEmail.
	before := len(f.srv.MeetingEmails())
	quiet := f.create(t, basicMeeting(map[string]any{"sendEmail": false, "invitees": []map[string]any{{"email": "q@example.com"}}})).str("id")
	assert.Len(t, f.srv.MeetingEmails(), before, "sendEmail false sends no invitation")
	r := call(t, f.srv, f.tok, "DELETE", "/meetings/"+quiet+"?sendEmail=false", nil)
	require.Equal(t, http.StatusNoContent, r.status)
	assert.Len(t, f.srv.MeetingEmails(), before)
	requireError(t, call(t, f.srv, f.tok, "GET", "/meetings/"+quiet, nil), http.StatusNotFound)

	require.Equal(t, http.StatusNoContent, call(t, f.srv, f.tok, "DELETE", "/meetings/"+id, nil).status)
	mails := f.srv.MeetingEmails()[before:]
	assert.Equal(t, []MeetingEmail{
		{Kind: MeetingEmailCancellation, To: "hana@example.com", MeetingID: id},
		{Kind: MeetingEmailCancellation, To: "ivy@example.com", MeetingID: id},
	}, mails)
	requireError(t, call(t, f.srv, f.tok, "GET", "/meetings/"+id, nil), http.StatusNotFound)
	requireError(t, call(t, f.srv, f.tok, "DELETE", "/meetings/"+id, nil), http.StatusNotFound)
	requireError(t, call(t, f.srv, f.tok, "DELETE", "/meetings/"+id+"?sendEmail=maybe", nil), http.StatusBadRequest)
}

func TestMeetingRecurringSeries(t *testing.T) {
	t.Parallel()
	f := newMeetingFixture(t)
	s := f.create(t, basicMeeting(map[string]any{"title": "Standup", "recurrence": "FREQ=WEEKLY;INTERVAL=1;BYDAY=TU,TH;COUNT=4"}))
	id := s.str("id")
	assert.Equal(t, "meetingSeries", s.str("meetingType"))
	assert.Equal(t, "FREQ=WEEKLY;INTERVAL=1;BYDAY=TU,TH;COUNT=4", s.str("recurrence"))

	r := call(t, f.srv, f.tok, "GET", "/meetings?meetingSeriesId="+id+"&meetingType=scheduledMeeting", nil)
	require.Equal(t, http.StatusOK, r.status, string(r.raw))
	items := r.items()
	require.Len(t, items, 4)
	var starts []string
	for _, it := range items {
		starts = append(starts, it["start"].(string))
		assert.Equal(t, "scheduledMeeting", it["meetingType"])
		assert.Equal(t, id, it["meetingSeriesId"])
		assert.Equal(t, false, it["isModified"])
	}
	// 2024-01-02 is a Tuesday.
	assert.Equal(t, []string{"2024-01-02T10:00:00Z", "2024-01-04T10:00:00Z", "2024-01-09T10:00:00Z", "2024-01-11T10:00:00Z"}, starts)
	assert.Equal(t, id+"_20240104T100000Z", items[1]["id"])
	assert.Equal(t, "scheduled", items[0]["state"])

	// A scheduled meeting is readable by its id and deletable alone.
	occ := items[2]["id"].(string)
	g := call(t, f.srv, f.tok, "GET", "/meetings/"+occ, nil)
	require.Equal(t, http.StatusOK, g.status)
	assert.Equal(t, "2024-01-09T11:00:00Z", g.str("end"))
	require.Equal(t, http.StatusNoContent, call(t, f.srv, f.tok, "DELETE", "/meetings/"+occ+"?sendEmail=false", nil).status)
	requireError(t, call(t, f.srv, f.tok, "GET", "/meetings/"+occ, nil), http.StatusNotFound)
	assert.Len(t, call(t, f.srv, f.tok, "GET", "/meetings?meetingSeriesId="+id, nil).items(), 3)

	// current=true returns the scheduled meeting to join next.
	c := call(t, f.srv, f.tok, "GET", "/meetings/"+id+"?current=true", nil)
	assert.Equal(t, id+"_20240102T100000Z", c.str("id"))
	f.advance(12 * time.Hour) // the first occurrence is over
	c = call(t, f.srv, f.tok, "GET", "/meetings/"+id+"?current=true", nil)
	assert.Equal(t, id+"_20240104T100000Z", c.str("id"))
	assert.Equal(t, "missed", call(t, f.srv, f.tok, "GET", "/meetings/"+id+"_20240102T100000Z", nil).str("state"))
	f.advance(30 * 24 * time.Hour)
	assert.Equal(t, "expired", call(t, f.srv, f.tok, "GET", "/meetings/"+id, nil).str("state"))
}

func TestMeetingListFiltersAndPaging(t *testing.T) {
	t.Parallel()
	f := newMeetingFixture(t)
	rm := f.srv.NewRoom(f.host, "Project")
	var ids []string
	for i := range 5 {
		start := time.Date(2024, 1, 2, 10+i, 0, 0, 0, time.UTC)
		body := map[string]any{"title": "M" + string(rune('A'+i)), "start": start.Format(time.RFC3339), "end": start.Add(30 * time.Minute).Format(time.RFC3339)}
		if i == 1 {
			body["scheduledType"] = "webinar"
		}
		if i == 2 {
			body["roomId"] = rm.ID
		}
		ids = append(ids, f.create(t, body).str("id"))
	}
	later := f.create(t, map[string]any{"title": "Next month", "start": "2024-02-01T10:00:00Z", "end": "2024-02-01T11:00:00Z"}).str("id")

	// Default: series in the coming week, 10 per page, by start.
	list := call(t, f.srv, f.tok, "GET", "/meetings", nil)
	require.Equal(t, http.StatusOK, list.status)
	var got []string
	for _, it := range list.items() {
		got = append(got, it["id"].(string))
	}
	assert.Equal(t, ids, got)

	// Paging over 3 pages with Link headers.
	got = nil
	next := "/meetings?max=2"
	pages := 0
	for next != "" {
		r := call(t, f.srv, f.tok, "GET", next, nil)
		require.Equal(t, http.StatusOK, r.status, string(r.raw))
		for _, it := range r.items() {
			got = append(got, it["id"].(string))
		}
		pages++
		next = ""
		if l := r.header.Get("Link"); l != "" {
			next = l[1:strings.Index(l, ">")]
		}
	}
	assert.Equal(t, 3, pages)
	assert.Equal(t, ids, got)
	requireError(t, call(t, f.srv, f.tok, "GET", "/meetings?max=101", nil), http.StatusBadRequest)

	one := call(t, f.srv, f.tok, "GET", "/meetings/"+ids[3], nil)
	byNumber := call(t, f.srv, f.tok, "GET", "/meetings?meetingNumber="+one.str("meetingNumber"), nil).items()
	require.Len(t, byNumber, 1)
	assert.Equal(t, ids[3], byNumber[0]["id"])
	byLink := call(t, f.srv, f.tok, "GET", "/meetings?webLink="+url.QueryEscape(one.str("webLink")), nil).items()
	require.Len(t, byLink, 1)
	assert.Equal(t, ids[3], byLink[0]["id"])
	cur := call(t, f.srv, f.tok, "GET", "/meetings?current=true&meetingNumber="+one.str("meetingNumber"), nil).items()
	require.Len(t, cur, 1)
	assert.Equal(t, ids[3]+"_20240102T130000Z", cur[0]["id"])
	byRoom := call(t, f.srv, f.tok, "GET", "/meetings?roomId="+url.QueryEscape(rm.ID), nil).items()
	require.Len(t, byRoom, 1)
	assert.Equal(t, ids[2], byRoom[0]["id"])
	requireError(t, call(t, f.srv, f.tok, "GET", "/meetings?roomId=x&meetingNumber=1", nil), http.StatusBadRequest)

	webinars := call(t, f.srv, f.tok, "GET", "/meetings?scheduledType=webinar", nil).items()
	require.Len(t, webinars, 1)
	assert.Equal(t, ids[1], webinars[0]["id"])
	assert.Len(t, call(t, f.srv, f.tok, "GET", "/meetings?siteUrl=emulated-organization.webex.com", nil).items(), 5)
	assert.Empty(t, call(t, f.srv, f.tok, "GET", "/meetings?siteUrl=other.webex.com", nil).items())
	feb := call(t, f.srv, f.tok, "GET", "/meetings?from=2024-01-30&to=2024-02-05", nil).items()
	require.Len(t, feb, 1)
	assert.Equal(t, later, feb[0]["id"])
	requireError(t, call(t, f.srv, f.tok, "GET", "/meetings?from=2024-02-05&to=2024-01-30", nil), http.StatusBadRequest)
	requireError(t, call(t, f.srv, f.tok, "GET", "/meetings?from=soon", nil), http.StatusBadRequest)
	requireError(t, call(t, f.srv, f.tok, "GET", "/meetings?meetingType=party", nil), http.StatusBadRequest)
	requireError(t, call(t, f.srv, f.tok, "GET", "/meetings?state=sleeping", nil), http.StatusBadRequest)

	sched := call(t, f.srv, f.tok, "GET", "/meetings?meetingType=scheduledMeeting&state=scheduled", nil).items()
	assert.Len(t, sched, 5)
	require.NoError(t, f.srv.StartMeeting(ids[0]))
	inProg := call(t, f.srv, f.tok, "GET", "/meetings?state=inProgress", nil).items()
	require.Len(t, inProg, 1)
	assert.Equal(t, ids[0], inProg[0]["id"])
	insts := call(t, f.srv, f.tok, "GET", "/meetings?meetingType=meeting", nil).items()
	require.Len(t, insts, 1)
	assert.Equal(t, "meeting", insts[0]["meetingType"])
	assert.Equal(t, ids[0], insts[0]["meetingSeriesId"])
}

func TestMeetingStateMachine(t *testing.T) {
	t.Parallel()
	f := newMeetingFixture(t)
	id := f.create(t, basicMeeting(nil)).str("id")
	occ := id + "_20240102T100000Z"
	state := func(mid string) string { return call(t, f.srv, f.tok, "GET", "/meetings/"+mid, nil).str("state") }
	assert.Equal(t, "active", state(id))
	assert.Equal(t, "scheduled", state(occ))

	// Ending a meeting that has not started is an error, through the API and Go.
	requireError(t, call(t, f.srv, f.tok, "POST", "/meetings/"+id+"/end", nil), http.StatusBadRequest)
	assert.Error(t, f.srv.EndMeeting(id))
	_, ok := f.srv.MeetingInstanceID(id)
	assert.False(t, ok)

	f.advance(6*time.Hour + 50*time.Minute) // 09:54, within 15 minutes of the start
	assert.Equal(t, "ready", state(occ))

	// An attendee arriving first waits in the lobby.
	ivy := f.srv.NewUser(nil, "ivy@example.com", "Ivy")
	pt, err := f.srv.JoinMeeting(id, ivy)
	require.NoError(t, err)
	assert.Equal(t, "lobby", pt.State)
	inst, ok := f.srv.MeetingInstanceID(id)
	require.True(t, ok)
	assert.Regexp(t, "^"+id+`_I_\d{18}$`, inst)
	assert.Equal(t, "lobby", state(inst))
	assert.Equal(t, "lobby", state(occ))
	assert.Equal(t, "active", state(id))

	require.NoError(t, f.srv.StartMeeting(id, f.srv.NewUser(nil, "bo@example.com", "Bo")))
	assert.Error(t, f.srv.StartMeeting(id), "already in progress")
	assert.Equal(t, "inProgress", state(id))
	assert.Equal(t, "inProgress", state(occ))
	m := call(t, f.srv, f.tok, "GET", "/meetings/"+inst, nil)
	assert.Equal(t, "inProgress", m.str("state"))
	assert.Equal(t, "meeting", m.str("meetingType"))
	assert.Equal(t, occ, m.str("scheduledMeetingId"))
	assert.Equal(t, true, m.body["hostDidJoin"])
	assert.Equal(t, true, m.body["attendeeDidJoin"])
	assert.Equal(t, false, m.body["hasRecording"])

	f.advance(40 * time.Minute)
	requireError(t, call(t, f.srv, f.tok, "POST", "/meetings/"+id+"/end", "{"), http.StatusBadRequest)
	r := call(t, f.srv, f.tok, "POST", "/meetings/"+id+"/end", map[string]any{"reason": "Done"})
	require.Equal(t, http.StatusNoContent, r.status, string(r.raw))
	assert.Equal(t, "expired", state(id), "a one-off series has no occurrence left")
	assert.Equal(t, "ended", state(occ))
	m = call(t, f.srv, f.tok, "GET", "/meetings/"+inst, nil)
	assert.Equal(t, "ended", m.str("state"))
	assert.Equal(t, "2024-01-02T10:34:05Z", m.str("end"))
	assert.Equal(t, true, m.body["hasRecording"])
	assert.Equal(t, true, m.body["hasTranscription"])
	assert.Equal(t, true, m.body["hasSummary"])
	requireError(t, call(t, f.srv, f.tok, "POST", "/meetings/"+id+"/end", nil), http.StatusBadRequest)
	_, err = f.srv.JoinMeeting(inst, ivy)
	assert.Error(t, err)

	// Filters on ended instances.
	assert.Len(t, call(t, f.srv, f.tok, "GET", "/meetings?meetingType=meeting&hasRecording=true", nil).items(), 1)
	assert.Empty(t, call(t, f.srv, f.tok, "GET", "/meetings?meetingType=meeting&hasChat=true", nil).items())
	assert.Len(t, call(t, f.srv, f.tok, "GET", "/meetings?meetingType=meeting&state=ended", nil).items(), 1)

	// Only the host, a cohost or a compliance officer may end a meeting.
	id2 := f.create(t, basicMeeting(map[string]any{"start": "2024-01-02T12:00:00Z", "end": "2024-01-02T13:00:00Z",
		"invitees": []map[string]any{{"email": "ivy@example.com"}}})).str("id")
	require.NoError(t, f.srv.StartMeeting(id2))
	ivyTok := f.srv.NewToken(ivy, MeetingScopes()...)
	requireError(t, call(t, f.srv, ivyTok, "POST", "/meetings/"+id2+"/end", nil), http.StatusForbidden)
	co := f.srv.NewComplianceOfficer(nil, "co@example.com", "Cora")
	coTok := f.srv.NewToken(co, "meeting:schedules_write")
	assert.Equal(t, http.StatusNoContent, call(t, f.srv, coTok, "POST", "/meetings/"+id2+"/end", nil).status)
	requireError(t, call(t, f.srv, f.tok, "DELETE", "/meetings/"+inst, nil), http.StatusBadRequest)
}

func TestMeetingMissedAndSeededInPast(t *testing.T) {
	t.Parallel()
	f := newMeetingFixture(t)
	m := f.srv.NewMeeting(f.host, MeetingSpec{Start: time.Date(2024, 1, 1, 9, 0, 0, 0, time.UTC), Invitees: []string{"x@example.com"}})
	assert.Equal(t, "expired", call(t, f.srv, f.tok, "GET", "/meetings/"+m.ID, nil).str("state"))
	assert.Equal(t, "missed", call(t, f.srv, f.tok, "GET", "/meetings/"+m.ID+"_20240101T090000Z", nil).str("state"))
	assert.Equal(t, "Hana Host's meeting", m.Title)
	assert.Empty(t, f.srv.MeetingEmails(), "seeding sends no email")
	assert.ErrorIs(t, f.srv.StartMeeting(m.ID), errNoOccurrence)
	assert.ErrorIs(t, f.srv.StartMeeting("nope"), errNoMeeting)
	require.NoError(t, f.srv.StartMeeting(m.ID+"_20240101T090000Z"), "a given scheduled meeting can be started late")
}

func TestMeetingAdhoc(t *testing.T) {
	t.Parallel()
	f := newMeetingFixture(t)
	bo := f.srv.NewUser(nil, "bo@example.com", "Bo")
	rm := f.srv.NewRoom(f.host, "Space", bo)
	r := f.create(t, map[string]any{"adhoc": true, "roomId": rm.ID})
	assert.Equal(t, "Hana Host", r.str("title"))
	assert.Equal(t, rm.ID, r.str("roomId"))
	again := f.create(t, map[string]any{"adhoc": true, "roomId": rm.ID})
	assert.Equal(t, r.str("id"), again.str("id"), "the space's ad-hoc meeting is reused")
	inv := call(t, f.srv, f.tok, "GET", "/meetingInvitees?meetingId="+r.str("id"), nil).items()
	require.Len(t, inv, 1)
	assert.Equal(t, "bo@example.com", inv[0]["email"])
	assert.Equal(t, true, inv[0]["coHost"])
	assert.Empty(t, call(t, f.srv, f.tok, "GET", "/meetings", nil).items(), "ad-hoc meetings are not listed")
	requireError(t, call(t, f.srv, f.tok, "POST", "/meetings", map[string]any{"adhoc": true, "roomId": "nope"}), http.StatusNotFound)
}

func TestMeetingJoinLinks(t *testing.T) {
	t.Parallel()
	f := newMeetingFixture(t)
	s := f.create(t, basicMeeting(map[string]any{"password": "Pw123456", "invitees": []map[string]any{{"email": "ivy@example.com"}}}))
	id := s.str("id")
	r := call(t, f.srv, f.tok, "POST", "/meetings/join", map[string]any{"meetingId": id, "joinDirectly": false, "expirationMinutes": 10})
	require.Equal(t, http.StatusOK, r.status, string(r.raw))
	assert.Contains(t, r.str("joinLink"), "token=")
	assert.Contains(t, r.str("startLink"), "token=")
	assert.True(t, strings.HasPrefix(r.str("joinLink"), "https://emulated-organization.webex.com/wbxmjs/joinservice/sites/emulated-organization/meeting/download/"))
	assert.Equal(t, "2024-01-02T03:14:05Z", r.str("expiration"))

	// An invitee gets no start link; by number and web link work too.
	ivyTok := f.srv.NewToken(f.srv.NewUser(nil, "ivy@example.com", "Ivy"), MeetingScopes()...)
	r = call(t, f.srv, ivyTok, "POST", "/meetings/join", map[string]any{"meetingNumber": s.str("meetingNumber"), "joinDirectly": false})
	require.Equal(t, http.StatusOK, r.status)
	assert.NotContains(t, r.body, "startLink")
	r = call(t, f.srv, ivyTok, "POST", "/meetings/join", map[string]any{"webLink": s.str("webLink"), "joinDirectly": false, "createJoinLinkAsWebLink": true})
	assert.Equal(t, s.str("webLink"), r.str("joinLink"))
	assert.NotContains(t, r.body, "expiration")

	// A stranger needs the password.
	_, otherTok := f.srv.NewMeetingUserWithToken("", "Stranger")
	requireError(t, call(t, f.srv, otherTok, "POST", "/meetings/join", map[string]any{"meetingId": id, "joinDirectly": false}), http.StatusForbidden)
	assert.Equal(t, http.StatusOK, call(t, f.srv, otherTok, "POST", "/meetings/join", map[string]any{"meetingId": id, "joinDirectly": false, "password": "Pw123456"}).status)

	// joinDirectly (the default) redirects.
	req, err := http.NewRequest("POST", f.srv.URL()+"/meetings/join", strings.NewReader(`{"meetingId":"`+id+`"}`))
	require.NoError(t, err)
	req.Header.Set("Authorization", "Bearer "+f.tok)
	noRedirect := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := noRedirect.Do(req)
	require.NoError(t, err)
	res.Body.Close()
	assert.Equal(t, http.StatusFound, res.StatusCode)
	assert.Contains(t, res.Header.Get("Location"), "token=")

	for _, bad := range []map[string]any{{}, {"meetingId": id, "meetingNumber": "1"}, {"meetingId": id, "expirationMinutes": 61}} {
		requireError(t, call(t, f.srv, f.tok, "POST", "/meetings/join", bad), http.StatusBadRequest)
	}
	requireError(t, call(t, f.srv, f.tok, "POST", "/meetings/join", map[string]any{"meetingNumber": "123", "joinDirectly": false}), http.StatusNotFound)
}

func TestMeetingTemplates(t *testing.T) {
	t.Parallel()
	f := newMeetingFixture(t)
	r := call(t, f.srv, f.tok, "GET", "/meetings/templates", nil)
	require.Equal(t, http.StatusOK, r.status)
	items := r.items()
	require.Len(t, items, 3)
	assert.Equal(t, "Standard meeting", items[0]["name"])
	assert.Equal(t, "en_US", items[0]["locale"])
	assert.Equal(t, "emulated-organization.webex.com", items[0]["siteUrl"])
	assert.Equal(t, "meeting", items[0]["templateType"])
	assert.Equal(t, true, items[0]["isDefault"])
	assert.Equal(t, true, items[0]["isStandard"])
	assert.NotContains(t, items[0], "meeting")
	assert.Len(t, call(t, f.srv, f.tok, "GET", "/meetings/templates?templateType=webinar", nil).items(), 1)
	assert.Len(t, call(t, f.srv, f.tok, "GET", "/meetings/templates?isStandard=false", nil).items(), 1)
	assert.Equal(t, "fr_FR", call(t, f.srv, f.tok, "GET", "/meetings/templates?locale=fr_FR", nil).items()[0]["locale"])
	assert.Empty(t, call(t, f.srv, f.tok, "GET", "/meetings/templates?siteUrl=elsewhere.webex.com", nil).items())
	requireError(t, call(t, f.srv, f.tok, "GET", "/meetings/templates?templateType=party", nil), http.StatusBadRequest)

	tid := items[1]["id"].(string)
	d := call(t, f.srv, f.tok, "GET", "/meetings/templates/"+tid, nil)
	require.Equal(t, http.StatusOK, d.status, string(d.raw))
	assert.Equal(t, "Recorded team sync", d.str("name"))
	mt, _ := d.body["meeting"].(map[string]any)
	require.NotNil(t, mt)
	assert.Equal(t, true, mt["enabledAutoRecordMeeting"])
	requireError(t, call(t, f.srv, f.tok, "GET", "/meetings/templates/nope", nil), http.StatusNotFound)

	// A meeting made from a template takes its settings and default times.
	m := f.create(t, map[string]any{"title": "From template", "templateId": tid})
	assert.Equal(t, true, m.body["enabledAutoRecordMeeting"])
	assert.Equal(t, "2024-01-02T03:15:00Z", m.str("start"))
	assert.Equal(t, "2024-01-02T04:15:00Z", m.str("end"))
}

func TestParseRRuleOccurrences(t *testing.T) {
	t.Parallel()
	start := time.Date(2024, 1, 31, 9, 0, 0, 0, time.UTC) // a Wednesday
	fmtAll := func(ts []time.Time) []string {
		var out []string
		for _, t := range ts {
			out = append(out, t.Format("2006-01-02"))
		}
		return out
	}
	for _, tc := range []struct {
		rule string
		want []string
	}{
		{"", []string{"2024-01-31"}},
		{"FREQ=DAILY;COUNT=3", []string{"2024-01-31", "2024-02-01", "2024-02-02"}},
		{"FREQ=DAILY;INTERVAL=2;UNTIL=20240205T000000Z", []string{"2024-01-31", "2024-02-02", "2024-02-04"}},
		{"FREQ=WEEKLY;COUNT=2", []string{"2024-01-31", "2024-02-07"}},
		{"FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=4", []string{"2024-01-31", "2024-02-02", "2024-02-05", "2024-02-07"}},
		{"FREQ=YEARLY;INTERVAL=1;COUNT=2", []string{"2024-01-31", "2025-01-31"}},
	} {
		got, err := occurrences(start, tc.rule)
		require.NoError(t, err, tc.rule)
		assert.Equal(t, tc.want, fmtAll(got), tc.rule)
	}
	monthly, err := occurrences(start.AddDate(0, 0, -16), "FREQ=MONTHLY;COUNT=2")
	require.NoError(t, err)
	assert.Equal(t, []string{"2024-01-15", "2024-02-15"}, fmtAll(monthly))
	all, err := occurrences(start, "FREQ=DAILY")
	require.NoError(t, err)
	assert.Len(t, all, maxMeetingOccurrences)
	for _, bad := range []string{"FREQ=HOURLY", "COUNT=2", "FREQ=DAILY;COUNT=0", "FREQ=WEEKLY;BYDAY=XX", "FREQ", "FREQ=DAILY;FOO=1"} {
		_, err := occurrences(start, bad)
		assert.Error(t, err, bad)
	}
}
