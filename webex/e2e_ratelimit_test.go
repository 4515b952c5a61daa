package webex_test

import (
	"context"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/webextest"
)

func TestRateLimitedCallWaitsAndSucceeds(t *testing.T) {
	t.Parallel()
	srv := newServer(t, webextest.WithRateLimit("POST /messages", 2, time.Second))
	alice, tok := srv.NewUserWithToken("", "Alice")
	room := srv.NewRoom(alice, "R")
	c := newClient(t, srv, tok)
	ctx := t.Context()

	start := time.Now()
	for _, text := range []string{"one", "two", "three"} {
		_, err := c.Messages.Create(ctx, &messages.CreateParams{RoomID: room.ID, Text: text})
		require.NoError(t, err, text)
	}
	// The third drew a 429 with Retry-After: 1, was retried once after it,
	// and went through: a POST Webex refused is safe to send again.
	assert.Equal(t, 4, srv.RequestCount("POST /messages"))
	assert.GreaterOrEqual(t, time.Since(start), 500*time.Millisecond, "the client waited for Retry-After")
	msgs := collect(t, c.Messages.List(ctx, &messages.ListParams{RoomID: room.ID}))
	assert.Len(t, msgs, 3, "no message was posted twice")
}

func TestRateLimitPastCapFailsWithRetryAfter(t *testing.T) {
	t.Parallel()
	srv := newServer(t, webextest.WithRateLimit("POST /messages", 1, time.Minute))
	alice, tok := srv.NewUserWithToken("", "Alice")
	bob, btok := srv.NewUserWithToken("", "Bob")
	room := srv.NewRoom(alice, "R", bob)
	c := newClient(t, srv, tok, webex.WithMaxRetryAfter(time.Second))
	ctx := t.Context()

	_, err := c.Messages.Create(ctx, &messages.CreateParams{RoomID: room.ID, Text: "one"})
	require.NoError(t, err)
	start := time.Now()
	_, err = c.Messages.Create(ctx, &messages.CreateParams{RoomID: room.ID, Text: "two"})
	apiErr := requireAPIError(t, err, http.StatusTooManyRequests, webex.ErrRateLimited)
	assert.Less(t, time.Since(start), time.Second, "failed at once instead of waiting")
	assert.Greater(t, apiErr.RetryAfter, 50*time.Second)
	assert.LessOrEqual(t, apiErr.RetryAfter, time.Minute)
	assert.Equal(t, http.MethodPost, apiErr.Method)
	assert.Equal(t, 2, srv.RequestCount("POST /messages"))

	// While paused, the client does not even send: it fails at once.
	_, err = c.Messages.Create(ctx, &messages.CreateParams{RoomID: room.ID, Text: "three"})
	require.ErrorIs(t, err, webex.ErrRateLimited)

	// The limit is per endpoint and per token.
	assert.Len(t, collect(t, c.Messages.List(ctx, &messages.ListParams{RoomID: room.ID})), 1)
	_, err = newClient(t, srv, btok).Messages.Create(ctx, &messages.CreateParams{RoomID: room.ID, Text: "bob"})
	require.NoError(t, err)
}

func TestRateLimitBeyondContextDeadlineFailsAtOnce(t *testing.T) {
	t.Parallel()
	srv := newServer(t, webextest.WithRateLimit("GET /rooms/{id}", 1, time.Minute))
	alice, tok := srv.NewUserWithToken("", "Alice")
	room := srv.NewRoom(alice, "R")
	c := newClient(t, srv, tok)

	_, err := c.Rooms.Get(t.Context(), room.ID)
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Second)
	defer cancel()
	start := time.Now()
	_, err = c.Rooms.Get(ctx, room.ID)
	require.ErrorIs(t, err, webex.ErrRateLimited)
	assert.Less(t, time.Since(start), time.Second)
	var apiErr *webex.APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Greater(t, apiErr.RetryAfter, 2*time.Second)
}

func TestRateLimitPausesEveryGoroutine(t *testing.T) {
	t.Parallel()
	srv := newServer(t, webextest.WithRateLimit("POST /messages", 2, time.Second))
	alice, tok := srv.NewUserWithToken("", "Alice")
	room := srv.NewRoom(alice, "R")
	c := newClient(t, srv, tok)

	const n = 4
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Go(func() {
			_, errs[i] = c.Messages.Create(t.Context(), &messages.CreateParams{RoomID: room.ID, Text: "hi"})
		})
	}
	wg.Wait()
	for _, err := range errs {
		require.NoError(t, err)
	}
	assert.Len(t, collect(t, c.Messages.List(t.Context(), &messages.ListParams{RoomID: room.ID})), n)
	// 2 a second for 4 requests: two wait one window, and at most 2 + 1 of
	// them drew a 429; a storm of retries would show many more.
	assert.LessOrEqual(t, srv.RequestCount("POST /messages"), n+3)
}
