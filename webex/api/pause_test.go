package api

import (
	"context"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The goroutines a pause held are released over a window (a tenth of the
// pause, at most a second), not in the same millisecond.
func TestPauseReleaseIsJittered(t *testing.T) {
	t.Parallel()
	assert.Equal(t, 200*time.Millisecond, PauseJitter(2*time.Second))
	assert.Equal(t, time.Second, PauseJitter(time.Hour))
	assert.Zero(t, releaseJitter(0, rand.Int64N))

	d := 5 * time.Second
	seen := map[time.Duration]bool{}
	for range 200 {
		j := releaseJitter(d, rand.Int64N)
		require.GreaterOrEqual(t, j, time.Duration(0))
		require.LessOrEqual(t, j, 500*time.Millisecond)
		seen[j/time.Millisecond] = true
	}
	assert.Greater(t, len(seen), 100, "200 waiters spread over at least 100 distinct milliseconds")

	top := func(n int64) int64 { return n - 1 }
	assert.Equal(t, 500*time.Millisecond, releaseJitter(d, top), "the whole window can be used")
}

// WaitPause fails at once when the pause is longer than the call may wait,
// deadline or not.
func TestWaitPauseHonoursMaxWait(t *testing.T) {
	t.Parallel()
	until := time.Now().Add(time.Hour)
	ctx := WithMaxWait(context.Background(), time.Minute)
	d, ok := MaxWait(ctx)
	require.True(t, ok)
	assert.Equal(t, time.Minute, d)

	err := WaitPause(ctx, "GET /rooms/{roomId}", until)
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, 429, e.StatusCode)
	assert.Equal(t, "GET", e.Method)
	assert.Equal(t, "/rooms/{roomId}", e.Path)
	assert.Greater(t, e.RetryAfter, 59*time.Minute)

	_, ok = MaxWait(context.Background())
	assert.False(t, ok)
	assert.NoError(t, WaitPause(ctx, "GET /rooms", time.Now().Add(-time.Second)), "a pause in the past")
}
