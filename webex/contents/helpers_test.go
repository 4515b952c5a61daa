package contents_test

import (
	"context"
	"net/http"
	"sync"
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
