package webex

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// A logger given with WithLogger hears about retries and failed calls, and
// never sees the token.
func TestLoggerGetsRetriesAndFailuresButNoToken(t *testing.T) {
	t.Parallel()
	calls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		w.Header().Set("TrackingID", "ROUTER_LOG")
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	var buf syncBuffer
	logger := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	const token = "super-secret-token-value"
	c, err := NewClient(WithBaseURL(srv.URL+"/v1"), WithToken(token), WithLogger(logger),
		WithRetries(1, time.Millisecond, time.Millisecond), WithHTTPClient(srv.Client()))
	require.NoError(t, err)
	_, err = c.Messages.Get(context.Background(), "m1")
	require.ErrorIs(t, err, ErrServerError)
	assert.Equal(t, 2, calls)
	out := buf.String()
	assert.Contains(t, out, "retrying request")
	assert.Contains(t, out, "webex request failed")
	assert.Contains(t, out, "ROUTER_LOG")
	assert.NotContains(t, out, token)
}
