package webextest

import (
	"net/http"
	"sort"
	"strings"
	"time"
)

// participantJSON is the Webex meeting participant representation.
type participantJSON struct {
	ID               string       `json:"id"`
	OrgID            string       `json:"orgId"`
	Host             bool         `json:"host"`
	CoHost           bool         `json:"coHost"`
	SpaceModerator   bool         `json:"spaceModerator"`
	Email            string       `json:"email"`
	DisplayName      string       `json:"displayName"`
	Invitee          bool         `json:"invitee"`
	Muted            bool         `json:"muted"`
	MeetingStartTime string       `json:"meetingStartTime,omitempty"`
	Video            string       `json:"video"`
	State            string       `json:"state"`
	JoinedTime       string       `json:"joinedTime,omitempty"`
	LeftTime         string       `json:"leftTime,omitempty"`
	SiteURL          string       `json:"siteUrl"`
	MeetingID        string       `json:"meetingId"`
	HostEmail        string       `json:"hostEmail"`
	Devices          []deviceJSON `json:"devices"`
}

// deviceJSON is a participant's device.
type deviceJSON struct {
	CorrelationID  string `json:"correlationId"`
	DeviceType     string `json:"deviceType"`
	AudioType      string `json:"audioType"`
	JoinedTime     string `json:"joinedTime,omitempty"`
	LeftTime       string `json:"leftTime,omitempty"`
	DurationSecond int    `json:"durationSecond,omitempty"`
}

// render builds the JSON view of p; callers hold mu.
func (p *mtgParticipant) render() participantJSON {
	m := p.inst.series
	v := participantJSON{
		ID: p.id, OrgID: p.person.org.id, Host: p.host, CoHost: p.coHost,
		Email: p.person.email, DisplayName: p.person.displayName, Invitee: p.invitee,
		Muted: p.muted, Video: p.video, State: p.state, SiteURL: m.site,
		MeetingID: p.inst.id, HostEmail: m.host.email,
	}
	if p.inst.state != mtgStateLobby {
		v.MeetingStartTime = fmtMtgTime(p.inst.start)
	}
	d := deviceJSON{CorrelationID: p.id[strings.LastIndexByte(p.id, '_')+1:],
		DeviceType: "webex_meeting_center_mac", AudioType: "voip"}
	if p.state != partLobby {
		v.JoinedTime, d.JoinedTime = fmtMtgTime(p.joined), fmtMtgTime(p.joined)
	}
	if p.state == partEnd {
		v.LeftTime, d.LeftTime = fmtMtgTime(p.left), fmtMtgTime(p.left)
		d.DurationSecond = int(p.left.Sub(p.joined) / time.Second)
	}
	v.Devices = []deviceJSON{d}
	return v
}

// participantInstances returns the instances whose participants a call
// about meetingID may read, writing the error on failure; callers hold mu.
func (s *Server) participantInstances(c *reqCtx, meetingID string, actor *person) ([]*mtgInstance, bool) {
	if meetingID == "" {
		c.fail(http.StatusBadRequest, "meetingId is required.")
		return nil, false
	}
	ref, ok := s.resolveMeeting(meetingID)
	if !ok || !ref.visible(actor) {
		c.failErr(errNotFound())
		return nil, false
	}
	if !ref.series.canManage(actor) {
		c.fail(http.StatusForbidden, "Only the meeting host or a cohost can list participants.")
		return nil, false
	}
	switch {
	case ref.inst != nil:
		return []*mtgInstance{ref.inst}, true
	case ref.isOcc:
		if in := ref.series.byOcc[ref.occ.Unix()]; in != nil {
			return []*mtgInstance{in}, true
		}
		return nil, true
	}
	return ref.series.instances, true
}

// participantFilter selects participants by join time and email.
type participantFilter struct {
	joinFrom, joinTo   time.Time
	startFrom, startTo time.Time
	emails             map[string]bool
}

// keep reports whether p passes the filter.
func (f participantFilter) keep(p *mtgParticipant) bool {
	if f.emails != nil && !f.emails[emailKey(p.person.email)] {
		return false
	}
	if !f.startFrom.IsZero() && p.inst.start.Before(f.startFrom) || !f.startTo.IsZero() && !p.inst.start.Before(f.startTo) {
		return false
	}
	if f.joinFrom.IsZero() && f.joinTo.IsZero() {
		return true
	}
	if p.joined.IsZero() {
		return false
	}
	return (f.joinFrom.IsZero() || !p.joined.Before(f.joinFrom)) && (f.joinTo.IsZero() || p.joined.Before(f.joinTo))
}

// serveParticipants lists the participants of meetingID passing f.
func (s *Server) serveParticipants(c *reqCtx, meetingID string, actor *person, f participantFilter, max int) {
	s.mu.RLock()
	insts, ok := s.participantInstances(c, meetingID, actor)
	var ps []*mtgParticipant
	for _, in := range insts {
		for _, p := range in.participants {
			if f.keep(p) {
				ps = append(ps, p)
			}
		}
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].seq < ps[j].seq })
	items := make([]participantJSON, 0, len(ps))
	for _, p := range ps {
		items = append(items, p.render())
	}
	s.mu.RUnlock()
	if !ok {
		return
	}
	if page, ok := pageOffset(c, items, max); ok {
		okList(c, page)
	}
}

// listParticipants serves GET /meetingParticipants.
func (s *Server) listParticipants(c *reqCtx) {
	actor := s.actAs(c, c.query("hostEmail"), scopeMtgPartRead, scopeMtgAdminPartRead)
	if actor == nil {
		return
	}
	max, ok := c.parseMax(10, 100, true)
	if !ok {
		return
	}
	var f participantFilter
	if f.joinFrom, f.joinTo, ok = c.timeRange("joinTimeFrom", "joinTimeTo", nil); !ok {
		return
	}
	if f.startFrom, f.startTo, ok = c.timeRange("meetingStartTimeFrom", "meetingStartTimeTo", nil); !ok {
		return
	}
	s.serveParticipants(c, c.query("meetingId"), actor, f, max)
}

// queryParticipants serves POST /meetingParticipants/query.
func (s *Server) queryParticipants(c *reqCtx) {
	var in struct {
		MeetingID    string   `json:"meetingId"`
		Emails       []string `json:"emails"`
		JoinTimeFrom string   `json:"joinTimeFrom"`
		JoinTimeTo   string   `json:"joinTimeTo"`
	}
	if !c.decode(&in) {
		return
	}
	actor := s.actAs(c, c.query("hostEmail"), scopeMtgPartRead, scopeMtgAdminPartRead)
	if actor == nil {
		return
	}
	max, ok := c.parseMax(10, 100, true)
	if !ok {
		return
	}
	if len(in.Emails) == 0 {
		c.fail(http.StatusBadRequest, "emails is required.")
		return
	}
	f := participantFilter{emails: map[string]bool{}}
	for _, e := range in.Emails {
		f.emails[emailKey(e)] = true
	}
	for _, p := range []struct {
		name, v string
		dst     *time.Time
	}{{"joinTimeFrom", in.JoinTimeFrom, &f.joinFrom}, {"joinTimeTo", in.JoinTimeTo, &f.joinTo}} {
		if p.v == "" {
			continue
		}
		t, ok := parseISO(p.v)
		if !ok {
			c.fail(http.StatusBadRequest, "Invalid %s %q.", p.name, p.v)
			return
		}
		*p.dst = t
	}
	if f.startFrom, f.startTo, ok = c.timeRange("meetingStartTimeFrom", "meetingStartTimeTo", nil); !ok {
		return
	}
	id := c.query("meetingId")
	if id == "" {
		id = in.MeetingID
	}
	s.serveParticipants(c, id, actor, f, max)
}

// participantByID resolves a participant actor may read: the person
// themselves or the meeting's host or cohost; callers hold mu.
func (s *Server) participantByID(id string, actor *person) *mtgParticipant {
	p := s.mtg.participants[id]
	if p == nil || (p.person != actor && !p.inst.series.canManage(actor)) {
		return nil
	}
	return p
}

// getParticipant serves GET /meetingParticipants/{id}.
func (s *Server) getParticipant(c *reqCtx) {
	actor := s.actAs(c, c.query("hostEmail"), scopeMtgPartRead, scopeMtgAdminPartRead)
	if actor == nil {
		return
	}
	s.mu.RLock()
	p := s.participantByID(c.params[0], actor)
	var v participantJSON
	if p != nil {
		v = p.render()
	}
	s.mu.RUnlock()
	if p == nil {
		c.failErr(errNotFound())
		return
	}
	c.ok(v)
}

// updateParticipant serves PUT /meetingParticipants/{id}: mute, admit
// from the lobby, or expel.
func (s *Server) updateParticipant(c *reqCtx) {
	var in struct {
		Muted *bool `json:"muted"`
		Admit *bool `json:"admit"`
		Expel *bool `json:"expel"`
	}
	if !c.decode(&in) {
		return
	}
	if in.Muted == nil && in.Admit == nil && in.Expel == nil {
		c.fail(http.StatusBadRequest, "One of muted, admit and expel is required.")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	p := s.participantByID(c.params[0], c.me)
	switch {
	case p == nil:
		c.failErr(errNotFound())
		return
	case !p.inst.series.canManage(c.me) && (in.Admit != nil || in.Expel != nil):
		c.fail(http.StatusForbidden, "Only the meeting host or a cohost can admit or expel participants.")
		return
	case p.inst.state == mtgStateEnded || p.state == partEnd:
		c.fail(http.StatusBadRequest, "The participant is not in a meeting in progress.")
		return
	case in.Admit != nil && *in.Admit && (p.state != partLobby || p.inst.state != mtgStateInProgress):
		c.fail(http.StatusBadRequest, "Only a participant waiting in the lobby of a meeting in progress can be admitted.")
		return
	}
	if in.Muted != nil {
		p.muted = *in.Muted
	}
	if in.Admit != nil && *in.Admit {
		s.admitLocked(p)
	}
	if in.Expel != nil && *in.Expel {
		s.leaveLocked(p)
	}
	c.ok(p.render())
}

// admitParticipants serves POST /meetingParticipants/admit.
func (s *Server) admitParticipants(c *reqCtx) {
	var in struct {
		Items []struct {
			ParticipantID string `json:"participantId"`
		} `json:"items"`
	}
	if !c.decode(&in) {
		return
	}
	switch {
	case len(in.Items) == 0:
		c.fail(http.StatusBadRequest, "items is required.")
		return
	case len(in.Items) > 100:
		c.fail(http.StatusBadRequest, "At most 100 participants can be admitted at a time.")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	ps := make([]*mtgParticipant, 0, len(in.Items))
	for _, it := range in.Items {
		p := s.participantByID(it.ParticipantID, c.me)
		switch {
		case p == nil:
			c.fail(http.StatusNotFound, "Participant %s was not found.", it.ParticipantID)
			return
		case !p.inst.series.canManage(c.me):
			c.fail(http.StatusForbidden, "Only the meeting host or a cohost can admit participants.")
			return
		case p.state != partLobby || p.inst.state != mtgStateInProgress:
			c.fail(http.StatusBadRequest, "Participant %s is not waiting in the lobby of a meeting in progress.", it.ParticipantID)
			return
		}
		ps = append(ps, p)
	}
	for _, p := range ps {
		if p.state == partLobby {
			s.admitLocked(p)
		}
	}
	c.noContent()
}
