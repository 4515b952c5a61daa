package httpx

import (
	"context"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/time/rate"
)

// Limiter paces requests per endpoint. An endpoint is named by its method and
// path template, such as "POST /messages" or "GET /rooms/{id}".
//
// The client calls Wait before every attempt of a request and Pause when
// Webex answers 429, so that one 429 holds back every goroutine (or, with a
// shared implementation, every process) using that endpoint until Retry-After
// has passed. Implementations must be safe for concurrent use.
type Limiter interface {
	// Wait blocks until a request to endpoint may be sent, or until ctx is
	// done, in which case it returns an error.
	Wait(ctx context.Context, endpoint string) error
	// Pause holds every request to endpoint until the given time.
	Pause(ctx context.Context, endpoint string, until time.Time)
}

// RateLimit is a steady rate of requests per minute with a burst. A
// PerMinute of zero or less means no pacing: only 429s slow the endpoint.
type RateLimit struct {
	PerMinute float64
	Burst     int
}

// DefaultRateLimit is the pace for endpoints not configured otherwise:
// Webex allows roughly 300 requests per minute per endpoint.
var DefaultRateLimit = RateLimit{PerMinute: 300, Burst: 10}

// LocalLimiter is the in-process [Limiter]: a token bucket per endpoint
// (golang.org/x/time/rate) plus a pause deadline set by 429s.
//
// Endpoints under /messages and /people, which Webex lets run faster with a
// quota it adjusts itself, are paced only by 429s unless configured.
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

// NewLocalLimiter returns a LocalLimiter with def for every endpoint and the
// given per-endpoint overrides (keyed like "POST /messages").
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
		burst := rl.Burst
		if burst < 1 {
			burst = 1
		}
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

// Wait blocks until endpoint is neither paused nor over its rate. If a pause
// would outlast ctx's deadline it fails at once with an *APIError of status
// 429 carrying the remaining wait.
func (l *LocalLimiter) Wait(ctx context.Context, endpoint string) error {
	e := l.entry(endpoint)
	if err := WaitPause(ctx, endpoint, time.Unix(0, e.paused.Load())); err != nil {
		return err
	}
	if e.lim == nil {
		return nil
	}
	return e.lim.Wait(ctx)
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

// WaitPause sleeps until the pause deadline, or fails at once with a 429
// *APIError if ctx's deadline comes first. It is exported for Limiter
// implementations that keep pauses elsewhere.
func WaitPause(ctx context.Context, endpoint string, until time.Time) error {
	d := time.Until(until)
	if d <= 0 {
		return nil
	}
	if dl, ok := ctx.Deadline(); ok && dl.Before(until) {
		method, path, _ := strings.Cut(endpoint, " ")
		return &APIError{
			StatusCode: 429,
			Message:    "endpoint is paused after a 429 for longer than the context allows",
			RetryAfter: d,
			Method:     method,
			Path:       path,
		}
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
