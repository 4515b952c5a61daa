package bot_test

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex/bot"
	"github.com/gowebex/sdk/webex/bot/bottest"
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
	assert.Equal(t, "direct", dm.Type)
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
