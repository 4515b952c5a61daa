package webex

import (
	"context"

	"github.com/gowebex/sdk/internal/httpx"
	"github.com/gowebex/sdk/webex/api"
)

// CallInfo describes a finished call: its trackingId, HTTP status, how many
// times it was sent and the headers of the last answer ([api.CallInfo]).
// Ask for it with [WithCallInfo].
type CallInfo = api.CallInfo

// WithCallInfo returns a copy of ctx under which every call fills *info
// when it ends, whether it succeeded or failed, so that a caller can log
// the trackingId of a successful call, or see how many attempts it took:
//
//	var info webex.CallInfo
//	msg, err := client.Messages.Create(webex.WithCallInfo(ctx, &info), params)
//	log.Printf("trackingId %s, %d attempt(s)", info.TrackingID, info.Attempts)
//
// A list fills it for each page it fetches, so after the loop it describes
// the last page. Calls made one after another may share info; concurrent
// calls must each have their own.
func WithCallInfo(ctx context.Context, info *CallInfo) context.Context {
	return httpx.WithCallInfo(ctx, info)
}

// WithHeader returns a copy of ctx under which every call also sends the
// header key: value, replacing one the SDK would send, such as the
// "password" header of a password-protected meeting. Calls combine the
// headers of every WithHeader on their context.
//
// Authorization, Cookie and the headers that would send the request to
// another host (Host, X-Forwarded-Host, Forwarded) or that belong to the
// transport (Content-Length, Transfer-Encoding, Connection) cannot be set:
// every call under such a context fails, before sending anything, with an
// error matching [ErrInvalidInput].
func WithHeader(ctx context.Context, key, value string) context.Context {
	return httpx.WithHeader(ctx, key, value)
}

// WithoutRetry returns a copy of ctx under which every call is sent at
// most once: no retry after a network error or a 5xx, no wait and retry
// after a 429 (the *APIError's RetryAfter says how long to wait), and no
// second attempt after a token refresh. The limiter still paces the call.
//
// A per-call timeout needs no option: give the call a context with a
// deadline (context.WithTimeout); it bounds the waits and retries too.
func WithoutRetry(ctx context.Context) context.Context {
	return httpx.WithoutRetry(ctx)
}
