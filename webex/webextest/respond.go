package webextest

import (
	"encoding/json"
	"io"
	"net/http"
	"strconv"
)

// maxJSONBody bounds JSON request bodies.
const maxJSONBody = 1 << 20

// writeJSON writes v with status.
func (c *reqCtx) writeJSON(status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		c.fail(http.StatusInternalServerError, "Internal server error.")
		return
	}
	h := c.w.Header()
	h.Set("Content-Type", "application/json;charset=UTF-8")
	h.Set("Content-Length", strconv.Itoa(len(b)))
	c.w.WriteHeader(status)
	_, _ = c.w.Write(b)
}

// ok writes a 200 JSON response.
func (c *reqCtx) ok(v any) { c.writeJSON(http.StatusOK, v) }

// listBody is the Webex list envelope.
type listBody[T any] struct {
	Items []T `json:"items"`
}

// okList writes {"items":[...]} (never null).
func okList[T any](c *reqCtx, items []T) {
	if items == nil {
		items = []T{}
	}
	c.ok(listBody[T]{Items: items})
}

// decode reads a JSON object body into v, writing a 400 and returning
// false when it is missing or malformed.
func (c *reqCtx) decode(v any) bool {
	b, err := io.ReadAll(io.LimitReader(c.r.Body, maxJSONBody+1))
	if err != nil {
		c.fail(http.StatusBadRequest, "Unable to read the request body.")
		return false
	}
	if len(b) > maxJSONBody {
		c.fail(http.StatusRequestEntityTooLarge, "The request body is too large.")
		return false
	}
	if err := json.Unmarshal(b, v); err != nil {
		c.fail(http.StatusBadRequest, "Malformed JSON in the request body: %v", err)
		return false
	}
	return true
}

// query returns a query parameter.
func (c *reqCtx) query(name string) string { return c.r.URL.Query().Get(name) }
