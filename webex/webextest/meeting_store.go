package webextest

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// Meeting scopes. Unlike the messaging scopes, spark:all does not grant
// them: a Webex integration asks for meeting scopes separately.
const (
	scopeMtgRead             = "meeting:schedules_read"
	scopeMtgWrite            = "meeting:schedules_write"
	scopeMtgAdminRead        = "meeting:admin_schedule_read"
	scopeMtgAdminWrite       = "meeting:admin_schedule_write"
	scopeMtgPartRead         = "meeting:participants_read"
	scopeMtgPartWrite        = "meeting:participants_write"
	scopeMtgAdminPartRead    = "meeting:admin_participants_read"
	scopeMtgRecRead          = "meeting:recordings_read"
	scopeMtgRecWrite         = "meeting:recordings_write"
	scopeMtgAdminRecRead     = "meeting:admin_recordings_read"
	scopeMtgAdminRecWrite    = "meeting:admin_recordings_write"
	scopeMtgTransRead        = "meeting:transcripts_read"
	scopeMtgTransWrite       = "meeting:transcripts_write"
	scopeMtgAdminTransRead   = "meeting:admin_transcripts_read"
	scopeMtgSummariesRead    = "meeting:summaries_read"
	scopeMtgSummariesWrite   = "meeting:summaries_write"
	meetingTimeLayout        = "2006-01-02T15:04:05Z"
	meetingReadyWindow       = 15 * time.Minute
	maxMeetingOccurrences    = 200
	meetingOccurrenceHorizon = 3 * 365 * 24 * time.Hour
)

// MeetingScopes returns every user-level meeting scope (schedules,
// participants, recordings, transcripts and summaries, read and write).
// spark:all does not grant them; pass them to NewToken, e.g.
// srv.NewToken(p, append(webextest.MeetingScopes(), "spark:all")...).
func MeetingScopes() []string {
	return []string{scopeMtgRead, scopeMtgWrite, scopeMtgPartRead, scopeMtgPartWrite,
		scopeMtgRecRead, scopeMtgRecWrite, scopeMtgTransRead, scopeMtgTransWrite,
		scopeMtgSummariesRead, scopeMtgSummariesWrite}
}

// AdminMeetingScopes returns the admin and compliance meeting scopes
// (acting for a host with hostEmail, /admin/recordings,
// /admin/meetingTranscripts). The person must also hold RoleFullAdmin or
// RoleComplianceOfficer.
func AdminMeetingScopes() []string {
	return []string{scopeMtgAdminRead, scopeMtgAdminWrite, scopeMtgAdminPartRead,
		scopeMtgAdminRecRead, scopeMtgAdminRecWrite, scopeMtgAdminTransRead}
}

// meetingStore holds the meetings family; guarded by Server.mu.
type meetingStore struct {
	series       map[string]*mtgSeries
	byNumber     map[string]*mtgSeries
	instances    map[string]*mtgInstance
	invitees     map[string]*mtgInvitee
	participants map[string]*mtgParticipant
	recordings   map[string]*mtgRecording
	transcripts  map[string]*mtgTranscript
	summaries    map[string]*mtgSummary
	numberSeq    uint64
	mails        []MeetingEmail
	ops          mtgOps // the operations of meeting_ops.go
}

// newMeetingStore returns an empty store.
func newMeetingStore() *meetingStore {
	return &meetingStore{
		series: map[string]*mtgSeries{}, byNumber: map[string]*mtgSeries{},
		instances: map[string]*mtgInstance{}, invitees: map[string]*mtgInvitee{},
		participants: map[string]*mtgParticipant{}, recordings: map[string]*mtgRecording{},
		transcripts: map[string]*mtgTranscript{}, summaries: map[string]*mtgSummary{},
	}
}

// mtgSeries is a meeting series (a one-off meeting is a series of one).
type mtgSeries struct {
	id, number, title, agenda string
	password, pvPassword      string
	timezone, recurrence      string
	hostKey, site, webLink    string
	roomID, scheduledType     string
	start, end                time.Time // first occurrence
	host                      *person
	adhoc                     bool
	settings                  map[string]json.RawMessage // other attributes, echoed back
	created                   time.Time
	seq                       uint64
	instances                 []*mtgInstance
	invitees                  []*mtgInvitee
	inviteeSeq                int
	occurrences               []time.Time
	byOcc                     map[int64]*mtgInstance // occurrence start (unix) → its instance
	deleted                   bool
}

// duration is the length of one occurrence.
func (m *mtgSeries) duration() time.Duration { return m.end.Sub(m.start) }

// scheduledID is the id of the occurrence starting at occ.
func (m *mtgSeries) scheduledID(occ time.Time) string {
	return m.id + "_" + occ.UTC().Format("20060102T150405Z")
}

// sipAddress is the meeting's SIP URI.
func (m *mtgSeries) sipAddress() string { return m.number + "@" + m.site }

// isInvitee reports whether p is invited.
func (m *mtgSeries) invitee(p *person) *mtgInvitee {
	for _, inv := range m.invitees {
		if emailKey(inv.email) == emailKey(p.email) {
			return inv
		}
	}
	return nil
}

// canSee reports whether p may read the meeting: its host or an invitee.
func (m *mtgSeries) canSee(p *person) bool { return m.host == p || m.invitee(p) != nil }

// canManage reports whether p may end the meeting or manage participants:
// the host or a cohost.
func (m *mtgSeries) canManage(p *person) bool {
	if m.host == p {
		return true
	}
	inv := m.invitee(p)
	return inv != nil && inv.coHost
}

// running returns the instance in progress or in the lobby, if any.
func (m *mtgSeries) running() *mtgInstance {
	for _, in := range m.instances {
		if in.state != mtgStateEnded {
			return in
		}
	}
	return nil
}

// currentOcc returns the occurrence that is ready to start or next: the
// first one whose end has not passed and that has not happened yet.
func (m *mtgSeries) currentOcc(now time.Time) (time.Time, bool) {
	if r := m.running(); r != nil {
		return r.occStart, true
	}
	d := m.duration()
	for _, o := range m.occurrences {
		if _, done := m.byOcc[o.Unix()]; done {
			continue
		}
		if o.Add(d).After(now) {
			return o, true
		}
	}
	return time.Time{}, false
}

// hasOcc reports whether occ is one of the series' occurrences.
func (m *mtgSeries) hasOcc(occ time.Time) bool {
	for _, o := range m.occurrences {
		if o.Equal(occ) {
			return true
		}
	}
	return false
}

// Meeting states.
const (
	mtgStateActive     = "active"
	mtgStateScheduled  = "scheduled"
	mtgStateReady      = "ready"
	mtgStateLobby      = "lobby"
	mtgStateInProgress = "inProgress"
	mtgStateEnded      = "ended"
	mtgStateMissed     = "missed"
	mtgStateExpired    = "expired"
)

// seriesState is the state of a series.
func (m *mtgSeries) state(now time.Time) string {
	if r := m.running(); r != nil && r.state == mtgStateInProgress {
		return mtgStateInProgress
	}
	if _, ok := m.currentOcc(now); ok {
		return mtgStateActive
	}
	return mtgStateExpired
}

// occState is the state of the scheduled meeting starting at occ.
func (m *mtgSeries) occState(occ, now time.Time) string {
	if in := m.byOcc[occ.Unix()]; in != nil {
		return in.state
	}
	switch {
	case !occ.Add(m.duration()).After(now):
		return mtgStateMissed
	case !now.Before(occ.Add(-meetingReadyWindow)):
		return mtgStateReady
	}
	return mtgStateScheduled
}

// mtgInstance is a meeting that is happening or has happened.
type mtgInstance struct {
	id               string
	series           *mtgSeries
	occStart, occEnd time.Time
	start, end       time.Time // actual
	state            string    // lobby, inProgress, ended
	participants     []*mtgParticipant
	hostJoined       bool
	attendeeJoined   bool
	recording        *mtgRecording
	transcript       *mtgTranscript
	summary          *mtgSummary
	seq              uint64
}

// mtgParticipant is a person in a meeting instance.
type mtgParticipant struct {
	id           string
	inst         *mtgInstance
	person       *person
	host, coHost bool
	invitee      bool
	muted        bool
	video        string
	state        string // lobby, joined, end
	joined, left time.Time
	seq          uint64
}

// Participant states.
const (
	partLobby  = "lobby"
	partJoined = "joined"
	partEnd    = "end"
)

// mtgInvitee is an invited person.
type mtgInvitee struct {
	id, email, displayName string
	coHost, panelist       bool
	series                 *mtgSeries
	seq                    uint64
}

// mtgRecording is a meeting recording.
type mtgRecording struct {
	id       string
	inst     *mtgInstance
	created  time.Time
	recorded time.Time
	duration int
	size     int64
	status   string // available, deleted
	password string
	seq      uint64
}

// mtgTranscript is a meeting transcript.
type mtgTranscript struct {
	id       string
	inst     *mtgInstance
	start    time.Time
	status   string
	snippets []*mtgSnippet
	seq      uint64
}

// mtgSnippet is one spoken segment of a transcript.
type mtgSnippet struct {
	id, text, personName, personEmail string
	offsetMs, durationMs              int
}

// mtgSummary is an AI summary of a meeting.
type mtgSummary struct {
	id          string
	inst        *mtgInstance
	status      string
	notes       string
	actionItems []string
}

// hexID returns n random bytes hex-encoded.
func hexID(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// digits returns n random decimal digits (the first non-zero).
func digits(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	var sb strings.Builder
	for i, v := range b {
		d := v % 10
		if i == 0 && d == 0 {
			d = 1
		}
		sb.WriteByte('0' + d)
	}
	return sb.String()
}

// siteFor returns the Webex site of an organization, e.g.
// "emulated-organization.webex.com".
func siteFor(o *org) string {
	var sb strings.Builder
	dash := false
	for _, r := range strings.ToLower(o.name) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			sb.WriteRune(r)
			dash = false
		case !dash && sb.Len() > 0:
			sb.WriteByte('-')
			dash = true
		}
	}
	name := strings.Trim(sb.String(), "-")
	if name == "" {
		name = "site"
	}
	return name + ".webex.com"
}

// siteName is the first label of a site URL.
func siteName(site string) string { name, _, _ := strings.Cut(site, "."); return name }

// fmtMtgTime formats t as the meetings API does (seconds, UTC).
func fmtMtgTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(meetingTimeLayout)
}

// parseISO accepts the ISO 8601 forms Webex takes: RFC 3339 with or
// without fraction or zone (no zone means UTC), or a bare date.
func parseISO(s string) (time.Time, bool) {
	if t, ok := parseTime(s); ok {
		return t, true
	}
	for _, l := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// timeRange reads the from/to query parameters (names given), applying
// defaults when absent. ok is false after an error reply.
func (c *reqCtx) timeRange(fromName, toName string, defaults func(from, to time.Time, hasFrom, hasTo bool) (time.Time, time.Time)) (time.Time, time.Time, bool) {
	var from, to time.Time
	q := c.r.URL.Query()
	for _, p := range []struct {
		name string
		dst  *time.Time
	}{{fromName, &from}, {toName, &to}} {
		if v := q.Get(p.name); v != "" {
			t, ok := parseISO(v)
			if !ok {
				c.fail(http.StatusBadRequest, "Invalid %s %q: expected an ISO 8601 date and time.", p.name, v)
				return time.Time{}, time.Time{}, false
			}
			*p.dst = t
		}
	}
	if defaults != nil {
		from, to = defaults(from, to, !from.IsZero(), !to.IsZero())
	}
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		c.fail(http.StatusBadRequest, "%s cannot be before %s.", toName, fromName)
		return time.Time{}, time.Time{}, false
	}
	return from, to, true
}

// weekRange returns the default one-week range Webex lists use: around
// the given bound, or starting now (forward) / ending now (backward).
func weekRange(now time.Time, forward bool) func(from, to time.Time, hasFrom, hasTo bool) (time.Time, time.Time) {
	const week = 7 * 24 * time.Hour
	return func(from, to time.Time, hasFrom, hasTo bool) (time.Time, time.Time) {
		switch {
		case hasFrom && hasTo:
		case hasFrom:
			to = from.Add(week)
		case hasTo:
			from = to.Add(-week)
		case forward:
			from, to = now, now.Add(week)
		default: // up to and including now
			from, to = now.Add(-week), now.Add(time.Second)
		}
		return from, to
	}
}

// parseBoolQuery reads an optional boolean query parameter.
func (c *reqCtx) boolQuery(name string) (val, set, ok bool) {
	v := c.query(name)
	switch v {
	case "":
		return false, false, true
	case "true":
		return true, true, true
	case "false":
		return false, true, true
	}
	c.fail(http.StatusBadRequest, "Invalid %s %q: must be true or false.", name, v)
	return false, false, false
}

// actAs resolves who a meetings call acts as: the caller, or with a
// hostEmail the named user, which needs adminScope and an administrator of
// that user's organization. Without hostEmail the token needs userScope or
// adminScope. It writes the error and returns nil on failure.
func (s *Server) actAs(c *reqCtx, hostEmail, userScope, adminScope string) *person {
	hostEmail = strings.TrimSpace(hostEmail)
	if hostEmail == "" || emailKey(hostEmail) == emailKey(c.me.email) {
		if !c.tok.hasScope(userScope) && !c.tok.hasScope(adminScope) {
			c.fail(http.StatusForbidden, "The access token does not have the required scope: %s", userScope)
			return nil
		}
		return c.me
	}
	if !c.tok.hasScope(adminScope) {
		c.fail(http.StatusForbidden, "The access token does not have the required scope: %s", adminScope)
		return nil
	}
	s.mu.RLock()
	host := s.byEmail[emailKey(hostEmail)]
	admin := host != nil && isAdmin(c.me, host.org)
	s.mu.RUnlock()
	switch {
	case host == nil:
		c.fail(http.StatusNotFound, "No user with hostEmail %s was found.", hostEmail)
		return nil
	case !admin:
		c.fail(http.StatusForbidden, "Only an administrator of the host's organization can act for hostEmail.")
		return nil
	}
	return host
}

// needScope checks a scope, writing 403 when missing.
func (c *reqCtx) needScope(scopes ...string) bool {
	for _, sc := range scopes {
		if c.tok.hasScope(sc) {
			return true
		}
	}
	c.fail(http.StatusForbidden, "The access token does not have the required scope: %s", scopes[0])
	return false
}

// rrule is a parsed RFC 5545 recurrence rule (the subset Webex takes).
type rrule struct {
	freq     string
	interval int
	count    int
	until    time.Time
	byDay    []time.Weekday
}

// parseRRule parses FREQ, INTERVAL, COUNT, UNTIL and BYDAY.
func parseRRule(s string) (*rrule, error) {
	r := &rrule{interval: 1}
	days := map[string]time.Weekday{"SU": time.Sunday, "MO": time.Monday, "TU": time.Tuesday,
		"WE": time.Wednesday, "TH": time.Thursday, "FR": time.Friday, "SA": time.Saturday}
	for _, part := range strings.Split(strings.ToUpper(strings.TrimSpace(s)), ";") {
		if part == "" {
			continue
		}
		k, v, ok := strings.Cut(part, "=")
		if !ok {
			return nil, fmt.Errorf("malformed rule part %q", part)
		}
		switch k {
		case "FREQ":
			switch v {
			case "DAILY", "WEEKLY", "MONTHLY", "YEARLY":
				r.freq = v
			default:
				return nil, fmt.Errorf("unsupported FREQ %q", v)
			}
		case "INTERVAL", "COUNT":
			var n int
			if _, err := fmt.Sscanf(v, "%d", &n); err != nil || n < 1 {
				return nil, fmt.Errorf("invalid %s %q", k, v)
			}
			if k == "INTERVAL" {
				r.interval = n
			} else {
				r.count = n
			}
		case "UNTIL":
			t, err := time.Parse("20060102T150405Z", v)
			if err != nil {
				t, err = time.Parse("20060102", v)
			}
			if err != nil {
				return nil, fmt.Errorf("invalid UNTIL %q", v)
			}
			r.until = t
		case "BYDAY":
			for _, d := range strings.Split(v, ",") {
				d = strings.TrimLeft(d, "+-0123456789")
				wd, ok := days[d]
				if !ok {
					return nil, fmt.Errorf("invalid BYDAY %q", v)
				}
				r.byDay = append(r.byDay, wd)
			}
		case "BYMONTHDAY", "BYMONTH", "BYSETPOS", "WKST":
			// Accepted; the first occurrence's date decides.
		default:
			return nil, fmt.Errorf("unsupported rule part %q", k)
		}
	}
	if r.freq == "" {
		return nil, fmt.Errorf("FREQ is required")
	}
	if r.count > 0 && !r.until.IsZero() {
		return nil, fmt.Errorf("COUNT and UNTIL exclude one another")
	}
	return r, nil
}

// occurrences expands a rule from start (the first occurrence is always
// start), bounded by maxMeetingOccurrences and a three-year horizon.
func occurrences(start time.Time, rule string) ([]time.Time, error) {
	if rule == "" {
		return []time.Time{start}, nil
	}
	r, err := parseRRule(rule)
	if err != nil {
		return nil, err
	}
	limit := maxMeetingOccurrences
	if r.count > 0 && r.count < limit {
		limit = r.count
	}
	horizon := start.Add(meetingOccurrenceHorizon)
	out := []time.Time{start}
	add := func(t time.Time) bool {
		if len(out) >= limit || t.After(horizon) || (!r.until.IsZero() && t.After(r.until)) {
			return false
		}
		if t.After(start) {
			out = append(out, t)
		}
		return true
	}
	for i := 1; len(out) < limit; i++ {
		var t time.Time
		switch r.freq {
		case "DAILY":
			t = start.AddDate(0, 0, i*r.interval)
		case "WEEKLY":
			if len(r.byDay) > 0 {
				// The week of start, shifted by i-1 intervals; every BYDAY.
				weekStart := start.AddDate(0, 0, -int(start.Weekday())+(i-1)*7*r.interval)
				more := true
				for wd := time.Sunday; wd <= time.Saturday && more; wd++ {
					for _, d := range r.byDay {
						if d == wd {
							more = add(weekStart.AddDate(0, 0, int(wd)))
						}
					}
				}
				if !more {
					return out, nil
				}
				continue
			}
			t = start.AddDate(0, 0, 7*i*r.interval)
		case "MONTHLY":
			t = start.AddDate(0, i*r.interval, 0)
		case "YEARLY":
			t = start.AddDate(i*r.interval, 0, 0)
		}
		if !add(t) {
			break
		}
	}
	return out, nil
}
