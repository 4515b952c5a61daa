package webextest

import (
	"io"
	"mime"
	"net/http"
	"strconv"
)

// readFull reads exactly len(b) bytes.
func readFull(r io.Reader, b []byte) (int, error) { return io.ReadFull(r, b) }

// getContent serves GET and HEAD /contents/{id}: a file attached to a
// message the caller can see.
func (s *Server) getContent(c *reqCtx) {
	s.mu.RLock()
	var ct *content
	if u, ok := decodeTyped(c.params[0], typeContent); ok {
		ct = s.contents[u]
	}
	if ct == nil || ct.msg == nil || !ct.msg.visibleTo(c.me) {
		s.mu.RUnlock()
		c.failErr(errNotFound())
		return
	}
	name, typ, data := ct.filename, ct.contentType, ct.data
	s.mu.RUnlock()
	if typ == "" {
		typ = "application/octet-stream"
	}
	h := c.w.Header()
	h.Set("Content-Type", typ)
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	h.Set("Content-Length", strconv.Itoa(len(data)))
	c.w.WriteHeader(http.StatusOK)
	if c.r.Method != http.MethodHead {
		_, _ = c.w.Write(data)
	}
}
