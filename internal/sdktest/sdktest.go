// Package sdktest holds the helpers the SDK's own tests share: a fresh
// httptest server and mux per test with a client pointed at it, and small
// JSON helpers. It is internal; users test against webex/webextest.
package sdktest

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex"
)

// Token is the access token the test client sends.
const Token = "test-token"

// New starts an httptest server with a fresh mux and returns the mux and a
// client for it. Paths registered on the mux are under /v1, as on Webex.
// Retries wait only milliseconds, and rate limiting is off unless opts set
// it.
func New(t testing.TB, opts ...webex.Option) (*http.ServeMux, *webex.Client) {
	t.Helper()
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	base := []webex.Option{
		// The server's own client: a transport per test, so that another
		// test's server closing its idle connections cannot break this one.
		webex.WithHTTPClient(srv.Client()),
		webex.WithBaseURL(srv.URL + "/v1"),
		webex.WithToken(Token),
		webex.WithRetries(3, time.Millisecond, 5*time.Millisecond),
		webex.WithDefaultRateLimit(0, 0),
	}
	c, err := webex.NewClient(append(base, opts...)...)
	require.NoError(t, err)
	return mux, c
}

// WriteJSON writes v as a JSON response with the given status and a
// trackingId header, as Webex does.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json;charset=UTF-8")
	w.Header().Set("TrackingID", "ROUTER_TEST")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// WriteRaw writes a raw JSON body with the given status.
func WriteRaw(w http.ResponseWriter, status int, body string) {
	w.Header().Set("Content-Type", "application/json;charset=UTF-8")
	w.Header().Set("TrackingID", "ROUTER_TEST")
	w.WriteHeader(status)
	_, _ = io.WriteString(w, body)
}

// WriteError writes a Webex-shaped error body.
func WriteError(w http.ResponseWriter, status int, message string) {
	WriteJSON(w, status, map[string]any{
		"message":    message,
		"errors":     []map[string]string{{"description": message}},
		"trackingId": "ROUTER_ERR",
	})
}

// Body decodes the JSON request body into a generic map, failing the test
// when it is not JSON.
func Body(t testing.TB, r *http.Request) map[string]any {
	t.Helper()
	require.Equal(t, "application/json", r.Header.Get("Content-Type"))
	var m map[string]any
	require.NoError(t, json.NewDecoder(r.Body).Decode(&m))
	return m
}

// CheckRequest asserts the method and the bearer token of r.
func CheckRequest(t testing.TB, r *http.Request, method string) {
	t.Helper()
	require.Equal(t, method, r.Method)
	require.Equal(t, "Bearer "+Token, r.Header.Get("Authorization"))
	require.Contains(t, r.Header.Get("User-Agent"), "gowebex-sdk/")
}

// Forbid makes every request that no other pattern of mux routes fail the
// test, and returns how many arrived: validation errors must be reported
// before anything is sent.
func Forbid(t testing.TB, mux *http.ServeMux) *atomic.Int32 {
	var n atomic.Int32
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		t.Errorf("unexpected request %s %s", r.Method, r.URL)
		WriteError(w, http.StatusTeapot, "unexpected request")
	})
	return &n
}
