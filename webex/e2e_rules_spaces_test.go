package webex_test

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/memberships"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/people"
	"github.com/gowebex/sdk/webex/rooms"
	"github.com/gowebex/sdk/webex/teams"
)

func TestCreatorOfSpaceIsModeratorMember(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	alice, tok := srv.NewUserWithToken("alice@example.com", "Alice Archer")
	c := newClient(t, srv, tok)
	ctx := t.Context()

	room, err := c.Rooms.Create(ctx, &rooms.CreateParams{Title: "Launch", Description: "all things launch"})
	require.NoError(t, err)
	requireID(t, room.ID, "ROOM")
	assert.Equal(t, "Launch", room.Title)
	assert.Equal(t, rooms.TypeGroup, room.Type)
	assert.Equal(t, alice.ID, room.CreatorID)
	assert.Equal(t, "all things launch", room.Description)
	requireRecent(t, room.Created, "room.created")
	requireRecent(t, room.LastActivity, "room.lastActivity")
	assert.False(t, room.IsLocked)
	assert.Equal(t, alice.OrgID, room.OwnerID, "an organization's space is owned by it")

	//lint:ignore SA1019 the retired endpoint is still part of the SDK and the emulator
	info, err := c.Rooms.GetMeetingInfo(ctx, room.ID)
	require.NoError(t, err)
	assert.Equal(t, room.ID, info.RoomID)
	assert.NotEmpty(t, info.MeetingLink)
	assert.NotEmpty(t, info.SIPAddress)
	assert.NotEmpty(t, info.MeetingNumber)
	assert.NotEmpty(t, info.MeetingID)
	assert.NotEmpty(t, info.CallInTollNumber)

	got, err := c.Rooms.Get(ctx, room.ID)
	require.NoError(t, err)
	assert.Equal(t, room, got)

	members := collect(t, c.Memberships.List(ctx, &memberships.ListParams{RoomID: room.ID}))
	require.Len(t, members, 1)
	m := members[0]
	id := requireID(t, m.ID, "MEMBERSHIP")
	assert.Equal(t, uuidOf(t, alice.ID)+":"+uuidOf(t, room.ID), id.UUID, "membership id joins person and room uuids")
	assert.Equal(t, room.ID, m.RoomID)
	assert.Equal(t, alice.ID, m.PersonID)
	assert.Equal(t, "alice@example.com", m.PersonEmail)
	assert.Equal(t, "Alice Archer", m.PersonDisplayName)
	assert.Equal(t, alice.OrgID, m.PersonOrgID)
	requireID(t, m.PersonOrgID, "ORGANIZATION")
	assert.True(t, m.IsModerator, "the creator moderates the space")
	assert.Equal(t, memberships.RoomTypeGroup, m.RoomType)
	requireRecent(t, m.Created, "membership.created")

	listed := collect(t, c.Rooms.List(ctx, nil))
	require.Len(t, listed, 1)
	assert.Equal(t, room.ID, listed[0].ID)
}

func TestCreatorOfTeamIsFirstMember(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	alice, tok := srv.NewUserWithToken("alice@example.com", "Alice Archer")
	c := newClient(t, srv, tok)
	ctx := t.Context()

	team, err := c.Teams.Create(ctx, &teams.CreateParams{Name: "Rocketry", Description: "we build rockets"})
	require.NoError(t, err)
	requireID(t, team.ID, "TEAM")
	assert.Equal(t, "Rocketry", team.Name)
	assert.Equal(t, "we build rockets", team.Description)
	requireRecent(t, team.Created, "team.created")

	tms := collect(t, c.TeamMemberships.List(ctx, &teams.ListMembershipsParams{TeamID: team.ID}))
	require.Len(t, tms, 1)
	tm := tms[0]
	id := requireID(t, tm.ID, "TEAM_MEMBERSHIP")
	assert.Equal(t, uuidOf(t, alice.ID)+":"+uuidOf(t, team.ID), id.UUID)
	assert.Equal(t, team.ID, tm.TeamID)
	assert.Equal(t, alice.ID, tm.PersonID)
	assert.Equal(t, "alice@example.com", tm.PersonEmail)
	assert.Equal(t, "Alice Archer", tm.PersonDisplayName)
	assert.Equal(t, alice.OrgID, tm.PersonOrgID)
	assert.True(t, tm.IsModerator)
	requireRecent(t, tm.Created, "teamMembership.created")

	// The team has its General space, and a space created in the team
	// belongs to it.
	general := collect(t, c.Rooms.List(ctx, &rooms.ListParams{TeamID: team.ID}))
	require.Len(t, general, 1)
	assert.Equal(t, team.ID, general[0].TeamID)
	room, err := c.Rooms.Create(ctx, &rooms.CreateParams{Title: "Engines", TeamID: team.ID})
	require.NoError(t, err)
	assert.Equal(t, team.ID, room.TeamID)
	assert.Len(t, collect(t, c.Rooms.List(ctx, &rooms.ListParams{TeamID: team.ID})), 2)

	listed := collect(t, c.Teams.List(ctx, nil))
	require.Len(t, listed, 1)
	assert.Equal(t, team.ID, listed[0].ID)
}

func TestOnlyMembersSeeSpaceAndMessages(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	_, atok := srv.NewUserWithToken("alice@example.com", "Alice")
	bob, btok := srv.NewUserWithToken("bob@example.com", "Bob")
	alice, bobc := newClient(t, srv, atok), newClient(t, srv, btok)
	ctx := t.Context()

	room, err := alice.Rooms.Create(ctx, &rooms.CreateParams{Title: "Secret"})
	require.NoError(t, err)
	msg, err := alice.Messages.Create(ctx, &messages.CreateParams{RoomID: room.ID, Text: "hush"})
	require.NoError(t, err)

	// Hidden resources are 404, never 403.
	_, err = bobc.Rooms.Get(ctx, room.ID)
	requireAPIError(t, err, http.StatusNotFound, webex.ErrNotFound)
	_, err = bobc.Messages.Get(ctx, msg.ID)
	requireAPIError(t, err, http.StatusNotFound, webex.ErrNotFound)
	_, err = bobc.Messages.ListPage(ctx, &messages.ListParams{RoomID: room.ID}, "")
	requireAPIError(t, err, http.StatusNotFound, webex.ErrNotFound)
	_, err = bobc.Memberships.ListPage(ctx, &memberships.ListParams{RoomID: room.ID}, "")
	requireAPIError(t, err, http.StatusNotFound, webex.ErrNotFound)
	//lint:ignore SA1019 the retired endpoint is still part of the SDK and the emulator
	_, err = bobc.Rooms.GetMeetingInfo(ctx, room.ID)
	requireAPIError(t, err, http.StatusNotFound, webex.ErrNotFound)
	_, err = bobc.Messages.Create(ctx, &messages.CreateParams{RoomID: room.ID, Text: "let me in"})
	requireAPIError(t, err, http.StatusNotFound, webex.ErrNotFound)
	assert.Empty(t, collect(t, bobc.Rooms.List(ctx, nil)))

	// Once added, Bob sees the space and its history.
	m, err := alice.Memberships.Create(ctx, &memberships.CreateParams{RoomID: room.ID, PersonEmail: "bob@example.com"})
	require.NoError(t, err)
	assert.Equal(t, bob.ID, m.PersonID)
	assert.False(t, m.IsModerator)
	got, err := bobc.Rooms.Get(ctx, room.ID)
	require.NoError(t, err)
	assert.Equal(t, "Secret", got.Title)
	msgs := collect(t, bobc.Messages.List(ctx, &messages.ListParams{RoomID: room.ID}))
	require.Len(t, msgs, 1)
	assert.Equal(t, "hush", msgs[0].Text)

	// And loses it when removed.
	require.NoError(t, alice.Memberships.Delete(ctx, m.ID))
	_, err = bobc.Messages.Get(ctx, msg.ID)
	requireAPIError(t, err, http.StatusNotFound, webex.ErrNotFound)
}

func TestUnknownIDsAreNotFound(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	_, tok := srv.NewUserWithToken("", "Alice")
	c := newClient(t, srv, tok)
	ctx := t.Context()
	missing := webex.ID{Cluster: "us", UUID: "00000000-0000-4000-8000-000000000000"}
	id := func(typ string) string { m := missing; m.Type = typ; return m.String() }

	_, err := c.Rooms.Get(ctx, id("ROOM"))
	requireAPIError(t, err, http.StatusNotFound, webex.ErrNotFound)
	_, err = c.Messages.Get(ctx, id("MESSAGE"))
	requireAPIError(t, err, http.StatusNotFound, webex.ErrNotFound)
	_, err = c.Teams.Get(ctx, id("TEAM"))
	requireAPIError(t, err, http.StatusNotFound, webex.ErrNotFound)
	_, err = c.People.Get(ctx, id("PEOPLE"), nil)
	requireAPIError(t, err, http.StatusNotFound, webex.ErrNotFound)
	_, err = c.Webhooks.Get(ctx, id("WEBHOOK"))
	requireAPIError(t, err, http.StatusNotFound, webex.ErrNotFound)
	err = c.Rooms.Delete(ctx, id("ROOM"))
	requireAPIError(t, err, http.StatusNotFound, webex.ErrNotFound)
	// An id of the wrong type names nothing either.
	_, err = c.Rooms.Get(ctx, id("MESSAGE"))
	requireAPIError(t, err, http.StatusNotFound, webex.ErrNotFound)
}

func TestDirectSpaceCannotBeRenamed(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	_, atok := srv.NewUserWithToken("alice@example.com", "Alice")
	bob, btok := srv.NewUserWithToken("bob@example.com", "Bob")
	c, bobc := newClient(t, srv, atok), newClient(t, srv, btok)
	ctx := t.Context()

	msg, err := c.Messages.Create(ctx, &messages.CreateParams{ToPersonEmail: "bob@example.com", Text: "hi Bob"})
	require.NoError(t, err)
	assert.Equal(t, messages.RoomTypeDirect, msg.RoomType)
	assert.Equal(t, "bob@example.com", msg.ToPersonEmail)

	room, err := c.Rooms.Get(ctx, msg.RoomID)
	require.NoError(t, err)
	assert.Equal(t, rooms.TypeDirect, room.Type)

	_, err = c.Rooms.Update(ctx, room.ID, &rooms.UpdateParams{Title: "Renamed"})
	requireAPIError(t, err, http.StatusBadRequest, webex.ErrBadRequest)

	// Nobody can be added to a direct space.
	srv.NewUser(nil, "carol@example.com", "Carol")
	_, err = c.Memberships.Create(ctx, &memberships.CreateParams{RoomID: room.ID, PersonEmail: "carol@example.com"})
	requireAPIError(t, err, http.StatusBadRequest, webex.ErrBadRequest)

	// Bob reads it as his 1:1 space with Alice, and answers by person id.
	direct := collect(t, bobc.Messages.ListDirect(ctx, &messages.ListDirectParams{PersonEmail: "alice@example.com"}))
	require.Len(t, direct, 1)
	assert.Equal(t, "hi Bob", direct[0].Text)
	reply, err := bobc.Messages.Create(ctx, &messages.CreateParams{ToPersonID: direct[0].PersonID, Text: "hi Alice"})
	require.NoError(t, err)
	assert.Equal(t, msg.RoomID, reply.RoomID, "one direct space per pair")
	assert.Equal(t, bob.ID, reply.PersonID)
}

func TestDeletingSpaceRemovesHistory(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	_, atok := srv.NewUserWithToken("alice@example.com", "Alice")
	bob, btok := srv.NewUserWithToken("bob@example.com", "Bob")
	c, bobc := newClient(t, srv, atok), newClient(t, srv, btok)
	ctx := t.Context()

	room, err := c.Rooms.Create(ctx, &rooms.CreateParams{Title: "Doomed"})
	require.NoError(t, err)
	_, err = c.Memberships.Create(ctx, &memberships.CreateParams{RoomID: room.ID, PersonID: bob.ID})
	require.NoError(t, err)
	var ids []string
	for _, text := range []string{"one", "two", "three"} {
		m, err := c.Messages.Create(ctx, &messages.CreateParams{RoomID: room.ID, Text: text})
		require.NoError(t, err)
		ids = append(ids, m.ID)
	}
	// A member who is not a moderator only leaves the space: Alice still
	// has it, with its history.
	require.NoError(t, bobc.Rooms.Delete(ctx, room.ID))
	_, err = bobc.Rooms.Get(ctx, room.ID)
	requireAPIError(t, err, http.StatusNotFound, webex.ErrNotFound)
	assert.Len(t, collect(t, c.Messages.List(ctx, &messages.ListParams{RoomID: room.ID})), 3)
	assert.Len(t, collect(t, c.Memberships.List(ctx, &memberships.ListParams{RoomID: room.ID})), 1)

	require.NoError(t, c.Rooms.Delete(ctx, room.ID))
	_, err = c.Rooms.Get(ctx, room.ID)
	requireAPIError(t, err, http.StatusNotFound, webex.ErrNotFound)
	for _, id := range ids {
		_, err = c.Messages.Get(ctx, id)
		requireAPIError(t, err, http.StatusNotFound, webex.ErrNotFound)
		_, err = bobc.Messages.Get(ctx, id)
		requireAPIError(t, err, http.StatusNotFound, webex.ErrNotFound)
	}
	_, err = c.Messages.ListPage(ctx, &messages.ListParams{RoomID: room.ID}, "")
	requireAPIError(t, err, http.StatusNotFound, webex.ErrNotFound)
	assert.Empty(t, collect(t, bobc.Rooms.List(ctx, nil)))
	assert.Empty(t, collect(t, bobc.Memberships.List(ctx, nil)))
}

func TestTeamMembershipGivesAccessToTeamSpaces(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	_, atok := srv.NewUserWithToken("alice@example.com", "Alice")
	bob, btok := srv.NewUserWithToken("bob@example.com", "Bob")
	c, bobc := newClient(t, srv, atok), newClient(t, srv, btok)
	ctx := t.Context()

	team, err := c.Teams.Create(ctx, &teams.CreateParams{Name: "Rocketry"})
	require.NoError(t, err)
	room, err := c.Rooms.Create(ctx, &rooms.CreateParams{Title: "Engines", TeamID: team.ID})
	require.NoError(t, err)
	_, err = c.Messages.Create(ctx, &messages.CreateParams{RoomID: room.ID, Text: "thrust is up"})
	require.NoError(t, err)

	_, err = bobc.Rooms.Get(ctx, room.ID)
	requireAPIError(t, err, http.StatusNotFound, webex.ErrNotFound)
	_, err = bobc.Teams.Get(ctx, team.ID)
	requireAPIError(t, err, http.StatusNotFound, webex.ErrNotFound)

	tm, err := c.TeamMemberships.Create(ctx, &teams.CreateMembershipParams{TeamID: team.ID, PersonEmail: "bob@example.com"})
	require.NoError(t, err)
	requireID(t, tm.ID, "TEAM_MEMBERSHIP")
	assert.Equal(t, bob.ID, tm.PersonID)
	assert.False(t, tm.IsModerator)

	got, err := bobc.Teams.Get(ctx, team.ID)
	require.NoError(t, err)
	assert.Equal(t, "Rocketry", got.Name)
	r, err := bobc.Rooms.Get(ctx, room.ID)
	require.NoError(t, err)
	assert.Equal(t, "Engines", r.Title)
	msgs := collect(t, bobc.Messages.List(ctx, &messages.ListParams{RoomID: room.ID}))
	require.Len(t, msgs, 1)
	assert.Equal(t, "thrust is up", msgs[0].Text)
	// Bob is a member of the General space.
	var inGeneral bool
	for _, m := range collect(t, bobc.Memberships.List(ctx, nil)) {
		rr, err := bobc.Rooms.Get(ctx, m.RoomID)
		require.NoError(t, err)
		inGeneral = inGeneral || rr.TeamID == team.ID
	}
	assert.True(t, inGeneral, "a team member joins the General space")

	require.NoError(t, c.TeamMemberships.Delete(ctx, tm.ID))
	_, err = bobc.Teams.Get(ctx, team.ID)
	requireAPIError(t, err, http.StatusNotFound, webex.ErrNotFound)
}

func TestPeopleSearchNeedsFilter(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	alice, tok := srv.NewUserWithToken("alice@example.com", "Alice Archer")
	srv.NewUser(nil, "bob@example.com", "Bob Baker")
	c := newClient(t, srv, tok)
	ctx := t.Context()

	_, err := c.People.ListPage(ctx, &people.ListParams{Unfiltered: true}, "")
	requireAPIError(t, err, http.StatusBadRequest, webex.ErrBadRequest)

	found := collect(t, c.People.List(ctx, &people.ListParams{Email: "bob@example.com"}))
	require.Len(t, found, 1)
	p := found[0]
	requireID(t, p.ID, "PEOPLE")
	assert.Equal(t, []string{"bob@example.com"}, p.Emails)
	assert.Equal(t, "Bob Baker", p.DisplayName)
	assert.Equal(t, people.TypePerson, p.Type)
	assert.Equal(t, alice.OrgID, p.OrgID)
	requireRecent(t, p.Created, "person.created")
	requireRecent(t, p.LastModified, "person.lastModified")
	assert.NotEmpty(t, p.Status)

	byName := collect(t, c.People.List(ctx, &people.ListParams{DisplayName: "Ali"}))
	require.Len(t, byName, 1)
	assert.Equal(t, alice.ID, byName[0].ID)

	me, err := c.People.Me(ctx, nil)
	require.NoError(t, err)
	assert.Equal(t, alice.ID, me.ID)
	assert.Equal(t, "Alice Archer", me.DisplayName)
	requireRecent(t, me.Created, "me.created")

	// An admin may list the whole organization.
	admin := srv.NewAdmin(nil, "admin@example.com", "Ada Admin")
	ac := newClient(t, srv, srv.NewToken(admin, webex.ScopeAll, webex.ScopeAdminPeopleRead, webex.ScopeAdminPeopleWrite))
	everyone := collect(t, ac.People.List(ctx, &people.ListParams{Unfiltered: true}))
	assert.Len(t, everyone, 3)
}

func TestAdminOnlyCallsNeedAdmin(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	alice := srv.NewUser(nil, "alice@example.com", "Alice")
	admin := srv.NewAdmin(nil, "admin@example.com", "Ada Admin")
	scopes := []string{webex.ScopeAll, webex.ScopeAdminPeopleRead, webex.ScopeAdminPeopleWrite}
	userc := newClient(t, srv, srv.NewToken(alice, scopes...))
	adminc := newClient(t, srv, srv.NewToken(admin, scopes...))
	ctx := t.Context()
	create := &people.CreateParams{Emails: []string{"newbie@example.com"}, DisplayName: "New Bie"}

	// The scope is there, but Alice is not an administrator.
	_, err := userc.People.Create(ctx, create)
	requireAPIError(t, err, http.StatusForbidden, webex.ErrForbidden)

	p, err := adminc.People.Create(ctx, create)
	require.NoError(t, err)
	requireID(t, p.ID, "PEOPLE")
	assert.Equal(t, []string{"newbie@example.com"}, p.Emails)
	assert.Equal(t, "New Bie", p.DisplayName)

	up := p.UpdateParams()
	up.DisplayName = "Newbie Renamed"
	_, err = userc.People.Update(ctx, p.ID, up)
	requireAPIError(t, err, http.StatusForbidden, webex.ErrForbidden)
	updated, err := adminc.People.Update(ctx, p.ID, up)
	require.NoError(t, err)
	assert.Equal(t, "Newbie Renamed", updated.DisplayName)

	err = userc.People.Delete(ctx, p.ID)
	requireAPIError(t, err, http.StatusForbidden, webex.ErrForbidden)
	require.NoError(t, adminc.People.Delete(ctx, p.ID))
	_, err = adminc.People.Get(ctx, p.ID, nil)
	requireAPIError(t, err, http.StatusNotFound, webex.ErrNotFound)
}
