package webextest

import (
	"net/http"
	"sort"
	"strings"
)

// Membership is a seeded room membership.
type Membership struct {
	// ID is the Webex membership id.
	ID string
	// RoomID is the room's id.
	RoomID string
	// PersonID is the member's id.
	PersonID string
	// IsModerator reports whether the member moderates the room.
	IsModerator bool
}

// membershipJSON is the Webex membership representation.
type membershipJSON struct {
	ID                string `json:"id"`
	RoomID            string `json:"roomId"`
	PersonID          string `json:"personId"`
	PersonEmail       string `json:"personEmail"`
	PersonDisplayName string `json:"personDisplayName"`
	PersonOrgID       string `json:"personOrgId"`
	IsModerator       bool   `json:"isModerator"`
	IsRoomHidden      bool   `json:"isRoomHidden"`
	RoomType          string `json:"roomType"`
	IsMonitor         bool   `json:"isMonitor"`
	Created           string `json:"created"`
}

// render builds the JSON view of m; callers hold mu.
func (m *membership) render() membershipJSON {
	return membershipJSON{
		ID: m.id, RoomID: m.room.id, PersonID: m.person.id, PersonEmail: m.person.email,
		PersonDisplayName: m.person.displayName, PersonOrgID: m.person.org.id,
		IsModerator: m.isModerator, IsRoomHidden: m.isHidden, RoomType: m.room.typ,
		Created: formatTime(m.created),
	}
}

// addMemberLocked adds p to r; 409 if already a member.
func (s *Server) addMemberLocked(r *room, p *person, moderator bool) (*membership, *apiError) {
	if r.members[p.uuid] != nil {
		return nil, errf(http.StatusConflict, "%s is already a member of the room.", p.email)
	}
	m := &membership{
		id: encodeID(typeMembership, p.uuid+":"+r.uuid), person: p, room: r,
		isModerator: moderator, created: s.now(), seq: s.nextSeq(),
	}
	r.members[p.uuid] = m
	p.memberships[r.uuid] = m
	return m, nil
}

// removeMembershipLocked removes m.
func (s *Server) removeMembershipLocked(m *membership) {
	delete(m.room.members, m.person.uuid)
	delete(m.person.memberships, m.room.uuid)
}

// membershipByID resolves a membership id; callers hold mu.
func (s *Server) membershipByID(id string) *membership {
	pu, ru, ok := decodePair(id, typeMembership)
	if !ok {
		return nil
	}
	r := s.rooms[ru]
	if r == nil {
		return nil
	}
	return r.members[pu]
}

// AddMember seeds a membership of p in room.
func (s *Server) AddMember(room *Room, p *Person, moderator bool) *Membership {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.rooms[room.uuid]
	if r == nil {
		panic("webextest: unknown room " + room.ID)
	}
	m, err := s.addMemberLocked(r, s.mustPerson(p), moderator)
	if err != nil {
		panic("webextest: AddMember: " + err.msg)
	}
	return &Membership{ID: m.id, RoomID: r.id, PersonID: m.person.id, IsModerator: moderator}
}

// listMemberships serves GET /memberships.
func (s *Server) listMemberships(c *reqCtx) {
	q := c.r.URL.Query()
	max, ok := c.parseMax(100, 1000, false)
	if !ok {
		return
	}
	roomID, personID, personEmail := q.Get("roomId"), q.Get("personId"), q.Get("personEmail")
	s.mu.RLock()
	var ms []*membership
	var target *person
	if personID != "" || personEmail != "" {
		if personID != "" {
			target = s.personByID(personID)
		} else {
			target = s.byEmail[emailKey(personEmail)]
		}
	}
	switch {
	case roomID != "":
		r := s.roomByID(roomID)
		if r == nil || !r.canAccess(c.me) {
			s.mu.RUnlock()
			c.failErr(errNotFound())
			return
		}
		if personID != "" || personEmail != "" {
			if target != nil && r.members[target.uuid] != nil {
				ms = append(ms, r.members[target.uuid])
			}
		} else {
			for _, m := range r.members {
				ms = append(ms, m)
			}
		}
	case personID != "" || personEmail != "":
		if !c.me.hasRole(RoleComplianceOfficer) {
			s.mu.RUnlock()
			c.fail(http.StatusBadRequest, "roomId is required when filtering by personId or personEmail.")
			return
		}
		if target != nil {
			for _, m := range target.memberships {
				if m.room.creator.org == c.me.org {
					ms = append(ms, m)
				}
			}
		}
	default:
		for _, m := range c.me.memberships {
			ms = append(ms, m)
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].seq < ms[j].seq })
	items := make([]membershipJSON, 0, len(ms))
	for _, m := range ms {
		items = append(items, m.render())
	}
	s.mu.RUnlock()
	page, ok := pageOffset(c, items, max)
	if ok {
		okList(c, page)
	}
}

// membershipInput is the body of POST/PUT /memberships.
type membershipInput struct {
	RoomID       string `json:"roomId"`
	PersonID     string `json:"personId"`
	PersonEmail  string `json:"personEmail"`
	IsModerator  *bool  `json:"isModerator"`
	IsRoomHidden *bool  `json:"isRoomHidden"`
}

// createMembership serves POST /memberships.
func (s *Server) createMembership(c *reqCtx) {
	var in membershipInput
	if !c.decode(&in) {
		return
	}
	if in.RoomID == "" {
		c.fail(http.StatusBadRequest, "roomId is required.")
		return
	}
	if in.PersonID == "" && strings.TrimSpace(in.PersonEmail) == "" {
		c.fail(http.StatusBadRequest, "Either personId or personEmail is required.")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.roomByID(in.RoomID)
	if r == nil || !r.canAccess(c.me) {
		c.fail(http.StatusNotFound, "Could not find a room with the provided roomId.")
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
	if r.typ == "direct" {
		c.fail(http.StatusBadRequest, "People cannot be added to a direct room.")
		return
	}
	mod := in.IsModerator != nil && *in.IsModerator
	if (r.isLocked || mod) && !r.isModerator(c.me) {
		c.fail(http.StatusForbidden, "Only a moderator can add people to a locked space or add moderators.")
		return
	}
	m, err := s.addMemberLocked(r, p, mod)
	if err != nil {
		c.failErr(err)
		return
	}
	s.record(true, c.me, "memberships", "created", m)
	c.ok(m.render())
}

// getMembership serves GET /memberships/{id}.
func (s *Server) getMembership(c *reqCtx) {
	s.mu.RLock()
	m := s.membershipByID(c.params[0])
	if m == nil || !m.room.canAccess(c.me) {
		s.mu.RUnlock()
		c.failErr(errNotFound())
		return
	}
	v := m.render()
	s.mu.RUnlock()
	c.ok(v)
}

// updateMembership serves PUT /memberships/{id}.
func (s *Server) updateMembership(c *reqCtx) {
	var in membershipInput
	if !c.decode(&in) {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.membershipByID(c.params[0])
	if m == nil || !m.room.canAccess(c.me) {
		c.failErr(errNotFound())
		return
	}
	if in.IsModerator != nil && *in.IsModerator != m.isModerator {
		if m.room.typ == "direct" {
			c.fail(http.StatusBadRequest, "A direct room has no moderators.")
			return
		}
		if !m.room.isModerator(c.me) {
			c.fail(http.StatusForbidden, "Only a moderator can change moderator status.")
			return
		}
		m.isModerator = *in.IsModerator
	}
	if in.IsRoomHidden != nil && *in.IsRoomHidden != m.isHidden {
		if m.person != c.me {
			c.fail(http.StatusForbidden, "Only the member can hide a room.")
			return
		}
		m.isHidden = *in.IsRoomHidden
	}
	s.record(true, c.me, "memberships", "updated", m)
	c.ok(m.render())
}

// deleteMembership serves DELETE /memberships/{id}.
func (s *Server) deleteMembership(c *reqCtx) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.membershipByID(c.params[0])
	if m == nil || !m.room.canAccess(c.me) {
		c.failErr(errNotFound())
		return
	}
	if m.person != c.me && !m.room.isModerator(c.me) {
		c.fail(http.StatusForbidden, "Only a moderator can remove other people from a space.")
		return
	}
	if t := m.room.team; t != nil && t.general == m.room && m.isModerator {
		others := 0
		for _, o := range m.room.members {
			if o.isModerator && o != m {
				others++
			}
		}
		if others == 0 {
			c.fail(http.StatusConflict, "The last moderator of a team's General space cannot be removed.")
			return
		}
	}
	s.record(true, c.me, "memberships", "deleted", m)
	s.removeMembershipLocked(m)
	c.noContent()
}
