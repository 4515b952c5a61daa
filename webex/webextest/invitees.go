package webextest

import (
	"net/http"
	"strconv"
	"strings"
)

// inviteeInput is an invitee in POST /meetings and /meetingInvitees.
type inviteeInput struct {
	MeetingID   string `json:"meetingId"`
	Email       string `json:"email"`
	DisplayName string `json:"displayName"`
	CoHost      *bool  `json:"coHost"`
	Panelist    *bool  `json:"panelist"`
	SendEmail   *bool  `json:"sendEmail"`
	HostEmail   string `json:"hostEmail"`
}

// inviteeJSON is the Webex meeting invitee representation.
type inviteeJSON struct {
	ID          string `json:"id"`
	Email       string `json:"email"`
	DisplayName string `json:"displayName"`
	CoHost      bool   `json:"coHost"`
	MeetingID   string `json:"meetingId"`
	Panelist    bool   `json:"panelist"`
}

// render builds the JSON view of inv.
func (inv *mtgInvitee) render() inviteeJSON {
	return inviteeJSON{ID: inv.id, Email: inv.email, DisplayName: inv.displayName,
		CoHost: inv.coHost, MeetingID: inv.series.id, Panelist: inv.panelist}
}

// inviteeByEmail finds an invitee by address.
func (m *mtgSeries) inviteeByEmail(email string) *mtgInvitee {
	for _, inv := range m.invitees {
		if emailKey(inv.email) == emailKey(email) {
			return inv
		}
	}
	return nil
}

// addInviteeLocked invites email to m; callers hold mu.
func (s *Server) addInviteeLocked(m *mtgSeries, email, display string, coHost, panelist bool) *mtgInvitee {
	email = strings.TrimSpace(email)
	if display == "" {
		if p := s.byEmail[emailKey(email)]; p != nil {
			display = p.displayName
		} else {
			display, _, _ = strings.Cut(email, "@")
		}
	}
	m.inviteeSeq++
	inv := &mtgInvitee{id: m.id + "_" + strconv.Itoa(2628900+m.inviteeSeq), email: email,
		displayName: display, coHost: coHost, panelist: panelist, series: m, seq: s.nextSeq()}
	m.invitees = append(m.invitees, inv)
	s.mtg.invitees[inv.id] = inv
	return inv
}

// inviteeMeeting resolves the meeting of an invitee call for actor,
// writing the error on failure; callers hold mu.
func (s *Server) inviteeMeeting(c *reqCtx, meetingID string, actor *person, write bool) *mtgSeries {
	if meetingID == "" {
		c.fail(http.StatusBadRequest, "meetingId is required.")
		return nil
	}
	ref, ok := s.resolveMeeting(meetingID)
	if !ok || !ref.visible(actor) {
		c.failErr(errNotFound())
		return nil
	}
	if write && !ref.series.canManage(actor) {
		c.fail(http.StatusForbidden, "Only the meeting host or a cohost can manage invitees.")
		return nil
	}
	if write && ref.inst != nil {
		c.fail(http.StatusBadRequest, "Invitees cannot be added to a meeting instance.")
		return nil
	}
	return ref.series
}

// listInvitees serves GET /meetingInvitees.
func (s *Server) listInvitees(c *reqCtx) {
	actor := s.actAs(c, c.query("hostEmail"), scopeMtgRead, scopeMtgAdminRead)
	if actor == nil {
		return
	}
	max, ok := c.parseMax(10, 100, true)
	if !ok {
		return
	}
	panelist, panelistSet, ok := c.boolQuery("panelist")
	if !ok {
		return
	}
	s.mu.RLock()
	m := s.inviteeMeeting(c, c.query("meetingId"), actor, false)
	var items []inviteeJSON
	if m != nil {
		for _, inv := range m.invitees {
			if !panelistSet || inv.panelist == panelist {
				items = append(items, inv.render())
			}
		}
	}
	s.mu.RUnlock()
	if m == nil {
		return
	}
	if page, ok := pageOffset(c, items, max); ok {
		okList(c, page)
	}
}

// createInvitee serves POST /meetingInvitees.
func (s *Server) createInvitee(c *reqCtx) {
	var in inviteeInput
	if !c.decode(&in) {
		return
	}
	actor := s.actAs(c, in.HostEmail, scopeMtgWrite, scopeMtgAdminWrite)
	if actor == nil {
		return
	}
	if !strings.Contains(in.Email, "@") {
		c.fail(http.StatusBadRequest, "email is required and must be a valid email address.")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.inviteeMeeting(c, in.MeetingID, actor, true)
	if m == nil {
		return
	}
	if m.inviteeByEmail(in.Email) != nil || emailKey(m.host.email) == emailKey(in.Email) {
		c.fail(http.StatusConflict, "%s is already invited to the meeting.", in.Email)
		return
	}
	inv := s.addInviteeLocked(m, in.Email, in.DisplayName, in.CoHost != nil && *in.CoHost, in.Panelist != nil && *in.Panelist)
	if in.SendEmail == nil || *in.SendEmail {
		s.mailLocked(MeetingEmailInvitation, m, inv.email)
	}
	c.ok(inv.render())
}

// bulkInviteeInput is the body of POST /meetingInvitees/bulkInsert.
type bulkInviteeInput struct {
	MeetingID string         `json:"meetingId"`
	HostEmail string         `json:"hostEmail"`
	Items     []inviteeInput `json:"items"`
}

// bulkInsertInvitees serves POST /meetingInvitees/bulkInsert.
func (s *Server) bulkInsertInvitees(c *reqCtx) {
	var in bulkInviteeInput
	if !c.decode(&in) {
		return
	}
	actor := s.actAs(c, in.HostEmail, scopeMtgWrite, scopeMtgAdminWrite)
	if actor == nil {
		return
	}
	switch {
	case len(in.Items) == 0:
		c.fail(http.StatusBadRequest, "items is required.")
		return
	case len(in.Items) > 100:
		c.fail(http.StatusBadRequest, "At most 100 invitees can be inserted at a time.")
		return
	}
	seen := map[string]bool{}
	for _, it := range in.Items {
		k := emailKey(it.Email)
		if !strings.Contains(k, "@") {
			c.fail(http.StatusBadRequest, "Every item needs a valid email.")
			return
		}
		if seen[k] {
			c.fail(http.StatusBadRequest, "%s is listed more than once.", it.Email)
			return
		}
		seen[k] = true
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.inviteeMeeting(c, in.MeetingID, actor, true)
	if m == nil {
		return
	}
	for _, it := range in.Items {
		if m.inviteeByEmail(it.Email) != nil {
			c.fail(http.StatusConflict, "%s is already invited to the meeting.", it.Email)
			return
		}
	}
	out := make([]inviteeJSON, 0, len(in.Items))
	for _, it := range in.Items {
		inv := s.addInviteeLocked(m, it.Email, it.DisplayName, it.CoHost != nil && *it.CoHost, it.Panelist != nil && *it.Panelist)
		if it.SendEmail == nil || *it.SendEmail {
			s.mailLocked(MeetingEmailInvitation, m, inv.email)
		}
		out = append(out, inv.render())
	}
	okList(c, out)
}

// inviteeByID resolves an invitee visible to actor; callers hold mu.
func (s *Server) inviteeByID(id string, actor *person) *mtgInvitee {
	inv := s.mtg.invitees[id]
	if inv == nil || inv.series.deleted || !inv.series.canSee(actor) {
		return nil
	}
	return inv
}

// getInvitee serves GET /meetingInvitees/{id}.
func (s *Server) getInvitee(c *reqCtx) {
	actor := s.actAs(c, c.query("hostEmail"), scopeMtgRead, scopeMtgAdminRead)
	if actor == nil {
		return
	}
	s.mu.RLock()
	inv := s.inviteeByID(c.params[0], actor)
	var v inviteeJSON
	if inv != nil {
		v = inv.render()
	}
	s.mu.RUnlock()
	if inv == nil {
		c.failErr(errNotFound())
		return
	}
	c.ok(v)
}

// updateInvitee serves PUT /meetingInvitees/{id}.
func (s *Server) updateInvitee(c *reqCtx) {
	var in inviteeInput
	if !c.decode(&in) {
		return
	}
	actor := s.actAs(c, in.HostEmail, scopeMtgWrite, scopeMtgAdminWrite)
	if actor == nil {
		return
	}
	if !strings.Contains(in.Email, "@") {
		c.fail(http.StatusBadRequest, "email is required and must be a valid email address.")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	inv := s.inviteeByID(c.params[0], actor)
	switch {
	case inv == nil:
		c.failErr(errNotFound())
		return
	case !inv.series.canManage(actor):
		c.fail(http.StatusForbidden, "Only the meeting host or a cohost can manage invitees.")
		return
	}
	if other := inv.series.inviteeByEmail(in.Email); other != nil && other != inv {
		c.fail(http.StatusConflict, "%s is already invited to the meeting.", in.Email)
		return
	}
	changedEmail := emailKey(inv.email) != emailKey(in.Email)
	inv.email = strings.TrimSpace(in.Email)
	if in.DisplayName != "" {
		inv.displayName = in.DisplayName
	} else if changedEmail {
		inv.displayName, _, _ = strings.Cut(inv.email, "@")
	}
	inv.coHost = in.CoHost != nil && *in.CoHost
	inv.panelist = in.Panelist != nil && *in.Panelist
	if in.SendEmail == nil || *in.SendEmail {
		s.mailLocked(MeetingEmailUpdate, inv.series, inv.email)
	}
	c.ok(inv.render())
}

// deleteInvitee serves DELETE /meetingInvitees/{id}.
func (s *Server) deleteInvitee(c *reqCtx) {
	actor := s.actAs(c, c.query("hostEmail"), scopeMtgWrite, scopeMtgAdminWrite)
	if actor == nil {
		return
	}
	sendEmail, set, ok := c.boolQuery("sendEmail")
	if !ok {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	inv := s.inviteeByID(c.params[0], actor)
	switch {
	case inv == nil:
		c.failErr(errNotFound())
		return
	case !inv.series.canManage(actor):
		c.fail(http.StatusForbidden, "Only the meeting host or a cohost can manage invitees.")
		return
	}
	m := inv.series
	kept := m.invitees[:0:0]
	for _, x := range m.invitees {
		if x != inv {
			kept = append(kept, x)
		}
	}
	m.invitees = kept
	delete(s.mtg.invitees, inv.id)
	if !set || sendEmail {
		s.mailLocked(MeetingEmailCancellation, m, inv.email)
	}
	c.noContent()
}
