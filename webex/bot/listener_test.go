package bot_test

import (
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex/bot"
	"github.com/gowebex/sdk/webex/bot/bottest"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/realtime"
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

// Run, the way a program runs its bot: until its context ends.
func TestRunUntilCancelled(t *testing.T) {
	t.Parallel()
	srv, _ := hookSetup(t)
	_, botToken := srv.NewBotWithToken("runner@webex.bot", "Runner")
	c := newClient(t, srv.URL(), botToken)
	traces := make(chan bot.Trace, 8)
	b, err := bot.New(context.Background(), c, bot.WithTrace(func(tr bot.Trace) { traces <- tr }),
		bot.WithListener(realtime.WithToken(botToken), realtime.WithCatalogURL(strings.TrimSuffix(srv.URL(), "/v1")+"/u2c/api/v1/catalog"),
			realtime.WithLogger(slog.New(slog.DiscardHandler))))
	require.NoError(t, err)
	b.Command("ping", func(ctx context.Context, c *bot.Context) error {
		_, err := c.Reply(ctx, "pong")
		return err
	}, "")
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan error, 1)
	go func() { ran <- b.Run(ctx) }()
	require.Eventually(t, func() bool { return srv.RealtimeStats().Connected == 1 }, 10*time.Second, time.Millisecond)

	_, tok := srv.NewUserWithToken("ada@example.com", "Ada")
	ada := newClient(t, srv.URL(), tok)
	m, err := ada.Messages.Create(context.Background(), &messages.CreateParams{ToPersonID: b.ID(), Text: "ping"})
	require.NoError(t, err)
	tr := <-traces
	for tr.EventID != m.ID {
		tr = <-traces // the 1:1 space's memberships come first
	}
	require.Len(t, tr.Posted, 1)
	assert.Equal(t, "pong", tr.Posted[0].Text)

	cancel()
	require.NoError(t, <-ran)
	assert.Equal(t, 0, srv.RealtimeStats().Devices, "the device is removed")
}

func TestRunReturnsWhenTheListenerGivesUp(t *testing.T) {
	t.Parallel()
	srv, _ := hookSetup(t)
	_, botToken := srv.NewBotWithToken("quitter@webex.bot", "Quitter")
	c := newClient(t, srv.URL(), botToken)
	b, err := bot.New(context.Background(), c,
		bot.WithListener(realtime.WithToken("not-the-token"), realtime.WithCatalogURL(strings.TrimSuffix(srv.URL(), "/v1")+"/u2c/api/v1/catalog"),
			realtime.WithLogger(slog.New(slog.DiscardHandler))))
	require.NoError(t, err)
	err = b.Run(context.Background())
	assert.Error(t, err, "a refused token ends Run")
}
