package webhooks_test

import (
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"golang.org/x/oauth2"

	"github.com/gowebex/sdk/internal/httpx"
	"github.com/gowebex/sdk/internal/sdktest"
	"github.com/gowebex/sdk/webex/webhooks"
)

// newService returns a fresh sdktest mux and a webhooks service on a core
// configured like sdktest's client, but with its own transport. (Once webex.Client has a Webhooks field,
// tests can use it directly.)
func newService(t *testing.T) (*http.ServeMux, *webhooks.Service) {
	t.Helper()
	mux, c := sdktest.New(t)
	core, err := httpx.New(httpx.Config{
		BaseURL:     c.BaseURL(),
		TokenSource: oauth2.StaticTokenSource(&oauth2.Token{AccessToken: sdktest.Token, TokenType: "Bearer"}),
		UserAgent:   "gowebex-sdk/test",
		// An own transport: httptest.Server.Close closes the idle
		// connections of http.DefaultTransport, which would break requests
		// of tests running in parallel.
		HTTPClient:       &http.Client{Transport: http.DefaultTransport.(*http.Transport).Clone()},
		MaxRetries:       3,
		RetryWaitMin:     time.Millisecond,
		RetryWaitMax:     5 * time.Millisecond,
		DefaultRateLimit: &httpx.RateLimit{},
	})
	require.NoError(t, err)
	return mux, webhooks.NewService(core)
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
