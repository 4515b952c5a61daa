package api

import (
	"context"
	"strings"
	"time"
)

// WaitPause sleeps until a pause set by a 429 has passed, or fails at once
// with a 429 *[Error] carrying the remaining wait if ctx's deadline comes
// first. [Limiter] implementations that keep pauses elsewhere use it to
// behave like [LocalLimiter].
func WaitPause(ctx context.Context, endpoint string, until time.Time) error {
	d := time.Until(until)
	if d <= 0 {
		return nil
	}
	if dl, ok := ctx.Deadline(); ok && dl.Before(until) {
		method, path, _ := strings.Cut(endpoint, " ")
		return &Error{
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
