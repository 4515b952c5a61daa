package webex

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/oauth2"
)

func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestNewClientTokenSources(t *testing.T) {
	t.Parallel()
	var got []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = append(got, r.Header.Get("Authorization"))
		w.Write([]byte(`{"id":"me"}`))
	}))
	defer srv.Close()
	ctx := context.Background()

	c, err := NewClient(WithBaseURL(srv.URL+"/v1"), withGetenv(env(map[string]string{TokenEnv: " env-token\n"})))
	require.NoError(t, err)
	_, err = c.Messages.Get(ctx, "m1")
	require.NoError(t, err)

	c, err = NewClient(WithBaseURL(srv.URL+"/v1"), WithToken("explicit"), withGetenv(env(map[string]string{TokenEnv: "env-token"})))
	require.NoError(t, err)
	_, err = c.Messages.Get(ctx, "m1")
	require.NoError(t, err)

	ts := oauth2.StaticTokenSource(&oauth2.Token{AccessToken: "from-source"})
	c, err = NewClient(WithTokenSource(ts), WithBaseURL(srv.URL+"/v1"))
	require.NoError(t, err)
	_, err = c.Messages.Get(ctx, "m1")
	require.NoError(t, err)

	assert.Equal(t, []string{"Bearer env-token", "Bearer explicit", "Bearer from-source"}, got)
}

func TestNewClientWithoutToken(t *testing.T) {
	t.Parallel()
	_, err := NewClient(withGetenv(env(nil)))
	require.Error(t, err)
	assert.Contains(t, err.Error(), TokenEnv)

	_, err = NewClient(WithToken(""), withGetenv(env(map[string]string{TokenEnv: "x"})))
	assert.ErrorContains(t, err, "empty token")
}

func TestOptionOrderDoesNotMatter(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "ua/1", r.Header.Get("User-Agent"))
		assert.Equal(t, "Bearer t", r.Header.Get("Authorization"))
		w.Write([]byte(`{}`))
	}))
	defer srv.Close()
	hc := &http.Client{}
	a := []Option{WithHTTPClient(hc), WithUserAgent("ua/1"), WithToken("t"), WithBaseURL(srv.URL + "/v1"), nil}
	b := []Option{WithBaseURL(srv.URL + "/v1"), WithToken("t"), WithUserAgent("ua/1"), WithHTTPClient(hc)}
	for _, opts := range [][]Option{a, b} {
		c, err := NewClient(opts...)
		require.NoError(t, err)
		assert.Equal(t, srv.URL+"/v1", c.BaseURL())
		_, err = c.Messages.Get(context.Background(), "m1")
		require.NoError(t, err)
	}
	assert.Nil(t, hc.Transport, "the caller's client is never modified")
}

func TestRateLimitOptions(t *testing.T) {
	t.Parallel()
	c, err := NewClient(WithToken("t"), WithDefaultRateLimit(120, 3), WithRateLimit("POST /messages", 30, 1))
	require.NoError(t, err)
	l, ok := c.Limiter().(*LocalLimiter)
	require.True(t, ok)
	assert.Equal(t, RateLimit{PerMinute: 120, Burst: 3}, l.RateLimitFor("GET /rooms"))
	assert.Equal(t, RateLimit{PerMinute: 30, Burst: 1}, l.RateLimitFor("POST /messages"))
	assert.Equal(t, RateLimit{}, l.RateLimitFor("GET /messages"))

	custom := NewLocalLimiter(RateLimit{}, nil)
	c, err = NewClient(WithToken("t"), WithLimiter(custom))
	require.NoError(t, err)
	assert.Same(t, custom, c.Limiter())
}

func TestSentinelsMatchAPIErrors(t *testing.T) {
	t.Parallel()
	err := error(&APIError{StatusCode: 404})
	assert.ErrorIs(t, err, ErrNotFound)
	assert.False(t, errors.Is(err, ErrForbidden))
	var ae *APIError
	assert.True(t, errors.As(err, &ae))
}

func TestEveryServiceIsWired(t *testing.T) {
	t.Parallel()
	c, err := NewClient(WithToken("t"))
	require.NoError(t, err)
	v := reflect.ValueOf(c).Elem()
	for i := range v.NumField() {
		f := v.Type().Field(i)
		if !f.IsExported() {
			continue
		}
		assert.False(t, v.Field(i).IsNil(), "Client.%s is nil", f.Name)
	}
}

// WEBEX_BASE_URL points an unchanged program at another server (the
// emulator); WithBaseURL wins over it.
func TestNewClientBaseURLFromEnv(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "/v1/messages/m1", r.URL.Path)
		w.Write([]byte(`{"id":"m1"}`))
	}))
	defer srv.Close()
	getenv := withGetenv(env(map[string]string{TokenEnv: "t", BaseURLEnv: " " + srv.URL + "/v1\n"}))

	c, err := NewClient(getenv)
	require.NoError(t, err)
	assert.Equal(t, srv.URL+"/v1", c.BaseURL())
	_, err = c.Messages.Get(t.Context(), "m1")
	require.NoError(t, err)

	c, err = NewClient(getenv, WithBaseURL("https://example.com/v1"))
	require.NoError(t, err)
	assert.Equal(t, "https://example.com/v1", c.BaseURL())

	c, err = NewClient(withGetenv(env(map[string]string{TokenEnv: "t"})))
	require.NoError(t, err)
	assert.Equal(t, DefaultBaseURL, c.BaseURL())

	_, err = NewClient(withGetenv(env(map[string]string{TokenEnv: "t", BaseURLEnv: "webexapis.com"})))
	assert.ErrorContains(t, err, "invalid base URL")
}

// TokenSource gives other transports (the realtime listener) the token the
// client was configured with, static or refreshing.
func TestClientTokenSource(t *testing.T) {
	t.Parallel()
	c, err := NewClient(WithToken("static-token"), WithBaseURL("http://127.0.0.1:1/v1"))
	require.NoError(t, err)
	tok, err := c.TokenSource().Token()
	require.NoError(t, err)
	assert.Equal(t, "static-token", tok.AccessToken)

	src := oauth2.StaticTokenSource(&oauth2.Token{AccessToken: "from-source"})
	c, err = NewClient(WithTokenSource(src), WithBaseURL("http://127.0.0.1:1/v1"))
	require.NoError(t, err)
	tok, err = c.TokenSource().Token()
	require.NoError(t, err)
	assert.Equal(t, "from-source", tok.AccessToken)
}
