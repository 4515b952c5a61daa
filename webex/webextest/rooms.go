package webextest

import (
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"
)

// Room is a seeded space.
type Room struct {
	// ID is the Webex room id.
	ID string
	// Title is the room title at creation (for direct rooms, empty).
	Title string
	// Type is "group" or "direct".
	Type string
	// TeamID is the owning team's id, if any.
	TeamID string
	uuid   string
}

// roomJSON is the Webex room representation.
type roomJSON struct {
	ID                 string `json:"id"`
	Title              string `json:"title"`
	Type               string `json:"type"`
	IsLocked           bool   `json:"isLocked"`
	TeamID             string `json:"teamId,omitempty"`
	LastActivity       string `json:"lastActivity"`
	CreatorID          string `json:"creatorId"`
	Created            string `json:"created"`
	OwnerID            string `json:"ownerId"`
	IsAnnouncementOnly bool   `json:"isAnnouncementOnly"`
	IsReadOnly         bool   `json:"isReadOnly"`
	IsPublic           bool   `json:"isPublic"`
	Description        string `json:"description,omitempty"`
}

// handle returns the public view of r.
func (r *room) handle() *Room {
	h := &Room{ID: r.id, Title: r.title, Type: r.typ, uuid: r.uuid}
	if r.team != nil {
		h.TeamID = r.team.id
	}
	return h
}

// titleFor returns the room title as viewer sees it: for a direct room,
// the other person's display name.
func (r *room) titleFor(viewer *person) string {
	if r.typ != "direct" {
		return r.title
	}
	for _, m := range r.members {
		if viewer == nil || m.person != viewer {
			return m.person.displayName
		}
	}
	return r.title
}

// render builds the JSON view of r for viewer; callers hold mu.
func (r *room) render(viewer *person) roomJSON {
	v := roomJSON{
		ID: r.id, Title: r.titleFor(viewer), Type: r.typ, IsLocked: r.isLocked,
		LastActivity: formatTime(r.lastAct), CreatorID: r.creator.id,
		Created: formatTime(r.created), OwnerID: r.creator.org.id,
		Description: r.description,
	}
	if r.team != nil {
		v.TeamID = r.team.id
	}
	return v
}

// canAccess reports whether p may see r: as a member, or as a member of
// the room's team.
func (r *room) canAccess(p *person) bool {
	if r.members[p.uuid] != nil {
		return true
	}
	return r.team != nil && r.team.members[p.uuid] != nil
}

// isModerator reports whether p moderates r (room moderator, or team
// moderator for a team space).
func (r *room) isModerator(p *person) bool {
	if m := r.members[p.uuid]; m != nil && m.isModerator {
		return true
	}
	if r.team != nil {
		if tm := r.team.members[p.uuid]; tm != nil && tm.isModerator {
			return true
		}
	}
	return false
}

// roomByID resolves a room id; callers hold mu.
func (s *Server) roomByID(id string) *room {
	u, ok := decodeTyped(id, typeRoom)
	if !ok {
		return nil
	}
	return s.rooms[u]
}

// createRoomLocked creates a group room with creator as moderator.
func (s *Server) createRoomLocked(creator *person, title string, t *team, emit bool) *room {
	now := s.now()
	u := newUUID()
	r := &room{
		uuid: u, id: encodeID(typeRoom, u), title: title, typ: "group", team: t,
		creator: creator, created: now, lastAct: now, seq: s.nextSeq(),
		members: map[string]*membership{},
	}
	s.rooms[u] = r
	if t != nil {
		t.rooms[u] = r
	}
	m, _ := s.addMemberLocked(r, creator, true)
	s.record(emit, creator, "rooms", "created", r)
	s.record(emit, creator, "memberships", "created", m)
	return r
}

// directKey identifies the direct room of two people.
func directKey(a, b *person) string {
	if a.uuid < b.uuid {
		return a.uuid + ":" + b.uuid
	}
	return b.uuid + ":" + a.uuid
}

// directRoomLocked finds or creates the direct room between a and b.
func (s *Server) directRoomLocked(a, b *person, emit bool) *room {
	key := directKey(a, b)
	if r := s.direct[key]; r != nil {
		return r
	}
	now := s.now()
	u := newUUID()
	r := &room{
		uuid: u, id: encodeID(typeRoom, u), typ: "direct", creator: a,
		created: now, lastAct: now, seq: s.nextSeq(), members: map[string]*membership{},
	}
	s.rooms[u] = r
	s.direct[key] = r
	ma, _ := s.addMemberLocked(r, a, false)
	mb, _ := s.addMemberLocked(r, b, false)
	s.record(emit, a, "rooms", "created", r)
	s.record(emit, a, "memberships", "created", ma)
	s.record(emit, a, "memberships", "created", mb)
	return r
}

// deleteRoomLocked removes r with its memberships, messages and files.
func (s *Server) deleteRoomLocked(r *room) {
	for _, m := range r.members {
		delete(m.person.memberships, r.uuid)
	}
	r.members = map[string]*membership{}
	for _, msg := range r.msgs {
		delete(s.messages, msg.uuid)
	}
	for id, ct := range s.contents {
		if ct.msg != nil && ct.msg.room == r {
			delete(s.contents, id)
		}
	}
	r.msgs = nil
	delete(s.rooms, r.uuid)
	if r.typ == "direct" {
		for k, d := range s.direct {
			if d == r {
				delete(s.direct, k)
			}
		}
	}
	if r.team != nil {
		delete(r.team.rooms, r.uuid)
	}
}

// NewRoom seeds a group room created by creator (a moderator) with the
// given extra members.
func (s *Server) NewRoom(creator *Person, title string, members ...*Person) *Room {
	return s.newRoom(nil, creator, title, members)
}

// NewTeamRoom seeds a group room inside team t.
func (s *Server) NewTeamRoom(t *Team, creator *Person, title string, members ...*Person) *Room {
	return s.newRoom(t, creator, title, members)
}

// newRoom implements NewRoom and NewTeamRoom.
func (s *Server) newRoom(t *Team, creator *Person, title string, members []*Person) *Room {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.mustPerson(creator)
	var tt *team
	if t != nil {
		tt = s.teams[t.uuid]
		if tt == nil {
			panic("webextest: unknown team " + t.ID)
		}
	}
	r := s.createRoomLocked(c, title, tt, false)
	for _, m := range members {
		if _, err := s.addMemberLocked(r, s.mustPerson(m), false); err != nil && err.status != http.StatusConflict {
			panic("webextest: NewRoom: " + err.msg)
		}
	}
	return r.handle()
}

// DirectRoom returns the direct (1:1) room of a and b, creating it if needed.
func (s *Server) DirectRoom(a, b *Person) *Room {
	s.mu.Lock()
	defer s.mu.Unlock()
	pa, pb := s.mustPerson(a), s.mustPerson(b)
	if pa == pb {
		panic("webextest: DirectRoom needs two different people")
	}
	return s.directRoomLocked(pa, pb, false).handle()
}

// roomSortKey orders rooms for listing.
func sortRooms(rs []*room, by string) {
	sort.Slice(rs, func(i, j int) bool {
		a, b := rs[i], rs[j]
		switch by {
		case "id":
			return a.id < b.id
		case "created":
			if !a.created.Equal(b.created) {
				return a.created.After(b.created)
			}
		default: // lastactivity
			if !a.lastAct.Equal(b.lastAct) {
				return a.lastAct.After(b.lastAct)
			}
		}
		return a.seq > b.seq
	})
}

// listRooms serves GET /rooms.
func (s *Server) listRooms(c *reqCtx) {
	q := c.r.URL.Query()
	max, ok := c.parseMax(100, 1000, true)
	if !ok {
		return
	}
	typ, sortBy, teamID := q.Get("type"), strings.ToLower(q.Get("sortBy")), q.Get("teamId")
	if typ != "" && typ != "direct" && typ != "group" {
		c.fail(http.StatusBadRequest, "Invalid type %q: must be direct or group.", typ)
		return
	}
	if sortBy != "" && sortBy != "id" && sortBy != "lastactivity" && sortBy != "created" {
		c.fail(http.StatusBadRequest, "Invalid sortBy %q.", sortBy)
		return
	}
	s.mu.RLock()
	var rs []*room
	if teamID != "" {
		t := s.teamByID(teamID)
		if t == nil || t.members[c.me.uuid] == nil {
			s.mu.RUnlock()
			c.failErr(errNotFound())
			return
		}
		for _, r := range t.rooms {
			rs = append(rs, r)
		}
	} else {
		for _, m := range c.me.memberships {
			rs = append(rs, m.room)
		}
	}
	filtered := rs[:0]
	for _, r := range rs {
		if typ == "" || r.typ == typ {
			filtered = append(filtered, r)
		}
	}
	sortRooms(filtered, sortBy)
	items := make([]roomJSON, 0, len(filtered))
	for _, r := range filtered {
		items = append(items, r.render(c.me))
	}
	s.mu.RUnlock()
	page, ok := pageOffset(c, items, max)
	if ok {
		okList(c, page)
	}
}

// getRoom serves GET /rooms/{id}.
func (s *Server) getRoom(c *reqCtx) {
	s.mu.RLock()
	r := s.roomByID(c.params[0])
	if r == nil || !r.canAccess(c.me) {
		s.mu.RUnlock()
		c.failErr(errNotFound())
		return
	}
	v := r.render(c.me)
	s.mu.RUnlock()
	c.ok(v)
}

// roomInput is the body of POST/PUT /rooms.
type roomInput struct {
	Title              *string `json:"title"`
	TeamID             string  `json:"teamId"`
	IsLocked           *bool   `json:"isLocked"`
	IsPublic           *bool   `json:"isPublic"`
	IsAnnouncementOnly *bool   `json:"isAnnouncementOnly"`
	Description        *string `json:"description"`
}

// createRoom serves POST /rooms.
func (s *Server) createRoom(c *reqCtx) {
	var in roomInput
	if !c.decode(&in) {
		return
	}
	if in.Title == nil || strings.TrimSpace(*in.Title) == "" {
		c.fail(http.StatusBadRequest, "title is required.")
		return
	}
	locked := in.IsLocked != nil && *in.IsLocked
	if in.IsAnnouncementOnly != nil && *in.IsAnnouncementOnly && !locked {
		c.fail(http.StatusBadRequest, "A space can only be put into announcement mode when it is locked.")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var t *team
	if in.TeamID != "" {
		t = s.teamByID(in.TeamID)
		if t == nil || t.members[c.me.uuid] == nil {
			c.fail(http.StatusNotFound, "Could not find a team with the provided teamId.")
			return
		}
	}
	r := s.createRoomLocked(c.me, *in.Title, t, true)
	r.isLocked = locked
	if in.Description != nil {
		r.description = strings.TrimSpace(*in.Description)
	}
	c.ok(r.render(c.me))
}

// updateRoom serves PUT /rooms/{id}.
func (s *Server) updateRoom(c *reqCtx) {
	var in roomInput
	if !c.decode(&in) {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.roomByID(c.params[0])
	if r == nil || !r.canAccess(c.me) {
		c.failErr(errNotFound())
		return
	}
	if in.Title == nil || strings.TrimSpace(*in.Title) == "" {
		c.fail(http.StatusBadRequest, "title is required.")
		return
	}
	if r.typ == "direct" {
		if *in.Title != r.titleFor(c.me) {
			c.fail(http.StatusBadRequest, "The title of a direct room cannot be changed.")
			return
		}
		c.ok(r.render(c.me))
		return
	}
	lockChange := in.IsLocked != nil && *in.IsLocked != r.isLocked
	if (r.isLocked || lockChange) && !r.isModerator(c.me) {
		c.fail(http.StatusForbidden, "Only a moderator can update a locked (moderated) space.")
		return
	}
	if in.TeamID != "" && (r.team == nil || r.team.id != in.TeamID) {
		t := s.teamByID(in.TeamID)
		if t == nil || t.members[c.me.uuid] == nil {
			c.fail(http.StatusNotFound, "Could not find a team with the provided teamId.")
			return
		}
		if r.team != nil {
			delete(r.team.rooms, r.uuid)
		}
		r.team = t
		t.rooms[r.uuid] = r
	}
	r.title = *in.Title
	if in.IsLocked != nil {
		r.isLocked = *in.IsLocked
	}
	if in.Description != nil {
		r.description = strings.TrimSpace(*in.Description)
	}
	s.record(true, c.me, "rooms", "updated", r)
	c.ok(r.render(c.me))
}

// deleteRoom serves DELETE /rooms/{id}. A non-moderator is removed from
// the room instead, as Webex does.
func (s *Server) deleteRoom(c *reqCtx) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.roomByID(c.params[0])
	if r == nil || !r.canAccess(c.me) {
		c.failErr(errNotFound())
		return
	}
	if r.typ == "group" && !r.isModerator(c.me) && r.creator != c.me {
		if m := r.members[c.me.uuid]; m != nil {
			s.record(true, c.me, "memberships", "deleted", m)
			s.removeMembershipLocked(m)
		}
		c.noContent()
		return
	}
	s.record(true, c.me, "rooms", "deleted", r)
	s.deleteRoomLocked(r)
	c.noContent()
}

// meetingInfoJSON is the Webex room meeting details representation.
type meetingInfoJSON struct {
	RoomID               string `json:"roomId"`
	MeetingLink          string `json:"meetingLink"`
	SipAddress           string `json:"sipAddress"`
	MeetingNumber        string `json:"meetingNumber"`
	MeetingID            string `json:"meetingId"`
	CallInTollFreeNumber string `json:"callInTollFreeNumber"`
	CallInTollNumber     string `json:"callInTollNumber"`
}

// getMeetingInfo serves GET /rooms/{id}/meetingInfo.
func (s *Server) getMeetingInfo(c *reqCtx) {
	s.mu.RLock()
	r := s.roomByID(c.params[0])
	ok := r != nil && r.canAccess(c.me)
	var seq uint64
	var u, id string
	if ok {
		seq, u, id = r.seq, r.uuid, r.id
	}
	s.mu.RUnlock()
	if !ok {
		c.failErr(errNotFound())
		return
	}
	num := strconv.FormatUint(200000000+seq, 10)
	c.ok(meetingInfoJSON{
		RoomID:               id,
		MeetingLink:          "https://emulator.webex.com/m/" + u,
		SipAddress:           num + "@emulator.webex.com",
		MeetingNumber:        num,
		MeetingID:            strings.ReplaceAll(u, "-", ""),
		CallInTollFreeNumber: "+1-866-432-9903",
		CallInTollNumber:     fmt.Sprintf("+1-408-525-%04d", seq%10000),
	})
}
