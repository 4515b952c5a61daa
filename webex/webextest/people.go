package webextest

import (
	"net/http"
	"strings"
)

// personJSON is the Webex person representation.
type personJSON struct {
	ID           string   `json:"id"`
	Emails       []string `json:"emails"`
	DisplayName  string   `json:"displayName"`
	NickName     string   `json:"nickName,omitempty"`
	FirstName    string   `json:"firstName,omitempty"`
	LastName     string   `json:"lastName,omitempty"`
	OrgID        string   `json:"orgId"`
	Roles        []string `json:"roles,omitempty"`
	Created      string   `json:"created"`
	LastModified string   `json:"lastModified"`
	Status       string   `json:"status"`
	Type         string   `json:"type"`
}

// render builds the JSON view of p; callers hold mu.
func (p *person) render() personJSON {
	var roles []string
	for _, r := range p.roles {
		roles = append(roles, encodeID(typeRole, r))
	}
	return personJSON{
		ID: p.id, Emails: []string{p.email}, DisplayName: p.displayName,
		NickName: p.nickName, FirstName: p.firstName, LastName: p.lastName,
		OrgID: p.org.id, Roles: roles,
		Created: formatTime(p.created), LastModified: formatTime(p.modified),
		Status: "unknown", Type: p.typ,
	}
}

// personByID resolves a person id; callers hold mu.
func (s *Server) personByID(id string) *person {
	u, ok := decodeTyped(id, typePeople)
	if !ok {
		return nil
	}
	return s.people[u]
}

// isAdmin reports whether p administers organization o.
func isAdmin(p *person, o *org) bool { return p.hasRole(RoleFullAdmin) && p.org == o }

// getMe serves GET /people/me.
func (s *Server) getMe(c *reqCtx) {
	s.mu.RLock()
	v := c.me.render()
	s.mu.RUnlock()
	c.ok(v)
}

// getPerson serves GET /people/{id}.
func (s *Server) getPerson(c *reqCtx) {
	s.mu.RLock()
	p := s.personByID(c.params[0])
	var v personJSON
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

// peopleListBody adds notFoundIds to the list envelope.
type peopleListBody struct {
	Items       []personJSON `json:"items"`
	NotFoundIDs []string     `json:"notFoundIds,omitempty"`
}

// listPeople serves GET /people.
func (s *Server) listPeople(c *reqCtx) {
	q := c.r.URL.Query()
	email, display, ids, orgID := q.Get("email"), q.Get("displayName"), q.Get("id"), q.Get("orgId")
	max, ok := c.parseMax(100, 1000, false)
	if !ok {
		return
	}
	s.mu.RLock()
	admin := isAdmin(c.me, c.me.org)
	s.mu.RUnlock()
	if email == "" && display == "" && ids == "" && !(admin) {
		c.fail(http.StatusBadRequest, "Either email, displayName or id is required.")
		return
	}
	var idList []string
	if ids != "" {
		idList = strings.Split(ids, ",")
		if len(idList) > 85 {
			c.fail(http.StatusBadRequest, "At most 85 ids may be given.")
			return
		}
	}
	s.mu.RLock()
	var matched []*person
	var notFound []string
	switch {
	case idList != nil:
		for _, id := range idList {
			id = strings.TrimSpace(id)
			if p := s.personByID(id); p != nil {
				matched = append(matched, p)
			} else {
				notFound = append(notFound, id)
			}
		}
	case email != "":
		if p := s.byEmail[emailKey(email)]; p != nil {
			matched = append(matched, p)
		}
	default:
		matched = s.peopleList
	}
	var items []personJSON
	lowerDisplay := strings.ToLower(display)
	for _, p := range matched {
		if display != "" && !strings.HasPrefix(strings.ToLower(p.displayName), lowerDisplay) {
			continue
		}
		if email != "" && emailKey(p.email) != emailKey(email) {
			continue
		}
		if orgID != "" && p.org.id != orgID {
			continue
		}
		if email == "" && display == "" && idList == nil && p.org != c.me.org {
			continue // an admin listing everyone sees their own org
		}
		items = append(items, p.render())
	}
	s.mu.RUnlock()
	page, ok := pageOffset(c, items, max)
	if !ok {
		return
	}
	if page == nil {
		page = []personJSON{}
	}
	body := peopleListBody{Items: page}
	if idList != nil {
		body.NotFoundIDs = notFound
		if body.NotFoundIDs == nil {
			body.NotFoundIDs = []string{}
		}
	}
	c.ok(body)
}

// personInput is the body of POST/PUT /people.
type personInput struct {
	Emails      []string `json:"emails"`
	DisplayName *string  `json:"displayName"`
	FirstName   *string  `json:"firstName"`
	LastName    *string  `json:"lastName"`
	NickName    *string  `json:"nickName"`
	OrgID       string   `json:"orgId"`
	Roles       []string `json:"roles"`
}

// decodeRoles turns role ids (or names) into role names.
func decodeRoles(ids []string) ([]string, bool) {
	var out []string
	for _, id := range ids {
		for _, one := range strings.Split(id, ",") {
			one = strings.TrimSpace(one)
			if one == "" {
				continue
			}
			if name, ok := decodeTyped(one, typeRole); ok {
				out = append(out, name)
			} else if one == RoleFullAdmin || one == RoleComplianceOfficer {
				out = append(out, one)
			} else {
				return nil, false
			}
		}
	}
	return out, true
}

// createPerson serves POST /people (admins only).
func (s *Server) createPerson(c *reqCtx) {
	var in personInput
	if !c.decode(&in) {
		return
	}
	if len(in.Emails) == 0 || strings.TrimSpace(in.Emails[0]) == "" || !strings.Contains(in.Emails[0], "@") {
		c.fail(http.StatusBadRequest, "emails is required and must hold a valid email address.")
		return
	}
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	if str(in.DisplayName) == "" && str(in.FirstName) == "" && str(in.LastName) == "" {
		c.fail(http.StatusBadRequest, "One of displayName, firstName or lastName is required.")
		return
	}
	roles, ok := decodeRoles(in.Roles)
	if !ok {
		c.fail(http.StatusBadRequest, "Invalid role id.")
		return
	}
	s.mu.Lock()
	if !isAdmin(c.me, c.me.org) {
		s.mu.Unlock()
		c.fail(http.StatusForbidden, "Only an organization administrator can create people.")
		return
	}
	target := c.me.org
	if in.OrgID != "" && in.OrgID != c.me.org.id {
		s.mu.Unlock()
		c.fail(http.StatusForbidden, "Cannot create people in another organization.")
		return
	}
	p, err := s.addPersonLocked(target, PersonSpec{
		Email: in.Emails[0], DisplayName: str(in.DisplayName),
		FirstName: str(in.FirstName), LastName: str(in.LastName), Roles: roles,
	})
	var v personJSON
	if err == nil {
		p.nickName = str(in.NickName)
		v = p.render()
	}
	s.mu.Unlock()
	if err != nil {
		c.failErr(err)
		return
	}
	c.ok(v)
}

// updatePerson serves PUT /people/{id} (admins only).
func (s *Server) updatePerson(c *reqCtx) {
	var in personInput
	if !c.decode(&in) {
		return
	}
	roles, ok := decodeRoles(in.Roles)
	if !ok {
		c.fail(http.StatusBadRequest, "Invalid role id.")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	p := s.personByID(c.params[0])
	if p == nil {
		c.failErr(errNotFound())
		return
	}
	if !isAdmin(c.me, p.org) {
		c.fail(http.StatusForbidden, "Only an administrator of the person's organization can update people.")
		return
	}
	if len(in.Emails) > 0 {
		e := strings.TrimSpace(in.Emails[0])
		if !strings.Contains(e, "@") {
			c.fail(http.StatusBadRequest, "Invalid email address.")
			return
		}
		if other := s.byEmail[emailKey(e)]; other != nil && other != p {
			c.fail(http.StatusConflict, "A person with email %s already exists.", e)
			return
		}
		delete(s.byEmail, emailKey(p.email))
		p.email = e
		s.byEmail[emailKey(e)] = p
	}
	if in.DisplayName != nil && *in.DisplayName != "" {
		p.displayName = *in.DisplayName
	}
	if in.FirstName != nil {
		p.firstName = *in.FirstName
	}
	if in.LastName != nil {
		p.lastName = *in.LastName
	}
	if in.NickName != nil {
		p.nickName = *in.NickName
	}
	if in.Roles != nil {
		p.roles = roles
	}
	p.modified = s.now()
	c.ok(p.render())
}

// deletePerson serves DELETE /people/{id} (admins only).
func (s *Server) deletePerson(c *reqCtx) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p := s.personByID(c.params[0])
	if p == nil {
		c.failErr(errNotFound())
		return
	}
	if !isAdmin(c.me, p.org) {
		c.fail(http.StatusForbidden, "Only an administrator of the person's organization can delete people.")
		return
	}
	for _, m := range p.memberships {
		s.removeMembershipLocked(m)
	}
	for _, tm := range p.teams {
		delete(tm.team.members, p.uuid)
	}
	delete(s.people, p.uuid)
	delete(s.byEmail, emailKey(p.email))
	for i, q := range s.peopleList {
		if q == p {
			s.peopleList = append(s.peopleList[:i:i], s.peopleList[i+1:]...)
			break
		}
	}
	c.noContent()
}
