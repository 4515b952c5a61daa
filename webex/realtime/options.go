package realtime

import (
	"log/slog"
	"net/http"
	"time"

	"golang.org/x/oauth2"
)

// DefaultCatalogURL is where the listener discovers Webex's services.
const DefaultCatalogURL = "https://u2c.wbx2.com/u2c/api/v1/catalog?format=hostmap"

// Option configures a Listener.
type Option func(*config)

// config collects the options.
type config struct {
	tokens       oauth2.TokenSource
	httpClient   *http.Client
	catalogURL   string
	deviceName   string
	logger       *slog.Logger
	concurrency  int
	pingInterval time.Duration
	pongTimeout  time.Duration
	backoffMin   time.Duration
	backoffMax   time.Duration
	dedupe       int
	trusted      map[string]bool
	onConnect    func()
}

// WithToken sets the access token the listener sends to the device
// service and the websocket, when it is not the client's own (a bot's,
// usually). Without WithToken or WithTokenSource, New uses the client's
// token source.
func WithToken(token string) Option {
	return func(c *config) {
		c.tokens = oauth2.StaticTokenSource(&oauth2.Token{AccessToken: token, TokenType: "Bearer"})
	}
}

// WithTokenSource is WithToken for tokens that refresh.
func WithTokenSource(ts oauth2.TokenSource) Option {
	return func(c *config) { c.tokens = ts }
}

// WithHTTPClient sets the client for the catalog, device and lookup calls
// and the websocket handshake. The default honours HTTPS_PROXY and
// NO_PROXY from the environment.
func WithHTTPClient(hc *http.Client) Option {
	return func(c *config) { c.httpClient = hc }
}

// WithCatalogURL replaces DefaultCatalogURL; it must be on a trusted host.
func WithCatalogURL(u string) Option {
	return func(c *config) { c.catalogURL = u }
}

// WithDeviceName names this program's device: a listener reuses the
// device of that name instead of registering another one. The default is
// "gowebex-" followed by the program's name.
func WithDeviceName(name string) Option {
	return func(c *config) { c.deviceName = name }
}

// WithLogger sets where connection changes, skipped frames and handler
// failures are logged; the default is slog.Default().
func WithLogger(l *slog.Logger) Option {
	return func(c *config) { c.logger = l }
}

// WithConcurrency sets how many spaces are handled at once (default 8).
// Events of one space are always handled one at a time, in order; 1 handles
// every event in the order received.
func WithConcurrency(n int) Option {
	return func(c *config) {
		if n > 0 {
			c.concurrency = n
		}
	}
}

// WithKeepAlive sets how often a ping is sent (default 15 s) and how long
// a pong may take before the connection counts as dead (default 14 s).
func WithKeepAlive(interval, timeout time.Duration) Option {
	return func(c *config) {
		if interval > 0 {
			c.pingInterval = interval
		}
		if timeout > 0 {
			c.pongTimeout = timeout
		}
	}
}

// WithBackoff sets the first and the longest wait between reconnection
// attempts (default 1 s and 32 s); each wait doubles the previous one and
// is jittered between half and all of it.
func WithBackoff(first, longest time.Duration) Option {
	return func(c *config) {
		if first > 0 {
			c.backoffMin = first
		}
		if longest >= first && longest > 0 {
			c.backoffMax = longest
		}
	}
}

// WithDedupeWindow sets how many recent activities are remembered to drop
// duplicates (default 4096).
func WithDedupeWindow(n int) Option {
	return func(c *config) {
		if n > 0 {
			c.dedupe = n
		}
	}
}

// TrustHostsForTesting lets the token go to these hosts ("host:port" as in
// a URL) over http or https, as to the API host. It exists for tests that
// run an emulator on more than one host; a program talking to Webex never
// needs it.
func TrustHostsForTesting(hosts ...string) Option {
	return func(c *config) {
		if c.trusted == nil {
			c.trusted = map[string]bool{}
		}
		for _, h := range hosts {
			c.trusted[h] = true
		}
	}
}

// OnConnect makes the listener call fn each time its websocket is open and
// authorized (again after a reconnection). From the first call on, the
// device exists and nothing Webex sends it is missed: a program can tell
// its supervisor it is ready.
func OnConnect(fn func()) Option {
	return func(c *config) { c.onConnect = fn }
}
