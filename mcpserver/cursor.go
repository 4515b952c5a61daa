package mcpserver

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"strings"
)

// cursors seals next-page URLs into opaque cursors bound to one agent and
// one tool. An agent cannot forge a cursor to read a list it was not given
// (another space's messages, say): the URL would be followed as is.
type cursors struct{ key []byte }

func newCursors() *cursors {
	k := make([]byte, 32)
	_, _ = rand.Read(k) // crypto/rand.Read never fails
	return &cursors{key: k}
}

func (c *cursors) mac(agent, tool, url string) []byte {
	m := hmac.New(sha256.New, c.key)
	m.Write([]byte(agent))
	m.Write([]byte{0})
	m.Write([]byte(tool))
	m.Write([]byte{0})
	m.Write([]byte(url))
	return m.Sum(nil)
}

// seal returns the cursor for the next page at url, or "" for none.
func (c *cursors) seal(agent, tool, url string) string {
	if url == "" {
		return ""
	}
	enc := base64.RawURLEncoding
	return enc.EncodeToString([]byte(url)) + "." + enc.EncodeToString(c.mac(agent, tool, url))
}

var errBadCursor = errors.New("invalid cursor: pass back exactly the nextCursor a previous call of this same tool returned, or omit it for the first page")

// open returns the next-page URL of a cursor ("" for an empty cursor).
func (c *cursors) open(agent, tool, cursor string) (string, error) {
	if cursor == "" {
		return "", nil
	}
	enc := base64.RawURLEncoding
	u, m, ok := strings.Cut(cursor, ".")
	if !ok {
		return "", errBadCursor
	}
	url, err1 := enc.DecodeString(u)
	mac, err2 := enc.DecodeString(m)
	if err1 != nil || err2 != nil || !hmac.Equal(mac, c.mac(agent, tool, string(url))) {
		return "", errBadCursor
	}
	return string(url), nil
}
