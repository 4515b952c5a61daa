package api

import "errors"

// Status sentinels, matched by [Error.Is] so that callers can write
// errors.Is(err, api.ErrNotFound) without inspecting status codes.
// ErrServerError matches every 5xx.
var (
	ErrBadRequest   = errors.New("webex: bad request")  // 400
	ErrUnauthorized = errors.New("webex: unauthorized") // 401
	ErrForbidden    = errors.New("webex: forbidden")    // 403
	ErrNotFound     = errors.New("webex: not found")    // 404: missing, or not visible to the token
	ErrConflict     = errors.New("webex: conflict")     // 409
	ErrLocked       = errors.New("webex: locked")       // 423: a file still being scanned
	ErrRateLimited  = errors.New("webex: rate limited") // 429
	ErrServerError  = errors.New("webex: server error") // 5xx
)

// ErrUntrustedURL is returned instead of following a URL that leads away
// from the API host (the base URL's scheme and host): a next-page link, or
// a redirect of a request with a body. The token never leaves the API host.
var ErrUntrustedURL = errors.New("webex: URL is not on the API host")

// ErrInvalidInput is matched (errors.Is) by every error the SDK reports for
// bad input before sending anything: a missing id, a required field left
// empty, fields that exclude one another. The error's text names the field,
// as in "webex: rooms: CreateParams.Title is required".
var ErrInvalidInput = errors.New("webex: invalid input")

// ErrResponseTooLarge is matched (errors.Is) by the error of a call whose
// answer is larger than the client accepts (64 MiB by default; see
// webex.WithMaxResponseBytes). The body is not read past the limit.
var ErrResponseTooLarge = errors.New("webex: response too large")

// ErrPageLoop is matched (errors.Is) by the error that ends a listing whose
// next-page link leads back to a page it has already read.
var ErrPageLoop = errors.New("webex: next-page link repeats a page already read")
