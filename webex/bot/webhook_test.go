package bot_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/bot"
	"github.com/gowebex/sdk/webex/webextest"
	"github.com/gowebex/sdk/webex/webhooks"
)

// hookSetup is an emulator and the bot's client.
func hookSetup(t *testing.T) (*webextest.Server, *webex.Client) {
	t.Helper()
	srv := webextest.NewServer()
	t.Cleanup(srv.Close)
	_, token := srv.NewBotWithToken("bot@webex.bot", "Bot")
	c, err := webex.NewClient(webex.WithBaseURL(srv.URL()), webex.WithToken(token))
	require.NoError(t, err)
	return srv, c
}

func listHooks(t *testing.T, c *webex.Client) []*webhooks.Webhook {
	t.Helper()
	var out []*webhooks.Webhook
	for h, err := range c.Webhooks.List(context.Background(), nil) {
		require.NoError(t, err)
		out = append(out, h)
	}
	return out
}

func TestStartRegistersReusesAndStopRemoves(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	_, c := hookSetup(t)
	const target = "http://127.0.0.1:1/webex"
	// A duplicate left by an earlier run, and a webhook of someone else's.
	for range 2 {
		_, err := c.Webhooks.Create(ctx, &webhooks.CreateParams{Name: "old", TargetURL: target,
			Resource: webhooks.ResourceMessages, Event: webhooks.EventCreated, Secret: "old"})
		require.NoError(t, err)
	}
	other, err := c.Webhooks.Create(ctx, &webhooks.CreateParams{Name: "other", TargetURL: "http://127.0.0.1:2/x",
		Resource: webhooks.ResourceMessages, Event: webhooks.EventCreated})
	require.NoError(t, err)

	b, err := bot.New(ctx, c, bot.WithWebhooks(target))
	require.NoError(t, err)
	require.NoError(t, b.Start(ctx))
	hooks := listHooks(t, c)
	require.Len(t, hooks, 5, "four of the bot's and the other one")
	seen := map[string]int{}
	for _, h := range hooks {
		if h.ID == other.ID {
			continue
		}
		assert.Equal(t, target, h.TargetURL)
		assert.NotEqual(t, "old", h.Secret, "a fresh secret")
		assert.True(t, strings.HasPrefix(h.Name, "gowebex bot "), h.Name)
		seen[string(h.Resource)+"/"+string(h.Event)]++
	}
	assert.Equal(t, map[string]int{"messages/created": 1, "attachmentActions/created": 1,
		"memberships/created": 1, "memberships/deleted": 1}, seen)
	assert.ErrorIs(t, b.Start(ctx), bot.ErrAlreadyStarted)

	// A second run reuses them.
	before := map[string]bool{}
	for _, h := range hooks {
		before[h.ID] = true
	}
	require.NoError(t, b.Shutdown(ctx))
	b2, err := bot.New(ctx, c, bot.WithWebhooks(target))
	require.NoError(t, err)
	require.NoError(t, b2.Start(ctx))
	for _, h := range listHooks(t, c) {
		assert.True(t, before[h.ID], "no new webhook")
	}
	require.NoError(t, b2.Stop(ctx))
	hooks = listHooks(t, c)
	require.Len(t, hooks, 1)
	assert.Equal(t, other.ID, hooks[0].ID)
}

func TestServeHTTPStates(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	_, c := hookSetup(t)
	b, err := bot.New(ctx, c, bot.WithWebhooks("http://127.0.0.1:1/webex"))
	require.NoError(t, err)
	post := func() int {
		rec := httptest.NewRecorder()
		b.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/webex", strings.NewReader("{}")))
		return rec.Code
	}
	assert.Equal(t, http.StatusServiceUnavailable, post(), "before Start")
	require.NoError(t, b.Start(ctx))
	assert.Equal(t, http.StatusUnauthorized, post(), "unsigned")
	require.NoError(t, b.Shutdown(ctx))
	assert.Equal(t, http.StatusServiceUnavailable, post(), "after Shutdown")

	rt, err := bot.New(ctx, c) // realtime mode
	require.NoError(t, err)
	rec := httptest.NewRecorder()
	rt.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/webex", nil))
	assert.Equal(t, http.StatusNotFound, rec.Code)
}

func TestNewFailsWithABadToken(t *testing.T) {
	t.Parallel()
	srv := webextest.NewServer()
	t.Cleanup(srv.Close)
	c, err := webex.NewClient(webex.WithBaseURL(srv.URL()), webex.WithToken("nope"))
	require.NoError(t, err)
	_, err = bot.New(context.Background(), c)
	assert.ErrorIs(t, err, webex.ErrUnauthorized)
	_, err = bot.New(context.Background(), nil)
	assert.Error(t, err)
}
