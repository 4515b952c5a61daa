package webextest

import (
	"net/http"
	"sort"
	"strings"
)

// teamMembershipJSON is the Webex team membership representation.
type teamMembershipJSON struct {
	ID                string `json:"id"`
	TeamID            string `json:"teamId"`
	PersonID          string `json:"personId"`
	PersonEmail       string `json:"personEmail"`
	PersonDisplayName string `json:"personDisplayName"`
	PersonOrgID       string `json:"personOrgId"`
	IsModerator       bool   `json:"isModerator"`
	Created           string `json:"created"`
}

// render builds the JSON view of tm; callers hold mu.
func (tm *teamMembership) render() teamMembershipJSON {
	return teamMembershipJSON{
		ID: tm.id, TeamID: tm.team.id, PersonID: tm.person.id, PersonEmail: tm.person.email,
		PersonDisplayName: tm.person.displayName, PersonOrgID: tm.person.org.id,
		IsModerator: tm.isModerator, Created: formatTime(tm.created),
	}
}

// teamMembershipByID resolves a team membership visible to the caller.
func (s *Server) teamMembershipByID(c *reqCtx, id string) *teamMembership {
	pu, tu, ok := decodePair(id, typeTeamMembership)
	if !ok {
		return nil
	}
	t := s.teams[tu]
	if t == nil || t.members[c.me.uuid] == nil {
		return nil
	}
	return t.members[pu]
}

// listTeamMemberships serves GET /team/memberships.
func (s *Server) listTeamMemberships(c *reqCtx) {
	teamID := c.query("teamId")
	if teamID == "" {
		c.fail(http.StatusBadRequest, "teamId is required.")
		return
	}
	max, ok := c.parseMax(100, 1000, false)
	if !ok {
		return
	}
	s.mu.RLock()
	t := s.visibleTeam(c, teamID)
	if t == nil {
		s.mu.RUnlock()
		c.failErr(errNotFound())
		return
	}
	tms := make([]*teamMembership, 0, len(t.members))
	for _, tm := range t.members {
		tms = append(tms, tm)
	}
	sort.Slice(tms, func(i, j int) bool { return tms[i].seq < tms[j].seq })
	items := make([]teamMembershipJSON, 0, len(tms))
	for _, tm := range tms {
		items = append(items, tm.render())
	}
	s.mu.RUnlock()
	if page, ok := pageOffset(c, items, max); ok {
		okList(c, page)
	}
}

// teamMembershipInput is the body of POST/PUT /team/memberships.
type teamMembershipInput struct {
	TeamID      string `json:"teamId"`
	PersonID    string `json:"personId"`
	PersonEmail string `json:"personEmail"`
	IsModerator *bool  `json:"isModerator"`
}

// createTeamMembership serves POST /team/memberships.
func (s *Server) createTeamMembership(c *reqCtx) {
	var in teamMembershipInput
	if !c.decode(&in) {
		return
	}
	if in.TeamID == "" {
		c.fail(http.StatusBadRequest, "teamId is required.")
		return
	}
	if in.PersonID == "" && strings.TrimSpace(in.PersonEmail) == "" {
		c.fail(http.StatusBadRequest, "Either personId or personEmail is required.")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	t := s.visibleTeam(c, in.TeamID)
	if t == nil {
		c.fail(http.StatusNotFound, "Could not find a team with the provided teamId.")
		return
	}
	var p *person
	if in.PersonID != "" {
		p = s.personByID(in.PersonID)
	} else {
		p = s.byEmail[emailKey(in.PersonEmail)]
	}
	if p == nil {
		c.fail(http.StatusNotFound, "Could not find the person to add.")
		return
	}
	mod := in.IsModerator != nil && *in.IsModerator
	if mod && !t.members[c.me.uuid].isModerator {
		c.fail(http.StatusForbidden, "Only a team moderator can add moderators.")
		return
	}
	tm, err := s.addTeamMemberLocked(t, p, mod, c.me, true)
	if err != nil {
		c.failErr(err)
		return
	}
	c.ok(tm.render())
}

// getTeamMembership serves GET /team/memberships/{id}.
func (s *Server) getTeamMembership(c *reqCtx) {
	s.mu.RLock()
	tm := s.teamMembershipByID(c, c.params[0])
	var v teamMembershipJSON
	if tm != nil {
		v = tm.render()
	}
	s.mu.RUnlock()
	if tm == nil {
		c.failErr(errNotFound())
		return
	}
	c.ok(v)
}

// updateTeamMembership serves PUT /team/memberships/{id}.
func (s *Server) updateTeamMembership(c *reqCtx) {
	var in teamMembershipInput
	if !c.decode(&in) {
		return
	}
	if in.IsModerator == nil {
		c.fail(http.StatusBadRequest, "isModerator is required.")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	tm := s.teamMembershipByID(c, c.params[0])
	if tm == nil {
		c.failErr(errNotFound())
		return
	}
	if !tm.team.members[c.me.uuid].isModerator {
		c.fail(http.StatusForbidden, "Only a team moderator can change moderator status.")
		return
	}
	if !*in.IsModerator && tm.isModerator && countTeamModerators(tm.team) == 1 {
		c.fail(http.StatusConflict, "The last moderator of a team cannot be demoted.")
		return
	}
	tm.isModerator = *in.IsModerator
	s.record(true, c.me, "teamMemberships", "updated", tm)
	c.ok(tm.render())
}

// countTeamModerators counts t's moderators.
func countTeamModerators(t *team) int {
	n := 0
	for _, tm := range t.members {
		if tm.isModerator {
			n++
		}
	}
	return n
}

// deleteTeamMembership serves DELETE /team/memberships/{id}.
func (s *Server) deleteTeamMembership(c *reqCtx) {
	s.mu.Lock()
	defer s.mu.Unlock()
	tm := s.teamMembershipByID(c, c.params[0])
	if tm == nil {
		c.failErr(errNotFound())
		return
	}
	if tm.person != c.me && !tm.team.members[c.me.uuid].isModerator {
		c.fail(http.StatusForbidden, "Only a team moderator can remove other people from a team.")
		return
	}
	if tm.isModerator && countTeamModerators(tm.team) == 1 {
		c.fail(http.StatusConflict, "The last moderator of a team cannot be removed; promote another member first.")
		return
	}
	s.record(true, c.me, "teamMemberships", "deleted", tm)
	s.removeTeamMemberLocked(tm, c.me, true)
	c.noContent()
}
