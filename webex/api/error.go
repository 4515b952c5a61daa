package api

import (
	"fmt"
	"net/http"
	"strings"
	"time"
)

// Error is the error for every non-2xx answer from Webex (webex.APIError).
//
// It carries what Webex said (Message, Errors, TrackingID), the status, how
// long to wait before calling the endpoint again (RetryAfter, set on 429,
// and on 423 and 503 when Webex sends it) and which request failed. Match
// its status with errors.Is and the sentinels ([ErrNotFound],
// [ErrRateLimited], …) or get at its fields with errors.As.
//
// A call of the SDK returns one of these errors, and no other kind:
//   - *Error: Webex answered with a non-2xx status (after the retries the
//     SDK allows, see webex's package documentation); a 429 past the
//     client's longest wait, or an endpoint still paused by an earlier one,
//     is also an *Error, of status 429, whose RetryAfter says how long to
//     wait.
//   - *[TokenError]: the token source gave no token; nothing was sent.
//   - [ErrInvalidInput]: a parameter is missing or wrong (the text names
//     the field); nothing was sent.
//   - [ErrUntrustedURL]: a next-page link or a redirect led to another host;
//     the token and the body were not sent there.
//   - [ErrResponseTooLarge]: the answer was larger than the client accepts
//     (webex.WithMaxResponseBytes).
//   - [ErrPageLoop]: a next-page link led back to a page already read.
//   - context.Canceled or context.DeadlineExceeded (matched with
//     errors.Is), when the call's context ended first.
//   - any other error describes a network failure or an answer that could
//     not be decoded, wrapped with the method and path of the call.
type Error struct {
	// StatusCode is the HTTP status of the answer, such as 404.
	StatusCode int
	// Message is Webex's "message", or a summary of a body that was not
	// Webex JSON (a proxy's HTML page).
	Message string
	// Errors are the entries of Webex's "errors" array.
	Errors []ErrorDetail
	// TrackingID identifies the request for Webex support, from the body
	// or the TrackingID header.
	TrackingID string
	// RetryAfter is how long to wait before calling the endpoint again,
	// from the Retry-After header of a 429, 423 or 503; zero otherwise.
	RetryAfter time.Duration
	// Method and Path name the request that failed, such as "GET" and
	// "/v1/messages/Y2lz…".
	Method string
	Path   string
}

// ErrorDetail is one entry of the "errors" array in a Webex error body.
type ErrorDetail struct {
	Description string `json:"description"`
}

// Error returns a one-line description including the tracking id, which
// Webex support asks for.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("webex: ")
	if e.Method != "" {
		b.WriteString(e.Method)
		b.WriteByte(' ')
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	fmt.Fprintf(&b, "%d %s", e.StatusCode, http.StatusText(e.StatusCode))
	if e.Message != "" {
		b.WriteString(": ")
		b.WriteString(e.Message)
	}
	for _, d := range e.Errors {
		if d.Description != "" && d.Description != e.Message {
			b.WriteString("; ")
			b.WriteString(d.Description)
		}
	}
	if e.RetryAfter > 0 {
		fmt.Fprintf(&b, " (retry after %s)", e.RetryAfter)
	}
	if e.TrackingID != "" {
		b.WriteString(" [trackingId ")
		b.WriteString(e.TrackingID)
		b.WriteByte(']')
	}
	return b.String()
}

// Is reports whether target is the sentinel error for e's status code.
func (e *Error) Is(target error) bool {
	switch target {
	case ErrBadRequest:
		return e.StatusCode == http.StatusBadRequest
	case ErrUnauthorized:
		return e.StatusCode == http.StatusUnauthorized
	case ErrForbidden:
		return e.StatusCode == http.StatusForbidden
	case ErrNotFound:
		return e.StatusCode == http.StatusNotFound
	case ErrConflict:
		return e.StatusCode == http.StatusConflict
	case ErrLocked:
		return e.StatusCode == http.StatusLocked
	case ErrRateLimited:
		return e.StatusCode == http.StatusTooManyRequests
	case ErrServerError:
		return e.StatusCode >= 500
	}
	return false
}

// TokenError reports that the token source failed to give a token. The
// request was not sent and is not retried.
type TokenError struct {
	// Err is what the token source returned.
	Err error
}

// Error describes the failure without the token.
func (e *TokenError) Error() string { return "webex: getting access token: " + e.Err.Error() }

// Unwrap returns Err.
func (e *TokenError) Unwrap() error { return e.Err }
