package webextest

import (
	"net/http"
	"sort"
	"strings"
)

// Team is a seeded team.
type Team struct {
	// ID is the Webex team id.
	ID string
	// Name is the team name at creation.
	Name string
	// General is the team's General space.
	General *Room
	uuid    string
}

// teamJSON is the Webex team representation.
type teamJSON struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
	CreatorID   string `json:"creatorId,omitempty"`
	Created     string `json:"created"`
}

// render builds the JSON view of t; callers hold mu.
func (t *team) render() teamJSON {
	return teamJSON{ID: t.id, Name: t.name, Description: t.description, CreatorID: t.creator.id, Created: formatTime(t.created)}
}

// teamByID resolves a team id; callers hold mu.
func (s *Server) teamByID(id string) *team {
	u, ok := decodeTyped(id, typeTeam)
	if !ok {
		return nil
	}
	return s.teams[u]
}

// createTeamLocked creates a team, its General space and the creator's
// moderator memberships.
func (s *Server) createTeamLocked(creator *person, name, desc string, emit bool) *team {
	u := newUUID()
	t := &team{
		uuid: u, id: encodeID(typeTeam, u), name: name, description: desc, creator: creator,
		created: s.now(), rooms: map[string]*room{}, members: map[string]*teamMembership{},
		seq: s.nextSeq(),
	}
	s.teams[u] = t
	s.record(emit, creator, "teams", "created", t)
	_, _ = s.addTeamMemberLocked(t, creator, true, creator, emit)
	t.general = s.createRoomLocked(creator, name, t, emit)
	return t
}

// addTeamMemberLocked adds p to t and to its General space.
func (s *Server) addTeamMemberLocked(t *team, p *person, moderator bool, actor *person, emit bool) (*teamMembership, *apiError) {
	if t.members[p.uuid] != nil {
		return nil, errf(http.StatusConflict, "%s is already a member of the team.", p.email)
	}
	tm := &teamMembership{
		id: encodeID(typeTeamMembership, p.uuid+":"+t.uuid), person: p, team: t,
		isModerator: moderator, created: s.now(), seq: s.nextSeq(),
	}
	t.members[p.uuid] = tm
	p.teams[t.uuid] = tm
	s.record(emit, actor, "teamMemberships", "created", tm)
	if g := t.general; g != nil && g.members[p.uuid] == nil {
		m, _ := s.addMemberLocked(g, p, moderator)
		s.record(emit, actor, "memberships", "created", m)
	}
	return tm, nil
}

// removeTeamMemberLocked removes tm and the person's team-space memberships.
func (s *Server) removeTeamMemberLocked(tm *teamMembership, actor *person, emit bool) {
	for _, r := range tm.team.rooms {
		if m := r.members[tm.person.uuid]; m != nil {
			s.record(emit, actor, "memberships", "deleted", m)
			s.removeMembershipLocked(m)
		}
	}
	delete(tm.team.members, tm.person.uuid)
	delete(tm.person.teams, tm.team.uuid)
}

// NewTeam seeds a team created by creator (its moderator) with a General
// space, plus the given members.
func (s *Server) NewTeam(creator *Person, name string, members ...*Person) *Team {
	s.mu.Lock()
	defer s.mu.Unlock()
	t := s.createTeamLocked(s.mustPerson(creator), name, "", false)
	for _, m := range members {
		p := s.mustPerson(m)
		_, _ = s.addTeamMemberLocked(t, p, false, p, false)
	}
	return &Team{ID: t.id, Name: name, General: t.general.handle(), uuid: t.uuid}
}

// AddTeamMember seeds a team membership (and General space membership).
func (s *Server) AddTeamMember(t *Team, p *Person, moderator bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	tt := s.teams[t.uuid]
	if tt == nil {
		panic("webextest: unknown team " + t.ID)
	}
	pp := s.mustPerson(p)
	if _, err := s.addTeamMemberLocked(tt, pp, moderator, pp, false); err != nil {
		panic("webextest: AddTeamMember: " + err.msg)
	}
}

// listTeams serves GET /teams.
func (s *Server) listTeams(c *reqCtx) {
	max, ok := c.parseMax(100, 1000, false)
	if !ok {
		return
	}
	s.mu.RLock()
	ts := make([]*team, 0, len(c.me.teams))
	for _, tm := range c.me.teams {
		ts = append(ts, tm.team)
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i].seq < ts[j].seq })
	items := make([]teamJSON, 0, len(ts))
	for _, t := range ts {
		items = append(items, t.render())
	}
	s.mu.RUnlock()
	if page, ok := pageOffset(c, items, max); ok {
		okList(c, page)
	}
}

// teamInput is the body of POST/PUT /teams.
type teamInput struct {
	Name        string  `json:"name"`
	Description *string `json:"description"`
}

// createTeam serves POST /teams.
func (s *Server) createTeam(c *reqCtx) {
	var in teamInput
	if !c.decode(&in) {
		return
	}
	if strings.TrimSpace(in.Name) == "" {
		c.fail(http.StatusBadRequest, "name is required.")
		return
	}
	desc := ""
	if in.Description != nil {
		desc = *in.Description
	}
	s.mu.Lock()
	t := s.createTeamLocked(c.me, in.Name, desc, true)
	v := t.render()
	s.mu.Unlock()
	c.ok(v)
}

// visibleTeam resolves a team the caller belongs to; callers hold mu.
func (s *Server) visibleTeam(c *reqCtx, id string) *team {
	t := s.teamByID(id)
	if t == nil || t.members[c.me.uuid] == nil {
		return nil
	}
	return t
}

// getTeam serves GET /teams/{id}.
func (s *Server) getTeam(c *reqCtx) {
	s.mu.RLock()
	t := s.visibleTeam(c, c.params[0])
	var v teamJSON
	if t != nil {
		v = t.render()
	}
	s.mu.RUnlock()
	if t == nil {
		c.failErr(errNotFound())
		return
	}
	c.ok(v)
}

// updateTeam serves PUT /teams/{id}.
func (s *Server) updateTeam(c *reqCtx) {
	var in teamInput
	if !c.decode(&in) {
		return
	}
	if strings.TrimSpace(in.Name) == "" {
		c.fail(http.StatusBadRequest, "name is required.")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	t := s.visibleTeam(c, c.params[0])
	if t == nil {
		c.failErr(errNotFound())
		return
	}
	t.name = in.Name
	if in.Description != nil {
		t.description = *in.Description
	}
	s.record(true, c.me, "teams", "updated", t)
	c.ok(t.render())
}

// deleteTeam serves DELETE /teams/{id}: moderators only; removes the
// team's spaces too.
func (s *Server) deleteTeam(c *reqCtx) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t := s.visibleTeam(c, c.params[0])
	if t == nil {
		c.failErr(errNotFound())
		return
	}
	if !t.members[c.me.uuid].isModerator {
		c.fail(http.StatusForbidden, "Only a team moderator can delete a team.")
		return
	}
	s.record(true, c.me, "teams", "deleted", t)
	for _, r := range t.rooms {
		s.deleteRoomLocked(r)
	}
	for _, tm := range t.members {
		delete(tm.person.teams, t.uuid)
	}
	delete(s.teams, t.uuid)
	c.noContent()
}
