package mcpserver

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/webextest"
)

// Emulator is an in-process Webex (webextest) seeded with demo people,
// spaces, messages, a team and a finished meeting, with one person and one
// token per agent of a policy, so that an agent can be tried offline.
type Emulator struct {
	// Server is the emulator.
	Server *webextest.Server
	// Tokens maps each agent to its emulator token, carrying the scopes
	// its grants need (see ScopesFor).
	Tokens map[string]string
	// Spaces maps each demo space's title to its id.
	Spaces map[string]string
	// Meetings maps each agent to the id of the demo meeting it hosted:
	// finished, with a recording, a transcript and a summary.
	Meetings map[string]string
	// People maps the email of each demo person and agent to its emulator
	// person, for driving the emulator (joining meetings, say).
	People map[string]*webextest.Person
}

// Demo space titles of the emulator.
const (
	DemoSpacePlanning    = "Q3 Planning"
	DemoSpaceEngineering = "Engineering"
	DemoSpaceRandom      = "Random"
)

// StartEmulator starts an emulator on loopback for the agents of p and
// resolves the space titles p's allowlists name (DemoSpacePlanning, ...)
// to the demo spaces' ids. Close it when done.
func StartEmulator(p *Policy) (*Emulator, error) {
	srv := webextest.NewServer()
	e := &Emulator{Server: srv, Tokens: map[string]string{}, Spaces: map[string]string{}, Meetings: map[string]string{}, People: map[string]*webextest.Person{}}

	alice := srv.NewUser(nil, "alice@example.com", "Alice Johnson")
	bob := srv.NewUser(nil, "bob@example.com", "Bob Smith")
	carol := srv.NewUser(nil, "carol@example.com", "Carol Diaz")

	var agents []*webextest.Person
	for _, name := range p.Names() {
		a, _ := p.Agent(name)
		spec := webextest.PersonSpec{Email: agentEmail(name), DisplayName: name}
		if a.Level(CapPeople) >= Write {
			spec.Roles = append(spec.Roles, webextest.RoleFullAdmin)
		}
		if a.Level(CapEvents) >= Read {
			spec.Roles = append(spec.Roles, webextest.RoleComplianceOfficer)
		}
		person := srv.NewPerson(nil, spec)
		agents = append(agents, person)
		e.Tokens[name] = srv.NewToken(person, ScopesFor(a)...)
	}

	team := srv.NewTeam(alice, "Product Launch", append([]*webextest.Person{bob}, agents...)...)
	planning := srv.NewTeamRoom(team, alice, DemoSpacePlanning, append([]*webextest.Person{bob, carol}, agents...)...)
	eng := srv.NewRoom(bob, DemoSpaceEngineering, append([]*webextest.Person{alice}, agents...)...)
	random := srv.NewRoom(carol, DemoSpaceRandom, append([]*webextest.Person{alice, bob}, agents...)...)
	for _, r := range []*webextest.Room{planning, eng, random, team.General} {
		e.Spaces[r.Title] = r.ID
	}

	srv.NewMessage(alice, planning, "Kickoff is Monday at 9. Agenda in the doc.")
	srv.PostMessage(bob, planning, webextest.MessageSpec{Markdown: "Budget draft is **ready** for review"})
	srv.NewMessage(carol, planning, "I will bring the customer interview notes.")
	srv.NewMessage(bob, eng, "Deploy of 2.4 is green on staging.")
	srv.NewMessage(alice, eng, "Please hold merges until the release branch is cut.")
	srv.NewMessage(carol, random, "Coffee machine on floor 3 is fixed.")

	for _, p := range append([]*webextest.Person{alice, bob, carol}, agents...) {
		e.People[p.Email] = p
	}
	e.seedMeetings(p.Names(), agents, alice, bob, planning)

	if err := p.ResolveSpaces(func(title string) (string, bool) {
		id, ok := e.Spaces[title]
		return id, ok
	}); err != nil {
		srv.Close()
		return nil, err
	}
	return e, nil
}

// seedMeetings seeds, for each agent, a meeting it hosted that took place
// and ended, so that its recordings, transcripts and summaries have
// something to show (Webex shows them to the host).
func (e *Emulator) seedMeetings(names []string, agents []*webextest.Person, alice, bob *webextest.Person, room *webextest.Room) {
	for i, host := range agents {
		start := time.Now().Add(-5 * time.Minute)
		m := e.Server.NewMeeting(host, webextest.MeetingSpec{
			Title: "Q3 Kickoff", Agenda: "Goals, budget, owners", Start: start, End: start.Add(time.Hour),
			Invitees: []string{alice.Email, bob.Email}, RoomID: room.ID,
		})
		if _, err := e.Server.JoinMeeting(m.ID, host); err != nil {
			continue
		}
		_, _ = e.Server.JoinMeeting(m.ID, alice)
		_, _ = e.Server.JoinMeeting(m.ID, bob)
		if err := e.Server.EndMeeting(m.ID); err != nil {
			continue
		}
		e.Meetings[names[i]] = m.ID
	}
}

// SpaceNames maps the demo spaces' ids to their titles (Config.SpaceNames).
func (e *Emulator) SpaceNames() map[string]string {
	m := make(map[string]string, len(e.Spaces))
	for title, id := range e.Spaces {
		m[id] = title
	}
	return m
}

// URL is the emulator's API base URL.
func (e *Emulator) URL() string { return e.Server.URL() }

// Close stops the emulator.
func (e *Emulator) Close() { e.Server.Close() }

// AgentEmail is the email address of an agent's emulator person.
func AgentEmail(name string) string { return agentEmail(name) }

func agentEmail(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '.' {
			b.WriteRune(r)
		} else {
			b.WriteByte('-')
		}
	}
	return fmt.Sprintf("%s@agents.example.com", b.String())
}

// ScopesFor returns the Webex scopes an agent's grants need: what a token
// made for it should carry, no more.
func ScopesFor(a *Agent) []string {
	var s []string
	add := func(c Capability, read []string, write []string) {
		switch l := a.Level(c); {
		case l >= Write:
			s = append(s, read...)
			s = append(s, write...)
		case l == Read:
			s = append(s, read...)
		}
	}
	add(CapMessages, []string{webex.ScopeMessagesRead}, []string{webex.ScopeMessagesWrite})
	add(CapSpaces, []string{webex.ScopeRoomsRead}, []string{webex.ScopeRoomsWrite})
	add(CapMemberships, []string{webex.ScopeMembershipsRead}, []string{webex.ScopeMembershipsWrite})
	add(CapPeople, []string{webex.ScopePeopleRead}, []string{webex.ScopeAdminPeopleRead, webex.ScopeAdminPeopleWrite})
	add(CapTeams, []string{webex.ScopeTeamsRead, webex.ScopeTeamMembershipsRead},
		[]string{webex.ScopeTeamsWrite, webex.ScopeTeamMembershipsWrite})
	add(CapMeetings, []string{webex.ScopeMeetingSchedulesRead, webex.ScopeMeetingParticipantsRead},
		[]string{webex.ScopeMeetingSchedulesWrite, webex.ScopeMeetingParticipantsWrite})
	add(CapRecordings, []string{webex.ScopeMeetingRecordingsRead, webex.ScopeMeetingTranscriptsRead, webex.ScopeMeetingSummariesRead},
		[]string{webex.ScopeMeetingRecordingsWrite, ScopeMeetingTranscriptsWrite, webex.ScopeMeetingSummariesWrite})
	add(CapEvents, []string{webex.ScopeComplianceEventsRead}, nil)
	if a.Level(CapMessages) >= Read {
		s = append(s, webex.ScopeKMS)
	}
	slices.Sort(s)
	return slices.Compact(s)
}
