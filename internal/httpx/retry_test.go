package httpx

import (
	"context"
	"errors"
	"net"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRetryRules(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		method    string
		status    int
		wantCalls int32
		wantErr   bool
	}{
		{"GET retried on 502 then succeeds", http.MethodGet, 502, 2, false},
		{"GET retried on 503", http.MethodGet, 503, 2, false},
		{"GET retried on 504", http.MethodGet, 504, 2, false},
		{"PUT retried on 502", http.MethodPut, 502, 2, false},
		{"DELETE retried on 502", http.MethodDelete, 502, 2, false},
		{"POST not retried on 502", http.MethodPost, 502, 1, true},
		{"POST not retried on 503", http.MethodPost, 503, 1, true},
		{"POST retried on 429", http.MethodPost, 429, 2, false},
		{"GET not retried on 500", http.MethodGet, 500, 1, true},
		{"GET not retried on 404", http.MethodGet, 404, 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var calls atomic.Int32
			c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if calls.Add(1) == 1 {
					w.Header().Set("Retry-After", "0")
					w.WriteHeader(tt.status)
					w.Write([]byte(`{"message":"first","trackingId":"T1"}`))
					return
				}
				w.Write([]byte(`{"id":"ok"}`))
			}))
			var out struct{ ID string }
			_, err := c.Do(context.Background(), &Request{Method: tt.method, Pattern: "/things"}, &out)
			assert.Equal(t, tt.wantCalls, calls.Load())
			if tt.wantErr {
				var ae *APIError
				require.ErrorAs(t, err, &ae)
				assert.Equal(t, tt.status, ae.StatusCode)
				assert.Equal(t, "T1", ae.TrackingID)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, "ok", out.ID)
		})
	}
}

// hijackClose drops the connection without an answer, after the server
// has read the request: the server may have acted on it.
func hijackClose(w http.ResponseWriter) {
	conn, _, err := w.(http.Hijacker).Hijack()
	if err == nil {
		conn.Close()
	}
}

func TestPostNotRetriedOnDroppedConnection(t *testing.T) {
	t.Parallel()
	var calls atomic.Int32
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		hijackClose(w)
	}))
	_, err := c.Do(context.Background(), &Request{Method: http.MethodPost, Pattern: "/messages", Body: map[string]string{"text": "hi"}}, nil)
	require.Error(t, err)
	assert.Equal(t, int32(1), calls.Load(), "a POST the server may have acted on must not be sent again")
}

func TestGetRetriedOnDroppedConnection(t *testing.T) {
	t.Parallel()
	var calls atomic.Int32
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			hijackClose(w)
			return
		}
		w.Write([]byte(`{}`))
	}))
	_, err := c.Do(context.Background(), get("/messages/{messageId}", "m1"), nil)
	require.NoError(t, err)
	assert.Equal(t, int32(2), calls.Load())
}

func TestPostRetriedWhenNeverSent(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	ln.Close() // nothing listens: the dial fails, the request never left
	c, err := New(Config{BaseURL: "http://" + addr + "/v1", TokenSource: staticToken("t"), RetryWaitMin: time.Millisecond, RetryWaitMax: time.Millisecond, MaxRetries: 2})
	require.NoError(t, err)
	_, err = c.Do(context.Background(), &Request{Method: http.MethodPost, Pattern: "/messages"}, nil)
	var op *net.OpError
	require.ErrorAs(t, err, &op)
	assert.Equal(t, "dial", op.Op)
}

func TestLastWebexErrorWhenRetriesRunOut(t *testing.T) {
	t.Parallel()
	var calls atomic.Int32
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := calls.Add(1)
		w.Header().Set("TrackingID", "TRACK-"+strconv.Itoa(int(n)))
		w.WriteHeader(http.StatusBadGateway)
		w.Write([]byte(`{"message":"upstream down"}`))
	}), func(c *Config) { c.MaxRetries = 2 })
	_, err := c.Do(context.Background(), get("/rooms"), nil)
	var ae *APIError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, int32(3), calls.Load())
	assert.Equal(t, 502, ae.StatusCode)
	assert.Equal(t, "upstream down", ae.Message)
	assert.Equal(t, "TRACK-3", ae.TrackingID, "the error is the last one Webex gave")
	assert.NotContains(t, err.Error(), "giving up")
	assert.ErrorIs(t, err, ErrServerError)
}

func TestRetryAfterSecondsAndDate(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name   string
		header func() string
	}{
		{"seconds", func() string { return "1" }},
		{"http-date", func() string { return time.Now().Add(1500 * time.Millisecond).UTC().Format(http.TimeFormat) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var calls atomic.Int32
			var first, second time.Time
			c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if calls.Add(1) == 1 {
					first = time.Now()
					w.Header().Set("Retry-After", tc.header())
					w.WriteHeader(http.StatusTooManyRequests)
					return
				}
				second = time.Now()
				w.Write([]byte(`{}`))
			}))
			_, err := c.Do(context.Background(), &Request{Method: http.MethodPost, Pattern: "/messages"}, nil)
			require.NoError(t, err)
			require.Equal(t, int32(2), calls.Load())
			// An HTTP-date has one-second resolution, so allow for rounding down.
			assert.GreaterOrEqual(t, second.Sub(first), 450*time.Millisecond)
		})
	}
}

func TestRetryAfterOverCapFailsAtOnce(t *testing.T) {
	t.Parallel()
	var calls atomic.Int32
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		w.Header().Set("Retry-After", "120")
		w.WriteHeader(http.StatusTooManyRequests)
		w.Write([]byte(`{"message":"Too many requests"}`))
	}), func(c *Config) { c.MaxRetryAfter = 10 * time.Second })
	start := time.Now()
	_, err := c.Do(context.Background(), get("/rooms"), nil)
	assert.Less(t, time.Since(start), time.Second)
	assert.Equal(t, int32(1), calls.Load())
	var ae *APIError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, 120*time.Second, ae.RetryAfter)
	assert.ErrorIs(t, err, ErrRateLimited)
}

func TestRetryAfterPastDeadlineFailsAtOnce(t *testing.T) {
	t.Parallel()
	var calls atomic.Int32
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		w.Header().Set("Retry-After", "5")
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	start := time.Now()
	_, err := c.Do(ctx, get("/rooms"), nil)
	assert.Less(t, time.Since(start), time.Second)
	var ae *APIError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, 5*time.Second, ae.RetryAfter)
	assert.Equal(t, int32(1), calls.Load())
}

func TestTokenErrorNotRetried(t *testing.T) {
	t.Parallel()
	var calls atomic.Int32
	var tokens atomic.Int32
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { calls.Add(1) }),
		func(c *Config) {
			c.TokenSource = tokenFunc(func() (string, error) {
				tokens.Add(1)
				return "", errors.New("refresh token revoked")
			})
		})
	_, err := c.Do(context.Background(), get("/rooms"), nil)
	var te *TokenError
	require.ErrorAs(t, err, &te)
	assert.Contains(t, err.Error(), "refresh token revoked")
	assert.Equal(t, int32(1), tokens.Load())
	assert.Zero(t, calls.Load())
}

func TestContextCancelledDuringBackoff(t *testing.T) {
	t.Parallel()
	var calls atomic.Int32
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		w.WriteHeader(http.StatusServiceUnavailable)
	}), func(c *Config) { c.RetryWaitMin, c.RetryWaitMax = 10*time.Second, 10*time.Second })
	// Cancel once the client has the 503 and starts its 10 s backoff (a
	// timer would race the first request on a busy machine).
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var once sync.Once
	c.retry.Backoff = func(min, max time.Duration, attempt int, resp *http.Response) time.Duration {
		once.Do(cancel)
		return c.backoff(min, max, attempt, resp)
	}
	start := time.Now()
	_, err := c.Do(ctx, get("/rooms"), nil)
	assert.ErrorIs(t, err, context.Canceled)
	assert.Less(t, time.Since(start), 2*time.Second)
	assert.Equal(t, int32(1), calls.Load())
}

func TestBackoffGrowsWithJitterWithinBounds(t *testing.T) {
	t.Parallel()
	c := &Client{now: time.Now}
	for attempt := range 6 {
		for range 50 {
			d := c.backoff(100*time.Millisecond, time.Second, attempt, nil)
			step := min(100*time.Millisecond<<attempt, time.Second)
			assert.GreaterOrEqual(t, d, step/2)
			assert.LessOrEqual(t, d, step)
		}
	}
}

func TestLockedFileRetriedAfterScan(t *testing.T) {
	t.Parallel()
	var calls atomic.Int32
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			w.Header().Set("Retry-After", "0")
			w.WriteHeader(http.StatusLocked)
			return
		}
		w.Write([]byte(`{}`))
	}))
	_, err := c.Do(context.Background(), get("/contents/{contentId}", "f1"), nil)
	require.NoError(t, err)
	assert.Equal(t, int32(2), calls.Load())

	calls.Store(0)
	_, err = c.Do(context.Background(), &Request{Method: http.MethodPost, Pattern: "/contents"}, nil)
	assert.ErrorIs(t, err, ErrLocked, "a POST answered 423 is not retried")
	assert.Equal(t, int32(1), calls.Load())
}
