package webextest

import (
	"crypto/rand"
	"encoding/base64"
	"net/http"
	"strings"
)

// hasScope reports whether the token grants scope. spark:all grants every
// user-level spark:* scope, but not spark-admin:* or spark-compliance:*.
func (t *token) hasScope(scope string) bool {
	if t.scopes[scope] {
		return true
	}
	return strings.HasPrefix(scope, "spark:") && t.scopes[scopeAll]
}

// authenticate resolves the bearer token and checks the route's scopes,
// writing 401/403 on failure.
func (s *Server) authenticate(c *reqCtx) bool {
	h := c.r.Header.Get("Authorization")
	scheme, value, ok := strings.Cut(strings.TrimSpace(h), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(value) == "" {
		c.fail(http.StatusUnauthorized, msgUnauthorized)
		return false
	}
	value = strings.TrimSpace(value)
	s.mu.RLock()
	tok := s.tokens[value]
	var me *person
	if tok != nil {
		me = tok.person
		if s.people[me.uuid] != me {
			tok, me = nil, nil // the person was deleted
		}
	}
	s.mu.RUnlock()
	if tok == nil {
		c.fail(http.StatusUnauthorized, msgUnauthorized)
		return false
	}
	c.tok, c.me = tok, me
	for _, sc := range c.route.scopes {
		if !tok.hasScope(sc) {
			c.fail(http.StatusForbidden, "The access token does not have the required scope: %s", sc)
			return false
		}
	}
	return true
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
