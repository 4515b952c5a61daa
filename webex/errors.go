package webex

import "github.com/gowebex/sdk/webex/api"

// APIError is the error for every non-2xx answer from Webex: the status,
// Webex's message and error details, the trackingId Webex support asks for,
// how long to wait on a 429 (RetryAfter) and the request's method and path.
// Match it with errors.As, or its status with errors.Is and the sentinel
// errors below.
//
// It is [api.Error], whose documentation lists its fields, its methods and
// every error a call can return.
type APIError = api.Error

// ErrorDetail is one entry of an error's "errors" array ([api.ErrorDetail]).
type ErrorDetail = api.ErrorDetail

// TokenError reports that the token source gave no token; the request was
// not sent ([api.TokenError]).
type TokenError = api.TokenError

// Sentinel errors for errors.Is ([api.ErrNotFound] and the others). An
// *APIError matches the one for its status; ErrServerError matches every
// 5xx.
var (
	ErrBadRequest   = api.ErrBadRequest   // 400
	ErrUnauthorized = api.ErrUnauthorized // 401
	ErrForbidden    = api.ErrForbidden    // 403
	ErrNotFound     = api.ErrNotFound     // 404: missing, or not visible to the token
	ErrConflict     = api.ErrConflict     // 409
	ErrLocked       = api.ErrLocked       // 423: a file still being scanned
	ErrRateLimited  = api.ErrRateLimited  // 429
	ErrServerError  = api.ErrServerError  // 5xx
)

// ErrUntrustedURL is returned instead of following a URL that leads away
// from the API host (a next-page link, or a redirect of a request with a
// body): the token never leaves it ([api.ErrUntrustedURL]).
var ErrUntrustedURL = api.ErrUntrustedURL

// ErrInvalidInput is matched (errors.Is) by every error reported for bad
// input before anything is sent; the error's text names the field
// ([api.ErrInvalidInput]).
var ErrInvalidInput = api.ErrInvalidInput

// ErrResponseTooLarge is matched (errors.Is) by the error of a call whose
// answer is larger than [WithMaxResponseBytes] allows
// ([api.ErrResponseTooLarge]).
var ErrResponseTooLarge = api.ErrResponseTooLarge

// ErrPageLoop is matched (errors.Is) by the error that ends a listing whose
// next-page link leads back to a page already read ([api.ErrPageLoop]).
var ErrPageLoop = api.ErrPageLoop
