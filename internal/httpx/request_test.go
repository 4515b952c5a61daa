package httpx

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/oauth2"
)

func TestExpand(t *testing.T) {
	t.Parallel()
	tests := []struct {
		pattern   string
		params    []string
		want      string
		errSubstr string
	}{
		{"/messages", nil, "/messages", ""},
		{"/messages/{messageId}", []string{"abc"}, "/messages/abc", ""},
		{"/rooms/{roomId}/meetingInfo", []string{"a/b c"}, "/rooms/a%2Fb%20c/meetingInfo", ""},
		{"/meetingTranscripts/{transcriptId}/snippets/{snippetId}", []string{"t1", "s/2"}, "/meetingTranscripts/t1/snippets/s%2F2", ""},
		{"/messages/{messageId}", []string{""}, "", "messageId is required"},
		{"/messages/{messageId}", []string{"  "}, "", "messageId is required"},
		{"/messages/{messageId}", []string{".."}, "", "not a valid id"},
		{"/messages/{messageId}", nil, "", "missing value for messageId"},
		{"/a/{x}/b/{y}", []string{"1"}, "", "missing value for y"},
		{"/messages/{messageId}", []string{"a", "b"}, "", "takes 1 path parameters, got 2"},
		{"/messages", []string{"a"}, "", "takes no path parameters"},
		{"/messages/{broken", []string{"a"}, "", "malformed"},
	}
	for _, tt := range tests {
		got, err := expand(tt.pattern, tt.params)
		if tt.errSubstr != "" {
			require.Error(t, err, tt.pattern)
			assert.Contains(t, err.Error(), tt.errSubstr)
			continue
		}
		require.NoError(t, err)
		assert.Equal(t, tt.want, got)
	}
}

func TestEmptyIDMakesNoRequest(t *testing.T) {
	t.Parallel()
	called := false
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { called = true }))
	_, err := c.Do(context.Background(), get("/messages/{messageId}", ""), nil)
	require.ErrorContains(t, err, "messageId is required")
	assert.False(t, called)
}

func TestRequestHeadersAndBody(t *testing.T) {
	t.Parallel()
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "Bearer secret-token", r.Header.Get("Authorization"))
		assert.Equal(t, "application/json", r.Header.Get("Content-Type"))
		assert.Equal(t, "application/json", r.Header.Get("Accept"))
		assert.Equal(t, "my-agent/1", r.Header.Get("User-Agent"))
		assert.Equal(t, "/v1/rooms/r%2F1", r.URL.EscapedPath())
		assert.Equal(t, "a=1&b=x+y", r.URL.RawQuery)
		w.Write([]byte(`{"ok":true}`))
	}), func(c *Config) { c.UserAgent = "my-agent/1" })
	var out struct{ OK bool }
	_, err := c.Do(context.Background(), &Request{Method: http.MethodPut, Pattern: "/rooms/{roomId}", Params: []string{"r/1"},
		Query: url.Values{"a": {"1"}, "b": {"x y"}}, Body: map[string]string{"title": "t"}}, &out)
	require.NoError(t, err)
	assert.True(t, out.OK)
}

func TestTokenStaysOnAPIHost(t *testing.T) {
	t.Parallel()
	var gotAuth string
	other := newPlainServer(t, func(w http.ResponseWriter, r *http.Request) {
		gotAuth = r.Header.Get("Authorization")
		w.Write([]byte(`{}`))
	})
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, other+"/elsewhere", http.StatusFound)
	}))
	_, err := c.Do(context.Background(), get("/contents/{contentId}", "c1"), nil)
	require.NoError(t, err)
	assert.Empty(t, gotAuth, "a redirect to another host must not carry the token")

	u, _ := url.Parse(other + "/v1/messages")
	_, err = c.Do(context.Background(), &Request{Method: "GET", Pattern: "/messages", URL: u}, nil)
	assert.ErrorIs(t, err, ErrUntrustedURL)
}

func TestRefreshedTokenUsedOnRetry(t *testing.T) {
	t.Parallel()
	var seen []string
	n := 0
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen = append(seen, r.Header.Get("Authorization"))
		if len(seen) == 1 {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte(`{}`))
	}), func(c *Config) {
		c.TokenSource = tokenFunc(func() (string, error) { n++; return "tok" + string(rune('0'+n)), nil })
	})
	_, err := c.Do(context.Background(), get("/rooms"), nil)
	require.NoError(t, err)
	assert.Equal(t, []string{"Bearer tok1", "Bearer tok2"}, seen)
}

func TestNewValidatesConfig(t *testing.T) {
	t.Parallel()
	_, err := New(Config{})
	assert.ErrorContains(t, err, "no access token")
	ts := oauth2.StaticTokenSource(&oauth2.Token{AccessToken: "t"})
	for _, bad := range []string{"webexapis.com/v1", "ftp://x/v1", "http://", "::"} {
		_, err = New(Config{BaseURL: bad, TokenSource: ts})
		assert.Error(t, err, bad)
	}
	c, err := New(Config{TokenSource: ts})
	require.NoError(t, err)
	assert.Equal(t, "https://webexapis.com/v1", c.BaseURL().String())
}

func TestHTTPClientNotMutated(t *testing.T) {
	t.Parallel()
	hc := &http.Client{}
	_, err := New(Config{TokenSource: staticToken("t"), HTTPClient: hc})
	require.NoError(t, err)
	assert.Nil(t, hc.Transport)
	assert.Nil(t, hc.CheckRedirect)
}

func TestEmptyTokenIsTokenError(t *testing.T) {
	t.Parallel()
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}),
		func(c *Config) { c.TokenSource = tokenFunc(func() (string, error) { return "", nil }) })
	_, err := c.Do(context.Background(), get("/rooms"), nil)
	var te *TokenError
	assert.ErrorAs(t, err, &te)
}

func TestStreamBodySentOnceAndNotRetried(t *testing.T) {
	t.Parallel()
	var calls int
	var got string
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		b, _ := io.ReadAll(r.Body)
		got = string(b)
		assert.Equal(t, "text/plain", r.Header.Get("Content-Type"))
		w.WriteHeader(http.StatusBadGateway)
	}))
	opens := 0
	_, err := c.Do(context.Background(), &Request{Method: http.MethodPut, Pattern: "/upload", Stream: &Stream{
		ContentType: "text/plain",
		Open: func() (io.ReadCloser, error) {
			opens++
			return io.NopCloser(strings.NewReader("payload")), nil
		},
	}}, nil)
	assert.ErrorIs(t, err, ErrServerError)
	assert.Equal(t, 1, opens)
	assert.Equal(t, 1, calls, "a streamed body cannot be replayed, so even a PUT is not retried")
	assert.Equal(t, "payload", got)
}

func TestRequestHeaders(t *testing.T) {
	t.Parallel()
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "*/*", r.Header.Get("Accept"))
		assert.Equal(t, "s3cret", r.Header.Get("Password"))
		assert.Equal(t, "Bearer secret-token", r.Header.Get("Authorization"), "a request header never replaces the token")
		w.Write([]byte(`{}`))
	}))
	_, err := c.Do(context.Background(), &Request{Method: http.MethodGet, Pattern: "/meetings/{meetingId}", Params: []string{"m"},
		Header: http.Header{"accept": {"*/*"}, "Password": {"s3cret"}, "Authorization": {"Bearer stolen"}}}, nil)
	require.NoError(t, err)
}
