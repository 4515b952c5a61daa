package redislimit_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/redislimit"
	"github.com/gowebex/sdk/webex"

	"github.com/gowebex/sdk/internal/redistest"
)

func TestThreeLimitersShareOneBudget(t *testing.T) {
	t.Parallel()
	rdb := newRedis(t)
	const endpoint = "GET /rooms"
	rates := map[string]webex.RateLimit{endpoint: {PerMinute: 1200, Burst: 5}} // 20/s
	prefix := redistest.Prefix(t)
	var lims []*redislimit.Limiter
	// A generous Redis timeout: the test is about the shared budget, and on
	// a busy machine (the whole suite at once) 100ms was sometimes missed,
	// which sent a limiter to local pacing. TestSlowRedisFallsBackWithinTheTimeout covers
	// the timeout.
	timeout := redislimit.WithTimeout(2 * time.Second)
	for range 3 { // three processes on one token
		lims = append(lims, redislimit.New(rdb, "shared-token", redislimit.DefaultRateLimit, rates, redislimit.WithKeyPrefix(prefix), timeout))
	}
	other := redislimit.New(rdb, "other-token", redislimit.DefaultRateLimit, rates, redislimit.WithKeyPrefix(prefix), timeout)

	// For one second every limiter takes slots as fast as it can; Wait
	// fails at once for a slot past the deadline. (Half a second at twice
	// the rate would halve the stall a busy machine may cause unpunished.)
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	var perLimiter [3]atomic.Int64
	var others atomic.Int64
	var wg sync.WaitGroup
	for i, l := range lims {
		for range 2 {
			wg.Go(func() {
				for l.Wait(ctx, endpoint) == nil {
					perLimiter[i].Add(1)
				}
			})
		}
	}
	wg.Go(func() {
		for other.Wait(ctx, endpoint) == nil {
			others.Add(1)
		}
	})
	wg.Wait()

	total := perLimiter[0].Load() + perLimiter[1].Load() + perLimiter[2].Load()
	// A burst of 5, then one slot every 50ms: at most 25 in the second for
	// all three together, where three local limiters would allow 75.
	assert.LessOrEqual(t, total, int64(26))
	assert.GreaterOrEqual(t, total, int64(20))
	for i := range perLimiter {
		assert.Positive(t, perLimiter[i].Load(), "limiter %d got no slot", i)
	}
	// Another token has a budget of its own.
	assert.GreaterOrEqual(t, others.Load(), int64(20))
	assert.LessOrEqual(t, others.Load(), int64(26))
	for _, l := range lims {
		assert.False(t, l.Fallback())
	}
}

// countingHook counts the commands a Redis client sends.
type countingHook struct{ n atomic.Int64 }

func (h *countingHook) DialHook(next redis.DialHook) redis.DialHook { return next }

func (h *countingHook) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		h.n.Add(1)
		return next(ctx, cmd)
	}
}

func (h *countingHook) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return next
}

// TestRedisCallsPerSlot holds the reason the budget is a reservation script
// of our own rather than redis_rate (see reserveScript): every waiter is
// handed its own slot, so many waiters on one endpoint cost about one Redis
// call per request, not one per waiter per slot.
func TestRedisCallsPerSlot(t *testing.T) {
	t.Parallel()
	rdb := dial(t, newRedis(t).Options().Addr)
	hook := &countingHook{}
	rdb.AddHook(hook)
	const endpoint = "GET /rooms"
	rates := map[string]webex.RateLimit{endpoint: {PerMinute: 6000, Burst: 1}} // 100/s
	prefix := redistest.Prefix(t)
	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	var slots atomic.Int64
	var wg sync.WaitGroup
	for range 3 { // three processes of eight goroutines
		l := redislimit.New(rdb, "tok", redislimit.DefaultRateLimit, rates, redislimit.WithKeyPrefix(prefix), redislimit.WithTimeout(time.Second))
		for range 8 {
			wg.Go(func() {
				for l.Wait(ctx, endpoint) == nil {
					slots.Add(1)
				}
			})
		}
	}
	wg.Wait()
	require.Positive(t, slots.Load())
	perSlot := float64(hook.n.Load()) / float64(slots.Load())
	t.Logf("%d slots, %d Redis calls: %.1f per slot", slots.Load(), hook.n.Load(), perSlot)
	// One EVALSHA per slot, plus, per waiter, the one that found the next
	// slot past the deadline and, at the start, an EVALSHA answered
	// NOSCRIPT and the EVAL after it; with redis_rate it was above 40 per
	// slot.
	const waiters = 3 * 8
	assert.LessOrEqual(t, hook.n.Load(), slots.Load()+3*waiters, "%.1f calls per slot", perSlot)
}

func TestPauseFromOneLimiterHoldsTheOthers(t *testing.T) {
	t.Parallel()
	rdb := newRedis(t)
	prefix := redistest.Prefix(t)
	const endpoint = "POST /messages" // unpaced: only pauses hold it
	a := redislimit.New(rdb, "tok", redislimit.DefaultRateLimit, nil, redislimit.WithKeyPrefix(prefix), redislimit.WithTimeout(2*time.Second))
	b := redislimit.New(rdb, "tok", redislimit.DefaultRateLimit, nil, redislimit.WithKeyPrefix(prefix), redislimit.WithTimeout(2*time.Second))
	c := redislimit.New(rdb, "another-tok", redislimit.DefaultRateLimit, nil, redislimit.WithKeyPrefix(prefix), redislimit.WithTimeout(2*time.Second))

	// b learns nothing of it locally; only Redis can tell it.
	start := time.Now()
	a.Pause(context.Background(), endpoint, start.Add(500*time.Millisecond))
	// A shorter pause does not shorten the one in force.
	a.Pause(context.Background(), endpoint, start.Add(50*time.Millisecond))

	// A deadline before the pause ends fails at once with a 429.
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	err := b.Wait(ctx, endpoint)
	var apiErr *webex.APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, 429, apiErr.StatusCode)
	assert.True(t, errors.Is(err, webex.ErrRateLimited))
	assert.Equal(t, "POST", apiErr.Method)
	assert.Equal(t, "/messages", apiErr.Path)
	assert.Greater(t, apiErr.RetryAfter, 300*time.Millisecond)
	assert.LessOrEqual(t, apiErr.RetryAfter, 500*time.Millisecond)
	assert.Less(t, time.Since(start), 90*time.Millisecond, "must fail at once, not at the deadline")

	// Another token is not paused.
	require.NoError(t, c.Wait(context.Background(), endpoint))
	assert.Less(t, time.Since(start), 200*time.Millisecond)

	// Without a deadline b waits the pause out.
	require.NoError(t, b.Wait(context.Background(), endpoint))
	assert.GreaterOrEqual(t, time.Since(start), 480*time.Millisecond)
	assert.Less(t, time.Since(start), 900*time.Millisecond)
}

func TestPauseEndsWithItsTTL(t *testing.T) {
	t.Parallel()
	rdb := newRedis(t)
	prefix := redistest.Prefix(t)
	l := redislimit.New(rdb, "tok", redislimit.DefaultRateLimit, nil, redislimit.WithKeyPrefix(prefix))
	l.Pause(context.Background(), "GET /rooms", time.Now().Add(2*time.Second))
	ttl, err := rdb.PTTL(context.Background(), l.Key("GET /rooms")+"pause").Result()
	require.NoError(t, err)
	assert.Greater(t, ttl, 1500*time.Millisecond)
	assert.LessOrEqual(t, ttl, 2*time.Second)
	// A pause in the past writes nothing.
	l.Pause(context.Background(), "GET /teams", time.Now().Add(-time.Second))
	n, err := rdb.Exists(context.Background(), l.Key("GET /teams")+"pause").Result()
	require.NoError(t, err)
	assert.Zero(t, n)
}

func TestKeysCarryATokenHashNeverTheToken(t *testing.T) {
	t.Parallel()
	rdb := newRedis(t)
	prefix := redistest.Prefix(t)
	const token = "ZmFrZS1ib3QtdG9rZW4tZm9yLXRlc3Rz_secret"
	l := redislimit.New(rdb, token, redislimit.DefaultRateLimit, nil, redislimit.WithKeyPrefix(prefix))
	ctx := context.Background()
	require.NoError(t, l.Wait(ctx, "GET /rooms"))
	require.NoError(t, l.Wait(ctx, "GET /rooms/{roomId}"))
	l.Pause(ctx, "POST /messages", time.Now().Add(time.Minute))

	sum := sha256.Sum256([]byte(token))
	hash := hex.EncodeToString(sum[:])[:16]
	assert.Equal(t, hash, redislimit.TokenHash(token))

	got := keys(t, rdb, prefix)
	assert.ElementsMatch(t, []string{
		prefix + "{" + hash + "}:GET /rooms:tat",
		prefix + "{" + hash + "}:GET /rooms/{roomId}:tat",
		prefix + "{" + hash + "}:POST /messages:pause",
	}, got)
	for _, k := range got {
		assert.NotContains(t, k, token)
		assert.NotContains(t, k, token[:12], "not even part of the token")
	}
	// NewForHash shares the budget without the token.
	h := redislimit.NewForHash(rdb, hash, redislimit.DefaultRateLimit, nil, redislimit.WithKeyPrefix(prefix))
	assert.Equal(t, l.Key("GET /rooms"), h.Key("GET /rooms"))
	short, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
	defer cancel()
	var apiErr *webex.APIError
	require.ErrorAs(t, h.Wait(short, "POST /messages"), &apiErr, "the pause is seen through the hash")
}

func TestRatesMirrorTheLocalLimiter(t *testing.T) {
	t.Parallel()
	rdb := newRedis(t)
	prefix := redistest.Prefix(t)
	overrides := map[string]webex.RateLimit{"POST /messages": {PerMinute: 60, Burst: 2}}
	l := redislimit.New(rdb, "tok", redislimit.DefaultRateLimit, overrides, redislimit.WithKeyPrefix(prefix), redislimit.WithTimeout(2*time.Second))
	local := webex.NewLocalLimiter(redislimit.DefaultRateLimit, overrides)
	for _, ep := range []string{"GET /rooms", "POST /messages", "GET /messages", "GET /people/me", "DELETE /memberships/{membershipId}"} {
		assert.Equal(t, local.RateLimitFor(ep), l.RateLimitFor(ep), ep)
	}
	assert.Equal(t, webex.RateLimit{PerMinute: 300, Burst: 10}, l.RateLimitFor("GET /rooms"))
	assert.Equal(t, webex.RateLimit{}, l.RateLimitFor("GET /messages"))

	ctx := context.Background()
	// Messages and people are paced only by 429s: no budget is kept.
	start := time.Now()
	for range 50 {
		require.NoError(t, l.Wait(ctx, "GET /messages"))
		require.NoError(t, l.Wait(ctx, "GET /people"))
	}
	assert.Less(t, time.Since(start), time.Second)
	assert.Empty(t, keys(t, rdb, l.Key("GET /messages")))

	// The default: a burst of 10, then 5 a second.
	short, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
	defer cancel()
	for i := range 10 {
		require.NoError(t, l.Wait(short, "GET /rooms"), "request %d of the burst", i)
	}
	err := l.Wait(short, "GET /rooms")
	require.ErrorIs(t, err, context.DeadlineExceeded, "the 11th slot is 200ms away")
	assert.NoError(t, short.Err(), "failed at once, before the deadline")
	start = time.Now()
	require.NoError(t, l.Wait(ctx, "GET /rooms"))
	assert.Greater(t, time.Since(start), 120*time.Millisecond)
}

func TestWaitHonoursCancellation(t *testing.T) {
	t.Parallel()
	rdb := newRedis(t)
	l := redislimit.New(rdb, "tok", redislimit.DefaultRateLimit, nil, redislimit.WithKeyPrefix(redistest.Prefix(t)))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	require.ErrorIs(t, l.Wait(ctx, "GET /rooms"), context.Canceled)
	assert.False(t, l.Fallback(), "a cancelled caller is not a Redis failure")
}

func TestSlowRedisFallsBackWithinTheTimeout(t *testing.T) {
	t.Parallel()
	// A "Redis" that accepts connections and never answers.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	var conns []net.Conn
	var mu sync.Mutex
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		_ = ln.Close()
		mu.Lock()
		defer mu.Unlock()
		for _, c := range conns {
			_ = c.Close()
		}
	})
	rdb := dial(t, ln.Addr().String())
	logger, logs := newLogger()
	l := redislimit.New(rdb, "tok", redislimit.DefaultRateLimit, nil,
		redislimit.WithTimeout(50*time.Millisecond), redislimit.WithRetryInterval(time.Hour), redislimit.WithLogger(logger))

	ctx := context.Background()
	start := time.Now()
	require.NoError(t, l.Wait(ctx, "GET /rooms"))
	assert.Less(t, time.Since(start), 500*time.Millisecond)
	assert.True(t, l.Fallback())

	// Now paced locally without touching Redis: the rest of the burst of 10
	// goes at once.
	start = time.Now()
	for range 9 {
		require.NoError(t, l.Wait(ctx, "GET /rooms"))
	}
	for range 100 {
		require.NoError(t, l.Wait(ctx, "GET /messages"))
	}
	assert.Less(t, time.Since(start), 100*time.Millisecond)
	short, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	assert.Error(t, l.Wait(short, "GET /rooms"), "the local limiter paces the 11th")

	// A pause is still kept, locally.
	l.Pause(ctx, "GET /teams", time.Now().Add(time.Minute))
	var apiErr *webex.APIError
	require.ErrorAs(t, l.Wait(short, "GET /teams"), &apiErr)

	assert.Equal(t, 1, logs.count("WARN"), logs.String())
	assert.Equal(t, 0, logs.count("INFO"))
	assert.NotContains(t, logs.String(), "tok\"")
	assert.True(t, strings.Contains(logs.String(), "pacing Webex requests locally"), logs.String())
}

func TestWarnsOnceAboutAClientWithoutContextTimeouts(t *testing.T) {
	t.Parallel()
	logger, logs := newLogger()
	plain := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1"})
	defer plain.Close()
	redislimit.New(plain, "tok", redislimit.DefaultRateLimit, nil, redislimit.WithLogger(logger))
	assert.Equal(t, 1, logs.count("WARN"), logs.String())
	assert.Contains(t, logs.String(), "ContextTimeoutEnabled")

	logger, logs = newLogger()
	good := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1", ContextTimeoutEnabled: true})
	defer good.Close()
	redislimit.New(good, "tok", redislimit.DefaultRateLimit, nil, redislimit.WithLogger(logger))
	assert.Zero(t, logs.count("WARN"), logs.String())
}
