package webextest

import (
	"fmt"
	"net/http"
	"time"
)

// chain composes a route's middleware around its handler, outermost
// first:
//
//  1. fault: an injected Fault for the route's key (before anything else,
//     so a fault hits unauthenticated requests too);
//  2. auth: the route's auth mode (bearer token by default, none, or an
//     OAuth client's id and secret in the form body);
//  3. scopes: every scope the route needs, on the bearer token;
//  4. rate limit: WithRateLimit / SetRateLimit for the route's key, per
//     token (per client for client-secret routes).
func (s *Server) chain(rt *route) func(*reqCtx) {
	h := s.rateLimited(rt.h)
	if len(rt.scopes) > 0 {
		h = scoped(h)
	}
	switch rt.auth {
	case authModeNone:
	case authModeClientSecret:
		h = s.clientAuthenticated(h)
	default:
		h = s.bearerAuthenticated(h)
	}
	return s.faulted(h)
}

// faulted applies an injected fault before next.
func (s *Server) faulted(next func(*reqCtx)) func(*reqCtx) {
	return func(c *reqCtx) {
		if f := s.faults.take(c.route.key); f != nil && s.applyFault(c, f, next) {
			return
		}
		next(c)
	}
}

// bearerAuthenticated resolves the bearer token before next.
func (s *Server) bearerAuthenticated(next func(*reqCtx)) func(*reqCtx) {
	return func(c *reqCtx) {
		if s.authenticate(c) {
			next(c)
		}
	}
}

// clientAuthenticated checks the OAuth client's credentials before next.
func (s *Server) clientAuthenticated(next func(*reqCtx)) func(*reqCtx) {
	return func(c *reqCtx) {
		if s.authenticateClient(c) {
			next(c)
		}
	}
}

// scoped checks the route's scopes on the token before next.
func scoped(next func(*reqCtx)) func(*reqCtx) {
	return func(c *reqCtx) {
		for _, sc := range c.route.scopes {
			if c.tok == nil || !c.tok.hasScope(sc) {
				c.fail(http.StatusForbidden, "The access token does not have the required scope: %s", sc)
				return
			}
		}
		next(c)
	}
}

// rateLimited answers 429 with Retry-After past the route's limit.
func (s *Server) rateLimited(next func(*reqCtx)) func(*reqCtx) {
	return func(c *reqCtx) {
		who := c.client
		if c.tok != nil {
			who = c.tok.value
		}
		if wait, limited := s.limiter.allow(c.route.key, who, s.now()); limited {
			secs := max(int((wait+time.Second-1)/time.Second), 1)
			c.w.Header().Set("Retry-After", fmt.Sprint(secs))
			c.fail(http.StatusTooManyRequests, msgRateLimited)
			return
		}
		next(c)
	}
}
