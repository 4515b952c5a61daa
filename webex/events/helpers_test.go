package events_test

import (
	"net/http"
	"testing"

	"github.com/gowebex/sdk/internal/sdktest"
	"github.com/gowebex/sdk/webex/events"
)

// newService returns a fresh sdktest mux and the events service of a client
// pointed at it.
func newService(t *testing.T) (*http.ServeMux, *events.Service) {
	t.Helper()
	mux, c := sdktest.New(t)
	return mux, c.Events
}
