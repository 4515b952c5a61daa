package mcpserver

import (
	"context"
	"time"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/rooms"
)

// SpaceListInput is the input of spaces_list.
type SpaceListInput struct {
	TeamID          string    `json:"teamId,omitempty" jsonschema:"list only the spaces of this team id"`
	Type            string    `json:"type,omitempty" jsonschema:"list only spaces of this type: direct or group"`
	SortBy          string    `json:"sortBy,omitempty" jsonschema:"order: id, lastactivity or created"`
	OrgPublicSpaces bool      `json:"orgPublicSpaces,omitempty" jsonschema:"list the organization's public spaces, joined or not (cannot be combined with teamId, type or sortBy)"`
	From            time.Time `json:"from,omitzero" jsonschema:"with orgPublicSpaces: spaces made public after this time (RFC 3339)"`
	To              time.Time `json:"to,omitzero" jsonschema:"with orgPublicSpaces: spaces made public before this time (RFC 3339)"`
	PageInput
}

// SpaceIDInput names one space.
type SpaceIDInput struct {
	RoomID string `json:"roomId" jsonschema:"the space (room) id"`
}

// SpaceCreateInput is the input of spaces_create.
type SpaceCreateInput struct {
	Title              string `json:"title" jsonschema:"the space's name"`
	TeamID             string `json:"teamId,omitempty" jsonschema:"create the space in this team id"`
	Description        string `json:"description,omitempty" jsonschema:"what the space is for (required when isPublic)"`
	IsLocked           *bool  `json:"isLocked,omitempty" jsonschema:"make the space moderated, with the creator as moderator"`
	IsPublic           *bool  `json:"isPublic,omitempty" jsonschema:"make the space discoverable in the organization"`
	IsAnnouncementOnly *bool  `json:"isAnnouncementOnly,omitempty" jsonschema:"let only moderators post (needs isLocked)"`
	ClassificationID   string `json:"classificationId,omitempty" jsonschema:"the data classification id"`
}

// SpaceUpdateInput is the input of spaces_update.
type SpaceUpdateInput struct {
	RoomID             string `json:"roomId" jsonschema:"the space (room) id"`
	Title              string `json:"title" jsonschema:"the space's name (required by Webex even when unchanged)"`
	Description        string `json:"description,omitempty" jsonschema:"the new description"`
	IsLocked           *bool  `json:"isLocked,omitempty" jsonschema:"moderated or not"`
	IsPublic           *bool  `json:"isPublic,omitempty" jsonschema:"discoverable in the organization or not"`
	IsAnnouncementOnly *bool  `json:"isAnnouncementOnly,omitempty" jsonschema:"only moderators may post, or not"`
	IsReadOnly         *bool  `json:"isReadOnly,omitempty" jsonschema:"compliance officers: make a direct space read-only"`
	TeamID             string `json:"teamId,omitempty" jsonschema:"move a space that belongs to no team into this team"`
	ClassificationID   string `json:"classificationId,omitempty" jsonschema:"the data classification id"`
}

func spaceTools() []tool {
	return []tool{
		&spec[SpaceListInput, ListOutput[rooms.Room]]{
			name: "spaces_list", title: "List spaces", cap: CapSpaces, level: Read, kind: kindRead,
			scopes: []string{webex.ScopeRoomsRead},
			desc: "List the spaces (rooms) the agent belongs to, one page at a time, optionally only a team's, only direct or group spaces, " +
				"sorted by id, lastactivity or created. Returns up to limit spaces and a nextCursor. An agent confined to an allowlist sees only its allowed spaces.",
			verb: "list", past: "listed",
			object: func(c *call, in *SpaceListInput) string {
				if in.TeamID != "" {
					return "spaces of " + c.ref("teamId", "team", in.TeamID)
				}
				return "spaces"
			},
			run: func(ctx context.Context, c *call, in *SpaceListInput) (ListOutput[rooms.Room], error) {
				url, err := c.cursor(in.Cursor)
				if err != nil {
					return ListOutput[rooms.Room]{}, err
				}
				p, err := c.client().Rooms.ListPage(ctx, &rooms.ListParams{
					TeamID: in.TeamID, Type: rooms.Type(in.Type), SortBy: rooms.SortBy(in.SortBy), OrgPublicSpaces: in.OrgPublicSpaces,
					From: in.From, To: in.To, Max: pageSize(in.Limit),
				}, url)
				if err != nil {
					return ListOutput[rooms.Room]{}, err
				}
				items := make([]rooms.Room, 0, len(p.Items))
				for _, r := range p.Items {
					c.rt.srv.noteSpace(r.ID, r.Title)
					if c.rt.agent.SpaceAllowed(r.ID) {
						items = append(items, r)
					}
				}
				return ListOutput[rooms.Room]{Items: items, NextCursor: c.next(p.NextURL)}, nil
			},
			summary: func(o ListOutput[rooms.Room]) string { return listSummary(len(o.Items), "spaces", o.NextCursor) },
		},
		&spec[SpaceIDInput, rooms.Room]{
			name: "spaces_get", title: "Get a space", cap: CapSpaces, level: Read, kind: kindRead,
			scopes: []string{webex.ScopeRoomsRead},
			desc:   "Get one space (room) by id: its title, type, team, lock and announcement settings and last activity.",
			verb:   "read", past: "read",
			object: func(c *call, in *SpaceIDInput) string { return c.space(in.RoomID) },
			guard:  func(_ context.Context, c *call, in *SpaceIDInput) error { return c.allowSpace(in.RoomID) },
			run: func(ctx context.Context, c *call, in *SpaceIDInput) (rooms.Room, error) {
				r, err := c.client().Rooms.Get(ctx, in.RoomID)
				if err != nil {
					return rooms.Room{}, err
				}
				c.rt.srv.noteSpace(r.ID, r.Title)
				return *r, nil
			},
			summary: func(r rooms.Room) string { return "space " + r.Title + " (" + r.ID + ")" },
		},
		&spec[SpaceCreateInput, rooms.Room]{
			name: "spaces_create", title: "Create a space", cap: CapSpaces, level: Write, kind: kindCreate,
			scopes: []string{webex.ScopeRoomsWrite},
			desc: "Create a group space (room) with a title, optionally in a team, moderated (isLocked), public or announcement-only. " +
				"The agent becomes its first member. Calling it twice creates two spaces.",
			verb: "create", past: "created",
			object: func(_ *call, in *SpaceCreateInput) string { return "space " + in.Title },
			guard: func(_ context.Context, c *call, _ *SpaceCreateInput) error {
				return c.confined("create spaces")
			},
			run: func(ctx context.Context, c *call, in *SpaceCreateInput) (rooms.Room, error) {
				r, err := c.client().Rooms.Create(ctx, &rooms.CreateParams{
					Title: in.Title, TeamID: in.TeamID, Description: in.Description, IsLocked: in.IsLocked,
					IsPublic: in.IsPublic, IsAnnouncementOnly: in.IsAnnouncementOnly, ClassificationID: in.ClassificationID,
				})
				if err != nil {
					return rooms.Room{}, err
				}
				c.target("roomId", r.ID)
				c.rt.srv.noteSpace(r.ID, r.Title)
				return *r, nil
			},
			summary: func(r rooms.Room) string { return "created space " + r.Title + " (" + r.ID + ")" },
		},
		&spec[SpaceUpdateInput, rooms.Room]{
			name: "spaces_update", title: "Update a space", cap: CapSpaces, level: Write, kind: kindUpdate,
			scopes: []string{webex.ScopeRoomsWrite},
			desc:   "Change a space: rename it (title is always required), change its description, lock, public or announcement mode, or move it into a team.",
			verb:   "update", past: "updated",
			object: func(c *call, in *SpaceUpdateInput) string { return c.space(in.RoomID) },
			guard:  func(_ context.Context, c *call, in *SpaceUpdateInput) error { return c.allowSpace(in.RoomID) },
			run: func(ctx context.Context, c *call, in *SpaceUpdateInput) (rooms.Room, error) {
				r, err := c.client().Rooms.Update(ctx, in.RoomID, &rooms.UpdateParams{
					Title: in.Title, Description: in.Description, IsLocked: in.IsLocked, IsPublic: in.IsPublic,
					IsAnnouncementOnly: in.IsAnnouncementOnly, IsReadOnly: in.IsReadOnly, TeamID: in.TeamID,
					ClassificationID: in.ClassificationID,
				})
				if err != nil {
					return rooms.Room{}, err
				}
				c.rt.srv.noteSpace(r.ID, r.Title)
				return *r, nil
			},
			summary: func(r rooms.Room) string { return "updated space " + r.Title },
		},
		&spec[SpaceIDInput, Done]{
			name: "spaces_delete", title: "Delete a space", cap: CapSpaces, level: Full, kind: kindDelete,
			scopes: []string{webex.ScopeRoomsWrite},
			desc:   "Delete a space and all its messages and files for every member. Cannot be undone.",
			verb:   "delete", past: "deleted",
			object: func(c *call, in *SpaceIDInput) string { return c.space(in.RoomID) },
			guard:  func(_ context.Context, c *call, in *SpaceIDInput) error { return c.allowSpace(in.RoomID) },
			run: func(ctx context.Context, c *call, in *SpaceIDInput) (Done, error) {
				if err := c.client().Rooms.Delete(ctx, in.RoomID); err != nil {
					return Done{}, err
				}
				return Done{OK: true, Message: "deleted space " + in.RoomID}, nil
			},
			summary: func(d Done) string { return d.Message },
		},
	}
}
