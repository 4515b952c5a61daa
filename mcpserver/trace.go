package mcpserver

import (
	"context"
	"net/http"
	"sync"
)

// trace collects the trackingId of the requests one tool call makes, so
// that the audit log has it for successful calls too (the SDK reports it
// only in errors).
type trace struct {
	mu         sync.Mutex
	trackingID string
}

func (t *trace) set(id string) {
	t.mu.Lock()
	t.trackingID = id
	t.mu.Unlock()
}

func (t *trace) get() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.trackingID
}

type traceKey struct{}

func withTrace(ctx context.Context, t *trace) context.Context {
	return context.WithValue(ctx, traceKey{}, t)
}

// traceTransport records each response's TrackingID header in the trace on
// the request's context.
type traceTransport struct{ next http.RoundTripper }

func (t traceTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.next.RoundTrip(req)
	if resp != nil {
		if tr, ok := req.Context().Value(traceKey{}).(*trace); ok {
			if id := resp.Header.Get("Trackingid"); id != "" {
				tr.set(id)
			}
		}
	}
	return resp, err
}

// newHTTPClient returns the HTTP client the agents' Webex clients use:
// base's transport (http.DefaultTransport when nil) recording trackingIds.
func newHTTPClient(base *http.Client) *http.Client {
	var hc http.Client
	if base != nil {
		hc = *base
	}
	next := hc.Transport
	if next == nil {
		next = http.DefaultTransport
	}
	hc.Transport = traceTransport{next: next}
	return &hc
}
