// Package api holds the types a caller of the Webex SDK holds on to: the
// errors a call returns ([Error], [TokenError] and the sentinels), a page of
// a list ([Page]), the rate-limiter contract ([Limiter], [RateLimit],
// [LocalLimiter]) and what a call reports about itself ([CallInfo]).
//
// Package webex re-exports each of them under its usual name
// (webex.APIError is api.Error, webex.ErrNotFound is api.ErrNotFound), so
// most programs never import this package. It exists so that the HTTP core
// and every service package share these types without importing webex.
package api
