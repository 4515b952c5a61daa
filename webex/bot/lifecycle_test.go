package bot_test

import (
	"context"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex/bot"
	"github.com/gowebex/sdk/webex/bot/bottest"
	"github.com/gowebex/sdk/webex/messages"
)

func TestShutdownDrainsEventsInHand(t *testing.T) {
	t.Parallel()
	env := bottest.New(t)
	entered := make(chan struct{})
	release := make(chan struct{})
	env.Bot.Command("slow", func(ctx context.Context, c *bot.Context) error {
		close(entered)
		<-release
		_, err := c.Reply(ctx, "done")
		return err
	}, "")
	ada := env.User("ada@example.com", "Ada")
	ops := ada.Space("Ops")
	m, err := ada.Client.Messages.Create(context.Background(), &messages.CreateParams{RoomID: ops.ID,
		Markdown: messages.MentionPerson(env.Person.ID, "Bot") + " slow"})
	require.NoError(t, err)
	<-entered
	shut := make(chan error, 1)
	go func() { shut <- env.Bot.Shutdown(context.Background()) }()
	select {
	case <-shut:
		t.Fatal("Shutdown returned with an event in hand")
	case <-time.After(50 * time.Millisecond): // a negative check: nothing to wait on
	}
	close(release)
	require.NoError(t, <-shut)
	got := env.Wait(m.ID)
	assert.Equal(t, "done", got.Text(), "the event in hand was finished")
}

func TestShutdownTimesOutAndCancelsHandlers(t *testing.T) {
	t.Parallel()
	env := bottest.New(t)
	entered := make(chan struct{})
	cancelled := make(chan error, 1)
	env.Bot.Command("stuck", func(ctx context.Context, c *bot.Context) error {
		close(entered)
		<-ctx.Done()
		cancelled <- ctx.Err()
		return ctx.Err()
	}, "")
	ada := env.User("ada@example.com", "Ada")
	ops := ada.Space("Ops")
	_, err := ada.Client.Messages.Create(context.Background(), &messages.CreateParams{RoomID: ops.ID,
		Markdown: messages.MentionPerson(env.Person.ID, "Bot") + " stuck"})
	require.NoError(t, err)
	<-entered
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	assert.ErrorIs(t, env.Bot.Shutdown(ctx), context.Canceled)
	assert.ErrorIs(t, <-cancelled, context.Canceled, "the handler's context is cancelled")
}

func TestReplyFile(t *testing.T) {
	t.Parallel()
	env := bottest.New(t)
	env.Bot.Command("report", func(ctx context.Context, c *bot.Context) error {
		_, err := c.ReplyFile(ctx, "Here is the report", messages.File{Name: "report.csv", ContentType: "text/csv",
			Body: strings.NewReader("service,status\napi,green\n")})
		return err
	}, "report: the status report as CSV")
	ada := env.User("ada@example.com", "Ada")
	_, got := ada.Direct("report")
	require.Len(t, got.Replies, 1)
	reply := got.Replies[0]
	assert.Equal(t, "Here is the report", reply.Text)
	require.Len(t, reply.Files, 1)
	f, err := ada.Client.Contents.Download(context.Background(), reply.Files[0])
	require.NoError(t, err)
	defer f.Body.Close()
	body, err := io.ReadAll(f.Body)
	require.NoError(t, err)
	assert.Equal(t, "service,status\napi,green\n", string(body))
}

func TestStateIsPerSpaceAndPerPerson(t *testing.T) {
	t.Parallel()
	env := bottest.New(t)
	env.Bot.Command("count", func(ctx context.Context, c *bot.Context) error {
		var space, person int
		if _, err := c.SpaceState().Get(ctx, "n", &space); err != nil {
			return err
		}
		if _, err := c.PersonState().Get(ctx, "n", &person); err != nil {
			return err
		}
		space, person = space+1, person+1
		if err := c.SpaceState().Set(ctx, "n", space, time.Hour); err != nil {
			return err
		}
		if err := c.PersonState().Set(ctx, "n", person, time.Hour); err != nil {
			return err
		}
		_, err := c.Reply(ctx, strings.Repeat("s", space)+" "+strings.Repeat("p", person))
		return err
	}, "")
	ada := env.User("ada@example.com", "Ada")
	bob := env.User("bob@example.com", "Bob")
	ops := ada.Space("Ops")
	ada.Invite(ops, bob)
	assert.Equal(t, "s p", ada.Post(ops, "@Bot count").Text())
	assert.Equal(t, "ss p", bob.Post(ops, "@Bot count").Text())
	assert.Equal(t, "sss pp", ada.Post(ops, "@Bot count").Text())
	_, got := ada.Direct("count")
	assert.Equal(t, "s ppp", got.Text())
}
