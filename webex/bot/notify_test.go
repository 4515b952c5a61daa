package bot_test

import (
	"context"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/bot"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/webhooks"
)

// A bot can run behind a transport its program runs itself: here a
// webhooks.Handler of its own, fetching the message, feeding HandleEvent.
func TestHandleEventFromAnotherTransport(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	srv, c := hookSetup(t)
	done := make(chan bot.Trace, 4)
	b, err := bot.New(ctx, c, bot.WithTrace(func(tr bot.Trace) { done <- tr }))
	require.NoError(t, err)
	b.Command("ping", func(ctx context.Context, c *bot.Context) error {
		_, err := c.Reply(ctx, "pong")
		return err
	}, "")
	h, err := webhooks.NewHandler([]byte("secret"), b.HandleEvent, webhooks.FetchMessages(c.Messages))
	require.NoError(t, err)
	hooks := httptest.NewServer(h)
	t.Cleanup(hooks.Close)
	_, err = c.Webhooks.Create(ctx, &webhooks.CreateParams{Name: "mine", TargetURL: hooks.URL,
		Resource: webhooks.ResourceMessages, Event: webhooks.EventCreated, Secret: "secret"})
	require.NoError(t, err)

	_, tok := srv.NewUserWithToken("ada@example.com", "Ada")
	ada := newClient(t, srv.URL(), tok)
	me, err := c.People.Me(ctx, nil)
	require.NoError(t, err)
	_, err = ada.Messages.Create(ctx, &messages.CreateParams{ToPersonID: me.ID, Text: "ping"})
	require.NoError(t, err)
	tr := <-done
	assert.Equal(t, bot.Handled, tr.Outcome)
	require.Len(t, tr.Posted, 1)
	assert.Equal(t, "pong", tr.Posted[0].Text)
	require.NoError(t, b.Shutdown(ctx))
}

func newClient(t *testing.T, base, token string) *webex.Client {
	t.Helper()
	c, err := webex.NewClient(webex.WithBaseURL(base), webex.WithToken(token))
	require.NoError(t, err)
	return c
}
