package realtime

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/api"
	"github.com/gowebex/sdk/webex/notify"
)

// staleTries is how many times in a row a 404 on the handshake makes the
// listener register a new device before it backs off.
const staleTries = 3

// Listener receives events over Webex's websocket; see the package doc.
// Create one with New and run it with Listen. A Listener runs one Listen
// at a time.
type Listener struct {
	client     *webex.Client
	cfg        config
	log        *slog.Logger
	trust      trust
	svc        *services
	dialClient *http.Client
	running    atomic.Bool
}

// New returns a listener that fetches objects through client. The token
// comes from WithToken or WithTokenSource, or else from the client's own
// token source (client.TokenSource()), so a program sets its token once.
func New(client *webex.Client, opts ...Option) (*Listener, error) {
	if client == nil {
		return nil, fmt.Errorf("realtime: New needs a client: %w", api.ErrInvalidInput)
	}
	cfg := config{catalogURL: DefaultCatalogURL, concurrency: 8, pingInterval: 15 * time.Second,
		pongTimeout: 14 * time.Second, backoffMin: time.Second, backoffMax: 32 * time.Second, dedupe: 4096}
	for _, o := range opts {
		if o != nil {
			o(&cfg)
		}
	}
	if cfg.tokens == nil {
		cfg.tokens = client.TokenSource()
		if cfg.tokens == nil {
			return nil, fmt.Errorf("realtime: the client has no token source: build it with webex.NewClient, or pass WithToken or WithTokenSource: %w", api.ErrInvalidInput)
		}
	}
	if cfg.deviceName == "" {
		cfg.deviceName = "gowebex-" + filepath.Base(os.Args[0])
	}
	if cfg.httpClient == nil {
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.Proxy = http.ProxyFromEnvironment
		tr.MaxIdleConnsPerHost = 2 * cfg.concurrency // one lookup per space in flight, and some
		cfg.httpClient = &http.Client{Transport: tr, Timeout: 30 * time.Second}
	}
	log := cfg.logger
	if log == nil {
		log = slog.Default()
	}
	base, err := url.Parse(client.BaseURL())
	if err != nil {
		return nil, fmt.Errorf("realtime: the client's base URL: %w", err)
	}
	l := &Listener{client: client, cfg: cfg, log: log, trust: trust{api: base, extra: cfg.trusted}}
	if _, err := l.trust.check(cfg.catalogURL); err != nil {
		return nil, fmt.Errorf("realtime: catalog: %w", err)
	}
	dial := *cfg.httpClient
	dial.Timeout = 0 // the websocket lives long; dialling has its own deadline
	l.dialClient = &dial
	l.svc = &services{hc: cfg.httpClient, trust: l.trust, token: l.token}
	return l, nil
}

// token returns the current access token.
func (l *Listener) token() (string, error) {
	t, err := l.cfg.tokens.Token()
	if err != nil {
		return "", fmt.Errorf("realtime: token: %w", err)
	}
	if t.AccessToken == "" {
		return "", fmt.Errorf("realtime: the token source returned an empty token")
	}
	return t.AccessToken, nil
}

// Listen connects and hands every event to h until ctx is cancelled, then
// waits for the handlers in progress, deletes the device and returns nil.
// It returns an error, without retrying, when the token is refused (401,
// 403) or a URL leads to an untrusted host (api.ErrUntrustedURL); other
// failures are logged and retried with backoff.
func (l *Listener) Listen(ctx context.Context, h notify.Handler) error {
	if h == nil {
		return fmt.Errorf("realtime: Listen needs a handler: %w", api.ErrInvalidInput)
	}
	if !l.running.CompareAndSwap(false, true) {
		return fmt.Errorf("realtime: Listen is already running on this listener: %w", api.ErrInvalidInput)
	}
	defer l.running.Store(false)
	d := newDispatcher(ctx, h, newConverter(l.svc, l.client), l.log, l.cfg.concurrency, l.cfg.dedupe)
	var (
		cat    catalog
		dev    *device
		fresh  bool // register without looking for a device by name
		stale  int
		failed int
	)
	defer func() {
		d.wait()
		if dev != nil {
			dctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
			if err := l.svc.deleteDevice(dctx, dev); err != nil {
				l.log.Warn("realtime: the device could not be deleted", "error", err)
			}
			cancel()
		}
	}()
	for ctx.Err() == nil {
		err := l.step(ctx, d, &cat, &dev, &fresh, &stale)
		if ctx.Err() != nil {
			break
		}
		if fatal(err) {
			return err
		}
		if errors.Is(err, errStaleDevice) && stale < staleTries {
			continue // register again at once
		}
		if err == nil || errors.Is(err, errHealthy) {
			failed = 0
		}
		wait := backoff(failed, l.cfg.backoffMin, l.cfg.backoffMax)
		failed++
		l.log.Warn("realtime: disconnected; reconnecting", "error", err, "wait", wait.Round(time.Millisecond))
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
		case <-t.C:
		}
	}
	return nil
}

// errHealthy wraps the end of a connection that had been working, so that
// the backoff starts again.
var errHealthy = errors.New("realtime: connection ended")

// step makes one attempt: discover and register if needed, connect, and
// run the connection until it ends.
func (l *Listener) step(ctx context.Context, d *dispatcher, cat *catalog, dev **device, fresh *bool, stale *int) error {
	if cat.wdm == "" {
		c, err := l.svc.discover(ctx, l.cfg.catalogURL)
		if err != nil {
			return err
		}
		*cat = c
	}
	if *dev == nil {
		var err error
		if !*fresh {
			*dev, err = l.svc.findDevice(ctx, cat.wdm, l.cfg.deviceName)
			if err != nil {
				return err
			}
		}
		if *dev == nil {
			if *dev, err = l.svc.registerDevice(ctx, cat.wdm, l.cfg.deviceName); err != nil {
				return err
			}
			l.log.Info("realtime: device registered", "name", l.cfg.deviceName)
		}
	}
	s, err := l.connect(ctx, *dev)
	if errors.Is(err, errStaleDevice) {
		*stale++
		l.log.Warn("realtime: stale device; registering again", "try", *stale)
		dctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		_ = l.svc.deleteDevice(dctx, *dev)
		cancel()
		*dev, *fresh = nil, true
		return err
	}
	if err != nil {
		return err
	}
	*stale = 0
	l.log.Info("realtime: connected")
	if l.cfg.onConnect != nil {
		l.cfg.onConnect()
	}
	err = s.run(ctx, d)
	if s.healthy {
		return fmt.Errorf("%w: %w", errHealthy, err)
	}
	return err
}

// fatal reports whether err will not go away by retrying.
func fatal(err error) bool {
	return errors.Is(err, api.ErrUntrustedURL) || errors.Is(err, api.ErrUnauthorized) || errors.Is(err, api.ErrForbidden)
}
