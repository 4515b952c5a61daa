package mcpserver

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"

	"github.com/modelcontextprotocol/go-sdk/auth"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// KeyHash returns the hex SHA-256 of an agent's HTTP key, the value of
// key_sha256 in the policy. Only the hash is stored; the key itself is a
// secret the agent's MCP client sends as "Authorization: Bearer <key>".
func KeyHash(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:])
}

// HTTPHandler serves MCP over streamable HTTP. Each request's bearer key
// selects the agent whose key_sha256 matches; a missing or unknown key gets
// 401. A session stays bound to the agent that opened it: a request with
// another agent's key cannot use it.
func (s *Server) HTTPHandler() http.Handler {
	verify := func(_ context.Context, key string, _ *http.Request) (*auth.TokenInfo, error) {
		a, ok := s.policy.agentByKeyHash(KeyHash(key))
		if !ok {
			return nil, fmt.Errorf("%w: unknown key", auth.ErrInvalidToken)
		}
		return &auth.TokenInfo{UserID: a.Name}, nil
	}
	h := mcp.NewStreamableHTTPHandler(func(r *http.Request) *mcp.Server {
		ti := auth.TokenInfoFromContext(r.Context())
		if ti == nil {
			return nil
		}
		if rt, ok := s.agents[ti.UserID]; ok {
			return rt.mcp
		}
		return nil
	}, nil)
	return auth.RequireBearerToken(verify, &auth.RequireBearerTokenOptions{AllowMissingExpiration: true})(h)
}

// AgentForKey returns the name of the agent whose HTTP key is key.
func (s *Server) AgentForKey(key string) (string, bool) {
	a, ok := s.policy.agentByKeyHash(KeyHash(key))
	if !ok {
		return "", false
	}
	return a.Name, true
}
