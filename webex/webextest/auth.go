package webextest

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"net/http"
	"strings"
	"time"
)

// hasScope reports whether the token grants scope. spark:all grants every
// user-level spark:* scope, but not spark-admin:* or spark-compliance:*.
func (t *token) hasScope(scope string) bool {
	if t.scopes[scope] {
		return true
	}
	return strings.HasPrefix(scope, "spark:") && t.scopes[scopeAll]
}

// authMode says how a route authenticates its requests.
type authMode int

// The auth modes.
const (
	authModeBearer       authMode = iota // Authorization: Bearer <token> (the default)
	authModeNone                         // no authentication
	authModeClientSecret                 // client_id and client_secret form fields (OAuth)
)

// authenticate resolves the bearer token, writing 401 when it is missing,
// unknown, expired or its person was deleted.
func (s *Server) authenticate(c *reqCtx) bool {
	h := c.r.Header.Get("Authorization")
	scheme, value, ok := strings.Cut(strings.TrimSpace(h), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(value) == "" {
		c.fail(http.StatusUnauthorized, msgUnauthorized)
		return false
	}
	tok, me := s.lookupToken(strings.TrimSpace(value))
	if tok == nil {
		c.fail(http.StatusUnauthorized, msgUnauthorized)
		return false
	}
	c.tok, c.me = tok, me
	return true
}

// lookupToken returns a live token and its person, or nils when the token
// is unknown, expired or its person was deleted.
func (s *Server) lookupToken(value string) (*token, *person) {
	now := s.now()
	s.mu.RLock()
	defer s.mu.RUnlock()
	tok := s.tokens[value]
	if tok == nil || (!tok.expires.IsZero() && !now.Before(tok.expires)) {
		return nil, nil
	}
	me := tok.person
	if s.people[me.uuid] != me {
		return nil, nil // the person was deleted
	}
	return tok, me
}

// authenticateClient checks the client_id and client_secret form fields
// against the registered integrations, writing 401 on failure.
func (s *Server) authenticateClient(c *reqCtx) bool {
	if err := c.r.ParseForm(); err != nil {
		c.fail(http.StatusBadRequest, "Malformed form body.")
		return false
	}
	id, secret := c.r.PostForm.Get("client_id"), c.r.PostForm.Get("client_secret")
	s.mu.RLock()
	want, ok := s.integrations[id]
	s.mu.RUnlock()
	if id == "" || !ok || subtle.ConstantTimeCompare([]byte(want), []byte(secret)) != 1 {
		c.fail(http.StatusUnauthorized, "Invalid client_id or client_secret.")
		return false
	}
	c.client = id
	return true
}

// RegisterIntegration makes clientID and clientSecret valid credentials
// for the emulator's OAuth client-authenticated routes.
func (s *Server) RegisterIntegration(clientID, clientSecret string) {
	s.mu.Lock()
	s.integrations[clientID] = clientSecret
	s.mu.Unlock()
}

// SetTokenExpiry makes the token value expire at t: from then on requests
// with it get 401, as Webex answers an expired access token. The zero time
// makes it never expire (the default). Unknown tokens are ignored. The
// emulator's clock (WithClock) decides when t has passed.
func (s *Server) SetTokenExpiry(value string, t time.Time) {
	s.mu.Lock()
	if tok := s.tokens[value]; tok != nil {
		tok.expires = t
	}
	s.mu.Unlock()
}

// NewToken returns a new random access token for p carrying exactly the
// given scopes (e.g. "spark:messages_write"; "spark:all" grants every
// user-level spark:* scope). A token with no scopes authenticates but can
// only use endpoints that need none (webhooks).
func (s *Server) NewToken(p *Person, scopes ...string) string {
	var b [32]byte
	_, _ = rand.Read(b[:])
	v := "WXT_" + base64.RawURLEncoding.EncodeToString(b[:])
	s.RegisterToken(v, p, scopes...)
	return v
}

// RegisterToken makes value an access token for p carrying scopes. It
// replaces any existing token with the same value. Use it to give tokens
// fixed, well-known strings.
func (s *Server) RegisterToken(value string, p *Person, scopes ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	pp := s.mustPerson(p)
	set := make(map[string]bool, len(scopes))
	for _, sc := range scopes {
		set[sc] = true
	}
	s.tokens[value] = &token{value: value, person: pp, scopes: set}
}

// RevokeToken invalidates a token; later requests with it get 401.
func (s *Server) RevokeToken(value string) {
	s.mu.Lock()
	delete(s.tokens, value)
	s.mu.Unlock()
}
