package httpx

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestErrorStatuses(t *testing.T) {
	t.Parallel()
	tests := []struct {
		status   int
		sentinel error
	}{
		{400, ErrBadRequest},
		{401, ErrUnauthorized},
		{403, ErrForbidden},
		{404, ErrNotFound},
		{409, ErrConflict},
		{423, ErrLocked},
		{429, ErrRateLimited},
		{500, ErrServerError},
		{502, ErrServerError},
		{503, ErrServerError},
	}
	all := []error{ErrBadRequest, ErrUnauthorized, ErrForbidden, ErrNotFound, ErrConflict, ErrLocked, ErrRateLimited, ErrServerError}
	for _, tt := range tests {
		t.Run(http.StatusText(tt.status), func(t *testing.T) {
			t.Parallel()
			c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "application/json")
				w.Header().Set("Retry-After", "600")
				w.WriteHeader(tt.status)
				w.Write([]byte(`{"message":"Something went wrong","errors":[{"description":"Detail one"}],"trackingId":"ROUTER_123"}`))
			}), func(c *Config) { c.MaxRetries = -1 })
			_, err := c.Do(context.Background(), get("/messages/{messageId}", "abc"), nil)
			var ae *APIError
			require.ErrorAs(t, err, &ae)
			assert.Equal(t, tt.status, ae.StatusCode)
			assert.Equal(t, "Something went wrong", ae.Message)
			assert.Equal(t, []ErrorDetail{{Description: "Detail one"}}, ae.Errors)
			assert.Equal(t, "ROUTER_123", ae.TrackingID)
			assert.Equal(t, "GET", ae.Method)
			assert.Equal(t, "/v1/messages/abc", ae.Path)
			for _, s := range all {
				assert.Equal(t, s == tt.sentinel, errors.Is(err, s), "errors.Is(%v)", s)
			}
			if tt.status == 429 || tt.status == 423 || tt.status == 503 {
				assert.Equal(t, 10*time.Minute, ae.RetryAfter)
			} else {
				assert.Zero(t, ae.RetryAfter)
			}
			assert.Contains(t, err.Error(), "ROUTER_123")
			assert.Contains(t, err.Error(), "Something went wrong")
		})
	}
}

func TestErrorBodiesThatAreNotWebexJSON(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, contentType, body string
		want                    string
	}{
		{"html proxy page", "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html"},
		{"empty", "", "", "404 Not Found"},
		{"truncated json", "application/json", `{"message":"cut`, "application/json"},
		{"binary", "application/octet-stream", "\xff\xfe\x00garbage", "application/octet-stream"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if tt.contentType != "" {
					w.Header().Set("Content-Type", tt.contentType)
				}
				w.Header().Set("TrackingID", "HDR_TRACK")
				w.WriteHeader(http.StatusNotFound)
				w.Write([]byte(tt.body))
			}))
			_, err := c.Do(context.Background(), get("/rooms"), nil)
			var ae *APIError
			require.ErrorAs(t, err, &ae)
			assert.Equal(t, 404, ae.StatusCode)
			assert.Equal(t, "HDR_TRACK", ae.TrackingID, "tracking id falls back to the header")
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestHugeErrorBodyIsBounded(t *testing.T) {
	t.Parallel()
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.WriteHeader(http.StatusBadRequest)
		w.Write([]byte(strings.Repeat("x", 1<<20)))
	}))
	_, err := c.Do(context.Background(), get("/rooms"), nil)
	require.ErrorIs(t, err, ErrBadRequest)
	assert.Less(t, len(err.Error()), 1024)
}

func TestResponseSizeLimit(t *testing.T) {
	t.Parallel()
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`{"text":"` + strings.Repeat("a", 4096) + `"}`))
	}), func(c *Config) { c.MaxResponseBytes = 1024 })
	var out map[string]string
	_, err := c.Do(context.Background(), get("/messages/{messageId}", "x"), &out)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "larger than 1024 bytes")
	assert.ErrorIs(t, err, ErrResponseTooLarge)
}

func TestMalformedSuccessBody(t *testing.T) {
	t.Parallel()
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`<html>not json</html>`))
	}))
	var out map[string]any
	_, err := c.Do(context.Background(), get("/rooms/{roomId}", "r"), &out)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "decoding response")
}

func TestParseRetryAfter(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"", 0, false},
		{"30", 30 * time.Second, true},
		{" 7 ", 7 * time.Second, true},
		{"-1", 0, false},
		{"soon", 0, false},
		{now.Add(90 * time.Second).Format(http.TimeFormat), 90 * time.Second, true},
		{now.Add(-time.Hour).Format(http.TimeFormat), 0, true},
		{"99999999999999999999", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseRetryAfter(tt.in, now)
		assert.Equal(t, tt.ok, ok, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
}
