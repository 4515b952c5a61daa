package contents_test

import (
	"context"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gowebex/sdk/internal/sdktest"
	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/contents"
)

// newService returns a fresh sdktest mux, the contents service of a client
// pointed at it (opts may configure the client) and the API base URL.
func newService(t *testing.T, opts ...webex.Option) (*http.ServeMux, *contents.Service, string) {
	t.Helper()
	mux, c := sdktest.New(t, opts...)
	return mux, c.Contents, c.BaseURL()
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
