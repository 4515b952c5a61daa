package mcpserver

import (
	"context"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/teams"
)

// TeamListInput is the input of teams_list.
type TeamListInput struct {
	PageInput
}

// TeamIDInput names one team.
type TeamIDInput struct {
	TeamID string `json:"teamId" jsonschema:"the team id"`
}

// TeamCreateInput is the input of teams_create.
type TeamCreateInput struct {
	Name        string `json:"name" jsonschema:"the team's name"`
	Description string `json:"description,omitempty" jsonschema:"what the team is for"`
}

// TeamUpdateInput is the input of teams_update.
type TeamUpdateInput struct {
	TeamID      string `json:"teamId" jsonschema:"the team id"`
	Name        string `json:"name" jsonschema:"the team's name (required by Webex even when unchanged)"`
	Description string `json:"description,omitempty" jsonschema:"the new description"`
}

func teamTools() []tool {
	return []tool{
		&spec[TeamListInput, ListOutput[teams.Team]]{
			name: "teams_list", title: "List teams", cap: CapTeams, level: Read, kind: kindRead,
			scopes: []string{webex.ScopeTeamsRead},
			desc:   "List the teams the agent belongs to, one page at a time. Returns up to limit teams and a nextCursor.",
			verb:   "list", past: "listed", object: func(*call, *TeamListInput) string { return "teams" },
			run: func(ctx context.Context, c *call, in *TeamListInput) (ListOutput[teams.Team], error) {
				url, err := c.cursor(in.Cursor)
				if err != nil {
					return ListOutput[teams.Team]{}, err
				}
				p, err := c.client().Teams.ListPage(ctx, &teams.ListParams{Max: pageSize(in.Limit)}, url)
				if err != nil {
					return ListOutput[teams.Team]{}, err
				}
				return ListOutput[teams.Team]{Items: p.Items, NextCursor: c.next(p.NextURL)}, nil
			},
			summary: func(o ListOutput[teams.Team]) string { return listSummary(len(o.Items), "teams", o.NextCursor) },
		},
		&spec[TeamIDInput, teams.Team]{
			name: "teams_get", title: "Get a team", cap: CapTeams, level: Read, kind: kindRead,
			scopes: []string{webex.ScopeTeamsRead},
			desc:   "Get one team by id: its name, description and creation time.",
			verb:   "read", past: "read",
			object: func(c *call, in *TeamIDInput) string { return c.ref("teamId", "team", in.TeamID) },
			run: func(ctx context.Context, c *call, in *TeamIDInput) (teams.Team, error) {
				t, err := c.client().Teams.Get(ctx, in.TeamID)
				if err != nil {
					return teams.Team{}, err
				}
				return *t, nil
			},
			summary: func(t teams.Team) string { return "team " + t.Name + " (" + t.ID + ")" },
		},
		&spec[TeamCreateInput, teams.Team]{
			name: "teams_create", title: "Create a team", cap: CapTeams, level: Write, kind: kindCreate,
			scopes: []string{webex.ScopeTeamsWrite},
			desc:   "Create a team; the agent becomes its first member and moderator, and Webex creates its General space. Calling it twice creates two teams.",
			verb:   "create", past: "created",
			object: func(_ *call, in *TeamCreateInput) string { return "team " + in.Name },
			run: func(ctx context.Context, c *call, in *TeamCreateInput) (teams.Team, error) {
				t, err := c.client().Teams.Create(ctx, &teams.CreateParams{Name: in.Name, Description: in.Description})
				if err != nil {
					return teams.Team{}, err
				}
				c.target("teamId", t.ID)
				return *t, nil
			},
			summary: func(t teams.Team) string { return "created team " + t.Name + " (" + t.ID + ")" },
		},
		&spec[TeamUpdateInput, teams.Team]{
			name: "teams_update", title: "Rename a team", cap: CapTeams, level: Write, kind: kindUpdate,
			scopes: []string{webex.ScopeTeamsWrite},
			desc:   "Rename a team or change its description (name is always required).",
			verb:   "update", past: "updated",
			object: func(c *call, in *TeamUpdateInput) string { return c.ref("teamId", "team", in.TeamID) },
			run: func(ctx context.Context, c *call, in *TeamUpdateInput) (teams.Team, error) {
				t, err := c.client().Teams.Update(ctx, in.TeamID, &teams.UpdateParams{Name: in.Name, Description: in.Description})
				if err != nil {
					return teams.Team{}, err
				}
				return *t, nil
			},
			summary: func(t teams.Team) string { return "updated team " + t.Name },
		},
		&spec[TeamIDInput, Done]{
			name: "teams_delete", title: "Delete a team", cap: CapTeams, level: Full, kind: kindDelete,
			scopes: []string{webex.ScopeTeamsWrite},
			desc:   "Delete a team and all its spaces for every member. Cannot be undone.",
			verb:   "delete", past: "deleted",
			object: func(c *call, in *TeamIDInput) string { return c.ref("teamId", "team", in.TeamID) },
			run: func(ctx context.Context, c *call, in *TeamIDInput) (Done, error) {
				if err := c.client().Teams.Delete(ctx, in.TeamID); err != nil {
					return Done{}, err
				}
				return Done{OK: true, Message: "deleted team " + in.TeamID}, nil
			},
			summary: func(d Done) string { return d.Message },
		},
	}
}

// TeamMembershipListInput is the input of team_memberships_list.
type TeamMembershipListInput struct {
	TeamID string `json:"teamId" jsonschema:"the team id whose members to list"`
	PageInput
}

// TeamMembershipIDInput names one team membership.
type TeamMembershipIDInput struct {
	MembershipID string `json:"membershipId" jsonschema:"the team membership id (from team_memberships_list)"`
}

// TeamMembershipCreateInput is the input of team_memberships_create.
type TeamMembershipCreateInput struct {
	TeamID      string `json:"teamId" jsonschema:"the team id"`
	PersonID    string `json:"personId,omitempty" jsonschema:"the person's id (give this or personEmail)"`
	PersonEmail string `json:"personEmail,omitempty" jsonschema:"the person's email (give this or personId)"`
	IsModerator *bool  `json:"isModerator,omitempty" jsonschema:"make the person a team moderator"`
}

// TeamMembershipUpdateInput is the input of team_memberships_update.
type TeamMembershipUpdateInput struct {
	MembershipID string `json:"membershipId" jsonschema:"the team membership id"`
	IsModerator  bool   `json:"isModerator" jsonschema:"make the member a team moderator (true) or not (false)"`
}

func teamMembershipTools() []tool {
	return []tool{
		&spec[TeamMembershipListInput, ListOutput[teams.Membership]]{
			name: "team_memberships_list", title: "List team members", cap: CapTeams, level: Read, kind: kindRead,
			scopes: []string{webex.ScopeTeamMembershipsRead},
			desc:   "List the members of a team, one page at a time. Returns up to limit memberships and a nextCursor.",
			verb:   "list", past: "listed",
			object: func(c *call, in *TeamMembershipListInput) string {
				return "the members of " + c.ref("teamId", "team", in.TeamID)
			},
			run: func(ctx context.Context, c *call, in *TeamMembershipListInput) (ListOutput[teams.Membership], error) {
				url, err := c.cursor(in.Cursor)
				if err != nil {
					return ListOutput[teams.Membership]{}, err
				}
				p, err := c.client().TeamMemberships.ListPage(ctx, &teams.ListMembershipsParams{TeamID: in.TeamID, Max: pageSize(in.Limit)}, url)
				if err != nil {
					return ListOutput[teams.Membership]{}, err
				}
				return ListOutput[teams.Membership]{Items: p.Items, NextCursor: c.next(p.NextURL)}, nil
			},
			summary: func(o ListOutput[teams.Membership]) string {
				return listSummary(len(o.Items), "team memberships", o.NextCursor)
			},
		},
		&spec[TeamMembershipIDInput, teams.Membership]{
			name: "team_memberships_get", title: "Get a team membership", cap: CapTeams, level: Read, kind: kindRead,
			scopes: []string{webex.ScopeTeamMembershipsRead},
			desc:   "Get one team membership by id: the person, the team and whether they moderate it.",
			verb:   "read", past: "read",
			object: func(c *call, in *TeamMembershipIDInput) string {
				return c.ref("teamMembershipId", "team membership", in.MembershipID)
			},
			run: func(ctx context.Context, c *call, in *TeamMembershipIDInput) (teams.Membership, error) {
				m, err := c.client().TeamMemberships.Get(ctx, in.MembershipID)
				if err != nil {
					return teams.Membership{}, err
				}
				return *m, nil
			},
			summary: func(m teams.Membership) string { return "team membership of " + m.PersonEmail },
		},
		&spec[TeamMembershipCreateInput, teams.Membership]{
			name: "team_memberships_create", title: "Add a person to a team", cap: CapTeams, level: Write, kind: kindCreate,
			scopes: []string{webex.ScopeTeamMembershipsWrite},
			desc:   "Add a person to a team by personId or personEmail, optionally as moderator; they get access to the team's spaces.",
			verb:   "add", past: "added",
			object: func(c *call, in *TeamMembershipCreateInput) string {
				return c.person(in.PersonID, in.PersonEmail) + " to " + c.ref("teamId", "team", in.TeamID)
			},
			run: func(ctx context.Context, c *call, in *TeamMembershipCreateInput) (teams.Membership, error) {
				m, err := c.client().TeamMemberships.Create(ctx, &teams.CreateMembershipParams{
					TeamID: in.TeamID, PersonID: in.PersonID, PersonEmail: in.PersonEmail, IsModerator: in.IsModerator,
				})
				if err != nil {
					return teams.Membership{}, err
				}
				c.target("teamMembershipId", m.ID)
				return *m, nil
			},
			summary: func(m teams.Membership) string { return "added " + m.PersonEmail + " to the team" },
		},
		&spec[TeamMembershipUpdateInput, teams.Membership]{
			name: "team_memberships_update", title: "Change a team membership", cap: CapTeams, level: Write, kind: kindUpdate,
			destructive: webex.Ptr(false),
			scopes:      []string{webex.ScopeTeamMembershipsWrite},
			desc:        "Make a team member a moderator or not.",
			verb:        "change", past: "changed",
			object: func(c *call, in *TeamMembershipUpdateInput) string {
				return c.ref("teamMembershipId", "team membership", in.MembershipID)
			},
			run: func(ctx context.Context, c *call, in *TeamMembershipUpdateInput) (teams.Membership, error) {
				m, err := c.client().TeamMemberships.Update(ctx, in.MembershipID, &teams.UpdateMembershipParams{IsModerator: webex.Ptr(in.IsModerator)})
				if err != nil {
					return teams.Membership{}, err
				}
				return *m, nil
			},
			summary: func(m teams.Membership) string { return "updated team membership " + m.ID },
		},
		&spec[TeamMembershipIDInput, Done]{
			name: "team_memberships_delete", title: "Remove a person from a team", cap: CapTeams, level: Full, kind: kindDelete,
			scopes: []string{webex.ScopeTeamMembershipsWrite},
			desc:   "Remove a person from a team; they lose access to its spaces.",
			verb:   "remove", past: "removed",
			object: func(c *call, in *TeamMembershipIDInput) string {
				return c.ref("teamMembershipId", "team membership", in.MembershipID)
			},
			run: func(ctx context.Context, c *call, in *TeamMembershipIDInput) (Done, error) {
				if err := c.client().TeamMemberships.Delete(ctx, in.MembershipID); err != nil {
					return Done{}, err
				}
				return Done{OK: true, Message: "removed team membership " + in.MembershipID}, nil
			},
			summary: func(d Done) string { return d.Message },
		},
	}
}
