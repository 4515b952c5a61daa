package webextest

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMeetingInvitees(t *testing.T) {
	t.Parallel()
	f := newMeetingFixture(t)
	id := f.create(t, basicMeeting(map[string]any{"sendEmail": false})).str("id")
	base := len(f.srv.MeetingEmails())

	r := call(t, f.srv, f.tok, "POST", "/meetingInvitees", map[string]any{"meetingId": id, "email": "ivy@example.com",
		"displayName": "Ivy", "coHost": true, "sendEmail": false})
	require.Equal(t, http.StatusOK, r.status, string(r.raw))
	invID := r.str("id")
	assert.Regexp(t, "^"+id+`_\d+$`, invID)
	assert.Equal(t, "ivy@example.com", r.str("email"))
	assert.Equal(t, "Ivy", r.str("displayName"))
	assert.Equal(t, true, r.body["coHost"])
	assert.Equal(t, false, r.body["panelist"])
	assert.Equal(t, id, r.str("meetingId"))
	assert.Len(t, f.srv.MeetingEmails(), base)
	requireError(t, call(t, f.srv, f.tok, "POST", "/meetingInvitees", map[string]any{"meetingId": id, "email": "IVY@example.com"}), http.StatusConflict)
	requireError(t, call(t, f.srv, f.tok, "POST", "/meetingInvitees", map[string]any{"meetingId": id}), http.StatusBadRequest)
	requireError(t, call(t, f.srv, f.tok, "POST", "/meetingInvitees", map[string]any{"meetingId": "nope", "email": "a@b.c"}), http.StatusNotFound)

	var items []map[string]any
	for i := range 3 {
		items = append(items, map[string]any{"email": fmt.Sprintf("p%d@example.com", i), "panelist": i == 0})
	}
	b := call(t, f.srv, f.tok, "POST", "/meetingInvitees/bulkInsert", map[string]any{"meetingId": id, "items": items})
	require.Equal(t, http.StatusOK, b.status, string(b.raw))
	require.Len(t, b.items(), 3)
	assert.Equal(t, "p0", b.items()[0]["displayName"])
	assert.Len(t, f.srv.MeetingEmails(), base+3)
	requireError(t, call(t, f.srv, f.tok, "POST", "/meetingInvitees/bulkInsert", map[string]any{"meetingId": id, "items": items[:1]}), http.StatusConflict)
	requireError(t, call(t, f.srv, f.tok, "POST", "/meetingInvitees/bulkInsert", map[string]any{"meetingId": id, "items": []any{}}), http.StatusBadRequest)
	requireError(t, call(t, f.srv, f.tok, "POST", "/meetingInvitees/bulkInsert", map[string]any{"meetingId": id,
		"items": []map[string]any{{"email": "d@x.com"}, {"email": "D@x.com"}}}), http.StatusBadRequest)

	// List with paging and the panelist filter.
	first := call(t, f.srv, f.tok, "GET", "/meetingInvitees?max=3&meetingId="+id, nil)
	require.Len(t, first.items(), 3)
	link := first.header.Get("Link")
	require.NotEmpty(t, link)
	second := call(t, f.srv, f.tok, "GET", link[1:strings.Index(link, ">")], nil)
	require.Len(t, second.items(), 1)
	assert.Equal(t, "p2@example.com", second.items()[0]["email"])
	pan := call(t, f.srv, f.tok, "GET", "/meetingInvitees?panelist=true&meetingId="+id, nil).items()
	require.Len(t, pan, 1)
	assert.Equal(t, "p0@example.com", pan[0]["email"])
	requireError(t, call(t, f.srv, f.tok, "GET", "/meetingInvitees", nil), http.StatusBadRequest)

	g := call(t, f.srv, f.tok, "GET", "/meetingInvitees/"+invID, nil)
	require.Equal(t, http.StatusOK, g.status)
	assert.Equal(t, r.body, g.body)
	u := call(t, f.srv, f.tok, "PUT", "/meetingInvitees/"+invID, map[string]any{"email": "ivy2@example.com", "displayName": "Ivy Two", "panelist": true})
	require.Equal(t, http.StatusOK, u.status, string(u.raw))
	assert.Equal(t, "ivy2@example.com", u.str("email"))
	assert.Equal(t, "Ivy Two", u.str("displayName"))
	assert.Equal(t, false, u.body["coHost"], "PUT replaces coHost")
	assert.Equal(t, true, u.body["panelist"])
	requireError(t, call(t, f.srv, f.tok, "PUT", "/meetingInvitees/"+invID, map[string]any{"displayName": "x"}), http.StatusBadRequest)
	requireError(t, call(t, f.srv, f.tok, "PUT", "/meetingInvitees/"+invID, map[string]any{"email": "p1@example.com"}), http.StatusConflict)

	// Invitees can read but not manage; the scope matters.
	p1Tok := f.srv.NewToken(f.srv.NewUser(nil, "p1@example.com", "P1"), MeetingScopes()...)
	assert.Equal(t, http.StatusOK, call(t, f.srv, p1Tok, "GET", "/meetingInvitees/"+invID, nil).status)
	requireError(t, call(t, f.srv, p1Tok, "DELETE", "/meetingInvitees/"+invID, nil), http.StatusForbidden)
	requireError(t, call(t, f.srv, f.srv.NewToken(f.host, "meeting:schedules_read"), "DELETE", "/meetingInvitees/"+invID, nil), http.StatusForbidden)

	n := len(f.srv.MeetingEmails())
	require.Equal(t, http.StatusNoContent, call(t, f.srv, f.tok, "DELETE", "/meetingInvitees/"+invID+"?sendEmail=false", nil).status)
	assert.Len(t, f.srv.MeetingEmails(), n)
	requireError(t, call(t, f.srv, f.tok, "GET", "/meetingInvitees/"+invID, nil), http.StatusNotFound)
	pid := b.items()[1]["id"].(string)
	require.Equal(t, http.StatusNoContent, call(t, f.srv, f.tok, "DELETE", "/meetingInvitees/"+pid, nil).status)
	assert.Equal(t, MeetingEmail{Kind: MeetingEmailCancellation, To: "p1@example.com", MeetingID: id}, f.srv.MeetingEmails()[n])
	assert.Len(t, call(t, f.srv, f.tok, "GET", "/meetingInvitees?meetingId="+id, nil).items(), 2)
}

// endedMeeting creates a meeting, runs it with a participant for 30
// minutes and ends it; it returns the series and instance ids.
func endedMeeting(t *testing.T, f *mtgFixture, title string) (string, string) {
	t.Helper()
	m := f.srv.NewMeeting(f.host, MeetingSpec{Title: title, Invitees: []string{"ivy@example.com"}})
	ivy := f.srv.personByEmailForTest("ivy@example.com")
	if ivy == nil {
		ivy = f.srv.NewUser(nil, "ivy@example.com", "Ivy")
	}
	require.NoError(t, f.srv.StartMeeting(m.ID, ivy))
	f.advance(30 * time.Minute)
	require.NoError(t, f.srv.EndMeeting(m.ID))
	inst, ok := f.srv.MeetingInstanceID(m.ID)
	require.True(t, ok)
	return m.ID, inst
}

// personByEmailForTest returns the handle of a person, or nil.
func (s *Server) personByEmailForTest(email string) *Person {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if p := s.byEmail[emailKey(email)]; p != nil {
		return p.handle()
	}
	return nil
}

func TestMeetingParticipants(t *testing.T) {
	t.Parallel()
	f := newMeetingFixture(t)
	ivy := f.srv.NewUser(nil, "ivy@example.com", "Ivy")
	bo := f.srv.NewUser(nil, "bo@example.com", "Bo")
	m := f.srv.NewMeeting(f.host, MeetingSpec{Title: "Live", Invitees: []string{"ivy@example.com"}, CoHosts: []string{"co@example.com"}})
	requireError(t, call(t, f.srv, f.tok, "GET", "/meetingParticipants", nil), http.StatusBadRequest)
	assert.Empty(t, call(t, f.srv, f.tok, "GET", "/meetingParticipants?meetingId="+m.ID, nil).items())

	require.NoError(t, f.srv.StartMeeting(m.ID, ivy))
	inst, _ := f.srv.MeetingInstanceID(m.ID)
	lobby, err := f.srv.JoinLobby(m.ID, bo)
	require.NoError(t, err)
	assert.Equal(t, "lobby", lobby.State)
	assert.Equal(t, inst, lobby.MeetingID)

	r := call(t, f.srv, f.tok, "GET", "/meetingParticipants?meetingId="+inst, nil)
	require.Equal(t, http.StatusOK, r.status, string(r.raw))
	items := r.items()
	require.Len(t, items, 3)
	host := items[0]
	assert.Equal(t, true, host["host"])
	assert.Equal(t, "hana@example.com", host["email"])
	assert.Equal(t, "Hana Host", host["displayName"])
	assert.Equal(t, "joined", host["state"])
	assert.Equal(t, "2024-01-02T03:04:05Z", host["joinedTime"])
	assert.Equal(t, "2024-01-02T03:04:05Z", host["meetingStartTime"])
	assert.Equal(t, inst, host["meetingId"])
	assert.Equal(t, "hana@example.com", host["hostEmail"])
	assert.Equal(t, "emulated-organization.webex.com", host["siteUrl"])
	assert.Equal(t, "on", host["video"])
	assert.NotContains(t, host, "leftTime")
	assert.Len(t, host["devices"], 1)
	assert.Equal(t, true, items[1]["invitee"])
	assert.Equal(t, false, items[1]["host"])
	assert.Equal(t, "lobby", items[2]["state"])
	assert.NotContains(t, items[2], "joinedTime")
	// Series id, paging and filters.
	assert.Len(t, call(t, f.srv, f.tok, "GET", "/meetingParticipants?meetingId="+m.ID, nil).items(), 3)
	pg := call(t, f.srv, f.tok, "GET", "/meetingParticipants?max=2&meetingId="+m.ID, nil)
	assert.Len(t, pg.items(), 2)
	assert.NotEmpty(t, pg.header.Get("Link"))
	assert.Len(t, call(t, f.srv, f.tok, "GET", "/meetingParticipants?joinTimeFrom=2024-01-02T03:00:00Z&meetingId="+m.ID, nil).items(), 2)
	assert.Empty(t, call(t, f.srv, f.tok, "GET", "/meetingParticipants?joinTimeTo=2024-01-02T03:00:00Z&meetingId="+m.ID, nil).items())

	q := call(t, f.srv, f.tok, "POST", "/meetingParticipants/query?meetingId="+url.QueryEscape(inst), map[string]any{"emails": []string{"IVY@example.com"}})
	require.Equal(t, http.StatusOK, q.status, string(q.raw))
	require.Len(t, q.items(), 1)
	assert.Equal(t, "ivy@example.com", q.items()[0]["email"])
	requireError(t, call(t, f.srv, f.tok, "POST", "/meetingParticipants/query?meetingId="+inst, map[string]any{}), http.StatusBadRequest)

	// Access: attendees cannot list; they can read themselves.
	ivyTok := f.srv.NewToken(ivy, MeetingScopes()...)
	requireError(t, call(t, f.srv, ivyTok, "GET", "/meetingParticipants?meetingId="+inst, nil), http.StatusForbidden)
	ivyID := items[1]["id"].(string)
	assert.Equal(t, http.StatusOK, call(t, f.srv, ivyTok, "GET", "/meetingParticipants/"+ivyID, nil).status)
	requireError(t, call(t, f.srv, ivyTok, "GET", "/meetingParticipants/"+host["id"].(string), nil), http.StatusNotFound)
	requireError(t, call(t, f.srv, ivyTok, "PUT", "/meetingParticipants/"+ivyID, map[string]any{"expel": true}), http.StatusForbidden)
	readTok := f.srv.NewToken(f.host, "meeting:participants_read")
	requireError(t, call(t, f.srv, readTok, "PUT", "/meetingParticipants/"+ivyID, map[string]any{"muted": true}), http.StatusForbidden)

	// Mute, admit, expel.
	mu := call(t, f.srv, f.tok, "PUT", "/meetingParticipants/"+ivyID, map[string]any{"muted": true})
	require.Equal(t, http.StatusOK, mu.status, string(mu.raw))
	assert.Equal(t, true, mu.body["muted"])
	requireError(t, call(t, f.srv, f.tok, "PUT", "/meetingParticipants/"+ivyID, map[string]any{}), http.StatusBadRequest)
	requireError(t, call(t, f.srv, f.tok, "PUT", "/meetingParticipants/"+ivyID, map[string]any{"admit": true}), http.StatusBadRequest)
	ad := call(t, f.srv, f.tok, "PUT", "/meetingParticipants/"+lobby.ID, map[string]any{"admit": true})
	require.Equal(t, http.StatusOK, ad.status, string(ad.raw))
	assert.Equal(t, "joined", ad.str("state"))
	f.advance(time.Minute)
	ex := call(t, f.srv, f.tok, "PUT", "/meetingParticipants/"+lobby.ID, map[string]any{"expel": true})
	require.Equal(t, http.StatusOK, ex.status)
	assert.Equal(t, "end", ex.str("state"))
	assert.Equal(t, "2024-01-02T03:05:05Z", ex.str("leftTime"))
	requireError(t, call(t, f.srv, f.tok, "PUT", "/meetingParticipants/"+lobby.ID, map[string]any{"muted": false}), http.StatusBadRequest)

	// Bulk admit is all or nothing.
	cy := f.srv.NewUser(nil, "cy@example.com", "Cy")
	dee := f.srv.NewUser(nil, "dee@example.com", "Dee")
	p1, err := f.srv.JoinLobby(inst, cy)
	require.NoError(t, err)
	p2, err := f.srv.JoinLobby(inst, dee)
	require.NoError(t, err)
	requireError(t, call(t, f.srv, f.tok, "POST", "/meetingParticipants/admit", map[string]any{"items": []map[string]any{{"participantId": p1.ID}, {"participantId": ivyID}}}), http.StatusBadRequest)
	requireError(t, call(t, f.srv, f.tok, "POST", "/meetingParticipants/admit", map[string]any{"items": []map[string]any{{"participantId": "nope"}}}), http.StatusNotFound)
	requireError(t, call(t, f.srv, f.tok, "POST", "/meetingParticipants/admit", map[string]any{"items": []any{}}), http.StatusBadRequest)
	assert.Equal(t, "lobby", call(t, f.srv, f.tok, "GET", "/meetingParticipants/"+p1.ID, nil).str("state"))
	require.Equal(t, http.StatusNoContent, call(t, f.srv, f.tok, "POST", "/meetingParticipants/admit", map[string]any{"items": []map[string]any{{"participantId": p1.ID}, {"participantId": p2.ID}}}).status)
	assert.Equal(t, "joined", call(t, f.srv, f.tok, "GET", "/meetingParticipants/"+p2.ID, nil).str("state"))

	// Go helpers.
	p3, err := f.srv.JoinLobby(inst, f.srv.NewUser(nil, "", "Eve"))
	require.NoError(t, err)
	require.NoError(t, f.srv.AdmitParticipant(p3.ID))
	assert.ErrorIs(t, f.srv.AdmitParticipant(p3.ID), errNotInLobby)
	require.NoError(t, f.srv.LeaveMeeting(p3.ID))
	assert.Error(t, f.srv.LeaveMeeting(p3.ID))
	assert.ErrorIs(t, f.srv.AdmitParticipant("nope"), errNoParticipant)

	// After the end, everyone has left.
	f.advance(10 * time.Minute)
	require.NoError(t, f.srv.EndMeeting(inst))
	for _, it := range call(t, f.srv, f.tok, "GET", "/meetingParticipants?max=100&meetingId="+inst, nil).items() {
		assert.Equal(t, "end", it["state"], it["email"])
		assert.NotEmpty(t, it["leftTime"], it["email"])
	}
}

func TestMeetingRecordings(t *testing.T) {
	t.Parallel()
	f := newMeetingFixture(t)
	series, inst := endedMeeting(t, f, "Recorded")
	r := call(t, f.srv, f.tok, "GET", "/recordings", nil)
	require.Equal(t, http.StatusOK, r.status, string(r.raw))
	items := r.items()
	require.Len(t, items, 1)
	rec := items[0]
	recID := rec["id"].(string)
	assert.Regexp(t, `^[0-9a-f]{32}$`, recID)
	assert.Equal(t, inst, rec["meetingId"])
	assert.Equal(t, series, rec["meetingSeriesId"])
	assert.Equal(t, series+"_20240102T031500Z", rec["scheduledMeetingId"])
	assert.Equal(t, "Recorded", rec["topic"])
	assert.Equal(t, "2024-01-02T03:34:05Z", rec["createTime"])
	assert.Equal(t, "2024-01-02T03:04:05Z", rec["timeRecorded"])
	assert.Equal(t, "MP4", rec["format"])
	assert.Equal(t, "MeetingCenter", rec["serviceType"])
	assert.EqualValues(t, 1800, rec["durationSeconds"])
	assert.Greater(t, rec["sizeBytes"].(float64), 1e6)
	assert.Equal(t, "available", rec["status"])
	assert.Contains(t, rec["downloadUrl"], "https://emulated-organization.webex.com/")
	assert.Contains(t, rec["playbackUrl"], "https://emulated-organization.webex.com/")
	assert.NotContains(t, rec, "temporaryDirectDownloadLinks")

	g := call(t, f.srv, f.tok, "GET", "/recordings/"+recID, nil)
	require.Equal(t, http.StatusOK, g.status)
	links, _ := g.body["temporaryDirectDownloadLinks"].(map[string]any)
	require.NotNil(t, links)
	assert.NotEmpty(t, links["recordingDownloadLink"])
	assert.NotEmpty(t, links["audioDownloadLink"])
	assert.Equal(t, "2024-01-02T06:34:05Z", links["expiration"])
	tl := links["transcriptDownloadLink"].(string)
	assert.True(t, strings.HasPrefix(tl, f.srv.URL()+"/meetingTranscripts/"), tl)
	assert.Equal(t, http.StatusOK, call(t, f.srv, f.tok, "GET", tl, nil).status, "the transcript link is served")

	// Filters.
	assert.Len(t, call(t, f.srv, f.tok, "GET", "/recordings?meetingId="+series, nil).items(), 1)
	assert.Empty(t, call(t, f.srv, f.tok, "GET", "/recordings?meetingId=other", nil).items())
	assert.Len(t, call(t, f.srv, f.tok, "GET", "/recordings?topic=record", nil).items(), 1)
	assert.Empty(t, call(t, f.srv, f.tok, "GET", "/recordings?format=ARF", nil).items())
	assert.Empty(t, call(t, f.srv, f.tok, "GET", "/recordings?from=2024-01-03", nil).items())
	requireError(t, call(t, f.srv, f.tok, "GET", "/recordings?status=gone", nil), http.StatusBadRequest)

	// Scopes and access.
	requireError(t, call(t, f.srv, f.srv.NewToken(f.host, "spark:all"), "GET", "/recordings", nil), http.StatusForbidden)
	ivyTok := f.srv.NewToken(f.srv.personByEmailForTest("ivy@example.com"), MeetingScopes()...)
	assert.Empty(t, call(t, f.srv, ivyTok, "GET", "/recordings", nil).items())
	requireError(t, call(t, f.srv, ivyTok, "GET", "/recordings/"+recID, nil), http.StatusNotFound)

	// Admin and compliance listing.
	admin := f.srv.NewAdmin(nil, "admin@example.com", "Ada")
	adminTok := f.srv.NewToken(admin, AdminMeetingScopes()...)
	ar := call(t, f.srv, adminTok, "GET", "/admin/recordings", nil).items()
	require.Len(t, ar, 1)
	assert.Equal(t, "hana@example.com", ar[0]["hostEmail"])
	requireError(t, call(t, f.srv, ivyTok, "GET", "/admin/recordings", nil), http.StatusForbidden)
	requireError(t, call(t, f.srv, f.srv.NewToken(f.srv.personByEmailForTest("ivy@example.com"), AdminMeetingScopes()...), "GET", "/admin/recordings", nil), http.StatusForbidden)
	assert.Equal(t, http.StatusOK, call(t, f.srv, adminTok, "GET", "/recordings/"+recID+"?hostEmail=hana%40example.com", nil).status)

	// Delete moves it to the recycle bin.
	requireError(t, call(t, f.srv, f.srv.NewToken(f.host, "meeting:recordings_read"), "DELETE", "/recordings/"+recID, nil), http.StatusForbidden)
	requireError(t, call(t, f.srv, f.tok, "DELETE", "/recordings/"+recID, map[string]any{"comment": strings.Repeat("c", 256)}), http.StatusBadRequest)
	require.Equal(t, http.StatusNoContent, call(t, f.srv, f.tok, "DELETE", "/recordings/"+recID, map[string]any{"reason": "audit", "comment": "old"}).status)
	requireError(t, call(t, f.srv, f.tok, "GET", "/recordings/"+recID, nil), http.StatusNotFound)
	assert.Empty(t, call(t, f.srv, f.tok, "GET", "/recordings", nil).items())
	del := call(t, f.srv, f.tok, "GET", "/recordings?status=deleted", nil).items()
	require.Len(t, del, 1)
	assert.Equal(t, "deleted", del[0]["status"])
	assert.Equal(t, false, call(t, f.srv, f.tok, "GET", "/meetings/"+inst, nil).body["hasRecording"])

	// Paging: newest first.
	for i := range 3 {
		endedMeeting(t, f, fmt.Sprintf("More %d", i))
	}
	p := call(t, f.srv, f.tok, "GET", "/recordings?max=2", nil)
	require.Len(t, p.items(), 2)
	assert.Equal(t, "More 2", p.items()[0]["topic"])
	l := p.header.Get("Link")
	require.NotEmpty(t, l)
	assert.Len(t, call(t, f.srv, f.tok, "GET", l[1:strings.Index(l, ">")], nil).items(), 1)
}

func TestMeetingTranscriptsAndSummaries(t *testing.T) {
	t.Parallel()
	f := newMeetingFixture(t)
	series, inst := endedMeeting(t, f, "Talk")
	r := call(t, f.srv, f.tok, "GET", "/meetingTranscripts?meetingId="+inst, nil)
	require.Equal(t, http.StatusOK, r.status, string(r.raw))
	require.Len(t, r.items(), 1)
	tr := r.items()[0]
	tid := tr["id"].(string)
	assert.Regexp(t, `^[0-9a-f-]{36}_M_[0-9a-f]{32}$`, tid)
	assert.Equal(t, "2024-01-02T03:04:05.000Z", tr["startTime"])
	assert.Equal(t, inst, tr["meetingId"])
	assert.Equal(t, "Talk", tr["meetingTopic"])
	assert.Equal(t, series, tr["meetingSeriesId"])
	assert.Equal(t, f.host.ID, tr["hostUserId"])
	assert.Equal(t, "available", tr["status"])
	assert.Equal(t, f.srv.URL()+"/meetingTranscripts/"+tid+"/download?format=vtt", tr["vttDownloadLink"])
	assert.Equal(t, f.srv.URL()+"/meetingTranscripts/"+tid+"/download?format=txt", tr["txtDownloadLink"])
	assert.Len(t, call(t, f.srv, f.tok, "GET", "/meetingTranscripts", nil).items(), 1)
	assert.Empty(t, call(t, f.srv, f.tok, "GET", "/meetingTranscripts?siteUrl=x.webex.com", nil).items())

	vtt := call(t, f.srv, f.tok, "GET", tr["vttDownloadLink"].(string), nil)
	require.Equal(t, http.StatusOK, vtt.status)
	assert.Equal(t, "text/vtt;charset=UTF-8", vtt.header.Get("Content-Type"))
	assert.True(t, strings.HasPrefix(string(vtt.raw), "WEBVTT\n\n1 \"Hana Host\"\n00:00:01.000 --> "), string(vtt.raw))
	assert.Contains(t, string(vtt.raw), "Ivy: Hello, this is Ivy.")
	txt := call(t, f.srv, f.tok, "GET", "/meetingTranscripts/"+tid+"/download?format=txt", nil)
	require.Equal(t, http.StatusOK, txt.status)
	assert.True(t, strings.HasPrefix(string(txt.raw), "[Hana Host] 00:00:01\nWelcome everyone to Talk.\n"), string(txt.raw))
	requireError(t, call(t, f.srv, f.tok, "GET", "/meetingTranscripts/"+tid+"/download?format=pdf", nil), http.StatusBadRequest)

	// Snippets.
	sn := call(t, f.srv, f.tok, "GET", "/meetingTranscripts/"+tid+"/snippets", nil)
	require.Equal(t, http.StatusOK, sn.status)
	items := sn.items()
	require.Len(t, items, 3)
	assert.Equal(t, "Welcome everyone to Talk.", items[0]["text"])
	assert.Equal(t, "Hana Host", items[0]["personName"])
	assert.Equal(t, "hana@example.com", items[0]["personEmail"])
	assert.EqualValues(t, 1000, items[0]["offsetMillisecond"])
	assert.Positive(t, items[0]["durationMillisecond"])
	pg := call(t, f.srv, f.tok, "GET", "/meetingTranscripts/"+tid+"/snippets?max=2", nil)
	assert.Len(t, pg.items(), 2)
	assert.NotEmpty(t, pg.header.Get("Link"))
	sid := items[2]["id"].(string)
	one := call(t, f.srv, f.tok, "GET", "/meetingTranscripts/"+tid+"/snippets/"+sid, nil)
	assert.Equal(t, "Hello, this is Ivy.", one.str("text"))
	requireError(t, call(t, f.srv, f.tok, "GET", "/meetingTranscripts/"+tid+"/snippets/nope", nil), http.StatusNotFound)
	readTok := f.srv.NewToken(f.host, "meeting:transcripts_read")
	requireError(t, call(t, f.srv, readTok, "PUT", "/meetingTranscripts/"+tid+"/snippets/"+sid, map[string]any{"text": "x"}), http.StatusForbidden)
	writer := f.srv.NewToken(f.host, "meeting:transcripts_read", "meeting:transcripts_write")
	requireError(t, call(t, f.srv, writer, "PUT", "/meetingTranscripts/"+tid+"/snippets/"+sid, map[string]any{"reason": "typo"}), http.StatusBadRequest)
	up := call(t, f.srv, writer, "PUT", "/meetingTranscripts/"+tid+"/snippets/"+sid, map[string]any{"text": "Hello everybody!"})
	require.Equal(t, http.StatusOK, up.status, string(up.raw))
	assert.Equal(t, "Hello everybody!", up.str("text"))
	assert.Contains(t, string(call(t, f.srv, f.tok, "GET", tr["txtDownloadLink"].(string), nil).raw), "Hello everybody!")

	// Compliance officers list with siteUrl and see deleted ones.
	co := f.srv.NewComplianceOfficer(nil, "co@example.com", "Cora")
	coTok := f.srv.NewToken(co, "meeting:admin_transcripts_read", "meeting:transcripts_write")
	requireError(t, call(t, f.srv, coTok, "GET", "/admin/meetingTranscripts", nil), http.StatusBadRequest)
	requireError(t, call(t, f.srv, f.srv.NewToken(f.host, AdminMeetingScopes()...), "GET", "/admin/meetingTranscripts?siteUrl=emulated-organization.webex.com", nil), http.StatusForbidden)
	requireError(t, call(t, f.srv, coTok, "DELETE", "/meetingTranscripts/"+tid, nil), http.StatusBadRequest) // a compliance officer gives a reason
	require.Equal(t, http.StatusNoContent, call(t, f.srv, writer, "DELETE", "/meetingTranscripts/"+tid, map[string]any{"comment": "no"}).status)
	requireError(t, call(t, f.srv, f.tok, "GET", "/meetingTranscripts/"+tid+"/download", nil), http.StatusNotFound)
	assert.Empty(t, call(t, f.srv, f.tok, "GET", "/meetingTranscripts", nil).items())
	adm := call(t, f.srv, coTok, "GET", "/admin/meetingTranscripts?siteUrl=emulated-organization.webex.com", nil).items()
	require.Len(t, adm, 1)
	assert.Equal(t, "deleted", adm[0]["status"])

	// Summaries.
	requireError(t, call(t, f.srv, f.tok, "GET", "/meetingSummaries", nil), http.StatusBadRequest)
	list := call(t, f.srv, f.tok, "GET", "/meetingSummaries?meetingId="+inst, nil)
	require.Equal(t, http.StatusOK, list.status, string(list.raw))
	require.Len(t, list.items(), 1)
	sm := list.items()[0]
	sumID := sm["id"].(string)
	assert.Equal(t, inst, sm["meetingId"])
	assert.Equal(t, "available", sm["status"])
	notes, _ := sm["notes"].(map[string]any)
	assert.Contains(t, notes["content"], "<p>Talk:")
	ai, _ := sm["actionItems"].([]any)
	require.Len(t, ai, 2)
	assert.Contains(t, ai[0].(map[string]any)["content"], "Hana Host")
	assert.Equal(t, list.body, call(t, f.srv, f.tok, "GET", "/meetingSummaries?meetingId="+series, nil).body, "a series id gives its latest instance's summary")
	requireError(t, call(t, f.srv, f.tok, "GET", "/meetingSummaries?meetingId=nope", nil), http.StatusNotFound)
	ivyTok := f.srv.NewToken(f.srv.personByEmailForTest("ivy@example.com"), MeetingScopes()...)
	assert.Len(t, call(t, f.srv, ivyTok, "GET", "/meetingSummaries?meetingId="+inst, nil).items(), 1)
	requireError(t, call(t, f.srv, ivyTok, "DELETE", "/meetingSummaries/"+sumID, nil), http.StatusNotFound)
	requireError(t, call(t, f.srv, f.srv.NewToken(f.host, "meeting:summaries_read"), "DELETE", "/meetingSummaries/"+sumID, nil), http.StatusForbidden)
	require.Equal(t, http.StatusNoContent, call(t, f.srv, f.tok, "DELETE", "/meetingSummaries/"+sumID, nil).status)
	assert.Empty(t, call(t, f.srv, f.tok, "GET", "/meetingSummaries?meetingId="+inst, nil).items())
	requireError(t, call(t, f.srv, f.tok, "DELETE", "/meetingSummaries/"+sumID, nil), http.StatusNotFound)

	// Compliance officers still see it, as deleted.
	coSum := f.srv.NewToken(co, "meeting:summaries_read")
	adminSum := call(t, f.srv, coSum, "GET", "/admin/meetingSummaries?meetingId="+inst, nil).items()
	require.Len(t, adminSum, 1)
	assert.Equal(t, "deleted", adminSum[0]["status"])
	requireError(t, call(t, f.srv, f.tok, "GET", "/admin/meetingSummaries?meetingId="+inst, nil), http.StatusForbidden)
}

func TestMeetingWebhooksAndEvents(t *testing.T) {
	t.Parallel()
	f := newMeetingFixture(t)
	// One webhook for everything keeps the deliveries in order; another
	// checks filters.
	rc := newReceiver(t, http.StatusOK)
	filtered := newReceiver(t, http.StatusOK)
	for _, h := range []struct {
		target, resource, event, filter string
	}{
		{rc.srv.URL, "all", "all", ""}, {filtered.srv.URL, "meetingParticipants", "left", "email=ivy@example.com"},
		{filtered.srv.URL, "meetingParticipants", "joined", "email=nobody@example.com"},
	} {
		r := call(t, f.srv, f.tok, "POST", "/webhooks", map[string]any{"name": h.resource, "targetUrl": h.target,
			"resource": h.resource, "event": h.event, "filter": h.filter, "secret": "s3cret"})
		require.Equal(t, http.StatusOK, r.status, string(r.raw))
	}
	// Someone else's webhook hears nothing.
	other := newReceiver(t, http.StatusOK)
	_, otherTok := f.srv.NewMeetingUserWithToken("", "Other")
	require.Equal(t, http.StatusOK, call(t, f.srv, otherTok, "POST", "/webhooks", map[string]any{"name": "x", "targetUrl": other.srv.URL, "resource": "meetings", "event": "all"}).status)

	series, inst := endedMeeting(t, f, "Hooked")
	f.srv.Flush()
	evs := rc.events(t)
	var got []string
	for _, e := range evs {
		got = append(got, e["resource"].(string)+"/"+e["event"].(string))
	}
	assert.Equal(t, []string{
		"meetings/started", "meetingParticipants/joined", "meetingParticipants/joined",
		"meetingParticipants/left", "meetingParticipants/left", "meetings/ended", "recordings/created",
		"meetingTranscripts/created",
	}, got)
	started := evs[0]["data"].(map[string]any)
	assert.Equal(t, inst, started["id"])
	assert.Equal(t, series, started["meetingSeriesId"])
	assert.Equal(t, "meeting", started["meetingType"])
	assert.Equal(t, "inProgress", started["state"])
	assert.Equal(t, "Hooked", started["title"])
	assert.Equal(t, "hana@example.com", started["hostEmail"])
	assert.Equal(t, f.host.ID, evs[0]["actorId"])
	joined := evs[2]["data"].(map[string]any)
	assert.Equal(t, "ivy@example.com", joined["email"])
	assert.Equal(t, inst, joined["meetingId"])
	left := evs[3]["data"].(map[string]any)
	assert.Equal(t, "end", left["state"])
	assert.NotEmpty(t, left["leftTime"])
	assert.Equal(t, "ended", evs[5]["data"].(map[string]any)["state"])
	assert.Equal(t, inst, evs[6]["data"].(map[string]any)["meetingId"])
	assert.Equal(t, "MP4", evs[6]["data"].(map[string]any)["format"])
	assert.Equal(t, inst, evs[7]["data"].(map[string]any)["meetingId"])
	assert.Contains(t, evs[7]["data"].(map[string]any)["vttDownloadLink"], f.srv.URL())
	assert.Empty(t, other.events(t))
	fe := filtered.events(t)
	require.Len(t, fe, 1)
	assert.Equal(t, "left", fe[0]["event"])
	assert.Equal(t, "ivy@example.com", fe[0]["data"].(map[string]any)["email"])

	// Compliance events record the end and the transcript.
	co := f.srv.NewComplianceOfficer(nil, "co@example.com", "Cora")
	coTok := f.srv.NewToken(co, "spark-compliance:events_read")
	ended := call(t, f.srv, coTok, "GET", "/events?resource=meetings&type=ended", nil).items()
	require.Len(t, ended, 1)
	assert.Equal(t, inst, ended[0]["data"].(map[string]any)["id"])
	assert.Len(t, call(t, f.srv, coTok, "GET", "/events?resource=meetingTranscripts", nil).items(), 1)
}

func TestMeetingConcurrentLifecycle(t *testing.T) {
	t.Parallel()
	f := newMeetingFixture(t)
	done := make(chan struct{})
	for i := range 4 {
		go func() {
			defer func() { done <- struct{}{} }()
			m := f.srv.NewMeeting(f.host, MeetingSpec{Title: fmt.Sprint("C", i)})
			p := f.srv.NewUser(nil, "", fmt.Sprint("Guest ", i))
			_ = f.srv.StartMeeting(m.ID, p)
			_ = call(t, f.srv, f.tok, "GET", "/meetingParticipants?meetingId="+m.ID, nil)
			_ = f.srv.EndMeeting(m.ID)
			_ = call(t, f.srv, f.tok, "GET", "/recordings", nil)
		}()
	}
	for range 4 {
		<-done
	}
	assert.Len(t, call(t, f.srv, f.tok, "GET", "/recordings", nil).items(), 4)
}
