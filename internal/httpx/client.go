// Package httpx is the one HTTP core behind every Webex service: it builds
// requests, authenticates them, paces them per endpoint, retries what is safe
// to retry, turns error answers into *APIError and pages through lists.
package httpx

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	retryablehttp "github.com/hashicorp/go-retryablehttp"
	"golang.org/x/oauth2"

	"github.com/gowebex/sdk/webex/api"
)

var errEmptyToken = errors.New("token source returned an empty access token")

// Config is everything a Client is built from. Zero values take the
// documented defaults.
type Config struct {
	BaseURL          string             // default https://webexapis.com/v1
	HTTPClient       *http.Client       // base client; copied, never mutated
	TokenSource      oauth2.TokenSource // required
	UserAgent        string
	Logger           *slog.Logger // nil: no logging
	MaxRetries       int          // default 3; negative: no retries
	RetryWaitMin     time.Duration
	RetryWaitMax     time.Duration
	MaxRetryAfter    time.Duration // longest Retry-After worth waiting; default 1m
	Limiter          Limiter       // default: a LocalLimiter from the fields below
	DefaultRateLimit *RateLimit
	RateLimits       map[string]RateLimit
	MaxResponseBytes int64 // default 64 MiB
	Now              func() time.Time
}

// Client sends requests to one Webex API base URL. It is safe for concurrent
// use.
type Client struct {
	base          *url.URL
	baseString    string
	auth          *authCache
	userAgent     []string
	endpointsMu   sync.RWMutex
	endpoints     map[[2]string]string
	basePath      string
	retry         *retryablehttp.Client
	maxRetries    int
	refresher     api.TokenRefresher // nil: a 401 is returned at once
	limiter       Limiter
	maxRetryAfter time.Duration
	limits        context.Context // api.WithMaxWait(maxRetryAfter), see callCtx
	maxBody       int64
	logger        *slog.Logger
	now           func() time.Time
}

// DefaultBaseURL is the Webex REST API.
const DefaultBaseURL = "https://webexapis.com/v1"

// New builds a Client. The transport chain (rate limiter, then token, then
// the caller's base transport) is assembled once here.
func New(cfg Config) (*Client, error) {
	if cfg.TokenSource == nil {
		return nil, errors.New("webex: no access token: set one with WithToken or WithTokenSource, or set WEBEX_ACCESS_TOKEN")
	}
	raw := cfg.BaseURL
	if raw == "" {
		raw = DefaultBaseURL
	}
	base, err := url.Parse(strings.TrimRight(raw, "/"))
	if err != nil {
		return nil, fmt.Errorf("webex: invalid base URL %q: %w", raw, err)
	}
	if base.Scheme != "https" && base.Scheme != "http" || base.Host == "" {
		return nil, fmt.Errorf("webex: invalid base URL %q: want an absolute http or https URL", raw)
	}
	c := &Client{
		base:          base,
		baseString:    base.String(),
		basePath:      base.Path,
		auth:          &authCache{source: cfg.TokenSource},
		endpoints:     map[[2]string]string{},
		maxRetryAfter: cfg.MaxRetryAfter,
		maxBody:       cfg.MaxResponseBytes,
		logger:        cfg.Logger,
		now:           cfg.Now,
	}
	if c.now == nil {
		c.now = time.Now
	}
	if cfg.UserAgent != "" {
		c.userAgent = []string{cfg.UserAgent}
	}
	if c.maxRetryAfter <= 0 {
		c.maxRetryAfter = time.Minute
	}
	c.limits = api.WithMaxWait(context.Background(), c.maxRetryAfter)
	if c.maxBody <= 0 {
		c.maxBody = 64 << 20
	}
	c.refresher, _ = cfg.TokenSource.(api.TokenRefresher)
	c.limiter = cfg.Limiter
	if c.limiter == nil {
		def := DefaultRateLimit
		if cfg.DefaultRateLimit != nil {
			def = *cfg.DefaultRateLimit
		}
		c.limiter = NewLocalLimiter(def, cfg.RateLimits)
	}

	hc := cfg.HTTPClient
	if hc == nil {
		hc = &http.Client{}
	}
	baseTransport := hc.Transport
	if baseTransport == nil {
		baseTransport = http.DefaultTransport
	}
	chain := &limitTransport{
		limiter: c.limiter,
		now:     c.now,
		next: &authTransport{
			auth:   c.auth,
			scheme: base.Scheme,
			host:   base.Host,
			next:   baseTransport,
		},
	}
	retries := cfg.MaxRetries
	switch {
	case retries == 0:
		retries = 3
	case retries < 0:
		retries = 0
	}
	c.maxRetries = retries
	c.retry = &retryablehttp.Client{
		HTTPClient: &http.Client{
			Transport:     chain,
			CheckRedirect: c.checkRedirect(hc.CheckRedirect),
			Jar:           hc.Jar,
			Timeout:       hc.Timeout,
		},
		RetryWaitMin: orDefault(cfg.RetryWaitMin, 500*time.Millisecond),
		RetryWaitMax: orDefault(cfg.RetryWaitMax, 30*time.Second),
		// One more than the policy allows, for the attempt after a token
		// refresh; checkRetry counts the others.
		RetryMax:     retries + 1,
		CheckRetry:   c.checkRetry,
		Backoff:      c.backoff,
		ErrorHandler: retryablehttp.PassthroughErrorHandler,
	}
	if cfg.Logger != nil {
		c.retry.Logger = cfg.Logger
	}
	return c, nil
}

func orDefault(d, def time.Duration) time.Duration {
	if d <= 0 {
		return def
	}
	return d
}

// BaseURL returns the API base URL, such as https://webexapis.com/v1.
func (c *Client) BaseURL() *url.URL {
	if c.ready() != nil {
		return &url.URL{}
	}
	u := *c.base
	return &u
}

// Limiter returns the limiter pacing this client's requests.
func (c *Client) Limiter() Limiter {
	if c == nil {
		return nil
	}
	return c.limiter
}

// Trusted reports whether u is on the API host, where the token may go.
func (c *Client) Trusted(u *url.URL) bool {
	if c.ready() != nil {
		return false
	}
	return u.Scheme == c.base.Scheme && u.Host == c.base.Host
}

// endpoint returns the rate-limit key "METHOD /pattern", built once per
// endpoint.
func (c *Client) endpoint(method, pattern string) string {
	k := [2]string{method, pattern}
	c.endpointsMu.RLock()
	e, ok := c.endpoints[k]
	c.endpointsMu.RUnlock()
	if ok {
		return e
	}
	e = method + " " + pattern
	c.endpointsMu.Lock()
	c.endpoints[k] = e
	c.endpointsMu.Unlock()
	return e
}
