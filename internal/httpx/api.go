package httpx

import "github.com/gowebex/sdk/webex/api"

// The shared types live in the public package webex/api, where users can
// read their documentation; httpx names them as its own so that the core
// reads as before.
type (
	APIError     = api.Error
	ErrorDetail  = api.ErrorDetail
	TokenError   = api.TokenError
	Page[T any]  = api.Page[T]
	Limiter      = api.Limiter
	RateLimit    = api.RateLimit
	LocalLimiter = api.LocalLimiter
)

// Sentinels of package api, under the names the core uses.
var (
	ErrBadRequest       = api.ErrBadRequest
	ErrUnauthorized     = api.ErrUnauthorized
	ErrForbidden        = api.ErrForbidden
	ErrNotFound         = api.ErrNotFound
	ErrConflict         = api.ErrConflict
	ErrLocked           = api.ErrLocked
	ErrRateLimited      = api.ErrRateLimited
	ErrServerError      = api.ErrServerError
	ErrUntrustedURL     = api.ErrUntrustedURL
	ErrInvalidInput     = api.ErrInvalidInput
	ErrResponseTooLarge = api.ErrResponseTooLarge
	ErrPageLoop         = api.ErrPageLoop
)

// DefaultRateLimit is api.DefaultRateLimit.
var DefaultRateLimit = api.DefaultRateLimit

// NewLocalLimiter is api.NewLocalLimiter.
func NewLocalLimiter(def RateLimit, overrides map[string]RateLimit) *LocalLimiter {
	return api.NewLocalLimiter(def, overrides)
}
