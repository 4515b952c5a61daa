package attachments_test

import (
	"net/http"
	"sync/atomic"
	"testing"

	"github.com/gowebex/sdk/internal/sdktest"
	"github.com/gowebex/sdk/webex/attachments"
)

// newService returns a fresh sdktest mux and the attachments service of a client
// pointed at it.
func newService(t *testing.T) (*http.ServeMux, *attachments.Service) {
	t.Helper()
	mux, c := sdktest.New(t)
	return mux, c.AttachmentActions
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
