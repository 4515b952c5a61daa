package bot_test

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex/bot"
	"github.com/gowebex/sdk/webex/bot/bottest"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/rooms"
)

// echoBot registers the handlers the routing tests use.
func echoBot(b *bot.Bot) {
	b.Command("deploy", func(ctx context.Context, c *bot.Context) error {
		_, err := c.Reply(ctx, "deploying "+strings.Join(c.Args, "+"))
		return err
	}, "deploy <service>: deploy a service")
	b.Command("status", func(ctx context.Context, c *bot.Context) error {
		_, err := c.Say(ctx, "all green")
		return err
	}, "status: how things are")
	b.Hears(regexp.MustCompile(`(?i)^thanks?\b`), func(ctx context.Context, c *bot.Context) error {
		_, err := c.Reply(ctx, "you're welcome")
		return err
	})
}

func TestRouting(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, text string
		want       string
		route      string
	}{
		{"command after mention", "@Bot deploy api web", "deploying api+web", "command:deploy"},
		{"command in any case", "@Bot DEPLOY api", "deploying api", "command:deploy"},
		{"mention in the middle", "hey @Bot status", "", "unknown"},
		{"mention at the end", "status @Bot", "all green", "command:status"},
		{"pattern", "@Bot thanks a lot", "you're welcome", "hears"},
		{"help", "@Bot help", "Here is what Bot can do:\n\n- deploy <service>: deploy a service\n- status: how things are\n- help: this list", "help"},
		{"unknown command", "@Bot reboot", "Sorry, I don't know that command. Say help to see what I can do.", "unknown"},
		{"mention only", "@Bot", "Hi! Say help to see what I can do.", "empty"},
		{"mention and spaces", "@Bot   ", "Hi! Say help to see what I can do.", "empty"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env := bottest.New(t)
			echoBot(env.Bot)
			ada := env.User("ada@example.com", "Ada")
			ops := ada.Space("Ops")
			got := ada.Post(ops, tc.text)
			assert.Equal(t, tc.route, got.Trace.Route)
			if tc.route == "unknown" && tc.want == "" {
				return
			}
			assert.Equal(t, tc.want, got.Text())
		})
	}
}

func TestDirectSpaceNeedsNoMention(t *testing.T) {
	t.Parallel()
	env := bottest.New(t)
	echoBot(env.Bot)
	ada := env.User("ada@example.com", "Ada")
	dm, got := ada.Direct("deploy api")
	assert.Equal(t, "deploying api", got.Text())
	assert.Equal(t, rooms.TypeDirect, dm.Type)
	got = ada.Post(dm, "@Bot deploy web")
	assert.Equal(t, "deploying web", got.Text())
}

func TestGroupMessageWithoutMentionIsNotSeen(t *testing.T) {
	t.Parallel()
	env := bottest.New(t)
	echoBot(env.Bot)
	ada := env.User("ada@example.com", "Ada")
	ops := ada.Space("Ops")
	got := ada.Post(ops, "deploy api")
	assert.Empty(t, got.Replies)
	require.Len(t, ada.Messages(ops), 1)
}

func TestReplyGoesInTheThread(t *testing.T) {
	t.Parallel()
	env := bottest.New(t)
	echoBot(env.Bot)
	ada := env.User("ada@example.com", "Ada")
	ops := ada.Space("Ops")
	got := ada.Post(ops, "@Bot deploy api")
	require.Len(t, got.Replies, 1)
	msgs := ada.Messages(ops)
	require.Len(t, msgs, 2)
	assert.Equal(t, msgs[0].ID, got.Replies[0].ParentID, "Reply answers in the thread")
	said := ada.Post(ops, "@Bot status")
	require.Len(t, said.Replies, 1)
	assert.Empty(t, said.Replies[0].ParentID, "Say posts in the space")
}

func TestReplyInAThreadStaysInIt(t *testing.T) {
	t.Parallel()
	env := bottest.New(t)
	echoBot(env.Bot)
	ada := env.User("ada@example.com", "Ada")
	ops := ada.Space("Ops")
	first := ada.Post(ops, "@Bot deploy api")
	require.Len(t, first.Replies, 1)
	parent := first.Replies[0].ParentID
	m, err := ada.Client.Messages.Create(context.Background(), &messages.CreateParams{RoomID: ops.ID, ParentID: parent,
		Markdown: messages.MentionPerson(env.Person.ID, "Bot") + " deploy web"})
	require.NoError(t, err)
	got := env.Wait(m.ID)
	require.Len(t, got.Replies, 1)
	assert.Equal(t, parent, got.Replies[0].ParentID)
}

func TestHearsPatternsInOrderWithMatches(t *testing.T) {
	t.Parallel()
	env := bottest.New(t)
	env.Bot.Hears(regexp.MustCompile(`\b(OPS-(\d+))\b`), func(ctx context.Context, c *bot.Context) error {
		_, err := c.Reply(ctx, "ticket "+c.Matches[2])
		return err
	})
	env.Bot.Hears(regexp.MustCompile(`OPS`), func(ctx context.Context, c *bot.Context) error {
		_, err := c.Reply(ctx, "never: the first pattern wins")
		return err
	})
	ada := env.User("ada@example.com", "Ada")
	_, got := ada.Direct("look at OPS-42 please")
	assert.Equal(t, "ticket 42", got.Text())
	assert.Equal(t, "hears", got.Trace.Route)
}

func TestEventsOfOneSpaceInOrder(t *testing.T) {
	t.Parallel()
	env := bottest.New(t, bot.WithConcurrency(4))
	var mu sync.Mutex
	var seen []string
	env.Bot.Command("n", func(ctx context.Context, c *bot.Context) error {
		mu.Lock()
		seen = append(seen, c.Rest)
		mu.Unlock()
		return nil
	}, "")
	ada := env.User("ada@example.com", "Ada")
	ops := ada.Space("Ops")
	var ids []string
	var want []string
	for i := range 20 {
		m, err := ada.Client.Messages.Create(context.Background(), &messages.CreateParams{RoomID: ops.ID,
			Markdown: messages.MentionPerson(env.Person.ID, "Bot") + fmt.Sprint(" n ", i)})
		require.NoError(t, err)
		ids = append(ids, m.ID)
		want = append(want, fmt.Sprint(i))
	}
	for _, id := range ids {
		env.Wait(id)
	}
	mu.Lock()
	defer mu.Unlock()
	assert.Equal(t, want, seen)
}
