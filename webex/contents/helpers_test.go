package contents_test

import (
	"context"
	"net/http"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"golang.org/x/oauth2"

	"github.com/gowebex/sdk/internal/httpx"
	"github.com/gowebex/sdk/internal/sdktest"
	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/contents"
)

// newService returns a fresh sdktest mux, a contents service on a core
// configured like sdktest's client (mod may change the config) and the
// API base URL. (webex.Client has no Contents field yet; once it has, tests
// can use sdktest.New's client directly.)
func newService(t *testing.T, mod ...func(*httpx.Config)) (*http.ServeMux, *contents.Service, string) {
	t.Helper()
	mux, c := sdktest.New(t)
	cfg := httpx.Config{
		BaseURL:          c.BaseURL(),
		TokenSource:      oauth2.StaticTokenSource(&oauth2.Token{AccessToken: sdktest.Token}),
		UserAgent:        "gowebex-sdk/" + webex.Version,
		RetryWaitMin:     time.Millisecond,
		RetryWaitMax:     5 * time.Millisecond,
		DefaultRateLimit: &httpx.RateLimit{},
	}
	for _, m := range mod {
		m(&cfg)
	}
	core, err := httpx.New(cfg)
	require.NoError(t, err)
	return mux, contents.NewService(core), c.BaseURL()
}

// forbidRequests makes every request not otherwise routed fail the test and
// returns a counter of them.
func forbidRequests(t *testing.T, mux *http.ServeMux) *atomic.Int32 {
	var n atomic.Int32
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		t.Errorf("unexpected request %s %s", r.Method, r.URL)
		w.WriteHeader(http.StatusTeapot)
	})
	return &n
}

// endpointRecorder is a Limiter that records the endpoints it is asked
// about and never waits.
type endpointRecorder struct {
	mu        sync.Mutex
	endpoints []string
}

func (l *endpointRecorder) Wait(_ context.Context, endpoint string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.endpoints = append(l.endpoints, endpoint)
	return nil
}

func (l *endpointRecorder) Pause(context.Context, string, time.Time) {}

func (l *endpointRecorder) seen() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.endpoints...)
}

// exampleClient stands in for *webex.Client in the examples until
// webex.Client has a Contents field: client.Contents and client.Messages
// read the same.
type exampleClient struct {
	*webex.Client
	Contents *contents.Service
}

// newClient stands in for webex.NewClient in the examples; it reads the
// token from WEBEX_ACCESS_TOKEN.
func newClient() (*exampleClient, error) {
	client, err := webex.NewClient()
	if err != nil {
		return nil, err
	}
	core, err := httpx.New(httpx.Config{
		TokenSource: oauth2.StaticTokenSource(&oauth2.Token{AccessToken: os.Getenv(webex.TokenEnv)}),
		UserAgent:   "gowebex-sdk/" + webex.Version,
	})
	if err != nil {
		return nil, err
	}
	return &exampleClient{Client: client, Contents: contents.NewService(core)}, nil
}
