package webextest

import (
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"
)

// addMeetingArtifactRoutes declares invitees, participants, recordings,
// transcripts and summaries.
func (s *Server) addMeetingArtifactRoutes() {
	s.handle("GET /v1/meetingInvitees", s.listInvitees)
	s.handle("POST /v1/meetingInvitees", s.createInvitee)
	s.handle("POST /v1/meetingInvitees/bulkInsert", s.bulkInsertInvitees)
	s.handle("GET /v1/meetingInvitees/{id}", s.getInvitee)
	s.handle("PUT /v1/meetingInvitees/{id}", s.updateInvitee)
	s.handle("DELETE /v1/meetingInvitees/{id}", s.deleteInvitee)
	s.handle("GET /v1/meetingParticipants", s.listParticipants)
	s.handle("POST /v1/meetingParticipants/query", s.queryParticipants)
	s.handle("POST /v1/meetingParticipants/admit", s.admitParticipants, need(scopeMtgPartWrite))
	s.handle("GET /v1/meetingParticipants/{id}", s.getParticipant)
	s.handle("PUT /v1/meetingParticipants/{id}", s.updateParticipant, need(scopeMtgPartWrite))
	s.handle("GET /v1/recordings", s.listRecordings)
	s.handle("GET /v1/admin/recordings", s.listAdminRecordings, need(scopeMtgAdminRecRead))
	s.handle("GET /v1/recordings/{id}", s.getRecording)
	s.handle("DELETE /v1/recordings/{id}", s.deleteRecording)
	s.handle("GET /v1/meetingTranscripts", s.listTranscripts)
	s.handle("GET /v1/admin/meetingTranscripts", s.listAdminTranscripts, need(scopeMtgAdminTransRead))
	s.handle("GET /v1/meetingTranscripts/{id}/download", s.downloadTranscript)
	s.handle("GET /v1/meetingTranscripts/{id}/snippets", s.listSnippets, need(scopeMtgTransRead))
	s.handle("GET /v1/meetingTranscripts/{id}/snippets/{id2}", s.getSnippet, need(scopeMtgTransRead))
	s.handle("PUT /v1/meetingTranscripts/{id}/snippets/{id2}", s.updateSnippet, need(scopeMtgTransWrite))
	s.handle("DELETE /v1/meetingTranscripts/{id}", s.deleteTranscript, need(scopeMtgTransWrite))
	s.handle("GET /v1/meetingSummaries", s.getSummary, need(scopeMtgSummariesRead))
	s.handle("GET /v1/admin/meetingSummaries", s.listAdminSummaries, need(scopeMtgSummariesRead))
	s.handle("DELETE /v1/meetingSummaries/{id}", s.deleteSummary, need(scopeMtgSummariesWrite))
}

// transcriptJSON is the Webex meeting transcript representation.
type transcriptJSON struct {
	ID                 string `json:"id"`
	StartTime          string `json:"startTime"`
	MeetingID          string `json:"meetingId"`
	MeetingTopic       string `json:"meetingTopic"`
	SiteURL            string `json:"siteUrl"`
	ScheduledMeetingID string `json:"scheduledMeetingId"`
	MeetingSeriesID    string `json:"meetingSeriesId"`
	HostUserID         string `json:"hostUserId"`
	VTTDownloadLink    string `json:"vttDownloadLink"`
	TXTDownloadLink    string `json:"txtDownloadLink"`
	Status             string `json:"status"`
}

// render builds the JSON view of t; base is the API base for the links.
func (t *mtgTranscript) render(base string) transcriptJSON {
	in := t.inst
	m := in.series
	if base == "" {
		base = "https://webexapis.com/v1"
	}
	dl := base + "/meetingTranscripts/" + t.id + "/download?format="
	return transcriptJSON{ID: t.id, StartTime: formatTime(t.start), MeetingID: in.id,
		MeetingTopic: m.title, SiteURL: m.site, ScheduledMeetingID: m.scheduledID(in.occStart),
		MeetingSeriesID: m.id, HostUserID: m.host.id, VTTDownloadLink: dl + "vtt",
		TXTDownloadLink: dl + "txt", Status: t.status}
}

// snippetJSON is a transcript snippet.
type snippetJSON struct {
	ID                  string `json:"id"`
	Text                string `json:"text"`
	PersonName          string `json:"personName"`
	PersonEmail         string `json:"personEmail"`
	OffsetMillisecond   int    `json:"offsetMillisecond"`
	DurationMillisecond int    `json:"durationMillisecond"`
}

// render builds the JSON view of sn.
func (sn *mtgSnippet) render() snippetJSON {
	return snippetJSON{ID: sn.id, Text: sn.text, PersonName: sn.personName, PersonEmail: sn.personEmail,
		OffsetMillisecond: sn.offsetMs, DurationMillisecond: sn.durationMs}
}

// serveTranscripts lists transcripts passing who and the query filters.
func (s *Server) serveTranscripts(c *reqCtx, who func(*mtgTranscript) bool, withDeleted bool) {
	max, ok := c.parseMax(10, 100, true)
	if !ok {
		return
	}
	from, to, ok := c.timeRange("from", "to", weekRange(s.now(), false))
	if !ok {
		return
	}
	meetingID, site := c.query("meetingId"), c.query("siteUrl")
	s.mu.RLock()
	var ts []*mtgTranscript
	for _, t := range s.mtg.transcripts {
		if who(t) && (withDeleted || t.status == "available") && t.inst.matchesMeeting(meetingID) &&
			(site == "" || t.inst.series.site == site) && !t.start.Before(from) && t.start.Before(to) {
			ts = append(ts, t)
		}
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i].seq > ts[j].seq })
	items := make([]transcriptJSON, 0, len(ts))
	for _, t := range ts {
		items = append(items, t.render(c.base()))
	}
	s.mu.RUnlock()
	if page, ok := pageOffset(c, items, max); ok {
		okList(c, page)
	}
}

// listTranscripts serves GET /meetingTranscripts.
func (s *Server) listTranscripts(c *reqCtx) {
	actor := s.actAs(c, c.query("hostEmail"), scopeMtgTransRead, scopeMtgAdminTransRead)
	if actor == nil {
		return
	}
	s.serveTranscripts(c, func(t *mtgTranscript) bool { return t.inst.series.host == actor }, false)
}

// listAdminTranscripts serves GET /admin/meetingTranscripts (compliance
// officers; siteUrl is required).
func (s *Server) listAdminTranscripts(c *reqCtx) {
	if !isComplianceOfficer(c.me) {
		c.fail(http.StatusForbidden, "Only a compliance officer can list the organization's transcripts.")
		return
	}
	if c.query("siteUrl") == "" {
		c.fail(http.StatusBadRequest, "siteUrl is required.")
		return
	}
	org := c.me.org
	s.serveTranscripts(c, func(t *mtgTranscript) bool { return t.inst.series.host.org == org }, true)
}

// transcriptByID resolves an available transcript actor may read: the
// host's, or any of their organization for a compliance officer; callers
// hold mu.
func (s *Server) transcriptByID(id string, actor *person) *mtgTranscript {
	t := s.mtg.transcripts[id]
	if t == nil || t.status != "available" {
		return nil
	}
	host := t.inst.series.host
	if host != actor && !(isComplianceOfficer(actor) && actor.org == host.org) {
		return nil
	}
	return t
}

// downloadTranscript serves GET /meetingTranscripts/{id}/download.
func (s *Server) downloadTranscript(c *reqCtx) {
	actor := s.actAs(c, c.query("hostEmail"), scopeMtgTransRead, scopeMtgAdminTransRead)
	if actor == nil {
		return
	}
	format := c.query("format")
	if format == "" {
		format = "vtt"
	}
	if format != "vtt" && format != "txt" {
		c.fail(http.StatusBadRequest, "Invalid format %q: must be vtt or txt.", format)
		return
	}
	s.mu.RLock()
	t := s.transcriptByID(c.params[0], actor)
	var body strings.Builder
	if t != nil {
		if format == "vtt" {
			body.WriteString("WEBVTT\n")
		}
		for i, sn := range t.snippets {
			if format == "vtt" {
				fmt.Fprintf(&body, "\n%d \"%s\"\n%s --> %s\n%s: %s\n", i+1, sn.personName,
					vttTime(sn.offsetMs), vttTime(sn.offsetMs+sn.durationMs), sn.personName, sn.text)
			} else {
				fmt.Fprintf(&body, "[%s] %s\n%s\n\n", sn.personName, vttTime(sn.offsetMs)[:8], sn.text)
			}
		}
	}
	s.mu.RUnlock()
	if t == nil {
		c.failErr(errNotFound())
		return
	}
	ct := "text/vtt;charset=UTF-8"
	if format == "txt" {
		ct = "text/plain;charset=UTF-8"
	}
	h := c.w.Header()
	h.Set("Content-Type", ct)
	h.Set("Content-Disposition", `attachment; filename="transcript.`+format+`"`)
	h.Set("Content-Length", strconv.Itoa(body.Len()))
	c.w.WriteHeader(http.StatusOK)
	_, _ = c.w.Write([]byte(body.String()))
}

// vttTime formats milliseconds as HH:MM:SS.mmm.
func vttTime(ms int) string {
	d := time.Duration(ms) * time.Millisecond
	return fmt.Sprintf("%02d:%02d:%02d.%03d", int(d.Hours()), int(d.Minutes())%60, int(d.Seconds())%60, ms%1000)
}

// listSnippets serves GET /meetingTranscripts/{id}/snippets.
func (s *Server) listSnippets(c *reqCtx) {
	max, ok := c.parseMax(10, 1000, false)
	if !ok {
		return
	}
	s.mu.RLock()
	t := s.transcriptByID(c.params[0], c.me)
	var items []snippetJSON
	if t != nil {
		for _, sn := range t.snippets {
			items = append(items, sn.render())
		}
	}
	s.mu.RUnlock()
	if t == nil {
		c.failErr(errNotFound())
		return
	}
	if page, ok := pageOffset(c, items, max); ok {
		okList(c, page)
	}
}

// snippetByID finds a snippet of t.
func (t *mtgTranscript) snippetByID(id string) *mtgSnippet {
	for _, sn := range t.snippets {
		if sn.id == id {
			return sn
		}
	}
	return nil
}

// getSnippet serves GET /meetingTranscripts/{id}/snippets/{snippetId}.
func (s *Server) getSnippet(c *reqCtx) {
	s.mu.RLock()
	var v snippetJSON
	var sn *mtgSnippet
	if t := s.transcriptByID(c.params[0], c.me); t != nil {
		if sn = t.snippetByID(c.params[1]); sn != nil {
			v = sn.render()
		}
	}
	s.mu.RUnlock()
	if sn == nil {
		c.failErr(errNotFound())
		return
	}
	c.ok(v)
}

// updateSnippet serves PUT /meetingTranscripts/{id}/snippets/{snippetId}.
func (s *Server) updateSnippet(c *reqCtx) {
	var in struct {
		Text   *string `json:"text"`
		Reason string  `json:"reason"`
	}
	if !c.decode(&in) {
		return
	}
	if in.Text == nil || strings.TrimSpace(*in.Text) == "" {
		c.fail(http.StatusBadRequest, "text is required.")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	t := s.transcriptByID(c.params[0], c.me)
	var sn *mtgSnippet
	if t != nil {
		sn = t.snippetByID(c.params[1])
	}
	switch {
	case sn == nil:
		c.failErr(errNotFound())
		return
	case t.inst.series.host != c.me && in.Reason == "":
		c.fail(http.StatusBadRequest, "reason is required when a compliance officer updates another user's transcript.")
		return
	}
	sn.text = *in.Text
	c.ok(sn.render())
}

// deleteTranscript serves DELETE /meetingTranscripts/{id}.
func (s *Server) deleteTranscript(c *reqCtx) {
	var in struct {
		Reason  string `json:"reason"`
		Comment string `json:"comment"`
	}
	if c.r.ContentLength > 0 && !c.decode(&in) {
		return
	}
	if len([]rune(in.Comment)) > 255 {
		c.fail(http.StatusBadRequest, "comment can be at most 255 characters long.")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	t := s.transcriptByID(c.params[0], c.me)
	switch {
	case t == nil:
		c.failErr(errNotFound())
		return
	case t.inst.series.host != c.me && in.Reason == "":
		c.fail(http.StatusBadRequest, "reason is required when a compliance officer deletes another user's transcript.")
		return
	}
	t.status = "deleted"
	c.noContent()
}

// summaryJSON is the Webex meeting summary representation.
type summaryJSON struct {
	ID          string        `json:"id"`
	MeetingID   string        `json:"meetingId"`
	Status      string        `json:"status"`
	Notes       summaryText   `json:"notes"`
	ActionItems []summaryText `json:"actionItems"`
}

// summaryText is a piece of summary content.
type summaryText struct {
	Content string `json:"content"`
}

// render builds the JSON view of sm.
func (sm *mtgSummary) render() summaryJSON {
	v := summaryJSON{ID: sm.id, MeetingID: sm.inst.id, Status: sm.status,
		Notes: summaryText{Content: sm.notes}, ActionItems: []summaryText{}}
	for _, a := range sm.actionItems {
		v.ActionItems = append(v.ActionItems, summaryText{Content: a})
	}
	return v
}

// getSummary serves GET /meetingSummaries?meetingId=: {"items":[...]}
// with the available summary of a meeting instance (or of the latest
// instance of a series), for its host, cohosts and participants.
func (s *Server) getSummary(c *reqCtx) { s.serveSummaries(c, false) }

// listAdminSummaries serves GET /admin/meetingSummaries?meetingId=: the
// available and deleted summaries, for compliance officers of the host's
// organization.
func (s *Server) listAdminSummaries(c *reqCtx) { s.serveSummaries(c, true) }

// serveSummaries implements both summary lists.
func (s *Server) serveSummaries(c *reqCtx, admin bool) {
	id := c.query("meetingId")
	if id == "" {
		c.fail(http.StatusBadRequest, "meetingId is required.")
		return
	}
	s.mu.RLock()
	items := []summaryJSON{}
	found, allowed := false, true
	if ref, ok := s.resolveMeeting(id); ok {
		if admin {
			found = c.me.org == ref.series.host.org
			allowed = isComplianceOfficer(c.me)
		} else {
			found = ref.visible(c.me)
		}
		if in := s.latestInstance(ref); found && allowed && in != nil && in.summary != nil && (admin || in.summary.status == "available") {
			items = append(items, in.summary.render())
		}
	}
	s.mu.RUnlock()
	switch {
	case !allowed:
		c.fail(http.StatusForbidden, "Only a compliance officer can list summaries for the organization.")
	case !found:
		c.failErr(errNotFound())
	default:
		okList(c, items)
	}
}

// deleteSummary serves DELETE /meetingSummaries/{id} (the host only).
func (s *Server) deleteSummary(c *reqCtx) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sm := s.mtg.summaries[c.params[0]]
	if sm == nil || sm.status != "available" || sm.inst.series.host != c.me {
		c.failErr(errNotFound())
		return
	}
	sm.status = "deleted"
	c.noContent()
}
