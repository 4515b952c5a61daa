package bot_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex/bot"
	"github.com/gowebex/sdk/webex/bot/bottest"
)

func TestMembershipHooks(t *testing.T) {
	t.Parallel()
	env := bottest.New(t)
	b := env.Bot
	b.OnAdded(func(ctx context.Context, c *bot.Context) error {
		if err := c.SpaceState().Set(ctx, "greeted", true, 0); err != nil {
			return err
		}
		_, err := c.Say(ctx, "Hello! "+c.Sender.DisplayName+" added me.")
		return err
	})
	b.OnJoined(func(ctx context.Context, c *bot.Context) error {
		_, err := c.Say(ctx, "Welcome, "+c.Member.DisplayName)
		return err
	})
	removed := make(chan string, 1)
	b.OnRemoved(func(ctx context.Context, c *bot.Context) error {
		removed <- c.Space.ID
		return nil
	})
	ada := env.User("ada@example.com", "Ada")
	bob := env.User("bob@example.com", "Bob")
	ops := ada.Space("Ops")
	assert.Equal(t, "Hello! Ada added me.", ops.Greeting.Text())
	assert.Equal(t, bot.KindAdded, ops.Greeting.Trace.Kind)

	assert.Equal(t, "Welcome, Bob", ada.Invite(ops, bob).Text())

	ctx := context.Background()
	var greeted bool
	ok, err := b.SpaceState(ops.ID).Get(ctx, "greeted", &greeted)
	require.NoError(t, err)
	require.True(t, ok)

	got := ada.RemoveBot(ops)
	assert.Equal(t, bot.KindRemoved, got.Trace.Kind)
	assert.Equal(t, ops.ID, <-removed)
	ok, err = b.SpaceState(ops.ID).Get(ctx, "greeted", &greeted)
	require.NoError(t, err)
	assert.False(t, ok, "the space's state is forgotten when the bot leaves")
}

func TestMembershipWithoutHooksIsIgnored(t *testing.T) {
	t.Parallel()
	env := bottest.New(t)
	ada := env.User("ada@example.com", "Ada")
	ops := ada.Space("Ops")
	assert.Equal(t, bot.Ignored, ops.Greeting.Trace.Outcome)
	assert.Empty(t, ops.Greeting.Replies)
}

func TestStateTTL(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	s := bot.NewMemoryStore(bot.WithClock(clock))
	env := bottest.New(t, bot.WithStore(s))
	ctx := context.Background()
	st := env.Bot.PersonState("p1")
	require.NoError(t, st.Set(ctx, "lang", "fr", time.Minute))
	var lang string
	ok, err := st.Get(ctx, "lang", &lang)
	require.NoError(t, err)
	assert.True(t, ok)
	assert.Equal(t, "fr", lang)
	now = now.Add(time.Minute)
	ok, err = st.Get(ctx, "lang", &lang)
	require.NoError(t, err)
	assert.False(t, ok, "expired")
}
