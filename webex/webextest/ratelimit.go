package webextest

import (
	"sync"
	"time"
)

// rateLimiter enforces fixed-window limits per endpoint and token.
type rateLimiter struct {
	mu      sync.Mutex
	specs   map[string]rateLimitSpec
	windows map[string]*rateWindow
}

// rateWindow counts requests in the current window.
type rateWindow struct {
	start time.Time
	count int
}

// newRateLimiter builds a limiter from the options.
func newRateLimiter(specs []rateLimitSpec) *rateLimiter {
	rl := &rateLimiter{specs: map[string]rateLimitSpec{}, windows: map[string]*rateWindow{}}
	for _, sp := range specs {
		rl.set(sp)
	}
	return rl
}

// set installs or (limit <= 0) removes a limit.
func (rl *rateLimiter) set(sp rateLimitSpec) {
	rl.mu.Lock()
	defer rl.mu.Unlock()
	if sp.limit <= 0 || sp.per <= 0 {
		delete(rl.specs, sp.endpoint)
		return
	}
	rl.specs[sp.endpoint] = sp
}

// allow counts a request and reports whether it is over the limit, and if
// so how long until the window resets.
func (rl *rateLimiter) allow(endpoint, tok string, now time.Time) (time.Duration, bool) {
	rl.mu.Lock()
	defer rl.mu.Unlock()
	sp, ok := rl.specs[endpoint]
	if !ok {
		return 0, false
	}
	key := endpoint + "\x00" + tok
	w := rl.windows[key]
	if w == nil || now.Sub(w.start) >= sp.per || now.Before(w.start) {
		w = &rateWindow{start: now}
		rl.windows[key] = w
	}
	w.count++
	if w.count > sp.limit {
		return sp.per - now.Sub(w.start), true
	}
	return 0, false
}

// SetRateLimit changes the limit for endpoint at run time; limit <= 0
// removes it. See WithRateLimit.
func (s *Server) SetRateLimit(endpoint string, limit int, per time.Duration) {
	s.limiter.set(rateLimitSpec{endpoint: endpointKey(endpoint), limit: limit, per: per})
}
