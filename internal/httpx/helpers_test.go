package httpx

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"golang.org/x/oauth2"
)

// newTestClient returns a client for a fresh httptest server running h.
// Retries back off by milliseconds and there is no pacing unless cfg says.
func newTestClient(t *testing.T, h http.Handler, mod ...func(*Config)) (*Client, *httptest.Server) {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	cfg := Config{
		BaseURL:          srv.URL + "/v1",
		TokenSource:      oauth2.StaticTokenSource(&oauth2.Token{AccessToken: "secret-token"}),
		RetryWaitMin:     time.Millisecond,
		RetryWaitMax:     5 * time.Millisecond,
		DefaultRateLimit: &RateLimit{},
	}
	for _, m := range mod {
		m(&cfg)
	}
	c, err := New(cfg)
	require.NoError(t, err)
	return c, srv
}

func get(pattern string, params ...string) *Request {
	return &Request{Method: http.MethodGet, Pattern: pattern, Params: params}
}
