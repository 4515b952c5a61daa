package webhooks_test

import (
	"net/http"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/oauth2"

	"github.com/gowebex/sdk/internal/httpx"
	"github.com/gowebex/sdk/internal/sdktest"
	"github.com/gowebex/sdk/webex/webhooks"
)

// newService returns a fresh sdktest mux and a webhooks service on a core
// configured like sdktest's client. (Once webex.Client has a Webhooks field,
// tests can use it directly.)
func newService(t *testing.T) (*http.ServeMux, *webhooks.Service) {
	t.Helper()
	mux, c := sdktest.New(t)
	core, err := httpx.New(httpx.Config{
		BaseURL:          c.BaseURL(),
		TokenSource:      oauth2.StaticTokenSource(&oauth2.Token{AccessToken: sdktest.Token, TokenType: "Bearer"}),
		UserAgent:        "gowebex-sdk/test",
		MaxRetries:       -1,
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
