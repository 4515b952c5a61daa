package webextest

import (
	"net/http"
	"sort"
	"strings"
	"time"
)

// recordingJSON is the Webex recording representation.
type recordingJSON struct {
	ID                 string         `json:"id"`
	MeetingID          string         `json:"meetingId"`
	ScheduledMeetingID string         `json:"scheduledMeetingId"`
	MeetingSeriesID    string         `json:"meetingSeriesId"`
	Topic              string         `json:"topic"`
	CreateTime         string         `json:"createTime"`
	TimeRecorded       string         `json:"timeRecorded"`
	HostDisplayName    string         `json:"hostDisplayName,omitempty"`
	HostEmail          string         `json:"hostEmail,omitempty"`
	SiteURL            string         `json:"siteUrl"`
	DownloadURL        string         `json:"downloadUrl"`
	PlaybackURL        string         `json:"playbackUrl"`
	Password           string         `json:"password"`
	Format             string         `json:"format"`
	ServiceType        string         `json:"serviceType"`
	DurationSeconds    int            `json:"durationSeconds"`
	SizeBytes          int64          `json:"sizeBytes"`
	ShareToMe          bool           `json:"shareToMe"`
	TemporaryLinks     *downloadLinks `json:"temporaryDirectDownloadLinks,omitempty"`
	IntegrationTags    []string       `json:"integrationTags,omitempty"`
	Status             string         `json:"status"`
}

// downloadLinks are a recording's temporary direct download links.
type downloadLinks struct {
	RecordingDownloadLink  string `json:"recordingDownloadLink"`
	AudioDownloadLink      string `json:"audioDownloadLink"`
	TranscriptDownloadLink string `json:"transcriptDownloadLink,omitempty"`
	Expiration             string `json:"expiration"`
}

// render builds the JSON view of r; base is the API base for the
// transcript link; withLinks adds the temporary download links (Get only).
func (r *mtgRecording) render(base string, withLinks bool) recordingJSON {
	in := r.inst
	m := in.series
	site := "https://" + m.site + "/" + siteName(m.site)
	v := recordingJSON{
		ID: r.id, MeetingID: in.id, ScheduledMeetingID: m.scheduledID(in.occStart), MeetingSeriesID: m.id,
		Topic: m.title, CreateTime: fmtMtgTime(r.created), TimeRecorded: fmtMtgTime(r.recorded),
		HostDisplayName: m.host.displayName, HostEmail: m.host.email, SiteURL: m.site,
		DownloadURL: site + "/lsr.php?RCID=" + r.id, PlaybackURL: site + "/ldr.php?RCID=" + r.id,
		Password: r.password, Format: "MP4", ServiceType: "MeetingCenter",
		DurationSeconds: r.duration, SizeBytes: r.size, Status: r.status,
	}
	if withLinks {
		dl := "https://" + m.site + "/nbr/MultiThreadDownloadServlet?siteid=" + siteName(m.site) + "&recordid=" + r.id + "&ticket=" + hexID(16)
		v.TemporaryLinks = &downloadLinks{
			RecordingDownloadLink: dl, AudioDownloadLink: dl + "&audio=true",
			Expiration: fmtMtgTime(r.created.Add(3 * time.Hour)),
		}
		if base == "" {
			base = "https://webexapis.com/v1"
		}
		if tr := in.transcript; tr != nil && tr.status == "available" {
			v.TemporaryLinks.TranscriptDownloadLink = base + "/meetingTranscripts/" + tr.id + "/download?format=vtt"
		}
	}
	return v
}

// matchesMeeting reports whether the instance belongs to meeting id (an
// instance, scheduled meeting or series id).
func (in *mtgInstance) matchesMeeting(id string) bool {
	return id == "" || id == in.id || id == in.series.id || id == in.series.scheduledID(in.occStart)
}

// recordingFilter holds the list filters.
type recordingFilter struct {
	meetingID, topic, format, serviceType, status, site string
	from, to                                            time.Time
}

// parseRecordingFilter reads the list query; ok is false after an error.
func (s *Server) parseRecordingFilter(c *reqCtx) (recordingFilter, bool) {
	q := c.r.URL.Query()
	f := recordingFilter{meetingID: q.Get("meetingId"), topic: strings.ToLower(q.Get("topic")),
		format: q.Get("format"), serviceType: q.Get("serviceType"), status: q.Get("status"), site: q.Get("siteUrl")}
	switch f.status {
	case "":
		f.status = "available"
	case "available", "deleted":
	default:
		c.fail(http.StatusBadRequest, "Invalid status %q.", f.status)
		return f, false
	}
	var ok bool
	f.from, f.to, ok = c.timeRange("from", "to", weekRange(s.now(), false))
	return f, ok
}

// keep reports whether r passes the filter.
func (f recordingFilter) keep(r *mtgRecording) bool {
	m := r.inst.series
	return r.inst.matchesMeeting(f.meetingID) && r.status == f.status &&
		(f.topic == "" || strings.Contains(strings.ToLower(m.title), f.topic)) &&
		(f.format == "" || f.format == "MP4") && (f.serviceType == "" || f.serviceType == "MeetingCenter") &&
		(f.site == "" || f.site == m.site) && !r.created.Before(f.from) && r.created.Before(f.to)
}

// serveRecordings lists the recordings passing f and who.
func (s *Server) serveRecordings(c *reqCtx, f recordingFilter, who func(*mtgRecording) bool) {
	max, ok := c.parseMax(10, 100, true)
	if !ok {
		return
	}
	s.mu.RLock()
	var rs []*mtgRecording
	for _, r := range s.mtg.recordings {
		if who(r) && f.keep(r) {
			rs = append(rs, r)
		}
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].seq > rs[j].seq })
	items := make([]recordingJSON, 0, len(rs))
	for _, r := range rs {
		items = append(items, r.render("", false))
	}
	s.mu.RUnlock()
	if page, ok := pageOffset(c, items, max); ok {
		okList(c, page)
	}
}

// listRecordings serves GET /recordings: the recordings of the caller's
// meetings (or hostEmail's, for an admin).
func (s *Server) listRecordings(c *reqCtx) {
	actor := s.actAs(c, c.query("hostEmail"), scopeMtgRecRead, scopeMtgAdminRecRead)
	if actor == nil {
		return
	}
	f, ok := s.parseRecordingFilter(c)
	if !ok {
		return
	}
	s.serveRecordings(c, f, func(r *mtgRecording) bool { return r.inst.series.host == actor })
}

// listAdminRecordings serves GET /admin/recordings: every recording of the
// caller's organization, for admins and compliance officers.
func (s *Server) listAdminRecordings(c *reqCtx) {
	s.mu.RLock()
	allowed := isAdmin(c.me, c.me.org) || isComplianceOfficer(c.me)
	s.mu.RUnlock()
	if !allowed {
		c.fail(http.StatusForbidden, "Only an administrator or a compliance officer can list the organization's recordings.")
		return
	}
	f, ok := s.parseRecordingFilter(c)
	if !ok {
		return
	}
	org := c.me.org
	s.serveRecordings(c, f, func(r *mtgRecording) bool { return r.inst.series.host.org == org })
}

// recordingByID resolves a live recording actor may read; callers hold mu.
func (s *Server) recordingByID(id string, actor *person) *mtgRecording {
	r := s.mtg.recordings[id]
	if r == nil || r.status != "available" || r.inst.series.host != actor {
		return nil
	}
	return r
}

// getRecording serves GET /recordings/{id}.
func (s *Server) getRecording(c *reqCtx) {
	actor := s.actAs(c, c.query("hostEmail"), scopeMtgRecRead, scopeMtgAdminRecRead)
	if actor == nil {
		return
	}
	s.serveRecording(c, actor)
}

// serveRecording answers with the recording of the request's id as actor
// sees it, or 404 when actor cannot see it.
func (s *Server) serveRecording(c *reqCtx, actor *person) {
	s.mu.RLock()
	r := s.recordingByID(c.params[0], actor)
	var v recordingJSON
	if r != nil {
		v = r.render(c.base(), true)
	}
	s.mu.RUnlock()
	if r == nil {
		c.failErr(errNotFound())
		return
	}
	c.ok(v)
}

// deleteRecording serves DELETE /recordings/{id}: the recording moves to
// the recycle bin (status "deleted").
func (s *Server) deleteRecording(c *reqCtx) {
	actor := s.actAs(c, c.query("hostEmail"), scopeMtgRecWrite, scopeMtgAdminRecWrite)
	if actor == nil {
		return
	}
	var body struct {
		Reason  string `json:"reason"`
		Comment string `json:"comment"`
	}
	if c.r.ContentLength > 0 && !c.decode(&body) {
		return
	}
	if len([]rune(body.Comment)) > 255 {
		c.fail(http.StatusBadRequest, "comment can be at most 255 characters long.")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.recordingByID(c.params[0], actor)
	if r == nil {
		c.failErr(errNotFound())
		return
	}
	r.status = "deleted"
	c.noContent()
}
