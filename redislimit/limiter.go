package redislimit

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/gowebex/sdk/webex"
)

// DefaultRateLimit is the pace of endpoints not configured otherwise: the
// SDK's own default, webex.DefaultRateLimit.
var DefaultRateLimit = webex.DefaultRateLimit

// Limiter is a [webex.Limiter] whose budgets and pauses live in Redis, shared
// by every Limiter on the same Redis, key prefix and token. It is safe for
// concurrent use. Create one with [New] and pass it to [webex.WithLimiter].
type Limiter struct {
	rdb     redis.Scripter
	local   *webex.LocalLimiter
	prefix  string // prefix + "{" + token hash + "}:"
	timeout time.Duration
	retry   time.Duration
	logger  *slog.Logger

	mu        sync.Mutex
	endpoints atomic.Pointer[map[string]*endpoint]

	down      atomic.Bool
	nextProbe atomic.Int64 // unix nanoseconds; while down, the next Redis attempt
}

// endpoint is one endpoint's keys, pace and locally known pause.
type endpoint struct {
	keys     []string // tat, pause
	pauseKey []string
	interval int64 // microseconds between requests; 0: unpaced
	tau      int64 // burst tolerance in microseconds
	paused   atomic.Int64
}

// TokenHash is the token's name in Redis keys: the first 16 hex digits of
// its SHA-256. Processes that should share a budget without holding the
// token itself can be configured with it through [NewForHash].
func TokenHash(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:8])
}

// New returns a Limiter for token with def for every endpoint but messages
// and people (paced only by 429s, as in [webex.NewLocalLimiter]) and the
// given per-endpoint overrides, keyed like "POST /messages". Pass
// [DefaultRateLimit] as def for the SDK's default pace. Every process that
// should share the budget must use the same rates.
//
// The token is hashed at once and never stored or sent to Redis.
func New(rdb redis.Scripter, token string, def webex.RateLimit, overrides map[string]webex.RateLimit, opts ...Option) *Limiter {
	return NewForHash(rdb, TokenHash(token), def, overrides, opts...)
}

// NewForHash is [New] for a token known only by its [TokenHash].
func NewForHash(rdb redis.Scripter, tokenHash string, def webex.RateLimit, overrides map[string]webex.RateLimit, opts ...Option) *Limiter {
	l := &Limiter{
		rdb:     rdb,
		local:   webex.NewLocalLimiter(def, overrides),
		prefix:  "webex:rl:",
		timeout: 100 * time.Millisecond,
		retry:   time.Second,
		logger:  slog.Default(),
	}
	for _, o := range opts {
		o(l)
	}
	l.prefix += "{" + tokenHash + "}:"
	empty := map[string]*endpoint{}
	l.endpoints.Store(&empty)
	if !contextTimeouts(rdb) {
		l.logger.Warn("redislimit: the Redis client was made without ContextTimeoutEnabled, so a Redis that stops answering holds requests up to the client's ReadTimeout, not the limiter's timeout",
			"timeout", l.timeout)
	}
	return l
}

// contextTimeouts reports whether rdb honours context deadlines on its
// connections, as far as can be told.
func contextTimeouts(rdb redis.Scripter) bool {
	switch c := rdb.(type) {
	case *redis.Client:
		return c.Options().ContextTimeoutEnabled
	case *redis.ClusterClient:
		return c.Options().ContextTimeoutEnabled
	}
	return true
}

// Local returns the in-process limiter used while Redis is unavailable.
func (l *Limiter) Local() *webex.LocalLimiter { return l.local }

// Fallback reports whether the limiter is pacing locally because Redis
// failed.
func (l *Limiter) Fallback() bool { return l.down.Load() }

// RateLimitFor reports the pace the limiter applies to endpoint.
func (l *Limiter) RateLimitFor(endpoint string) webex.RateLimit {
	return l.local.RateLimitFor(endpoint)
}

// Key returns the Redis key prefix of endpoint, for inspection: the keys are
// Key(endpoint)+"tat" and Key(endpoint)+"pause".
func (l *Limiter) Key(endpoint string) string { return l.prefix + endpoint + ":" }

// endpoint returns the endpoint's state, creating it on first use. Reads are
// lock-free; the map is copied on the rare write.
func (l *Limiter) endpoint(name string) *endpoint {
	if e, ok := (*l.endpoints.Load())[name]; ok {
		return e
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	old := *l.endpoints.Load()
	if e, ok := old[name]; ok {
		return e
	}
	k := l.Key(name)
	e := &endpoint{keys: []string{k + "tat", k + "pause"}}
	e.pauseKey = e.keys[1:]
	if rl := l.local.RateLimitFor(name); rl.PerMinute > 0 {
		e.interval = int64(60e6 / rl.PerMinute)
		if e.interval < 1 {
			e.interval = 1
		}
		if rl.Burst > 1 {
			e.tau = int64(rl.Burst-1) * e.interval
		}
	}
	next := make(map[string]*endpoint, len(old)+1)
	for n, v := range old {
		next[n] = v
	}
	next[name] = e
	l.endpoints.Store(&next)
	return e
}

// Wait blocks until a request to endpoint may be sent: until no process has
// the endpoint paused and its shared budget has a slot. A pause outlasting
// ctx's deadline fails at once with a 429 *webex.APIError carrying
// RetryAfter; a slot beyond the deadline fails at once with an error
// matching context.DeadlineExceeded. If Redis fails, Wait paces with the
// local limiter instead and does not fail.
func (l *Limiter) Wait(ctx context.Context, name string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	e := l.endpoint(name)
	for {
		if err := webex.WaitPause(ctx, name, time.Unix(0, e.paused.Load())); err != nil {
			return err
		}
		if !l.useRedis() {
			return l.local.Wait(ctx, name)
		}
		status, wait, err := l.reserve(ctx, e)
		if err != nil {
			if ctxErr := callerDone(ctx); ctxErr != nil {
				return ctxErr
			}
			l.failed(err)
			return l.local.Wait(ctx, name)
		}
		l.succeeded()
		switch status {
		case resultReserved:
			return sleep(ctx, wait)
		case resultPaused:
			until := time.Now().Add(wait)
			l.pauseLocally(name, e, until)
			if err := webex.WaitPause(ctx, name, until); err != nil {
				return err
			}
		default:
			return fmt.Errorf("redislimit: %s: the next slot is %v away, past the context deadline: %w",
				name, wait.Round(time.Millisecond), context.DeadlineExceeded)
		}
	}
}

// reserve runs the reservation script under the Redis timeout.
func (l *Limiter) reserve(ctx context.Context, e *endpoint) (int64, time.Duration, error) {
	maxWait := int64(-1)
	if dl, ok := ctx.Deadline(); ok {
		maxWait = max(time.Until(dl).Microseconds(), 0)
	}
	rctx, cancel := context.WithTimeout(ctx, l.timeout)
	defer cancel()
	res, err := reserveScript.Run(rctx, l.rdb, e.keys, e.interval, e.tau, maxWait).Int64Slice()
	if err != nil {
		return 0, 0, err
	}
	if len(res) != 2 {
		return 0, 0, fmt.Errorf("redislimit: unexpected script result %v", res)
	}
	return res[0], time.Duration(res[1]) * time.Microsecond, nil
}

// Pause holds every request to endpoint, in every process sharing the
// budget, until the given time; an earlier time than a pause already in
// force changes nothing. It is written to Redis even if ctx is already done,
// and kept locally as well, so it holds even if Redis fails.
func (l *Limiter) Pause(ctx context.Context, name string, until time.Time) {
	d := time.Until(until)
	if d <= 0 {
		return
	}
	e := l.endpoint(name)
	l.pauseLocally(name, e, until)
	if !l.useRedis() {
		return
	}
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), l.timeout)
	defer cancel()
	ms := (d + time.Millisecond - 1) / time.Millisecond
	if err := pauseScript.Run(rctx, l.rdb, e.pauseKey, int64(ms)).Err(); err != nil {
		l.failed(err)
		return
	}
	l.succeeded()
}

// pauseLocally records a pause in this process, here and in the fallback.
func (l *Limiter) pauseLocally(name string, e *endpoint, until time.Time) {
	l.local.Pause(context.Background(), name, until)
	u := until.UnixNano()
	for {
		cur := e.paused.Load()
		if cur >= u || e.paused.CompareAndSwap(cur, u) {
			return
		}
	}
}

// useRedis reports whether this call should go to Redis: always while it
// is up, and while it is down for one caller per retry interval.
func (l *Limiter) useRedis() bool {
	if !l.down.Load() {
		return true
	}
	now := time.Now().UnixNano()
	next := l.nextProbe.Load()
	return now >= next && l.nextProbe.CompareAndSwap(next, now+int64(l.retry))
}

// failed switches to local pacing, logging only the first failure.
func (l *Limiter) failed(err error) {
	l.nextProbe.Store(time.Now().Add(l.retry).UnixNano())
	if l.down.CompareAndSwap(false, true) {
		l.logger.Warn("redislimit: Redis unavailable, pacing Webex requests locally until it answers again",
			"error", err.Error(), "retry", l.retry)
	}
}

// callerDone returns the caller's own reason to stop, if it has one: ctx's
// error, or context.DeadlineExceeded once ctx's deadline has passed. A
// Redis call cut short by the caller's deadline can fail with an i/o
// timeout a moment before ctx.Err() reports it; that is the caller's
// deadline, not a Redis outage.
func callerDone(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if dl, ok := ctx.Deadline(); ok && !time.Now().Before(dl) {
		return context.DeadlineExceeded
	}
	return nil
}

// succeeded switches back to Redis after a failure.
func (l *Limiter) succeeded() {
	if l.down.Load() && l.down.CompareAndSwap(true, false) {
		l.logger.Info("redislimit: Redis is back, pacing Webex requests through it again")
	}
}

// sleep waits d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

var _ webex.Limiter = (*Limiter)(nil)
