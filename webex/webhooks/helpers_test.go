package webhooks_test

import (
	"net/http"
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
