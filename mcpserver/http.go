package mcpserver

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/modelcontextprotocol/go-sdk/auth"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// DefaultIdleTimeout is how long an HTTP session may stay idle before it
// is closed, unless HTTPOptions says otherwise.
const DefaultIdleTimeout = 30 * time.Minute

// HTTPOptions configures Server.HTTPHandler.
type HTTPOptions struct {
	// IdleTimeout closes a session that received no request for this
	// long; zero means DefaultIdleTimeout.
	IdleTimeout time.Duration
	// AllowedOrigins are the browser origins (scheme://host[:port]) whose
	// requests are served. A request carrying any other Origin header is
	// refused with 403, against cross-site use and DNS rebinding; requests
	// without one (MCP clients that are not browsers) are served.
	AllowedOrigins []string
}

// HTTPHandler serves MCP over streamable HTTP. Each request's bearer key
// selects the agent whose key_sha256 matches; a missing or unknown key gets
// 401 with a WWW-Authenticate: Bearer challenge. Each session has its own
// MCP server (its toolsets are its own) and stays bound to the agent that
// opened it: a request with another agent's key cannot use it.
func (s *Server) HTTPHandler(opts *HTTPOptions) http.Handler {
	if opts == nil {
		opts = &HTTPOptions{}
	}
	idle := opts.IdleTimeout
	if idle <= 0 {
		idle = DefaultIdleTimeout
	}
	verify := func(_ context.Context, key string, _ *http.Request) (*auth.TokenInfo, error) {
		a, ok := s.policy.agentByKeyHash(KeyHash(key))
		if !ok {
			return nil, fmt.Errorf("%w: unknown key", auth.ErrInvalidToken)
		}
		if _, served := s.agents[a.Name]; !served {
			return nil, fmt.Errorf("%w: agent not served", auth.ErrInvalidToken)
		}
		return &auth.TokenInfo{UserID: a.Name}, nil
	}
	h := mcp.NewStreamableHTTPHandler(func(r *http.Request) *mcp.Server {
		ti := auth.TokenInfoFromContext(r.Context())
		if ti == nil {
			return nil
		}
		rt, ok := s.agents[ti.UserID]
		if !ok {
			return nil
		}
		if r.Header.Get("Mcp-Session-Id") != "" {
			// go-sdk asks on every request, but uses the server only to
			// open a session: a request of an open session gets the
			// agent's shared one, not a new one built for nothing.
			return rt.shared()
		}
		return newSession(rt).ms
	}, &mcp.StreamableHTTPOptions{SessionTimeout: idle})
	authed := auth.RequireBearerToken(verify, &auth.RequireBearerTokenOptions{AllowMissingExpiration: true})(h)
	return checkOrigin(opts.AllowedOrigins, challenge(authed))
}

// challenge adds "WWW-Authenticate: Bearer" to 401 answers that lack one.
func challenge(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(&challengeWriter{ResponseWriter: w}, r)
	})
}

type challengeWriter struct{ http.ResponseWriter }

func (w *challengeWriter) WriteHeader(code int) {
	if code == http.StatusUnauthorized && w.Header().Get("WWW-Authenticate") == "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="webex-mcp"`)
	}
	w.ResponseWriter.WriteHeader(code)
}

// Flush lets streamed answers (SSE) through.
func (w *challengeWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// Unwrap gives http.ResponseController the underlying writer.
func (w *challengeWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// checkOrigin refuses requests whose Origin header is not allowed.
func checkOrigin(allowed []string, next http.Handler) http.Handler {
	norm := make([]string, len(allowed))
	for i, o := range allowed {
		norm[i] = strings.ToLower(strings.TrimRight(o, "/"))
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if o := r.Header.Get("Origin"); o != "" && !slices.Contains(norm, strings.ToLower(o)) {
			http.Error(w, "origin not allowed", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}
