package httpx

import (
	"context"
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// After a 429 whose Retry-After passed the cap, later calls on that
// endpoint fail at once with the remaining wait, with or without a
// deadline, and send nothing.
func TestPausePastCapFailsLaterCallsAtOnce(t *testing.T) {
	t.Parallel()
	var n atomic.Int32
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusTooManyRequests)
	}), func(cfg *Config) { cfg.MaxRetryAfter = time.Second })
	_, err := c.Do(context.Background(), get("/rooms"), nil)
	require.ErrorIs(t, err, ErrRateLimited)

	withDeadline, cancel := context.WithTimeout(context.Background(), 2*time.Hour)
	defer cancel()
	for name, ctx := range map[string]context.Context{"no deadline": context.Background(), "far deadline": withDeadline} {
		done := make(chan error, 1)
		go func() {
			_, err := c.Do(ctx, get("/rooms"), nil)
			done <- err
		}()
		select {
		case err := <-done:
			var ae *APIError
			require.ErrorAs(t, err, &ae, name)
			assert.Equal(t, http.StatusTooManyRequests, ae.StatusCode)
			assert.Greater(t, ae.RetryAfter, 59*time.Minute, name)
			assert.LessOrEqual(t, ae.RetryAfter, time.Hour, name)
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: the call waited out the pause", name)
		}
	}
	assert.EqualValues(t, 1, n.Load(), "the paused endpoint was not called again")
	_, err = c.Do(context.Background(), get("/teams"), nil)
	require.ErrorIs(t, err, ErrRateLimited, "another endpoint is not paused")
	assert.EqualValues(t, 2, n.Load())
}
