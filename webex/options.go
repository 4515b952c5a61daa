package webex

import (
	"log/slog"
	"net/http"
	"time"

	"golang.org/x/oauth2"

	"github.com/gowebex/sdk/internal/httpx"
)

// An Option configures a [Client]. Options only fill in a configuration;
// the client is assembled once from it, so their order never matters.
type Option func(*config)

type config struct {
	httpx      httpx.Config
	token      string
	tokenSet   bool
	oauth      *oauthOption
	baseURLSet bool
	getenv     func(string) string
}

// WithToken authenticates with a fixed access token: a bot token, a
// personal access token or a token obtained elsewhere.
func WithToken(token string) Option {
	return func(c *config) { c.token, c.tokenSet = token, true }
}

// WithTokenSource authenticates with tokens from ts, such as the
// refreshing source of an OAuth integration (see [OAuth2Config]). The
// client asks ts for a token before each attempt, so a refreshed token is
// picked up without a new client.
func WithTokenSource(ts oauth2.TokenSource) Option {
	return func(c *config) { c.httpx.TokenSource = ts }
}

// WithBaseURL sets the API base URL. The default is the WEBEX_BASE_URL
// environment variable, or, when that is unset, https://webexapis.com/v1.
// Tests point it at an httptest server or the webextest emulator.
func WithBaseURL(url string) Option {
	return func(c *config) { c.httpx.BaseURL, c.baseURLSet = url, true }
}

// WithHTTPClient sets the HTTP client whose transport, timeout, redirect
// policy and cookie jar the SDK builds on. The client is never modified, so
// one configured with a proxy or with otelhttp instrumentation works as it
// is.
func WithHTTPClient(hc *http.Client) Option {
	return func(c *config) { c.httpx.HTTPClient = hc }
}

// WithUserAgent sets the User-Agent header sent with every request.
func WithUserAgent(ua string) Option {
	return func(c *config) { c.httpx.UserAgent = ua }
}

// WithLogger logs retries and failed calls to l. Without it the SDK logs
// nothing. Tokens and headers are never logged.
func WithLogger(l *slog.Logger) Option {
	return func(c *config) { c.httpx.Logger = l }
}

// WithRetries sets how many times a failed request may be retried (default
// 3; 0 turns retries off) and the backoff range between attempts (defaults
// 500ms and 30s). Only safe requests are retried: see the package
// documentation.
func WithRetries(max int, minWait, maxWait time.Duration) Option {
	return func(c *config) {
		c.httpx.MaxRetries = max
		if max == 0 {
			c.httpx.MaxRetries = -1
		}
		c.httpx.RetryWaitMin, c.httpx.RetryWaitMax = minWait, maxWait
	}
}

// WithMaxRetryAfter caps how long the client waits on a 429's Retry-After
// before retrying (default one minute). A longer Retry-After fails the call
// at once with an *APIError whose RetryAfter says how long to wait, and,
// while that pause lasts, so does every later call to the endpoint, with
// the remaining wait, whether its context has a deadline or not.
func WithMaxRetryAfter(d time.Duration) Option {
	return func(c *config) { c.httpx.MaxRetryAfter = d }
}

// WithDefaultRateLimit sets the pace of every endpoint not configured with
// [WithRateLimit]. The default is 300 requests a minute with a burst of 10;
// perMinute <= 0 turns pacing off (only 429s slow requests down).
func WithDefaultRateLimit(perMinute float64, burst int) Option {
	return func(c *config) { c.httpx.DefaultRateLimit = &RateLimit{PerMinute: perMinute, Burst: burst} }
}

// WithRateLimit sets the pace of one endpoint, named by method and path
// template as in the Webex API reference, such as "POST /messages" or
// "GET /rooms/{roomId}". Messages and people endpoints are otherwise paced
// only by 429s, as Webex raises their quota itself.
func WithRateLimit(endpoint string, perMinute float64, burst int) Option {
	return func(c *config) {
		if c.httpx.RateLimits == nil {
			c.httpx.RateLimits = map[string]RateLimit{}
		}
		c.httpx.RateLimits[endpoint] = RateLimit{PerMinute: perMinute, Burst: burst}
	}
}

// WithLimiter replaces the in-process rate limiter, for example with one
// shared between processes. The rate-limit options are then ignored.
func WithLimiter(l Limiter) Option {
	return func(c *config) { c.httpx.Limiter = l }
}

// WithMaxResponseBytes bounds how much of a response body is read (default
// 64 MiB). A larger answer fails the call with an error matching
// [ErrResponseTooLarge]; the body is not read past the limit, and
// rejecting it allocates about the limit.
func WithMaxResponseBytes(n int64) Option {
	return func(c *config) { c.httpx.MaxResponseBytes = n }
}

// withGetenv replaces os.Getenv, for tests.
func withGetenv(f func(string) string) Option {
	return func(c *config) { c.getenv = f }
}
