package api

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRateLimitForDefaults(t *testing.T) {
	t.Parallel()
	l := NewLocalLimiter(DefaultRateLimit, map[string]RateLimit{"POST /messages": {PerMinute: 60, Burst: 1}})
	assert.Equal(t, DefaultRateLimit, l.RateLimitFor("GET /rooms"))
	assert.Equal(t, RateLimit{}, l.RateLimitFor("GET /messages/{messageId}"), "messages are paced only by 429s")
	assert.Equal(t, RateLimit{}, l.RateLimitFor("GET /people/me"))
	assert.Equal(t, RateLimit{PerMinute: 60, Burst: 1}, l.RateLimitFor("POST /messages"))
}

func TestLimiterPacesEndpoint(t *testing.T) {
	t.Parallel()
	// 600/min = one every 100ms after a burst of 1.
	l := NewLocalLimiter(RateLimit{PerMinute: 600, Burst: 1}, nil)
	ctx := context.Background()
	start := time.Now()
	for range 4 {
		require.NoError(t, l.Wait(ctx, "GET /rooms"))
	}
	assert.GreaterOrEqual(t, time.Since(start), 250*time.Millisecond)
	// Another endpoint has its own budget.
	start = time.Now()
	require.NoError(t, l.Wait(ctx, "GET /teams"))
	assert.Less(t, time.Since(start), 50*time.Millisecond)
}

func TestPauseOutlastingDeadlineFailsAtOnce(t *testing.T) {
	t.Parallel()
	l := NewLocalLimiter(RateLimit{}, nil)
	l.Pause(context.Background(), "GET /rooms", time.Now().Add(10*time.Second))
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	start := time.Now()
	err := l.Wait(ctx, "GET /rooms")
	assert.Less(t, time.Since(start), 100*time.Millisecond)
	var ae *Error
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, 429, ae.StatusCode)
	assert.Greater(t, ae.RetryAfter, 9*time.Second)
	assert.NoError(t, l.Wait(ctx, "GET /teams"), "other endpoints are not paused")
}

func TestWaitCancelledWhilePaused(t *testing.T) {
	t.Parallel()
	l := NewLocalLimiter(RateLimit{}, nil)
	l.Pause(context.Background(), "GET /rooms", time.Now().Add(10*time.Second))
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	assert.ErrorIs(t, l.Wait(ctx, "GET /rooms"), context.Canceled)
}

func TestEarlierPauseDoesNotShorten(t *testing.T) {
	t.Parallel()
	l := NewLocalLimiter(RateLimit{}, nil)
	late := time.Now().Add(time.Hour)
	l.Pause(context.Background(), "k", late)
	l.Pause(context.Background(), "k", time.Now().Add(time.Second))
	assert.Equal(t, late.UnixNano(), l.entry("k").paused.Load())
}

// One 429 pauses the endpoint for every goroutine sharing the client: while

// A slot that comes after the caller's deadline fails at once with an error
// that matches context.DeadlineExceeded, as redislimit's does.
func TestSlotAfterDeadlineIsDeadlineExceeded(t *testing.T) {
	t.Parallel()
	l := NewLocalLimiter(DefaultRateLimit, map[string]RateLimit{"GET /rooms": {PerMinute: 1, Burst: 1}})
	require.NoError(t, l.Wait(context.Background(), "GET /rooms"))
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	start := time.Now()
	err := l.Wait(ctx, "GET /rooms")
	require.ErrorIs(t, err, context.DeadlineExceeded)
	assert.Contains(t, err.Error(), "GET /rooms")
	assert.Less(t, time.Since(start), 500*time.Millisecond, "refused at once, not at the deadline")
}
