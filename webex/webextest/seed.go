package webextest

import (
	"fmt"
	"strings"
)

// Person types.
const (
	// PersonTypePerson is a human user.
	PersonTypePerson = "person"
	// PersonTypeBot is a bot account.
	PersonTypeBot = "bot"
)

// Roles a person may hold (PersonSpec.Roles). In JSON they appear as
// Webex role ids (base64 of ciscospark://us/ROLE/<name>).
const (
	// RoleFullAdmin is the organization full administrator role; it is
	// required to create, update and delete people.
	RoleFullAdmin = "id_full_admin"
	// RoleComplianceOfficer is the compliance officer role; it is required
	// to read compliance events.
	RoleComplianceOfficer = "id_compliance_officer"
)

// Org is a seeded organization.
type Org struct {
	// ID is the Webex organization id.
	ID string
	// Name is the organization's display name.
	Name string
	uuid string
}

// PersonSpec describes a person to seed with NewPerson.
type PersonSpec struct {
	// Email is the person's address; derived from the display name when empty.
	Email string
	// DisplayName defaults to "FirstName LastName" or the email's local part.
	DisplayName string
	// FirstName is optional.
	FirstName string
	// LastName is optional.
	LastName string
	// Type is PersonTypePerson (default) or PersonTypeBot.
	Type string
	// Roles holds role names such as RoleFullAdmin or RoleComplianceOfficer.
	Roles []string
}

// Person is a seeded person or bot.
type Person struct {
	// ID is the Webex person id.
	ID string
	// Email is the person's email address.
	Email string
	// DisplayName is the person's display name.
	DisplayName string
	// Type is "person" or "bot".
	Type string
	// OrgID is the id of the person's organization.
	OrgID string
	uuid  string
}

// handle returns the public view of p.
func (p *person) handle() *Person {
	return &Person{ID: p.id, Email: p.email, DisplayName: p.displayName, Type: p.typ, OrgID: p.org.id, uuid: p.uuid}
}

// NewOrg creates an organization.
func (s *Server) NewOrg(name string) *Org {
	s.mu.Lock()
	defer s.mu.Unlock()
	u := newUUID()
	o := &org{uuid: u, id: encodeID(typeOrganization, u), name: name, created: s.now()}
	s.orgs[u] = o
	return &Org{ID: o.id, Name: name, uuid: u}
}

// DefaultOrg returns the organization every Server starts with; seeding
// helpers use it when given a nil *Org.
func (s *Server) DefaultOrg() *Org {
	return &Org{ID: s.defaultOrg.id, Name: s.defaultOrg.name, uuid: s.defaultOrg.uuid}
}

// NewPerson creates a person in org (nil means DefaultOrg). It panics if
// the email is already taken.
func (s *Server) NewPerson(o *Org, spec PersonSpec) *Person {
	s.mu.Lock()
	defer s.mu.Unlock()
	oo := s.defaultOrg
	if o != nil {
		oo = s.orgs[o.uuid]
		if oo == nil {
			panic("webextest: unknown org " + o.ID)
		}
	}
	p, err := s.addPersonLocked(oo, spec)
	if err != nil {
		panic("webextest: NewPerson: " + err.msg)
	}
	return p.handle()
}

// NewUser creates a regular user.
func (s *Server) NewUser(o *Org, email, displayName string) *Person {
	return s.NewPerson(o, PersonSpec{Email: email, DisplayName: displayName})
}

// NewBot creates a bot account.
func (s *Server) NewBot(o *Org, email, displayName string) *Person {
	return s.NewPerson(o, PersonSpec{Email: email, DisplayName: displayName, Type: PersonTypeBot})
}

// NewAdmin creates an organization full administrator.
func (s *Server) NewAdmin(o *Org, email, displayName string) *Person {
	return s.NewPerson(o, PersonSpec{Email: email, DisplayName: displayName, Roles: []string{RoleFullAdmin}})
}

// NewComplianceOfficer creates a compliance officer.
func (s *Server) NewComplianceOfficer(o *Org, email, displayName string) *Person {
	return s.NewPerson(o, PersonSpec{Email: email, DisplayName: displayName, Roles: []string{RoleComplianceOfficer}})
}

// NewUserWithToken creates a regular user in the default organization and
// a spark:all token for it. An empty email is derived from displayName.
func (s *Server) NewUserWithToken(email, displayName string) (*Person, string) {
	p := s.NewUser(nil, email, displayName)
	return p, s.NewToken(p, scopeAll)
}

// NewBotWithToken creates a bot in the default organization and a
// spark:all token for it.
func (s *Server) NewBotWithToken(email, displayName string) (*Person, string) {
	p := s.NewBot(nil, email, displayName)
	return p, s.NewToken(p, scopeAll)
}

// mustPerson resolves a handle; callers hold mu.
func (s *Server) mustPerson(p *Person) *person {
	if p == nil {
		panic("webextest: nil *Person")
	}
	pp := s.people[p.uuid]
	if pp == nil {
		panic("webextest: unknown or deleted person " + p.ID)
	}
	return pp
}

// addPersonLocked creates a person; callers hold mu.
func (s *Server) addPersonLocked(o *org, spec PersonSpec) (*person, *apiError) {
	display := strings.TrimSpace(spec.DisplayName)
	if display == "" {
		display = strings.TrimSpace(spec.FirstName + " " + spec.LastName)
	}
	email := strings.TrimSpace(spec.Email)
	if email == "" {
		local := strings.ToLower(strings.Join(strings.Fields(display), "."))
		if local == "" {
			local = "user" + fmt.Sprint(len(s.people)+1)
		}
		email = local + "@example.com"
	}
	if display == "" {
		display, _, _ = strings.Cut(email, "@")
	}
	if _, taken := s.byEmail[emailKey(email)]; taken {
		return nil, errf(409, "A person with email %s already exists.", email)
	}
	typ := spec.Type
	if typ == "" {
		typ = PersonTypePerson
	}
	if typ != PersonTypePerson && typ != PersonTypeBot {
		return nil, errf(400, "Invalid person type %q.", typ)
	}
	now := s.now()
	u := newUUID()
	p := &person{
		uuid: u, id: encodeID(typePeople, u),
		email: email, displayName: display,
		firstName: spec.FirstName, lastName: spec.LastName,
		typ: typ, org: o, roles: append([]string(nil), spec.Roles...),
		created: now, modified: now,
		memberships: map[string]*membership{},
		teams:       map[string]*teamMembership{},
	}
	s.people[u] = p
	s.byEmail[emailKey(email)] = p
	s.peopleList = append(s.peopleList, p)
	return p, nil
}
