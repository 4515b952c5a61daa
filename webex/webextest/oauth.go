package webextest

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// The lifetimes Webex gives an integration's tokens, and an authorization
// code's.
const (
	// DefaultAccessTokenLifetime is how long an access token from
	// /access_token lives: 14 days, as on Webex.
	DefaultAccessTokenLifetime = 14 * 24 * time.Hour
	// DefaultRefreshTokenLifetime is how long a refresh token lives: 90
	// days, as on Webex.
	DefaultRefreshTokenLifetime = 90 * 24 * time.Hour
	// authCodeLifetime is how long a code from /authorize may be exchanged.
	authCodeLifetime = 10 * time.Minute
)

// ConsentParam is the query parameter of GET /v1/authorize that stands for
// the person signing in and approving: its value is their email address.
// With it the emulator redirects at once, as Webex does after a person
// clicks Accept, so that a test (or curl) needs no browser; without it
// /authorize serves a small consent page whose form sets it. Real Webex
// ignores it.
const ConsentParam = "webextest_consent"

// oauthState is the emulator's OAuth server: codes waiting to be exchanged
// and live refresh tokens. Server.mu guards it.
type oauthState struct {
	accessTTL  time.Duration
	refreshTTL time.Duration
	codes      map[string]*oauthGrant
	refresh    map[string]*oauthGrant
}

// oauthGrant is what a person approved for a client: held by a code until
// it is exchanged, then by the refresh token.
type oauthGrant struct {
	client   string
	redirect string // codes only: the redirect_uri the code was sent to
	person   *person
	scopes   []string
	expires  time.Time
}

// newOAuthState returns an OAuth server with Webex's lifetimes.
func newOAuthState() *oauthState {
	return &oauthState{
		accessTTL:  DefaultAccessTokenLifetime,
		refreshTTL: DefaultRefreshTokenLifetime,
		codes:      map[string]*oauthGrant{},
		refresh:    map[string]*oauthGrant{},
	}
}

// addOAuthRoutes registers Webex's OAuth endpoints for integrations.
func (s *Server) addOAuthRoutes() {
	s.handle("GET /v1/authorize", s.authorize, authNone())
	s.handle("POST /v1/access_token", s.accessToken, authClientSecret())
}

// SetOAuthTokenLifetimes sets how long the access and refresh tokens that
// /access_token issues from now on live (by default
// DefaultAccessTokenLifetime and DefaultRefreshTokenLifetime); zero keeps a
// lifetime as it is. An expired access token is answered 401, and an
// expired refresh token is refused with invalid_grant.
func (s *Server) SetOAuthTokenLifetimes(access, refresh time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if access > 0 {
		s.oauth.accessTTL = access
	}
	if refresh > 0 {
		s.oauth.refreshTTL = refresh
	}
}

// Authorize is the consent shortcut for tests: it does what GET
// /v1/authorize does when person p signs in and accepts, for authURL, a URL
// built by an oauth2.Config such as conf.AuthCodeURL(state). It returns the
// URL Webex would redirect the browser to: the integration's redirect_uri
// with the code and state, or with an error such as invalid_scope.
func (s *Server) Authorize(authURL string, p *Person) (*url.URL, error) {
	u, err := url.Parse(authURL)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	redirect, aerr := s.consentLocked(u.Query(), s.mustPerson(p))
	if aerr != nil {
		return nil, errors.New("webextest: Authorize: " + aerr.msg)
	}
	return redirect, nil
}

// authorize serves GET /v1/authorize: the consent page, or, with
// ConsentParam, the redirect back to the integration.
func (s *Server) authorize(c *reqCtx) {
	q := c.r.URL.Query()
	email := q.Get(ConsentParam)
	if email == "" || q.Get("decision") == "deny" {
		s.mu.RLock()
		_, aerr := s.checkAuthRequestLocked(q)
		s.mu.RUnlock()
		if aerr != nil {
			c.failErr(aerr)
			return
		}
		if email != "" { // the person clicked Decline
			redirectTo(c, authRedirect(q, url.Values{"error": {"access_denied"}}))
			return
		}
		writeConsentPage(c, q)
		return
	}
	s.mu.Lock()
	p := s.byEmail[emailKey(email)]
	if p == nil {
		s.mu.Unlock()
		c.fail(http.StatusBadRequest, "No such user: %s.", email)
		return
	}
	redirect, aerr := s.consentLocked(q, p)
	s.mu.Unlock()
	if aerr != nil {
		c.failErr(aerr)
		return
	}
	redirectTo(c, redirect)
}

// checkAuthRequestLocked checks the client and redirect_uri of an
// authorization request; a failure there is answered without a redirect
// (RFC 6749 §4.1.2.1). Callers hold mu.
func (s *Server) checkAuthRequestLocked(q url.Values) (*url.URL, *apiError) {
	if _, ok := s.integrations[q.Get("client_id")]; !ok {
		return nil, errf(http.StatusBadRequest, "Unknown client_id %q: register the integration first.", q.Get("client_id"))
	}
	u, err := url.Parse(q.Get("redirect_uri"))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, errf(http.StatusBadRequest, "redirect_uri must be an absolute http or https URL.")
	}
	return u, nil
}

// consentLocked records p's approval of the authorization request q and
// returns the redirect carrying a new code, or carrying an error for a bad
// response_type or scope. Callers hold mu.
func (s *Server) consentLocked(q url.Values, p *person) (*url.URL, *apiError) {
	if _, aerr := s.checkAuthRequestLocked(q); aerr != nil {
		return nil, aerr
	}
	if q.Get("response_type") != "code" {
		return authRedirect(q, url.Values{"error": {"unsupported_response_type"}}), nil
	}
	scopes := strings.Fields(q.Get("scope"))
	if len(scopes) == 0 {
		return authRedirect(q, url.Values{"error": {"invalid_scope"}, "error_description": {"The scope parameter is required."}}), nil
	}
	code := randomToken()
	s.oauth.codes[code] = &oauthGrant{client: q.Get("client_id"), redirect: q.Get("redirect_uri"), person: p,
		scopes: scopes, expires: s.now().Add(authCodeLifetime)}
	return authRedirect(q, url.Values{"code": {code}}), nil
}

// authRedirect returns q's redirect_uri with params and q's state added.
func authRedirect(q url.Values, params url.Values) *url.URL {
	u, _ := url.Parse(q.Get("redirect_uri"))
	v := u.Query()
	for k, vs := range params {
		v[k] = vs
	}
	if st := q.Get("state"); st != "" {
		v.Set("state", st)
	}
	u.RawQuery = v.Encode()
	return u
}

// redirectTo answers 302 to u.
func redirectTo(c *reqCtx, u *url.URL) {
	c.w.Header().Set("Location", u.String())
	c.w.WriteHeader(http.StatusFound)
}

// tokenResponse is the body of a successful /access_token.
type tokenResponse struct {
	AccessToken           string `json:"access_token"`
	ExpiresIn             int64  `json:"expires_in"`
	RefreshToken          string `json:"refresh_token"`
	RefreshTokenExpiresIn int64  `json:"refresh_token_expires_in"`
	TokenType             string `json:"token_type"`
	Scope                 string `json:"scope"`
}

// accessToken serves POST /v1/access_token for the authorization_code and
// refresh_token grants. Each refresh rotates the refresh token: the one
// presented stops working and a new one is returned with the new access
// token. An access token already issued lives until it expires.
func (s *Server) accessToken(c *reqCtx) {
	form := c.r.PostForm // parsed by the client-secret authentication
	now := s.now()
	s.mu.Lock()
	defer s.mu.Unlock()
	var g *oauthGrant
	switch form.Get("grant_type") {
	case "authorization_code":
		code := form.Get("code")
		g = s.oauth.codes[code]
		delete(s.oauth.codes, code) // a code is good for one exchange
		switch {
		case g == nil || g.client != c.client || !now.Before(g.expires):
			oauthFail(c, "invalid_grant", "The authorization code is unknown, expired, already used or another client's.")
			return
		case form.Get("redirect_uri") != g.redirect:
			oauthFail(c, "invalid_grant", "redirect_uri differs from the one the code was sent to.")
			return
		}
	case "refresh_token":
		rt := form.Get("refresh_token")
		g = s.oauth.refresh[rt]
		if g == nil || g.client != c.client || !now.Before(g.expires) {
			oauthFail(c, "invalid_grant", "The refresh token is unknown, expired, already used or another client's.")
			return
		}
		delete(s.oauth.refresh, rt)
	default:
		oauthFail(c, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token.")
		return
	}
	if s.people[g.person.uuid] != g.person {
		oauthFail(c, "invalid_grant", "The person who approved the integration no longer exists.")
		return
	}
	access, refresh := randomToken(), randomToken()
	set := make(map[string]bool, len(g.scopes))
	for _, sc := range g.scopes {
		set[sc] = true
	}
	s.tokens[access] = &token{value: access, person: g.person, scopes: set, expires: now.Add(s.oauth.accessTTL)}
	s.oauth.refresh[refresh] = &oauthGrant{client: g.client, person: g.person, scopes: g.scopes, expires: now.Add(s.oauth.refreshTTL)}
	c.w.Header().Set("Cache-Control", "no-store")
	c.ok(tokenResponse{
		AccessToken: access, ExpiresIn: int64(s.oauth.accessTTL / time.Second),
		RefreshToken: refresh, RefreshTokenExpiresIn: int64(s.oauth.refreshTTL / time.Second),
		TokenType: "Bearer", Scope: strings.Join(g.scopes, " "),
	})
}

// oauthFail answers 400 with an OAuth error (RFC 6749 §5.2), which
// golang.org/x/oauth2 reports as *oauth2.RetrieveError, plus Webex's
// message and trackingId.
func oauthFail(c *reqCtx, code, description string) {
	b, _ := json.Marshal(map[string]string{"error": code, "error_description": description,
		"message": description, "trackingId": c.tid})
	h := c.w.Header()
	h.Set("Content-Type", "application/json;charset=UTF-8")
	h.Set("Content-Length", strconv.Itoa(len(b)))
	c.w.WriteHeader(http.StatusBadRequest)
	_, _ = c.w.Write(b)
}

// randomToken returns a new random token or code value.
func randomToken() string {
	var b [32]byte
	_, _ = rand.Read(b[:])
	return base64.RawURLEncoding.EncodeToString(b[:])
}
