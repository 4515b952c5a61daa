package mcpserver

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
)

// KeyHash returns the hex SHA-256 of an agent's HTTP key, the value of
// key_sha256 in the policy. Only the hash is stored; the key itself is a
// secret the agent's MCP client sends as "Authorization: Bearer <key>".
func KeyHash(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:])
}

// NewKey returns a new random HTTP key (256 bits, base64url) and its
// KeyHash, for `webex-mcp keygen`.
func NewKey() (key, hash string) {
	b := make([]byte, 32)
	_, _ = rand.Read(b) // crypto/rand.Read never fails
	key = base64.RawURLEncoding.EncodeToString(b)
	return key, KeyHash(key)
}

// AgentForKey returns the name of the agent whose HTTP key is key.
func (s *Server) AgentForKey(key string) (string, bool) {
	a, ok := s.policy.agentByKeyHash(KeyHash(key))
	if !ok {
		return "", false
	}
	return a.Name, true
}
