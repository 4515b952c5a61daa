package api

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/time/rate"
)

// Limiter paces requests per endpoint. An endpoint is named by its method
// and path template as the Webex API reference spells it, such as
// "POST /messages" or "GET /rooms/{roomId}".
//
// The client calls Wait before every attempt of a request and Pause when
// Webex answers 429, so that one 429 holds back every goroutine (or, with
// a shared implementation, every process) using that endpoint until
// Retry-After has passed. Implementations must be safe for concurrent use,
// and should wait on pauses with [WaitPause] to behave like [LocalLimiter].
type Limiter interface {
	// Wait blocks until a request to endpoint may be sent, or returns an
	// error: ctx's error when ctx ends first, or a 429 *Error when the
	// endpoint is paused past what the call may wait.
	Wait(ctx context.Context, endpoint string) error
	// Pause holds every request to endpoint until the given time.
	Pause(ctx context.Context, endpoint string, until time.Time)
}

// RateLimit is a steady rate of requests per minute with a burst. A
// PerMinute of zero or less means no pacing: only 429s slow the endpoint.
type RateLimit struct {
	// PerMinute is the steady rate.
	PerMinute float64
	// Burst is how many requests may go at once after a quiet spell; less
	// than 1 counts as 1.
	Burst int
}

// DefaultRateLimit is the pace of endpoints not configured otherwise: 300
// requests a minute with a burst of 10, as Webex allows roughly 300 a
// minute per endpoint. Leave a few percent of headroom when you set a pace
// at a published ceiling: Webex's windows are not published, and a
// request landing on a window's edge draws a 429.
var DefaultRateLimit = RateLimit{PerMinute: 300, Burst: 10}

// LocalLimiter is the in-process [Limiter] every client uses unless given
// another: a token bucket per endpoint (golang.org/x/time/rate) plus a
// pause deadline set by 429s.
//
// Endpoints under /messages and /people, which Webex lets run faster with
// a quota it adjusts itself, are paced only by 429s unless configured.
type LocalLimiter struct {
	def       RateLimit
	overrides map[string]RateLimit
	mu        sync.Mutex
	entries   atomic.Pointer[map[string]*endpointLimit]
}

type endpointLimit struct {
	lim    *rate.Limiter // nil: unpaced
	paused atomic.Int64  // unix nanoseconds until which requests wait
}

// NewLocalLimiter returns a LocalLimiter with def for every endpoint (but
// messages and people, see [LocalLimiter]) and the given per-endpoint
// overrides, keyed like "POST /messages".
func NewLocalLimiter(def RateLimit, overrides map[string]RateLimit) *LocalLimiter {
	l := &LocalLimiter{def: def, overrides: make(map[string]RateLimit, len(overrides))}
	for k, v := range overrides {
		l.overrides[k] = v
	}
	empty := map[string]*endpointLimit{}
	l.entries.Store(&empty)
	return l
}

// RateLimitFor reports the pace the limiter applies to endpoint.
func (l *LocalLimiter) RateLimitFor(endpoint string) RateLimit {
	if rl, ok := l.overrides[endpoint]; ok {
		return rl
	}
	if _, path, _ := strings.Cut(endpoint, " "); strings.HasPrefix(path, "/messages") || strings.HasPrefix(path, "/people") {
		return RateLimit{}
	}
	return l.def
}

// entry returns the endpoint's state, creating it on first use. Reads are
// lock-free; the map is copied on the rare write.
func (l *LocalLimiter) entry(endpoint string) *endpointLimit {
	if e, ok := (*l.entries.Load())[endpoint]; ok {
		return e
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	old := *l.entries.Load()
	if e, ok := old[endpoint]; ok {
		return e
	}
	e := &endpointLimit{}
	if rl := l.RateLimitFor(endpoint); rl.PerMinute > 0 {
		burst := max(rl.Burst, 1)
		e.lim = rate.NewLimiter(rate.Limit(rl.PerMinute/60), burst)
	}
	next := make(map[string]*endpointLimit, len(old)+1)
	for k, v := range old {
		next[k] = v
	}
	next[endpoint] = e
	l.entries.Store(&next)
	return e
}

// Wait blocks until endpoint is neither paused nor over its rate. A pause
// is waited out with [WaitPause].
func (l *LocalLimiter) Wait(ctx context.Context, endpoint string) error {
	e := l.entry(endpoint)
	if err := WaitPause(ctx, endpoint, time.Unix(0, e.paused.Load())); err != nil {
		return err
	}
	if e.lim == nil {
		return nil
	}
	err := e.lim.Wait(ctx)
	if err == nil {
		return nil
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if _, ok := ctx.Deadline(); ok {
		// x/time/rate refuses, at once, a wait that would pass the
		// deadline, with an error that matches nothing: say it as the
		// deadline it is, as a Redis-backed limiter does.
		return fmt.Errorf("%w: %s: the next request slot comes after the deadline", context.DeadlineExceeded, endpoint)
	}
	return err
}

// Pause holds endpoint until the given time; an earlier time than a pause
// already in force changes nothing.
func (l *LocalLimiter) Pause(_ context.Context, endpoint string, until time.Time) {
	e := l.entry(endpoint)
	u := until.UnixNano()
	for {
		cur := e.paused.Load()
		if cur >= u || e.paused.CompareAndSwap(cur, u) {
			return
		}
	}
}
