package webextest

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPatternKey(t *testing.T) {
	t.Parallel()
	for pattern, want := range map[string]string{
		"GET /v1/rooms/{id}":                               "GET /rooms/{id}",
		"PUT /v1/meetingTranscripts/{id}/snippets/{id2}":   "PUT /meetingTranscripts/{id}/snippets/{id}",
		"POST /wdm/api/v1/devices":                         "POST /wdm/api/v1/devices",
		"GET u2c.example/u2c/api/v1/catalog":               "GET /u2c/api/v1/catalog",
		"DELETE webexapis.example/v1/webhooks/{webhookId}": "DELETE /webhooks/{id}",
	} {
		assert.Equal(t, want, patternKey(pattern), pattern)
	}
}

func TestRoutesOutsideV1AndAuthModes(t *testing.T) {
	t.Parallel()
	srv := New()
	t.Cleanup(srv.Close)
	var served atomic.Int32
	srv.handle("GET /other/api/v1/open/{thing}", func(c *reqCtx) {
		served.Add(1)
		assert.Nil(t, c.tok)
		c.ok(map[string]string{"thing": c.params[0]})
	}, authNone())
	srv.handle("POST /other/api/v1/token", func(c *reqCtx) {
		c.ok(map[string]string{"client": c.client})
	}, authClientSecret())
	srv.RegisterIntegration("cid", "secret")
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)

	res, err := http.Get(ts.URL + "/other/api/v1/open/x")
	require.NoError(t, err)
	res.Body.Close()
	assert.Equal(t, http.StatusOK, res.StatusCode)
	assert.Equal(t, int32(1), served.Load())
	assert.Equal(t, 1, srv.RequestCount("GET /other/api/v1/open/{x}"))

	post := func(form url.Values) int {
		res, err := http.Post(ts.URL+"/other/api/v1/token", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
		require.NoError(t, err)
		res.Body.Close()
		return res.StatusCode
	}
	assert.Equal(t, http.StatusOK, post(url.Values{"client_id": {"cid"}, "client_secret": {"secret"}}))
	assert.Equal(t, http.StatusUnauthorized, post(url.Values{"client_id": {"cid"}, "client_secret": {"nope"}}))
	assert.Equal(t, http.StatusUnauthorized, post(url.Values{"client_id": {"who"}, "client_secret": {"secret"}}))
	assert.Equal(t, http.StatusUnauthorized, post(nil))

	srv.InjectFault("POST /other/api/v1/token", Fault{Status: http.StatusServiceUnavailable, Times: 1})
	assert.Equal(t, http.StatusServiceUnavailable, post(url.Values{"client_id": {"cid"}, "client_secret": {"secret"}}))
}

func TestTokenExpiry(t *testing.T) {
	t.Parallel()
	clock := newFakeClock()
	srv := newTestServer(t, WithClock(clock.Now))
	_, tok := srv.NewUserWithToken("", "Alice")
	srv.SetTokenExpiry(tok, clock.Now().Add(time.Hour))
	require.Equal(t, http.StatusOK, call(t, srv, tok, "GET", "/people/me", nil).status)
	clock.Advance(int(time.Hour / time.Millisecond))
	requireError(t, call(t, srv, tok, "GET", "/people/me", nil), http.StatusUnauthorized)
	srv.SetTokenExpiry(tok, time.Time{})
	require.Equal(t, http.StatusOK, call(t, srv, tok, "GET", "/people/me", nil).status)
}

func TestPathsThatAreNotClean(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	_, tok := srv.NewUserWithToken("", "Alice")
	for _, p := range []string{"/v1//people/me", "/v1/people/../people/me", "/v1/./people/me", "/v1", "/", "/v2/people/me"} {
		req, err := http.NewRequest("GET", strings.TrimSuffix(srv.URL(), "/v1")+p, nil)
		require.NoError(t, err)
		req.URL.Opaque = p // keep the path as written
		req.Header.Set("Authorization", "Bearer "+tok)
		res, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		res.Body.Close()
		assert.Equal(t, http.StatusNotFound, res.StatusCode, p)
	}
	assert.Equal(t, http.StatusOK, call(t, srv, tok, "GET", "/people/me/", nil).status)
	assert.Equal(t, http.StatusMethodNotAllowed, call(t, srv, tok, "HEAD", "/messages", nil).status)
}

func TestBusSubscribersSeeEveryChange(t *testing.T) {
	t.Parallel()
	srv := New()
	t.Cleanup(srv.Close)
	var got []string
	srv.bus.subscribe(func(c change) { got = append(got, c.resource+"/"+c.event) })
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	alice, tok := srv.NewUserWithToken("", "Alice")
	room := srv.NewRoom(alice, "R")
	srv.base = ts.URL + "/v1"
	r := call(t, srv, tok, "POST", "/messages", map[string]any{"roomId": room.ID, "text": "hi"})
	require.Equal(t, http.StatusOK, r.status)
	del := call(t, srv, tok, "DELETE", "/messages/"+r.str("id"), nil)
	require.Equal(t, http.StatusNoContent, del.status)
	srv.mu.RLock()
	defer srv.mu.RUnlock()
	assert.Equal(t, []string{"messages/created", "messages/deleted"}, got)
	assert.Len(t, srv.events, 2)
}
