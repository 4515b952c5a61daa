package mcpserver

import (
	"context"
	"fmt"
	"strings"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/people"
)

// PeopleListInput is the input of people_list.
type PeopleListInput struct {
	Email         string   `json:"email,omitempty" jsonschema:"find the person with this email address"`
	DisplayName   string   `json:"displayName,omitempty" jsonschema:"find people whose name starts with this"`
	IDs           []string `json:"ids,omitempty" jsonschema:"find people by id (at most 85)"`
	Roles         []string `json:"roles,omitempty" jsonschema:"admins: people holding these admin role ids"`
	LocationID    string   `json:"locationId,omitempty" jsonschema:"admins: the people of this location id"`
	ExcludeStatus bool     `json:"excludeStatus,omitempty" jsonschema:"leave out presence status (faster)"`
	PageInput
}

// PersonIDInput names one person.
type PersonIDInput struct {
	PersonID string `json:"personId" jsonschema:"the person id"`
}

// PeopleLookupInput is the input of people_lookup.
type PeopleLookupInput struct {
	IDs []string `json:"ids" jsonschema:"the person ids to look up, at most 85"`
}

// NoInput is the input of tools that take none.
type NoInput struct{}

// PersonCreateInput is the input of people_create.
type PersonCreateInput struct {
	Emails      []string `json:"emails" jsonschema:"the person's email address (Webex uses the first)"`
	DisplayName string   `json:"displayName,omitempty" jsonschema:"the full name shown in Webex"`
	FirstName   string   `json:"firstName,omitempty"`
	LastName    string   `json:"lastName,omitempty"`
	Title       string   `json:"title,omitempty" jsonschema:"job title"`
	Department  string   `json:"department,omitempty"`
	ManagerID   string   `json:"managerId,omitempty" jsonschema:"the person id of their manager"`
	Roles       []string `json:"roles,omitempty" jsonschema:"admin role ids"`
	Licenses    []string `json:"licenses,omitempty" jsonschema:"license ids"`
}

// PersonUpdateInput is the input of people_update.
type PersonUpdateInput struct {
	PersonID     string   `json:"personId" jsonschema:"the person id"`
	DisplayName  string   `json:"displayName,omitempty" jsonschema:"new full name; unchanged when omitted"`
	FirstName    string   `json:"firstName,omitempty" jsonschema:"unchanged when omitted"`
	LastName     string   `json:"lastName,omitempty" jsonschema:"unchanged when omitted"`
	Title        string   `json:"title,omitempty" jsonschema:"job title; unchanged when omitted"`
	Department   string   `json:"department,omitempty" jsonschema:"unchanged when omitted"`
	ManagerID    string   `json:"managerId,omitempty" jsonschema:"unchanged when omitted"`
	Emails       []string `json:"emails,omitempty" jsonschema:"replaces the email addresses, primary first; unchanged when omitted"`
	Roles        []string `json:"roles,omitempty" jsonschema:"replaces the admin role ids; unchanged when omitted"`
	Licenses     []string `json:"licenses,omitempty" jsonschema:"replaces the license ids; unchanged when omitted"`
	LoginEnabled *bool    `json:"loginEnabled,omitempty" jsonschema:"allow or forbid signing in; unchanged when omitted"`
}

func personSummary(p people.Person) string {
	return fmt.Sprintf("%s <%s> (%s)", p.DisplayName, strings.Join(p.Emails, ", "), p.ID)
}

func peopleTools() []tool {
	return []tool{
		&spec[NoInput, people.Person]{
			name: "people_me", title: "Who am I", cap: CapPeople, level: Read, kind: kindRead,
			scopes: []string{webex.ScopePeopleRead},
			desc:   "Get the agent's own Webex identity: display name, emails, id and organization.",
			verb:   "read", past: "read", object: func(*call, *NoInput) string { return "its own profile" },
			run: func(ctx context.Context, c *call, _ *NoInput) (people.Person, error) {
				p, err := c.client().People.Me(ctx, nil)
				if err != nil {
					return people.Person{}, err
				}
				return *p, nil
			},
			summary: personSummary,
		},
		&spec[PeopleListInput, ListOutput[people.Person]]{
			name: "people_list", title: "Find people", cap: CapPeople, level: Read, kind: kindRead,
			scopes: []string{webex.ScopePeopleRead},
			desc: "Find people in the directory by email, by the start of their display name, or by ids (give at least one filter), " +
				"one page at a time. Returns up to limit people and a nextCursor.",
			verb: "look up", past: "looked up",
			object: func(c *call, in *PeopleListInput) string {
				switch {
				case in.Email != "":
					return c.person("", in.Email)
				case in.DisplayName != "":
					return "people named " + in.DisplayName
				}
				return "people"
			},
			run: func(ctx context.Context, c *call, in *PeopleListInput) (ListOutput[people.Person], error) {
				url, err := c.cursor(in.Cursor)
				if err != nil {
					return ListOutput[people.Person]{}, err
				}
				p, err := c.client().People.ListPage(ctx, &people.ListParams{
					Email: in.Email, DisplayName: in.DisplayName, IDs: in.IDs, Roles: in.Roles,
					LocationID: in.LocationID, ExcludeStatus: in.ExcludeStatus, Max: pageSize(in.Limit),
				}, url)
				if err != nil {
					return ListOutput[people.Person]{}, err
				}
				return ListOutput[people.Person]{Items: p.Items, NextCursor: c.next(p.NextURL)}, nil
			},
			summary: func(o ListOutput[people.Person]) string { return listSummary(len(o.Items), "people", o.NextCursor) },
		},
		&spec[PersonIDInput, people.Person]{
			name: "people_get", title: "Get a person", cap: CapPeople, level: Read, kind: kindRead,
			scopes: []string{webex.ScopePeopleRead},
			desc:   "Get one person by id: display name, emails, title, organization and presence.",
			verb:   "read", past: "read",
			object: func(c *call, in *PersonIDInput) string { return "the profile of " + c.person(in.PersonID, "") },
			run: func(ctx context.Context, c *call, in *PersonIDInput) (people.Person, error) {
				p, err := c.client().People.Get(ctx, in.PersonID, nil)
				if err != nil {
					return people.Person{}, err
				}
				return *p, nil
			},
			summary: personSummary,
		},
		&spec[PeopleLookupInput, people.LookupResult]{
			name: "people_lookup", title: "Look up people by id", cap: CapPeople, level: Read, kind: kindRead,
			scopes: []string{webex.ScopePeopleRead},
			desc:   "Look up to 85 people by id in one call; returns the people found and the ids not found.",
			verb:   "look up", past: "looked up",
			object: func(_ *call, in *PeopleLookupInput) string { return fmt.Sprintf("%d people by id", len(in.IDs)) },
			run: func(ctx context.Context, c *call, in *PeopleLookupInput) (people.LookupResult, error) {
				r, err := c.client().People.Lookup(ctx, in.IDs)
				if err != nil {
					return people.LookupResult{}, err
				}
				return *r, nil
			},
			summary: func(r people.LookupResult) string {
				return fmt.Sprintf("%d people found, %d ids not found", len(r.People), len(r.NotFoundIDs))
			},
		},
		&spec[PersonCreateInput, people.Person]{
			name: "people_create", title: "Create a person", set: "people_admin", cap: CapPeople, level: Write, kind: kindCreate,
			scopes: []string{webex.ScopeAdminPeopleWrite},
			desc:   "Create a user account in the organization (administrators only) with an email and optionally names, title, roles and licenses.",
			verb:   "create", past: "created",
			object: func(c *call, in *PersonCreateInput) string {
				if len(in.Emails) > 0 {
					return "the account of " + c.person("", in.Emails[0])
				}
				return "an account"
			},
			run: func(ctx context.Context, c *call, in *PersonCreateInput) (people.Person, error) {
				p, err := c.client().People.Create(ctx, &people.CreateParams{
					Emails: in.Emails, DisplayName: in.DisplayName, FirstName: in.FirstName, LastName: in.LastName,
					Title: in.Title, Department: in.Department, ManagerID: in.ManagerID, Roles: in.Roles, Licenses: in.Licenses,
				})
				if err != nil {
					return people.Person{}, err
				}
				c.target("personId", p.ID)
				return *p, nil
			},
			summary: personSummary,
		},
		&spec[PersonUpdateInput, people.Person]{
			name: "people_update", title: "Update a person", set: "people_admin", cap: CapPeople, level: Write, kind: kindUpdate,
			scopes: []string{webex.ScopeAdminPeopleWrite},
			desc: "Change a person's details (administrators only). Only the fields given change: the tool reads the person first, " +
				"because Webex replaces every detail on update.",
			verb: "update", past: "updated",
			object: func(c *call, in *PersonUpdateInput) string { return "the profile of " + c.person(in.PersonID, "") },
			run: func(ctx context.Context, c *call, in *PersonUpdateInput) (people.Person, error) {
				cur, err := c.client().People.Get(ctx, in.PersonID, nil)
				if err != nil {
					return people.Person{}, err
				}
				p := cur.UpdateParams()
				set := func(dst *string, v string) {
					if v != "" {
						*dst = v
					}
				}
				set(&p.DisplayName, in.DisplayName)
				set(&p.FirstName, in.FirstName)
				set(&p.LastName, in.LastName)
				set(&p.Title, in.Title)
				set(&p.Department, in.Department)
				set(&p.ManagerID, in.ManagerID)
				if in.Emails != nil {
					p.Emails = in.Emails
				}
				if in.Roles != nil {
					p.Roles = in.Roles
				}
				if in.Licenses != nil {
					p.Licenses = in.Licenses
				}
				if in.LoginEnabled != nil {
					p.LoginEnabled = in.LoginEnabled
				}
				out, err := c.client().People.Update(ctx, in.PersonID, p)
				if err != nil {
					return people.Person{}, err
				}
				return *out, nil
			},
			summary: personSummary,
		},
		&spec[PersonIDInput, Done]{
			name: "people_delete", title: "Delete a person", set: "people_admin", cap: CapPeople, level: Full, kind: kindDelete,
			scopes: []string{webex.ScopeAdminPeopleWrite},
			desc:   "Delete a person's account from the organization (administrators only). Cannot be undone.",
			verb:   "delete", past: "deleted",
			object: func(c *call, in *PersonIDInput) string { return "the account of " + c.person(in.PersonID, "") },
			run: func(ctx context.Context, c *call, in *PersonIDInput) (Done, error) {
				if err := c.client().People.Delete(ctx, in.PersonID); err != nil {
					return Done{}, err
				}
				return Done{OK: true, Message: "deleted person " + in.PersonID}, nil
			},
			summary: func(d Done) string { return d.Message },
		},
	}
}
