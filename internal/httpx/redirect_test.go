package httpx

import (
	"context"
	"io"
	"net/http"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A POST or PUT answered by 307 or 308 to another host is an error: the
// other host receives neither the body nor the token, and the call is not
// retried.
func TestCrossHostRedirectWithBodyRefused(t *testing.T) {
	t.Parallel()
	for _, status := range []int{http.StatusTemporaryRedirect, http.StatusPermanentRedirect} {
		for _, method := range []string{http.MethodPost, http.MethodPut} {
			t.Run(method+" "+http.StatusText(status), func(t *testing.T) {
				t.Parallel()
				var stranger, calls atomic.Int32
				other := newPlainServer(t, func(w http.ResponseWriter, r *http.Request) {
					stranger.Add(1)
					w.Write([]byte(`{}`))
				})
				c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					calls.Add(1)
					http.Redirect(w, r, other+"/v1/messages", status)
				}))
				_, err := c.Do(context.Background(), &Request{Method: method, Pattern: "/messages", Body: map[string]string{"text": "for your eyes only"}}, nil)
				require.ErrorIs(t, err, ErrUntrustedURL)
				assert.ErrorContains(t, err, "redirected to http://127.0.0.1")
				assert.Zero(t, stranger.Load(), "nothing reaches the other host")
				assert.EqualValues(t, 1, calls.Load(), "not retried")
			})
		}
	}
}

// On the API host, a 307 is followed with the body and the token.
func TestSameHostRedirectWithBodyFollowed(t *testing.T) {
	t.Parallel()
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/v1/messages" {
			http.Redirect(w, r, "/v1/messages2", http.StatusTemporaryRedirect)
			return
		}
		b, _ := io.ReadAll(r.Body)
		assert.JSONEq(t, `{"text":"hi"}`, string(b))
		assert.Equal(t, "Bearer secret-token", r.Header.Get("Authorization"))
		w.Write([]byte(`{}`))
	}))
	_, err := c.Do(context.Background(), &Request{Method: http.MethodPost, Pattern: "/messages", Body: map[string]string{"text": "hi"}}, nil)
	require.NoError(t, err)
}

// The caller's own redirect policy still applies after the SDK's.
func TestCallerRedirectPolicyKept(t *testing.T) {
	t.Parallel()
	var asked atomic.Int32
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/v1/elsewhere", http.StatusFound)
	}), func(cfg *Config) {
		cfg.HTTPClient = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error {
			asked.Add(1)
			return http.ErrUseLastResponse
		}}
	})
	_, err := c.Do(context.Background(), get("/rooms"), nil)
	assert.Error(t, err, "the 302 itself is returned")
	assert.EqualValues(t, 1, asked.Load())
}
