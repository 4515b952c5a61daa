package webhooks_test

import (
	"net/http"
	"sync/atomic"
	"testing"

	"github.com/gowebex/sdk/internal/sdktest"
	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/webhooks"
)

// newService returns a fresh sdktest mux and the client's webhooks service.
// The client gets its own transport: httptest.Server.Close closes the idle
// connections of http.DefaultTransport, which breaks a request of a test
// running in parallel (a non-idempotent one is not retried).
func newService(t *testing.T) (*http.ServeMux, *webhooks.Service) {
	t.Helper()
	hc := &http.Client{Transport: http.DefaultTransport.(*http.Transport).Clone()}
	mux, c := sdktest.New(t, webex.WithHTTPClient(hc))
	return mux, c.Webhooks
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
