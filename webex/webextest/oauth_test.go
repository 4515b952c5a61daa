package webextest

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// oauthFixture is an emulator with a registered integration, a user, and a
// client that does not follow redirects.
type oauthFixture struct {
	t     *testing.T
	srv   *Server
	clock *fakeClock
	web   *http.Client
}

func newOAuthFixture(t *testing.T) *oauthFixture {
	t.Helper()
	clock := newFakeClock()
	srv := newTestServer(t, WithClock(clock.Now))
	srv.RegisterIntegration("cid", "secret")
	srv.NewUser(nil, "ada@example.com", "Ada")
	web := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	return &oauthFixture{t: t, srv: srv, clock: clock, web: web}
}

// authorizeURL is an authorization request as oauth2.Config.AuthCodeURL
// builds it, with extra parameters.
func (f *oauthFixture) authorizeURL(extra url.Values) string {
	q := url.Values{"response_type": {"code"}, "client_id": {"cid"}, "redirect_uri": {"https://app.example.com/cb"},
		"scope": {"spark:people_read spark:rooms_read"}, "state": {"s1"}}
	for k, v := range extra {
		q[k] = v
	}
	return f.srv.URL() + "/authorize?" + q.Encode()
}

// get fetches u without following a redirect.
func (f *oauthFixture) get(u string) (*http.Response, string) {
	f.t.Helper()
	res, err := f.web.Get(u)
	require.NoError(f.t, err)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	require.NoError(f.t, err)
	return res, string(b)
}

// code runs the consent shortcut over HTTP and returns the code.
func (f *oauthFixture) code() string {
	f.t.Helper()
	res, _ := f.get(f.authorizeURL(url.Values{ConsentParam: {"ada@example.com"}}))
	require.Equal(f.t, http.StatusFound, res.StatusCode)
	loc, err := url.Parse(res.Header.Get("Location"))
	require.NoError(f.t, err)
	require.Equal(f.t, "app.example.com", loc.Host)
	require.Equal(f.t, "s1", loc.Query().Get("state"))
	require.NotEmpty(f.t, loc.Query().Get("code"))
	return loc.Query().Get("code")
}

// token posts form to /access_token with the integration's credentials.
func (f *oauthFixture) token(form url.Values) (int, map[string]any) {
	f.t.Helper()
	if form.Get("client_id") == "" {
		form.Set("client_id", "cid")
		form.Set("client_secret", "secret")
	}
	res, err := http.Post(f.srv.URL()+"/access_token", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
	require.NoError(f.t, err)
	defer res.Body.Close()
	var body map[string]any
	require.NoError(f.t, json.NewDecoder(res.Body).Decode(&body))
	return res.StatusCode, body
}

func (f *oauthFixture) exchange(code string) (int, map[string]any) {
	return f.token(url.Values{"grant_type": {"authorization_code"}, "code": {code}, "redirect_uri": {"https://app.example.com/cb"}})
}

func (f *oauthFixture) refresh(rt string) (int, map[string]any) {
	return f.token(url.Values{"grant_type": {"refresh_token"}, "refresh_token": {rt}})
}

func TestOAuthCodeFlowAndScopes(t *testing.T) {
	t.Parallel()
	f := newOAuthFixture(t)
	res, page := f.get(f.authorizeURL(nil))
	require.Equal(t, http.StatusOK, res.StatusCode)
	assert.Contains(t, page, "cid")
	assert.Contains(t, page, "spark:rooms_read")
	assert.Contains(t, page, `name="`+ConsentParam+`"`)

	code := f.code()
	st, body := f.exchange(code)
	require.Equal(t, http.StatusOK, st, body)
	assert.Equal(t, "Bearer", body["token_type"])
	assert.EqualValues(t, DefaultAccessTokenLifetime/time.Second, body["expires_in"])
	assert.EqualValues(t, DefaultRefreshTokenLifetime/time.Second, body["refresh_token_expires_in"])
	assert.Equal(t, "spark:people_read spark:rooms_read", body["scope"])
	access := body["access_token"].(string)
	me := call(t, f.srv, access, "GET", "/people/me", nil)
	require.Equal(t, http.StatusOK, me.status)
	assert.Equal(t, "ada@example.com", me.body["emails"].([]any)[0])
	requireError(t, call(t, f.srv, access, "GET", "/messages?roomId=x", nil), http.StatusForbidden) // not approved

	st, body = f.exchange(code)
	assert.Equal(t, http.StatusBadRequest, st)
	assert.Equal(t, "invalid_grant", body["error"], "a code is good for one exchange")
}

func TestOAuthRefreshRotatesAndTokensExpire(t *testing.T) {
	t.Parallel()
	f := newOAuthFixture(t)
	f.srv.SetOAuthTokenLifetimes(time.Hour, 24*time.Hour)
	_, first := f.exchange(f.code())
	oldAccess, oldRefresh := first["access_token"].(string), first["refresh_token"].(string)
	assert.EqualValues(t, 3600, first["expires_in"])

	st, second := f.refresh(oldRefresh)
	require.Equal(t, http.StatusOK, st, second)
	newRefresh := second["refresh_token"].(string)
	assert.NotEqual(t, oldRefresh, newRefresh, "refresh tokens rotate")
	assert.NotEqual(t, oldAccess, second["access_token"])
	st, body := f.refresh(oldRefresh)
	assert.Equal(t, http.StatusBadRequest, st)
	assert.Equal(t, "invalid_grant", body["error"], "a rotated refresh token is spent")

	assert.Equal(t, http.StatusOK, call(t, f.srv, oldAccess, "GET", "/people/me", nil).status, "an issued access token lives on")
	f.clock.Advance(int(time.Hour / time.Millisecond))
	requireError(t, call(t, f.srv, oldAccess, "GET", "/people/me", nil), http.StatusUnauthorized)
	requireError(t, call(t, f.srv, second["access_token"].(string), "GET", "/people/me", nil), http.StatusUnauthorized)

	st, third := f.refresh(newRefresh)
	require.Equal(t, http.StatusOK, st, third)
	assert.Equal(t, http.StatusOK, call(t, f.srv, third["access_token"].(string), "GET", "/people/me", nil).status)
	f.clock.Advance(int(24 * time.Hour / time.Millisecond))
	st, body = f.refresh(third["refresh_token"].(string))
	assert.Equal(t, http.StatusBadRequest, st)
	assert.Equal(t, "invalid_grant", body["error"], "an expired refresh token")
}

func TestOAuthRefusals(t *testing.T) {
	t.Parallel()
	f := newOAuthFixture(t)
	redirectError := func(extra url.Values) string {
		t.Helper()
		res, _ := f.get(f.authorizeURL(extra))
		require.Equal(t, http.StatusFound, res.StatusCode)
		loc, err := url.Parse(res.Header.Get("Location"))
		require.NoError(t, err)
		assert.Equal(t, "s1", loc.Query().Get("state"))
		return loc.Query().Get("error")
	}
	consent := url.Values{ConsentParam: {"ada@example.com"}}
	assert.Equal(t, "access_denied", redirectError(url.Values{ConsentParam: {"ada@example.com"}, "decision": {"deny"}}))
	assert.Equal(t, "unsupported_response_type", redirectError(url.Values{ConsentParam: consent[ConsentParam], "response_type": {"token"}}))
	assert.Equal(t, "invalid_scope", redirectError(url.Values{ConsentParam: consent[ConsentParam], "scope": {""}}))

	for name, extra := range map[string]url.Values{
		"unknown client":    {"client_id": {"nope"}},
		"relative redirect": {"redirect_uri": {"/cb"}},
		"unknown person":    {ConsentParam: {"ghost@example.com"}},
	} {
		res, _ := f.get(f.authorizeURL(extra))
		assert.Equal(t, http.StatusBadRequest, res.StatusCode, name)
	}

	code := f.code()
	st, body := f.token(url.Values{"grant_type": {"authorization_code"}, "code": {code}, "redirect_uri": {"https://evil.example.com/cb"}})
	assert.Equal(t, http.StatusBadRequest, st)
	assert.Equal(t, "invalid_grant", body["error"], "redirect_uri must match")
	st, body = f.token(url.Values{"grant_type": {"password"}})
	assert.Equal(t, http.StatusBadRequest, st)
	assert.Equal(t, "unsupported_grant_type", body["error"])
	st, _ = f.token(url.Values{"grant_type": {"refresh_token"}, "refresh_token": {"x"}, "client_id": {"cid"}, "client_secret": {"wrong"}})
	assert.Equal(t, http.StatusUnauthorized, st)

	f.srv.RegisterIntegration("other", "secret2")
	st, body = f.token(url.Values{"grant_type": {"authorization_code"}, "code": {f.code()}, "redirect_uri": {"https://app.example.com/cb"},
		"client_id": {"other"}, "client_secret": {"secret2"}})
	assert.Equal(t, http.StatusBadRequest, st)
	assert.Equal(t, "invalid_grant", body["error"], "a code is its client's")

	stale := f.code()
	f.clock.Advance(int(authCodeLifetime / time.Millisecond))
	st, _ = f.exchange(stale)
	assert.Equal(t, http.StatusBadRequest, st, "codes expire")
}

func TestAuthorizeShortcut(t *testing.T) {
	t.Parallel()
	f := newOAuthFixture(t)
	bob := f.srv.NewUser(nil, "bob@example.com", "Bob")
	u, err := f.srv.Authorize(f.authorizeURL(nil), bob)
	require.NoError(t, err)
	assert.Equal(t, "s1", u.Query().Get("state"))
	_, body := f.exchange(u.Query().Get("code"))
	me := call(t, f.srv, body["access_token"].(string), "GET", "/people/me", nil)
	assert.Equal(t, "Bob", me.body["displayName"])

	_, err = f.srv.Authorize(f.srv.URL()+"/authorize?client_id=nope", bob)
	assert.Error(t, err)
}
