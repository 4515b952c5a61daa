package webextest

import (
	"log/slog"
	"net/http"
	"time"
)

// Option configures a Server created by New or NewServer.
type Option func(*config)

// config collects the options.
type config struct {
	now          func() time.Time
	logger       *slog.Logger
	client       *http.Client
	failureLimit int
	limits       []rateLimitSpec
}

// rateLimitSpec is one WithRateLimit option.
type rateLimitSpec struct {
	endpoint string
	limit    int
	per      time.Duration
}

// WithRateLimit limits endpoint (e.g. "POST /messages") to limit requests
// per period for each access token. Requests past the limit get a 429 with a
// Retry-After header giving the seconds until the window resets. Rate
// limiting is off unless configured.
func WithRateLimit(endpoint string, limit int, per time.Duration) Option {
	return func(c *config) {
		c.limits = append(c.limits, rateLimitSpec{endpoint: endpointKey(endpoint), limit: limit, per: per})
	}
}

// WithClock makes the emulator read the time from now instead of
// time.Now. It drives created/updated timestamps and rate-limit windows.
func WithClock(now func() time.Time) Option {
	return func(c *config) { c.now = now }
}

// WithLogger makes the emulator log panics, webhook delivery failures and
// webhook deactivations to l. By default nothing is logged.
func WithLogger(l *slog.Logger) Option {
	return func(c *config) { c.logger = l }
}

// WithHTTPClient sets the client used to deliver webhooks. The default is
// a client with a 10 second timeout.
func WithHTTPClient(client *http.Client) Option {
	return func(c *config) { c.client = client }
}

// WithWebhookFailureLimit sets how many consecutive failed deliveries turn
// a webhook's status to "inactive" (default 5).
func WithWebhookFailureLimit(n int) Option {
	return func(c *config) {
		if n > 0 {
			c.failureLimit = n
		}
	}
}
