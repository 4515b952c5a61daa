package webex

import "github.com/gowebex/sdk/internal/httpx"

// APIError is the error for every non-2xx answer from Webex: the status,
// Webex's message and error details, the trackingId Webex support asks for,
// how long to wait on a 429 (RetryAfter) and the request's method and path.
// Match it with errors.As, or its status with errors.Is and the sentinel
// errors below.
type APIError = httpx.APIError

// ErrorDetail is one entry of an error's "errors" array.
type ErrorDetail = httpx.ErrorDetail

// TokenError reports that the token source gave no token. The request was
// not sent.
type TokenError = httpx.TokenError

// Sentinel errors for errors.Is. An *APIError matches the one for its
// status; ErrServerError matches every 5xx.
var (
	ErrBadRequest   = httpx.ErrBadRequest   // 400
	ErrUnauthorized = httpx.ErrUnauthorized // 401
	ErrForbidden    = httpx.ErrForbidden    // 403
	ErrNotFound     = httpx.ErrNotFound     // 404: missing, or not visible to the token
	ErrConflict     = httpx.ErrConflict     // 409
	ErrLocked       = httpx.ErrLocked       // 423: a file still being scanned
	ErrRateLimited  = httpx.ErrRateLimited  // 429
	ErrServerError  = httpx.ErrServerError  // 5xx
)

// ErrUntrustedURL is returned instead of following a URL from a response
// (a next-page link) that is not on the API host: the token never leaves it.
var ErrUntrustedURL = httpx.ErrUntrustedURL
