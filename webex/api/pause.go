package api

import (
	"context"
	"math/rand/v2"
	"strings"
	"time"
)

// WaitPause sleeps until a pause set by a 429 has passed, then a little
// longer (see below), and returns nil. It fails at once, without sleeping,
// with a 429 *[Error] whose RetryAfter is the remaining wait when the pause
// would outlast ctx's deadline or the longest wait the call allows (the
// client's webex.WithMaxRetryAfter, carried by ctx: see [WithMaxWait]).
// [Limiter] implementations that keep pauses elsewhere use it to behave
// like [LocalLimiter].
//
// The goroutines held by one pause are not all released in the same
// millisecond, which would only draw the next 429: each waits an extra
// random share of [PauseJitter] of the pause.
func WaitPause(ctx context.Context, endpoint string, until time.Time) error {
	d := time.Until(until)
	if d <= 0 {
		return nil
	}
	limit, capped := MaxWait(ctx)
	dl, hasDeadline := ctx.Deadline()
	if capped && d > limit || hasDeadline && dl.Before(until) {
		method, path, _ := strings.Cut(endpoint, " ")
		return &Error{
			StatusCode: 429,
			Message:    "endpoint is paused after a 429 for longer than this call may wait",
			RetryAfter: d,
			Method:     method,
			Path:       path,
		}
	}
	d += releaseJitter(d, rand.Int64N)
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// PauseJitter bounds the random delay [WaitPause] adds to a pause of d:
// up to a tenth of it, and never more than a second.
func PauseJitter(d time.Duration) time.Duration {
	return min(d/10, time.Second)
}

// releaseJitter picks the extra wait for a pause of d with randN (which
// returns a number in [0, n)).
func releaseJitter(d time.Duration, randN func(int64) int64) time.Duration {
	j := PauseJitter(d)
	if j <= 0 {
		return 0
	}
	return time.Duration(randN(int64(j) + 1))
}

type maxWaitKey struct{}

// WithMaxWait returns a copy of ctx under which [WaitPause] fails at once
// rather than wait out a pause longer than d. The client sets it on every
// request from webex.WithMaxRetryAfter; a Limiter need not call it.
func WithMaxWait(ctx context.Context, d time.Duration) context.Context {
	return context.WithValue(ctx, maxWaitKey{}, d)
}

// MaxWait returns the longest pause ctx allows a call to wait out, set by
// [WithMaxWait].
func MaxWait(ctx context.Context) (time.Duration, bool) {
	d, ok := ctx.Value(maxWaitKey{}).(time.Duration)
	return d, ok
}
