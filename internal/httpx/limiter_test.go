package httpx

import (
	"context"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// the pause lasts, no other request reaches the server.
func TestTooManyRequestsPausesConcurrentGoroutines(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	var pausedAt time.Time
	var during atomic.Int32 // requests that arrived inside the pause
	var total atomic.Int32
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		total.Add(1)
		mu.Lock()
		defer mu.Unlock()
		now := time.Now()
		if pausedAt.IsZero() {
			pausedAt = now
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		if now.Sub(pausedAt) < 900*time.Millisecond {
			during.Add(1)
		}
		w.Write([]byte(`{}`))
	}))
	ctx := context.Background()
	// The first request draws the 429.
	done := make(chan error, 1)
	go func() {
		_, err := c.Do(ctx, get("/rooms/{roomId}", "r1"), nil)
		done <- err
	}()
	require.Eventually(t, func() bool { return total.Load() >= 1 }, time.Second, time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := c.Do(ctx, get("/rooms/{roomId}", string(rune('a'+i))), nil)
			assert.NoError(t, err)
		}()
	}
	wg.Wait()
	require.NoError(t, <-done)
	assert.Zero(t, during.Load(), "no request may reach the endpoint before Retry-After has passed")
	assert.Equal(t, int32(10), total.Load(), "one 429, then each request once: no retry storm")
}

// A 429 on one endpoint does not hold back another.
func TestPauseIsPerEndpoint(t *testing.T) {
	t.Parallel()
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/v1/rooms" {
			w.Header().Set("Retry-After", "30")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		w.Write([]byte(`{}`))
	}), func(c *Config) { c.MaxRetryAfter = time.Second })
	_, err := c.Do(context.Background(), get("/rooms"), nil)
	require.ErrorIs(t, err, ErrRateLimited)
	start := time.Now()
	_, err = c.Do(context.Background(), get("/teams"), nil)
	require.NoError(t, err)
	assert.Less(t, time.Since(start), 500*time.Millisecond)
}
