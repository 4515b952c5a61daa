package webex

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/oauth2"

	"github.com/gowebex/sdk/webex/messages"
)

// oauthServer is a Webex API whose only valid access token is the one its
// token endpoint handed out last, with a token endpoint that rotates refresh
// tokens.
type oauthServer struct {
	*httptest.Server
	mu        sync.Mutex
	valid     string // the access token the API accepts
	refresh   string // the refresh token the token endpoint accepts
	refreshes atomic.Int32
	calls     atomic.Int32
	rejectAll atomic.Bool // refuse even the newest token
	bodies    []string
}

func newOAuthServer(t *testing.T, valid, refresh string) *oauthServer {
	s := &oauthServer{valid: valid, refresh: refresh}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/access_token", func(w http.ResponseWriter, r *http.Request) {
		require.NoError(t, r.ParseForm())
		s.mu.Lock()
		defer s.mu.Unlock()
		if r.PostForm.Get("grant_type") != "refresh_token" || r.PostForm.Get("refresh_token") != s.refresh {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusBadRequest)
			io.WriteString(w, `{"error":"invalid_grant"}`)
			return
		}
		n := s.refreshes.Add(1)
		s.valid, s.refresh = "access-"+string(rune('0'+n)), "refresh-"+string(rune('0'+n))
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"access_token": s.valid, "refresh_token": s.refresh, "token_type": "Bearer", "expires_in": 3600})
	})
	mux.HandleFunc("/v1/", func(w http.ResponseWriter, r *http.Request) {
		s.calls.Add(1)
		b, _ := io.ReadAll(r.Body)
		s.mu.Lock()
		s.bodies = append(s.bodies, string(b))
		ok := r.Header.Get("Authorization") == "Bearer "+s.valid && !s.rejectAll.Load()
		s.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		if !ok {
			w.WriteHeader(http.StatusUnauthorized)
			io.WriteString(w, `{"message":"The request requires a valid access token set in the Authorization request header."}`)
			return
		}
		io.WriteString(w, `{"id":"m1","text":"hi"}`)
	})
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

func (s *oauthServer) conf() *oauth2.Config {
	return &oauth2.Config{ClientID: "id", ClientSecret: "secret", Endpoint: oauth2.Endpoint{TokenURL: s.URL + "/v1/access_token", AuthStyle: oauth2.AuthStyleInParams}}
}

func (s *oauthServer) client(t *testing.T, opts ...Option) *Client {
	c, err := NewClient(append([]Option{WithBaseURL(s.URL + "/v1"), WithHTTPClient(s.Client()), WithRetries(2, time.Millisecond, time.Millisecond)}, opts...)...)
	require.NoError(t, err)
	return c
}

// A token Webex rejects before its expiry (revoked, say) is refreshed once
// and the call sent once more, even a POST, since Webex did not act on it;
// the rotated refresh token is saved.
func TestWithOAuth2RefreshesOnceAfter401(t *testing.T) {
	t.Parallel()
	srv := newOAuthServer(t, "access-0", "refresh-0")
	srv.valid = "revoked-elsewhere"
	var saved []string
	var mu sync.Mutex
	c := srv.client(t, WithOAuth2(srv.conf(), &oauth2.Token{AccessToken: "access-0", RefreshToken: "refresh-0", Expiry: time.Now().Add(time.Hour)},
		func(tok *oauth2.Token) error {
			mu.Lock()
			defer mu.Unlock()
			saved = append(saved, tok.RefreshToken)
			return nil
		}))
	m, err := c.Messages.Get(t.Context(), "m1")
	require.NoError(t, err)
	assert.Equal(t, "m1", m.ID)
	assert.EqualValues(t, 1, srv.refreshes.Load())
	assert.EqualValues(t, 2, srv.calls.Load())

	srv.mu.Lock()
	srv.valid = "revoked-again"
	srv.mu.Unlock()
	_, err = c.Messages.Create(t.Context(), &messages.CreateParams{RoomID: "r1", Text: "hi"})
	require.NoError(t, err)
	assert.EqualValues(t, 2, srv.refreshes.Load())
	assert.EqualValues(t, 4, srv.calls.Load())
	srv.mu.Lock()
	assert.Equal(t, srv.bodies[2], srv.bodies[3], "the POST body is sent again whole")
	srv.mu.Unlock()
	mu.Lock()
	assert.Equal(t, []string{"refresh-0", "refresh-1", "refresh-2"}, saved)
	mu.Unlock()
}

// A second 401 (the new token is refused too) is returned, after one refresh.
func TestWithOAuth2Second401IsReturned(t *testing.T) {
	t.Parallel()
	srv := newOAuthServer(t, "never", "refresh-0")
	srv.rejectAll.Store(true)
	c := srv.client(t, WithOAuth2(srv.conf(), &oauth2.Token{AccessToken: "access-0", RefreshToken: "refresh-0", Expiry: time.Now().Add(time.Hour)}, nil))
	_, err := c.Messages.Get(t.Context(), "m1")
	require.ErrorIs(t, err, ErrUnauthorized)
	assert.EqualValues(t, 1, srv.refreshes.Load())
	assert.EqualValues(t, 2, srv.calls.Load())
}

// When the refresh itself fails (the refresh token was revoked), the error
// says so and still matches ErrUnauthorized.
func TestWithOAuth2FailedRefresh(t *testing.T) {
	t.Parallel()
	srv := newOAuthServer(t, "access-new", "other-refresh")
	c := srv.client(t, WithOAuth2(srv.conf(), &oauth2.Token{AccessToken: "access-0", RefreshToken: "refresh-0", Expiry: time.Now().Add(time.Hour)}, nil))
	_, err := c.Messages.Get(t.Context(), "m1")
	var te *TokenError
	require.ErrorAs(t, err, &te)
	assert.ErrorIs(t, err, ErrUnauthorized)
	assert.ErrorContains(t, err, "invalid_grant")
	assert.NotContains(t, err.Error(), "access-0")
	assert.EqualValues(t, 1, srv.calls.Load())
}

// Concurrent calls that all draw a 401 for the same token refresh it once.
func TestWithOAuth2ConcurrentRefreshOnce(t *testing.T) {
	t.Parallel()
	srv := newOAuthServer(t, "revoked", "refresh-0")
	c := srv.client(t, WithOAuth2(srv.conf(), &oauth2.Token{AccessToken: "access-0", RefreshToken: "refresh-0", Expiry: time.Now().Add(time.Hour)}, nil))
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			_, err := c.Messages.Get(context.Background(), "m1")
			assert.NoError(t, err)
		})
	}
	wg.Wait()
	assert.EqualValues(t, 1, srv.refreshes.Load())
}

// An expired token is refreshed before the call, with no 401 at all.
func TestWithOAuth2RefreshesExpiredToken(t *testing.T) {
	t.Parallel()
	srv := newOAuthServer(t, "unused", "refresh-0")
	c := srv.client(t, WithOAuth2(srv.conf(), &oauth2.Token{AccessToken: "access-0", RefreshToken: "refresh-0", Expiry: time.Now().Add(-time.Minute)}, nil))
	_, err := c.Messages.Get(t.Context(), "m1")
	require.NoError(t, err)
	assert.EqualValues(t, 1, srv.refreshes.Load())
	assert.EqualValues(t, 1, srv.calls.Load())
}

// A static token's 401, and that of a plain oauth2.TokenSource, which
// cannot be told to refresh, is returned at once, with one request.
func TestStaticToken401ReturnedAtOnce(t *testing.T) {
	t.Parallel()
	for name, opt := range map[string]Option{
		"WithToken":       WithToken("access-0"),
		"WithTokenSource": WithTokenSource(oauth2.StaticTokenSource(&oauth2.Token{AccessToken: "access-0"})),
		"NotifyRefresh":   WithTokenSource(NotifyRefresh(oauth2.StaticTokenSource(&oauth2.Token{AccessToken: "access-0"}), nil)),
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv := newOAuthServer(t, "revoked", "refresh-0")
			c := srv.client(t, opt)
			_, err := c.Messages.Get(t.Context(), "m1")
			require.ErrorIs(t, err, ErrUnauthorized)
			var ae *APIError
			require.ErrorAs(t, err, &ae)
			assert.EqualValues(t, 1, srv.calls.Load())
			assert.Zero(t, srv.refreshes.Load())
		})
	}
}

func TestWithOAuth2Misuse(t *testing.T) {
	t.Parallel()
	conf := &oauth2.Config{}
	tok := &oauth2.Token{AccessToken: "a"}
	for name, opts := range map[string][]Option{
		"no config":        {WithOAuth2(nil, tok, nil)},
		"no token":         {WithOAuth2(conf, nil, nil)},
		"empty token":      {WithOAuth2(conf, &oauth2.Token{}, nil)},
		"with WithToken":   {WithOAuth2(conf, tok, nil), WithToken("x")},
		"with TokenSource": {WithTokenSource(oauth2.StaticTokenSource(tok)), WithOAuth2(conf, tok, nil)},
	} {
		_, err := NewClient(opts...)
		assert.Error(t, err, name)
	}
}
