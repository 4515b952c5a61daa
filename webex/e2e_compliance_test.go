package webex_test

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/events"
	"github.com/gowebex/sdk/webex/memberships"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/rooms"
	"github.com/gowebex/sdk/webex/teams"
)

// change is a compliance event reduced to what a test compares.
type change struct {
	resource events.Resource
	typ      events.Type
	dataID   string
}

func TestEveryChangeIsAComplianceEvent(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	alice, tok := srv.NewUserWithToken("alice@example.com", "Alice")
	bob := srv.NewUser(nil, "bob@example.com", "Bob")
	officer := srv.NewComplianceOfficer(nil, "co@example.com", "Officer")
	c := newClient(t, srv, tok)
	ev := newEventsService(t, srv, srv.NewToken(officer, webex.ScopeComplianceEventsRead))
	ctx := t.Context()

	// Seeding is silent: only changes made through the API are recorded.
	srv.NewRoom(alice, "Seeded")
	empty, err := ev.ListPage(ctx, nil, "")
	require.NoError(t, err)
	assert.Empty(t, empty.Items)

	room, err := c.Rooms.Create(ctx, &rooms.CreateParams{Title: "Audited"})
	require.NoError(t, err)
	_, err = c.Rooms.Update(ctx, room.ID, &rooms.UpdateParams{Title: "Audited twice"})
	require.NoError(t, err)
	own := collect(t, c.Memberships.List(ctx, &memberships.ListParams{RoomID: room.ID}))
	require.Len(t, own, 1)
	mem, err := c.Memberships.Create(ctx, &memberships.CreateParams{RoomID: room.ID, PersonID: bob.ID})
	require.NoError(t, err)
	_, err = c.Memberships.Update(ctx, mem.ID, &memberships.UpdateParams{IsModerator: webex.Ptr(true), IsRoomHidden: webex.Ptr(false)})
	require.NoError(t, err)
	msg, err := c.Messages.Create(ctx, &messages.CreateParams{RoomID: room.ID, Markdown: "the **plan**"})
	require.NoError(t, err)
	_, err = c.Messages.Edit(ctx, msg.ID, &messages.EditParams{RoomID: room.ID, Text: "the plan, edited"})
	require.NoError(t, err)
	require.NoError(t, c.Messages.Delete(ctx, msg.ID))
	require.NoError(t, c.Memberships.Delete(ctx, mem.ID))
	team, err := c.Teams.Create(ctx, &teams.CreateParams{Name: "Audit team"})
	require.NoError(t, err)
	_, err = c.Teams.Update(ctx, team.ID, &teams.UpdateParams{Name: "Audit team 2"})
	require.NoError(t, err)
	tm, err := c.TeamMemberships.Create(ctx, &teams.CreateMembershipParams{TeamID: team.ID, PersonID: bob.ID})
	require.NoError(t, err)
	_, err = c.TeamMemberships.Update(ctx, tm.ID, &teams.UpdateMembershipParams{IsModerator: webex.Ptr(true)})
	require.NoError(t, err)
	require.NoError(t, c.TeamMemberships.Delete(ctx, tm.ID))
	require.NoError(t, c.Teams.Delete(ctx, team.ID))
	require.NoError(t, c.Rooms.Delete(ctx, room.ID))

	all := collect(t, ev.List(ctx, &events.ListParams{Max: 5}))
	var got []change
	for _, e := range all {
		requireID(t, e.ID, "EVENT")
		assert.Equal(t, alice.ID, e.ActorID)
		assert.Equal(t, alice.OrgID, e.OrgID)
		requireRecent(t, e.Created, "event.created")
		var data struct {
			ID string `json:"id"`
		}
		require.NoError(t, e.DecodeData(&data))
		got = append(got, change{e.Resource, e.Type, data.ID})
	}
	for _, want := range []change{
		{events.ResourceRooms, events.TypeCreated, room.ID},
		{events.ResourceMemberships, events.TypeCreated, own[0].ID},
		{events.ResourceRooms, events.TypeUpdated, room.ID},
		{events.ResourceMemberships, events.TypeCreated, mem.ID},
		{events.ResourceMemberships, events.TypeUpdated, mem.ID},
		{events.ResourceMessages, events.TypeCreated, msg.ID},
		{events.ResourceMessages, events.TypeUpdated, msg.ID},
		{events.ResourceMessages, events.TypeDeleted, msg.ID},
		{events.ResourceMemberships, events.TypeDeleted, mem.ID},
		{"teams", events.TypeCreated, team.ID},
		{"teams", events.TypeUpdated, team.ID},
		{"teamMemberships", events.TypeCreated, tm.ID},
		{"teamMemberships", events.TypeUpdated, tm.ID},
		{"teamMemberships", events.TypeDeleted, tm.ID},
		{"teams", events.TypeDeleted, team.ID},
		{events.ResourceRooms, events.TypeDeleted, room.ID},
	} {
		assert.Contains(t, got, want)
	}
	require.NotEmpty(t, all)

	// Newest first; filters narrow the list.
	assert.Equal(t, change{events.ResourceRooms, events.TypeDeleted, room.ID}, got[0])
	msgEvents := collect(t, ev.List(ctx, &events.ListParams{Resource: events.ResourceMessages}))
	require.Len(t, msgEvents, 3)
	created, err := msgEvents[2].Message()
	require.NoError(t, err)
	assert.Equal(t, msg.ID, created.ID)
	assert.Equal(t, "the **plan**", created.Markdown, "compliance data carries the content")
	assert.Equal(t, "the plan", created.Text)
	assert.Equal(t, room.ID, created.RoomID)
	assert.Equal(t, alice.OrgID, created.OrgID)
	assert.Equal(t, alice.ID, created.PersonID)
	requireRecent(t, created.Created, "message data created")
	updated := collect(t, ev.List(ctx, &events.ListParams{Type: events.TypeUpdated}))
	assert.Len(t, updated, 5)
	byBob := collect(t, ev.List(ctx, &events.ListParams{ActorID: bob.ID}))
	assert.Empty(t, byBob)

	one, err := ev.Get(ctx, all[0].ID)
	require.NoError(t, err)
	assert.Equal(t, all[0], one)
	rd, err := one.Room()
	require.NoError(t, err)
	assert.Equal(t, room.ID, rd.ID)
}

func TestComplianceEventsNeedComplianceOfficer(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	alice, tok := srv.NewUserWithToken("", "Alice")
	admin := srv.NewAdmin(nil, "admin@example.com", "Admin")
	officer := srv.NewComplianceOfficer(nil, "co@example.com", "Officer")
	ctx := t.Context()
	_, err := newClient(t, srv, tok).Rooms.Create(ctx, &rooms.CreateParams{Title: "R"})
	require.NoError(t, err)

	page, err := newEventsService(t, srv, srv.NewToken(officer, webex.ScopeComplianceEventsRead)).ListPage(ctx, nil, "")
	require.NoError(t, err)
	require.NotEmpty(t, page.Items)

	// The scope alone is not enough: the role is needed too.
	for _, p := range []struct {
		name string
		tok  string
	}{
		{"user", srv.NewToken(alice, webex.ScopeComplianceEventsRead)},
		{"admin", srv.NewToken(admin, webex.ScopeComplianceEventsRead, webex.ScopeAdminPeopleRead)},
	} {
		evs := newEventsService(t, srv, p.tok)
		_, err = evs.ListPage(ctx, nil, "")
		requireAPIError(t, err, http.StatusForbidden, webex.ErrForbidden)
		_, err = evs.Get(ctx, page.Items[0].ID)
		requireAPIError(t, err, http.StatusForbidden, webex.ErrForbidden)
	}

	// An officer sees only their own organization.
	otherOrg := srv.NewOrg("Other Inc")
	stranger := srv.NewComplianceOfficer(otherOrg, "co@other.example", "Other Officer")
	evs := newEventsService(t, srv, srv.NewToken(stranger, webex.ScopeComplianceEventsRead))
	other, err := evs.ListPage(ctx, nil, "")
	require.NoError(t, err)
	assert.Empty(t, other.Items)
	_, err = evs.Get(ctx, page.Items[0].ID)
	requireAPIError(t, err, http.StatusNotFound, webex.ErrNotFound)
}
