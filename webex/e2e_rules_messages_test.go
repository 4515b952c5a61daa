package webex_test

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/memberships"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/rooms"
)

func TestMessageShape(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	alice, atok := srv.NewUserWithToken("alice@example.com", "Alice Archer")
	bob := srv.NewUser(nil, "bob@example.com", "Bob Baker")
	room := srv.NewRoom(alice, "Launch", bob)
	c := newClient(t, srv, atok)
	ctx := t.Context()

	md := "Ready, " + messages.MentionPerson(bob.ID, "Bob") + "? We are **go** for _launch_ " + messages.MentionAll()
	m, err := c.Messages.Create(ctx, &messages.CreateParams{RoomID: room.ID, Markdown: md})
	require.NoError(t, err)
	requireID(t, m.ID, "MESSAGE")
	assert.Equal(t, room.ID, m.RoomID)
	assert.Equal(t, messages.RoomTypeGroup, m.RoomType)
	assert.Equal(t, md, m.Markdown)
	assert.Equal(t, "Ready, Bob? We are go for launch All", m.Text, "plain rendering of the markdown")
	assert.Contains(t, m.HTML, "spark-mention")
	assert.Equal(t, alice.ID, m.PersonID)
	assert.Equal(t, "alice@example.com", m.PersonEmail)
	assert.Equal(t, []string{bob.ID}, m.MentionedPeople)
	assert.Equal(t, []string{"all"}, m.MentionedGroups)
	assert.Empty(t, m.ParentID)
	requireRecent(t, m.Created, "message.created")
	assert.True(t, m.Updated.IsZero(), "never edited")

	got, err := c.Messages.Get(ctx, m.ID)
	require.NoError(t, err)
	assert.Equal(t, m, got)

	reply, err := c.Messages.Create(ctx, &messages.CreateParams{RoomID: room.ID, ParentID: m.ID, Text: "copy"})
	require.NoError(t, err)
	assert.Equal(t, m.ID, reply.ParentID)
	assert.Equal(t, "copy", reply.Text)
	assert.Empty(t, reply.Markdown)
	thread := collect(t, c.Messages.List(ctx, &messages.ListParams{RoomID: room.ID, ParentID: m.ID}))
	require.Len(t, thread, 1)
	assert.Equal(t, reply.ID, thread[0].ID)

	edited, err := c.Messages.Edit(ctx, m.ID, &messages.EditParams{RoomID: room.ID, Text: "scrubbed"})
	require.NoError(t, err)
	assert.Equal(t, "scrubbed", edited.Text)
	assert.Empty(t, edited.Markdown)
	assert.Empty(t, edited.MentionedPeople)
	requireRecent(t, edited.Updated, "message.updated")
	assert.Equal(t, m.Created, edited.Created)

	// Mentioned by Alice, Bob finds the message with mentionedPeople=me.
	bobc := newClient(t, srv, srv.NewToken(bob, webex.ScopeAll))
	srv.NewMessage(alice, room, "not for Bob")
	mine := collect(t, bobc.Messages.List(ctx, &messages.ListParams{RoomID: room.ID, MentionedPeople: []string{"me"}}))
	require.Len(t, mine, 0, "the edit dropped the mention")
}

func TestMarkdownOnlyMessageGetsPlainText(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	alice, atok := srv.NewUserWithToken("alice@example.com", "Alice Archer")
	bob := srv.NewUser(nil, "bob_baker@example.com", "Bob Baker")
	room := srv.NewRoom(alice, "Launch", bob)
	c := newClient(t, srv, atok)

	for _, tc := range []struct{ markdown, text string }{
		{"We are **go** for launch", "We are go for launch"},
		{"__bold__ and *it* and _it_", "bold and it and it"},
		{"~~scrub~~ the `launch`", "scrub the launch"},
		{"snake_case_name stays, 2 * 3 * 4 too", "snake_case_name stays, 2 * 3 * 4 too"},
		{"hi " + messages.MentionPerson(bob.ID, "Bobby"), "hi Bobby"},
		{"**hi " + messages.MentionEmail("bob_baker@example.com") + "**", "hi Bob Baker"},
		{"_" + messages.MentionAll() + "_ look", "All look"},
	} {
		m, err := c.Messages.Create(t.Context(), &messages.CreateParams{RoomID: room.ID, Markdown: tc.markdown})
		require.NoError(t, err, tc.markdown)
		assert.Equal(t, tc.text, m.Text, tc.markdown)
		assert.Equal(t, tc.markdown, m.Markdown)
	}
	// Text given alongside markdown is kept as it is.
	m, err := c.Messages.Create(t.Context(), &messages.CreateParams{RoomID: room.ID, Markdown: "**a**", Text: "**a** (plain)"})
	require.NoError(t, err)
	assert.Equal(t, "**a** (plain)", m.Text)
}

func TestBotInGroupSpaceSeesOnlyMentions(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	alice, atok := srv.NewUserWithToken("alice@example.com", "Alice")
	bot, btok := srv.NewBotWithToken("helper@webex.bot", "Helper")
	room := srv.NewRoom(alice, "Ops", bot)
	c, botc := newClient(t, srv, atok), newClient(t, srv, btok)
	ctx := t.Context()

	plain, err := c.Messages.Create(ctx, &messages.CreateParams{RoomID: room.ID, Text: "chatter"})
	require.NoError(t, err)
	ask, err := c.Messages.Create(ctx, &messages.CreateParams{RoomID: room.ID,
		Markdown: messages.MentionPerson(bot.ID, "Helper") + " status?"})
	require.NoError(t, err)
	assert.Equal(t, []string{bot.ID}, ask.MentionedPeople)

	_, err = botc.Messages.Get(ctx, plain.ID)
	requireAPIError(t, err, http.StatusNotFound, webex.ErrNotFound)
	got, err := botc.Messages.Get(ctx, ask.ID)
	require.NoError(t, err)
	assert.Equal(t, "Helper status?", got.Text)

	seen := collect(t, botc.Messages.List(ctx, &messages.ListParams{RoomID: room.ID, MentionedPeople: []string{"me"}}))
	require.Len(t, seen, 1)
	assert.Equal(t, ask.ID, seen[0].ID)

	// The bot sees its own messages, and everything in a direct space.
	own, err := botc.Messages.Create(ctx, &messages.CreateParams{RoomID: room.ID, Text: "all green"})
	require.NoError(t, err)
	_, err = botc.Messages.Get(ctx, own.ID)
	require.NoError(t, err)
	dm, err := c.Messages.Create(ctx, &messages.CreateParams{ToPersonID: bot.ID, Text: "psst"})
	require.NoError(t, err)
	got, err = botc.Messages.Get(ctx, dm.ID)
	require.NoError(t, err)
	assert.Equal(t, "psst", got.Text)
}

func TestOnlyAuthorEditsMessage(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	alice, atok := srv.NewUserWithToken("alice@example.com", "Alice")
	bob, btok := srv.NewUserWithToken("bob@example.com", "Bob")
	room := srv.NewRoom(alice, "R", bob)
	c, bobc := newClient(t, srv, atok), newClient(t, srv, btok)
	ctx := t.Context()

	m, err := bobc.Messages.Create(ctx, &messages.CreateParams{RoomID: room.ID, Text: "v1"})
	require.NoError(t, err)
	// Even the space's moderator may not edit someone else's message.
	_, err = c.Messages.Edit(ctx, m.ID, &messages.EditParams{RoomID: room.ID, Text: "hacked"})
	requireAPIError(t, err, http.StatusForbidden, webex.ErrForbidden)
	edited, err := bobc.Messages.Edit(ctx, m.ID, &messages.EditParams{RoomID: room.ID, Markdown: "**v2**"})
	require.NoError(t, err)
	assert.Equal(t, "v2", edited.Text)
	assert.Equal(t, "**v2**", edited.Markdown)
	got, err := c.Messages.Get(ctx, m.ID)
	require.NoError(t, err)
	assert.Equal(t, "v2", got.Text)
	// The room must be the message's.
	other := srv.NewRoom(bob, "Other")
	_, err = bobc.Messages.Edit(ctx, m.ID, &messages.EditParams{RoomID: other.ID, Text: "moved"})
	requireAPIError(t, err, http.StatusBadRequest, webex.ErrBadRequest)
}

func TestModeratorDeletesOthersMessages(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	alice, atok := srv.NewUserWithToken("alice@example.com", "Alice")
	bob, btok := srv.NewUserWithToken("bob@example.com", "Bob")
	carol, ctok := srv.NewUserWithToken("carol@example.com", "Carol")
	room := srv.NewRoom(alice, "R", bob, carol)
	c, bobc, carolc := newClient(t, srv, atok), newClient(t, srv, btok), newClient(t, srv, ctok)
	ctx := t.Context()

	m1, err := bobc.Messages.Create(ctx, &messages.CreateParams{RoomID: room.ID, Text: "one"})
	require.NoError(t, err)
	m2, err := bobc.Messages.Create(ctx, &messages.CreateParams{RoomID: room.ID, Text: "two"})
	require.NoError(t, err)

	// Carol is neither the author nor a moderator.
	err = carolc.Messages.Delete(ctx, m1.ID)
	requireAPIError(t, err, http.StatusForbidden, webex.ErrForbidden)
	// Alice moderates the space she created.
	require.NoError(t, c.Messages.Delete(ctx, m1.ID))
	// Bob deletes his own.
	require.NoError(t, bobc.Messages.Delete(ctx, m2.ID))

	for _, id := range []string{m1.ID, m2.ID} {
		_, err = carolc.Messages.Get(ctx, id)
		requireAPIError(t, err, http.StatusNotFound, webex.ErrNotFound)
	}
	assert.Empty(t, collect(t, carolc.Messages.List(ctx, &messages.ListParams{RoomID: room.ID})))
	err = c.Messages.Delete(ctx, m1.ID)
	requireAPIError(t, err, http.StatusNotFound, webex.ErrNotFound)
}

func TestLockedSpaceModeratorRules(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	_, atok := srv.NewUserWithToken("alice@example.com", "Alice")
	bob, btok := srv.NewUserWithToken("bob@example.com", "Bob")
	c, bobc := newClient(t, srv, atok), newClient(t, srv, btok)
	ctx := t.Context()

	room, err := c.Rooms.Create(ctx, &rooms.CreateParams{Title: "Locked", IsLocked: webex.Ptr(true)})
	require.NoError(t, err)
	assert.True(t, room.IsLocked)
	srv.NewUser(nil, "carol@example.com", "Carol")
	m, err := c.Memberships.Create(ctx, &memberships.CreateParams{RoomID: room.ID, PersonID: bob.ID})
	require.NoError(t, err)
	assert.Equal(t, bob.ID, m.PersonID)
	// Only a moderator changes a locked space or adds people to it.
	_, err = bobc.Rooms.Update(ctx, room.ID, &rooms.UpdateParams{Title: "Mine now"})
	requireAPIError(t, err, http.StatusForbidden, webex.ErrForbidden)
	_, err = bobc.Memberships.Create(ctx, &memberships.CreateParams{RoomID: room.ID, PersonEmail: "carol@example.com"})
	requireAPIError(t, err, http.StatusForbidden, webex.ErrForbidden)
	updated, err := c.Rooms.Update(ctx, room.ID, &rooms.UpdateParams{Title: "Still locked", IsLocked: webex.Ptr(true)})
	require.NoError(t, err)
	assert.Equal(t, "Still locked", updated.Title)
}
