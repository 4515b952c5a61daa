package realtime_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"

	"github.com/gowebex/sdk/webex/attachments"
	"github.com/gowebex/sdk/webex/memberships"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/notify"
	"github.com/gowebex/sdk/webex/rooms"

	"github.com/gowebex/sdk/internal/testmain"
)

// TestMain checks that no test leaves a goroutine behind: every Listen
// has returned and every emulator is closed by then.
func TestMain(m *testing.M) { goleak.VerifyTestMain(m, goleak.Cleanup(testmain.Exit)) }

// mention is markdown that mentions the bot.
const mention = "<@personEmail:bot@example.com|Bot> "

// post has alice post text in the world's space, mentioning the bot.
func (w *world) post(t testing.TB, text string) *messages.Message {
	t.Helper()
	m, err := w.as.Messages.Create(context.Background(), &messages.CreateParams{RoomID: w.room.ID, Markdown: mention + text})
	require.NoError(t, err)
	return m
}

func TestMessageCreated(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	r := w.listen(t, w.listener(t), nil)
	m := w.post(t, "hello")
	ev := r.next(t)
	assert.Equal(t, notify.ResourceMessages, ev.Resource)
	assert.Equal(t, notify.EventCreated, ev.Event)
	assert.Equal(t, w.alice.ID, ev.ActorID)
	assert.Equal(t, w.room.ID, ev.SpaceID())
	require.NotNil(t, ev.FullMessage)
	assert.Equal(t, m.ID, ev.FullMessage.ID)
	assert.Contains(t, ev.FullMessage.Text, "hello")
	d, err := ev.Message()
	require.NoError(t, err)
	assert.Equal(t, notify.MessageData{ID: m.ID, RoomID: w.room.ID, RoomType: "group", PersonID: w.alice.ID,
		PersonEmail: "alice@example.com", MentionedPeople: []string{w.bot.ID}, Created: m.Created}, *d)
	assert.Empty(t, ev.ID, "no webhook fields from the listener")
}

func TestBotSeesOnlyMentionsInGroupSpaces(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	r := w.listen(t, w.listener(t), nil)
	ctx := context.Background()
	_, err := w.as.Messages.Create(ctx, &messages.CreateParams{RoomID: w.room.ID, Text: "not for the bot"})
	require.NoError(t, err)
	w.post(t, "for the bot")
	assert.Contains(t, r.next(t).FullMessage.Text, "for the bot")
	direct, err := w.as.Messages.Create(ctx, &messages.CreateParams{ToPersonEmail: "bot@example.com", Text: "direct, no mention"})
	require.NoError(t, err)
	// The first direct message makes the space (and two memberships) first.
	ev := r.nextOf(t, notify.ResourceMessages)
	assert.Equal(t, direct.ID, ev.FullMessage.ID)
	assert.Equal(t, messages.RoomTypeDirect, ev.FullMessage.RoomType)
	r.none(t, w)
}

func TestMessageDeleted(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	r := w.listen(t, w.listener(t), nil)
	m := w.post(t, "soon gone")
	r.next(t)
	require.NoError(t, w.as.Messages.Delete(context.Background(), m.ID))
	ev := r.next(t)
	assert.Equal(t, notify.ResourceMessages, ev.Resource)
	assert.Equal(t, notify.EventDeleted, ev.Event)
	assert.Nil(t, ev.FullMessage)
	assert.Equal(t, w.alice.ID, ev.ActorID)
	d, err := ev.Message()
	require.NoError(t, err)
	assert.Equal(t, m.ID, d.ID)
	assert.Equal(t, w.room.ID, d.RoomID)
}

func TestFilesAnnouncedOnceScanned(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	r := w.listen(t, w.listener(t), nil)
	m, err := w.as.Messages.CreateWithFile(context.Background(), &messages.CreateParams{RoomID: w.room.ID, Markdown: mention + "a file"},
		messages.File{Name: "a.txt", ContentType: "text/plain", Body: strings.NewReader("contents")})
	require.NoError(t, err)
	ev := r.next(t)
	assert.Equal(t, m.ID, ev.FullMessage.ID)
	assert.Len(t, ev.FullMessage.Files, 1)
	r.none(t, w) // the share itself made no event
}

func TestCardSubmitted(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	r := w.listen(t, w.listener(t), nil)
	ctx := context.Background()
	card := json.RawMessage(`{"type":"AdaptiveCard","version":"1.3","body":[{"type":"Input.Text","id":"name"}],"actions":[{"type":"Action.Submit"}]}`)
	m, err := w.botc.Messages.Create(ctx, &messages.CreateParams{RoomID: w.room.ID, Text: "card",
		Attachments: []messages.Attachment{{ContentType: messages.ContentTypeAdaptiveCard, Content: card}}})
	require.NoError(t, err)
	ev := r.next(t) // the bot sees its own message
	assert.Equal(t, m.ID, ev.FullMessage.ID)
	a, err := w.as.AttachmentActions.Create(ctx, &attachments.CreateParams{Type: "submit", MessageID: m.ID, Inputs: map[string]string{"name": "Ada"}})
	require.NoError(t, err)
	ev = r.next(t)
	assert.Equal(t, notify.ResourceAttachmentActions, ev.Resource)
	assert.Equal(t, notify.EventCreated, ev.Event)
	assert.Equal(t, w.alice.ID, ev.ActorID)
	require.NotNil(t, ev.FullAction)
	assert.Equal(t, a.ID, ev.FullAction.ID)
	assert.JSONEq(t, `{"name":"Ada"}`, string(ev.FullAction.Inputs))
	d, err := ev.AttachmentAction()
	require.NoError(t, err)
	assert.Equal(t, m.ID, d.MessageID)
	assert.Equal(t, w.room.ID, d.RoomID)
}

func TestMembershipsCreatedAndDeleted(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	carol := w.srv.NewUser(nil, "carol@example.com", "Carol")
	r := w.listen(t, w.listener(t), nil)
	ctx := context.Background()
	mem, err := w.as.Memberships.Create(ctx, &memberships.CreateParams{RoomID: w.room.ID, PersonID: carol.ID})
	require.NoError(t, err)
	ev := r.next(t)
	assert.Equal(t, notify.ResourceMemberships, ev.Resource)
	assert.Equal(t, notify.EventCreated, ev.Event)
	assert.Equal(t, w.alice.ID, ev.ActorID)
	d, err := ev.Membership()
	require.NoError(t, err)
	assert.Equal(t, mem.ID, d.ID)
	assert.Equal(t, carol.ID, d.PersonID)
	assert.Equal(t, "Carol", d.PersonDisplayName)

	require.NoError(t, w.as.Memberships.Delete(ctx, mem.ID))
	ev = r.next(t)
	assert.Equal(t, notify.EventDeleted, ev.Event)
	d, err = ev.Membership()
	require.NoError(t, err)
	assert.Equal(t, notify.MembershipData{ID: mem.ID, RoomID: w.room.ID, PersonID: carol.ID,
		PersonEmail: "carol@example.com", PersonDisplayName: "Carol"}, *d)
}

func TestBotAddedAndRemoved(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	other := w.srv.NewRoom(w.alice, "Other")
	r := w.listen(t, w.listener(t), nil)
	ctx := context.Background()
	mem, err := w.as.Memberships.Create(ctx, &memberships.CreateParams{RoomID: other.ID, PersonID: w.bot.ID})
	require.NoError(t, err)
	ev := r.next(t)
	d, err := ev.Membership()
	require.NoError(t, err)
	assert.Equal(t, w.bot.ID, d.PersonID)
	assert.Equal(t, other.ID, d.RoomID)
	require.NoError(t, w.as.Memberships.Delete(ctx, mem.ID))
	ev = r.next(t)
	assert.Equal(t, notify.EventDeleted, ev.Event)
	d, err = ev.Membership()
	require.NoError(t, err)
	assert.Equal(t, mem.ID, d.ID, "the id is built even though the bot can no longer see the space")
	assert.Equal(t, other.ID, d.RoomID)
}

func TestSpaceCreatedAndUpdated(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	r := w.listen(t, w.listener(t), nil)
	ctx := context.Background()
	room, err := w.botc.Rooms.Create(ctx, &rooms.CreateParams{Title: "Made by the bot"})
	require.NoError(t, err)
	got := map[string]*notify.Event{}
	for range 2 { // the space and the bot's membership, in that order
		ev := r.next(t)
		got[string(ev.Resource)] = ev
	}
	ev := got["rooms"]
	require.NotNil(t, ev)
	assert.Equal(t, notify.EventCreated, ev.Event)
	assert.Equal(t, w.bot.ID, ev.ActorID)
	rd, err := ev.Room()
	require.NoError(t, err)
	assert.Equal(t, room.ID, rd.ID)
	assert.Equal(t, "Made by the bot", rd.Title)
	require.NotNil(t, got["memberships"])

	_, err = w.as.Rooms.Update(ctx, w.room.ID, &rooms.UpdateParams{Title: "Renamed"})
	require.NoError(t, err)
	ev = r.next(t)
	assert.Equal(t, notify.ResourceRooms, ev.Resource)
	assert.Equal(t, notify.EventUpdated, ev.Event)
	rd, err = ev.Room()
	require.NoError(t, err)
	assert.Equal(t, "Renamed", rd.Title)
	assert.Equal(t, w.room.ID, ev.SpaceID())
}

func TestOneSpaceInOrder(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	r := w.listen(t, w.listener(t), nil)
	const n = 40
	for i := range n {
		w.post(t, fmt.Sprint(i))
	}
	for i := range n {
		assert.True(t, strings.HasSuffix(r.next(t).FullMessage.Text, " "+fmt.Sprint(i)), "event %d out of order", i)
	}
}
