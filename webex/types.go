package webex

import (
	"context"
	"time"

	"github.com/gowebex/sdk/webex/api"
)

// Page is one page of a list and the URL of the next page, empty on the
// last ([api.Page]). Services' ListPage methods return it so that a caller
// can page by hand and resume later from NextURL.
type Page[T any] = api.Page[T]

// Limiter paces requests per endpoint ("POST /messages", "GET
// /rooms/{roomId}"). The client calls Wait before every attempt and Pause
// when Webex answers 429. Plug in a shared implementation with [WithLimiter].
// See [api.Limiter] for its methods.
type Limiter = api.Limiter

// RateLimit is a pace in requests per minute with a burst ([api.RateLimit]).
type RateLimit = api.RateLimit

// LocalLimiter is the default, in-process [Limiter] ([api.LocalLimiter]).
type LocalLimiter = api.LocalLimiter

// NewLocalLimiter returns an in-process limiter with def for every endpoint
// but messages and people (paced only by 429s) and the given overrides.
func NewLocalLimiter(def RateLimit, overrides map[string]RateLimit) *LocalLimiter {
	return api.NewLocalLimiter(def, overrides)
}

// Ptr returns a pointer to v, for optional request fields that must be
// sendable as false or zero: rooms.UpdateParams{IsLocked: webex.Ptr(false)}.
func Ptr[T any](v T) *T { return &v }

// DefaultRateLimit is the pace of endpoints not configured otherwise: 300
// requests a minute with a burst of 10, as Webex allows roughly 300 a
// minute per endpoint. Leave a few percent of headroom when you set a pace
// at a published ceiling: Webex's windows are not published, and a request
// landing on a window's edge draws a 429.
var DefaultRateLimit = api.DefaultRateLimit

// WaitPause sleeps until a pause set by a 429 has passed (plus a little
// jitter, so that waiters are not released together), or fails at once
// with an *APIError of status 429 carrying the remaining wait when the
// pause would outlast ctx's deadline or the client's [WithMaxRetryAfter].
// Limiter implementations that keep pauses elsewhere use it to behave like
// the SDK's own ([api.WaitPause]).
func WaitPause(ctx context.Context, endpoint string, until time.Time) error {
	return api.WaitPause(ctx, endpoint, until)
}
