package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/gowebex/sdk/webex/webextest"
)

// seedFile is the seed document; see the package documentation.
type seedFile struct {
	Orgs     []seedOrg     `json:"orgs"`
	People   []seedPerson  `json:"people"`
	Teams    []seedTeam    `json:"teams"`
	Spaces   []seedSpace   `json:"spaces"`
	Messages []seedMessage `json:"messages"`
	Tokens   []seedToken   `json:"tokens"`
}

// seedOrg is an organization.
type seedOrg struct {
	Key  string `json:"key"`
	Name string `json:"name"`
}

// seedPerson is a person or bot.
type seedPerson struct {
	Key         string   `json:"key"`
	Org         string   `json:"org"`
	Email       string   `json:"email"`
	DisplayName string   `json:"displayName"`
	FirstName   string   `json:"firstName"`
	LastName    string   `json:"lastName"`
	Type        string   `json:"type"`
	Roles       []string `json:"roles"`
}

// seedTeam is a team.
type seedTeam struct {
	Key     string   `json:"key"`
	Name    string   `json:"name"`
	Creator string   `json:"creator"`
	Members []string `json:"members"`
}

// seedSpace is a group or direct space.
type seedSpace struct {
	Key        string   `json:"key"`
	Title      string   `json:"title"`
	Type       string   `json:"type"`
	Creator    string   `json:"creator"`
	Team       string   `json:"team"`
	Members    []string `json:"members"`
	Moderators []string `json:"moderators"`
}

// seedMessage is a message.
type seedMessage struct {
	Key      string `json:"key"`
	Space    string `json:"space"`
	Author   string `json:"author"`
	Text     string `json:"text"`
	Markdown string `json:"markdown"`
	Parent   string `json:"parent"`
}

// seedToken is an access token.
type seedToken struct {
	Person string   `json:"person"`
	Token  string   `json:"token"`
	Scopes []string `json:"scopes"`
}

// issuedToken is a token created while seeding.
type issuedToken struct {
	email  string
	scopes string
	value  string
}

// readSeed loads a seed file, rejecting unknown fields.
func readSeed(path string) (*seedFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return decodeSeed(f, path)
}

// decodeSeed decodes a seed document, rejecting unknown fields; name says
// where it came from in errors.
func decodeSeed(r io.Reader, name string) (*seedFile, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var sf seedFile
	if err := dec.Decode(&sf); err != nil {
		return nil, fmt.Errorf("seed %s: %w", name, err)
	}
	return &sf, nil
}

// applySeed populates emu from sf and returns the tokens it created.
func applySeed(emu *webextest.Server, sf *seedFile) (tokens []issuedToken, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("seed: %v", v)
		}
	}()
	orgs := map[string]*webextest.Org{}
	for _, o := range sf.Orgs {
		if o.Key == "" || orgs[o.Key] != nil {
			return nil, fmt.Errorf("seed: org key %q missing or duplicated", o.Key)
		}
		orgs[o.Key] = emu.NewOrg(o.Name)
	}
	people := map[string]*webextest.Person{}
	for _, p := range sf.People {
		var org *webextest.Org
		if p.Org != "" {
			if org = orgs[p.Org]; org == nil {
				return nil, fmt.Errorf("seed: person %q: unknown org %q", p.Key, p.Org)
			}
		}
		var roles []string
		for _, r := range p.Roles {
			switch strings.ToLower(r) {
			case "admin":
				roles = append(roles, webextest.RoleFullAdmin)
			case "compliance", "compliance_officer":
				roles = append(roles, webextest.RoleComplianceOfficer)
			default:
				roles = append(roles, r)
			}
		}
		person := emu.NewPerson(org, webextest.PersonSpec{Email: p.Email, DisplayName: p.DisplayName,
			FirstName: p.FirstName, LastName: p.LastName, Type: p.Type, Roles: roles})
		if p.Key != "" {
			if people[p.Key] != nil {
				return nil, fmt.Errorf("seed: duplicate person key %q", p.Key)
			}
			people[p.Key] = person
		}
		people[strings.ToLower(person.Email)] = person
	}
	who := func(ref, ctx string) (*webextest.Person, error) {
		if p := people[ref]; p != nil {
			return p, nil
		}
		if p := people[strings.ToLower(ref)]; p != nil {
			return p, nil
		}
		return nil, fmt.Errorf("seed: %s: unknown person %q", ctx, ref)
	}
	teams := map[string]*webextest.Team{}
	for _, t := range sf.Teams {
		creator, err := who(t.Creator, "team "+t.Key)
		if err != nil {
			return nil, err
		}
		var members []*webextest.Person
		for _, m := range t.Members {
			p, err := who(m, "team "+t.Key)
			if err != nil {
				return nil, err
			}
			members = append(members, p)
		}
		teams[t.Key] = emu.NewTeam(creator, t.Name, members...)
	}
	spaces := map[string]*webextest.Room{}
	for _, s := range sf.Spaces {
		room, err := seedSpaceRoom(emu, s, who, teams)
		if err != nil {
			return nil, err
		}
		spaces[s.Key] = room
	}
	for k, t := range teams {
		if _, taken := spaces[k+"/general"]; !taken {
			spaces[k+"/general"] = t.General
		}
	}
	msgs := map[string]*webextest.Message{}
	for i, m := range sf.Messages {
		room := spaces[m.Space]
		if room == nil {
			return nil, fmt.Errorf("seed: message %d: unknown space %q", i, m.Space)
		}
		author, err := who(m.Author, fmt.Sprintf("message %d", i))
		if err != nil {
			return nil, err
		}
		spec := webextest.MessageSpec{Text: m.Text, Markdown: m.Markdown}
		if m.Parent != "" {
			parent := msgs[m.Parent]
			if parent == nil {
				return nil, fmt.Errorf("seed: message %d: unknown parent %q", i, m.Parent)
			}
			spec.ParentID = parent.ID
		}
		msg := emu.PostMessage(author, room, spec)
		if m.Key != "" {
			msgs[m.Key] = msg
		}
	}
	for _, t := range sf.Tokens {
		p, err := who(t.Person, "token")
		if err != nil {
			return nil, err
		}
		scopes := t.Scopes
		if len(scopes) == 0 {
			scopes = []string{"spark:all"}
		}
		value := t.Token
		if value == "" {
			value = emu.NewToken(p, scopes...)
		} else {
			emu.RegisterToken(value, p, scopes...)
		}
		tokens = append(tokens, issuedToken{email: p.Email, scopes: strings.Join(scopes, " "), value: value})
	}
	return tokens, nil
}

// seedSpaceRoom creates one seeded space.
func seedSpaceRoom(emu *webextest.Server, s seedSpace, who func(string, string) (*webextest.Person, error), teams map[string]*webextest.Team) (*webextest.Room, error) {
	ctx := "space " + s.Key
	if s.Key == "" {
		return nil, fmt.Errorf("seed: a space needs a key")
	}
	if s.Type == "direct" {
		if len(s.Members) != 2 {
			return nil, fmt.Errorf("seed: %s: a direct space needs exactly two members", ctx)
		}
		a, err := who(s.Members[0], ctx)
		if err != nil {
			return nil, err
		}
		b, err := who(s.Members[1], ctx)
		if err != nil {
			return nil, err
		}
		return emu.DirectRoom(a, b), nil
	}
	creator, err := who(s.Creator, ctx)
	if err != nil {
		return nil, err
	}
	var room *webextest.Room
	if s.Team != "" {
		t := teams[s.Team]
		if t == nil {
			return nil, fmt.Errorf("seed: %s: unknown team %q", ctx, s.Team)
		}
		room = emu.NewTeamRoom(t, creator, s.Title)
	} else {
		room = emu.NewRoom(creator, s.Title)
	}
	for _, list := range []struct {
		refs []string
		mod  bool
	}{{s.Members, false}, {s.Moderators, true}} {
		for _, ref := range list.refs {
			p, err := who(ref, ctx)
			if err != nil {
				return nil, err
			}
			if p.ID == creator.ID {
				continue
			}
			emu.AddMember(room, p, list.mod)
		}
	}
	return room, nil
}
