package bot_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex/bot"
	"github.com/gowebex/sdk/webex/bot/bottest"
)

// The same bot, on the realtime listener (the default transport): the
// emulator pushes activities over its websocket, and nothing changes for
// the handlers.
func TestOnTheListener(t *testing.T) {
	t.Parallel()
	env := bottest.NewListening(t, bot.WithAccess(bot.Rule{Domains: []string{"example.com"}}))
	echoBot(env.Bot)
	cardBot(env.Bot, true)
	env.Bot.OnAdded(func(ctx context.Context, c *bot.Context) error {
		_, err := c.Say(ctx, "hello "+c.Sender.DisplayName)
		return err
	})
	ada := env.User("ada@example.com", "Ada")
	eve := env.User("eve@other.org", "Eve")
	ops := ada.Space("Ops")
	assert.Equal(t, "hello Ada", ops.Greeting.Text())
	assert.Equal(t, "deploying api", ada.Post(ops, "@Bot deploy api").Text())
	_, got := ada.Direct("status")
	assert.Equal(t, "all green", got.Text())

	card := ada.Post(ops, "@Bot ask the budget").Card()
	require.NotNil(t, card)
	got = ada.Press(card, "Approve", map[string]string{"comment": "ok"})
	assert.Equal(t, "approve: ok by Ada (ada@example.com)", got.Text())

	ada.Invite(ops, eve)
	got = eve.Post(ops, "@Bot deploy api")
	assert.Equal(t, bot.Refused, got.Trace.Outcome)
}

func TestListenerRemovesItsDeviceOnStop(t *testing.T) {
	t.Parallel()
	env := bottest.NewListening(t)
	require.Equal(t, 1, env.Server.RealtimeStats().Devices)
	require.NoError(t, env.Bot.Stop(context.Background()))
	assert.Equal(t, 0, env.Server.RealtimeStats().Devices)
	assert.Equal(t, 0, env.Server.RealtimeStats().Connected)
}
