package mcpserver

import (
	"context"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/memberships"
)

// MembershipListInput is the input of memberships_list.
type MembershipListInput struct {
	RoomID      string `json:"roomId,omitempty" jsonschema:"list the members of this space id; without it, the agent's own memberships"`
	PersonID    string `json:"personId,omitempty" jsonschema:"only this person's membership (by id; needs roomId)"`
	PersonEmail string `json:"personEmail,omitempty" jsonschema:"only this person's membership (by email; needs roomId)"`
	PageInput
}

// MembershipIDInput names one membership.
type MembershipIDInput struct {
	MembershipID string `json:"membershipId" jsonschema:"the membership id (from memberships_list)"`
}

// MembershipCreateInput is the input of memberships_create.
type MembershipCreateInput struct {
	RoomID      string `json:"roomId" jsonschema:"the space (room) id to add the person to"`
	PersonID    string `json:"personId,omitempty" jsonschema:"the person's id (give this or personEmail)"`
	PersonEmail string `json:"personEmail,omitempty" jsonschema:"the person's email (give this or personId)"`
	IsModerator *bool  `json:"isModerator,omitempty" jsonschema:"make the person a moderator of the space"`
}

// MembershipUpdateInput is the input of memberships_update.
type MembershipUpdateInput struct {
	MembershipID string `json:"membershipId" jsonschema:"the membership id (from memberships_list)"`
	IsModerator  *bool  `json:"isModerator,omitempty" jsonschema:"make the member a moderator (true) or not (false); unchanged when omitted"`
	IsRoomHidden *bool  `json:"isRoomHidden,omitempty" jsonschema:"hide (true) or show (false) a direct space in the member's clients; unchanged when omitted"`
}

func membershipTools() []tool {
	return []tool{
		&spec[MembershipListInput, ListOutput[memberships.Membership]]{
			name: "memberships_list", title: "List space members", cap: CapMemberships, level: Read, kind: kindRead,
			scopes: []string{webex.ScopeMembershipsRead},
			desc: "List the members of a space (roomId), or the agent's own memberships without it, one page at a time; " +
				"narrow to one person with personId or personEmail. Returns up to limit memberships and a nextCursor.",
			verb: "list", past: "listed",
			object: func(c *call, in *MembershipListInput) string {
				if in.RoomID == "" {
					return "its memberships"
				}
				return "the members of " + c.space(in.RoomID)
			},
			guard: func(_ context.Context, c *call, in *MembershipListInput) error {
				if in.RoomID == "" {
					return nil // results are filtered to allowed spaces
				}
				return c.allowSpace(in.RoomID)
			},
			run: func(ctx context.Context, c *call, in *MembershipListInput) (ListOutput[memberships.Membership], error) {
				url, err := c.cursor(in.Cursor)
				if err != nil {
					return ListOutput[memberships.Membership]{}, err
				}
				p, err := c.client().Memberships.ListPage(ctx, &memberships.ListParams{
					RoomID: in.RoomID, PersonID: in.PersonID, PersonEmail: in.PersonEmail, Max: pageSize(in.Limit),
				}, url)
				if err != nil {
					return ListOutput[memberships.Membership]{}, err
				}
				items := make([]memberships.Membership, 0, len(p.Items))
				for _, m := range p.Items {
					if c.rt.agent.SpaceAllowed(m.RoomID) {
						items = append(items, m)
					}
				}
				return ListOutput[memberships.Membership]{Items: items, NextCursor: c.next(p.NextURL)}, nil
			},
			summary: func(o ListOutput[memberships.Membership]) string {
				return listSummary(len(o.Items), "memberships", o.NextCursor)
			},
		},
		&spec[MembershipIDInput, memberships.Membership]{
			name: "memberships_get", title: "Get a space membership", cap: CapMemberships, level: Read, kind: kindRead,
			scopes: []string{webex.ScopeMembershipsRead},
			desc:   "Get one membership of a space by id: the person, the space and whether they moderate it.",
			verb:   "read", past: "read",
			object: func(c *call, in *MembershipIDInput) string {
				return c.ref("membershipId", "membership", in.MembershipID) + c.where()
			},
			guard: guardMembership(func(in *MembershipIDInput) string { return in.MembershipID }),
			run: func(ctx context.Context, c *call, in *MembershipIDInput) (memberships.Membership, error) {
				if m, ok := prefetched[memberships.Membership](c); ok {
					return *m, nil
				}
				m, err := c.client().Memberships.Get(ctx, in.MembershipID)
				if err != nil {
					return memberships.Membership{}, err
				}
				c.room = m.RoomID
				return *m, nil
			},
			summary: func(m memberships.Membership) string {
				return "membership of " + m.PersonEmail + " in space " + m.RoomID
			},
		},
		&spec[MembershipCreateInput, memberships.Membership]{
			name: "memberships_create", title: "Add a person to a space", cap: CapMemberships, level: Write, kind: kindCreate,
			scopes: []string{webex.ScopeMembershipsWrite},
			desc:   "Add a person to a space by personId or personEmail, optionally as moderator. The person gets the space's message history.",
			verb:   "add", past: "added",
			object: func(c *call, in *MembershipCreateInput) string {
				return c.person(in.PersonID, in.PersonEmail) + " to " + c.space(in.RoomID)
			},
			guard: func(_ context.Context, c *call, in *MembershipCreateInput) error { return c.allowSpace(in.RoomID) },
			run: func(ctx context.Context, c *call, in *MembershipCreateInput) (memberships.Membership, error) {
				m, err := c.client().Memberships.Create(ctx, &memberships.CreateParams{
					RoomID: in.RoomID, PersonID: in.PersonID, PersonEmail: in.PersonEmail, IsModerator: in.IsModerator,
				})
				if err != nil {
					return memberships.Membership{}, err
				}
				c.target("membershipId", m.ID)
				return *m, nil
			},
			summary: func(m memberships.Membership) string { return "added " + m.PersonEmail + " (membership " + m.ID + ")" },
		},
		&spec[MembershipUpdateInput, memberships.Membership]{
			name: "memberships_update", title: "Change a space membership", cap: CapMemberships, level: Write, kind: kindUpdate,
			destructive: webex.Ptr(false),
			scopes:      []string{webex.ScopeMembershipsWrite},
			desc:        "Make a member a moderator of the space or not, or hide or show a direct space. Fields left out keep their current value.",
			verb:        "change", past: "changed",
			object: func(c *call, in *MembershipUpdateInput) string {
				return c.ref("membershipId", "membership", in.MembershipID) + c.where()
			},
			guard: func(ctx context.Context, c *call, in *MembershipUpdateInput) error {
				// Always fetched: Webex needs both fields, so the current
				// values fill in those left out.
				m, err := c.client().Memberships.Get(ctx, in.MembershipID)
				if err != nil {
					return err
				}
				c.pre, c.room = m, m.RoomID
				return c.allowSpace(m.RoomID)
			},
			run: func(ctx context.Context, c *call, in *MembershipUpdateInput) (memberships.Membership, error) {
				cur, _ := prefetched[memberships.Membership](c)
				p := memberships.UpdateParamsFrom(cur)
				if in.IsModerator != nil {
					p.IsModerator = in.IsModerator
				}
				if in.IsRoomHidden != nil {
					p.IsRoomHidden = in.IsRoomHidden
				}
				m, err := c.client().Memberships.Update(ctx, in.MembershipID, p)
				if err != nil {
					return memberships.Membership{}, err
				}
				return *m, nil
			},
			summary: func(m memberships.Membership) string { return "updated membership " + m.ID },
		},
		&spec[MembershipIDInput, Done]{
			name: "memberships_delete", title: "Remove a person from a space", cap: CapMemberships, level: Full, kind: kindDelete,
			scopes: []string{webex.ScopeMembershipsWrite},
			desc:   "Remove a person from a space by membership id; they lose access to the space and its history.",
			verb:   "remove", past: "removed",
			object: func(c *call, in *MembershipIDInput) string {
				return c.ref("membershipId", "membership", in.MembershipID) + c.where()
			},
			guard: guardMembership(func(in *MembershipIDInput) string { return in.MembershipID }),
			run: func(ctx context.Context, c *call, in *MembershipIDInput) (Done, error) {
				if err := c.client().Memberships.Delete(ctx, in.MembershipID); err != nil {
					return Done{}, err
				}
				return Done{OK: true, Message: "removed membership " + in.MembershipID}, nil
			},
			summary: func(d Done) string { return d.Message },
		},
	}
}

// guardMembership returns a guard for tools naming a space membership by
// id: for a confined agent, it fetches the membership to learn its space.
func guardMembership[In any](id func(*In) string) func(context.Context, *call, *In) error {
	return func(ctx context.Context, c *call, in *In) error {
		if !c.rt.agent.Confined() {
			return nil
		}
		m, err := c.client().Memberships.Get(ctx, id(in))
		if err != nil {
			return err
		}
		c.pre, c.room = m, m.RoomID
		return c.allowSpace(m.RoomID)
	}
}
