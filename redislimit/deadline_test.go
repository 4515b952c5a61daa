package redislimit_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/redislimit"
	"github.com/gowebex/sdk/webex"

	"github.com/gowebex/sdk/internal/redistest"
)

// TestCallersDeadlineIsNotARedisOutage holds that a Redis call cut short by
// the caller's own deadline fails the call with the deadline and leaves the
// limiter on Redis: go-redis can report the deadline as an i/o timeout a
// moment before ctx.Err() says so, which once sent a healthy limiter to
// local pacing.
func TestCallersDeadlineIsNotARedisOutage(t *testing.T) {
	t.Parallel()
	rdb := newRedis(t)
	const endpoint = "GET /rooms"
	rates := map[string]webex.RateLimit{endpoint: {PerMinute: 6_000_000, Burst: 1000}}
	l := redislimit.New(rdb, "tok", redislimit.DefaultRateLimit, rates,
		redislimit.WithKeyPrefix(redistest.Prefix(t)), redislimit.WithTimeout(2*time.Second))
	var cut int
	for i := range 300 {
		ctx, cancel := context.WithTimeout(context.Background(), time.Duration(i%30)*20*time.Microsecond)
		err := l.Wait(ctx, endpoint)
		cancel()
		if err != nil {
			require.ErrorIs(t, err, context.DeadlineExceeded, "try %d", i)
			cut++
		}
		require.False(t, l.Fallback(), "try %d: a caller's deadline sent the limiter to local pacing", i)
	}
	assert.Positive(t, cut, "no call met its deadline; the test proves nothing")
}
