package webextest

import (
	"encoding/base64"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// parseMax reads the max query parameter. def is the default; values
// above limit are rejected with 400 when strict, otherwise clamped.
func (c *reqCtx) parseMax(def, limit int, strict bool) (int, bool) {
	q := c.r.URL.Query()
	if _, present := q["max"]; !present {
		return def, true
	}
	raw := strings.TrimSpace(q.Get("max"))
	n, err := strconv.Atoi(raw)
	if err != nil {
		f, ferr := strconv.ParseFloat(raw, 64)
		if ferr != nil || f != float64(int(f)) {
			c.fail(http.StatusBadRequest, "Invalid max value %q: must be a positive integer.", raw)
			return 0, false
		}
		n = int(f)
	}
	if n < 1 {
		c.fail(http.StatusBadRequest, "Invalid max value %q: must be a positive integer.", raw)
		return 0, false
	}
	if n > limit {
		if strict {
			c.fail(http.StatusBadRequest, "max must be between 1 and %d, inclusive.", limit)
			return 0, false
		}
		n = limit
	}
	return n, true
}

// nextLink sets the Link header to the current URL with the given query
// changes applied (an empty value deletes the parameter).
func (c *reqCtx) nextLink(changes map[string]string) {
	q := c.r.URL.Query()
	for k, v := range changes {
		if v == "" {
			q.Del(k)
		} else {
			q.Set(k, v)
		}
	}
	scheme := "http"
	if c.r.TLS != nil {
		scheme = "https"
	}
	u := url.URL{Scheme: scheme, Host: c.r.Host, Path: c.r.URL.Path, RawQuery: q.Encode()}
	c.w.Header().Set("Link", "<"+u.String()+">; rel=\"next\"")
}

// offsetCursor reads the opaque cursor parameter used by offset-paged lists.
func (c *reqCtx) offsetCursor() (int, bool) {
	raw := c.query("cursor")
	if raw == "" {
		return 0, true
	}
	b, err := base64.RawURLEncoding.DecodeString(raw)
	if err == nil {
		if s, ok := strings.CutPrefix(string(b), "offset:"); ok {
			if n, err := strconv.Atoi(s); err == nil && n >= 0 {
				return n, true
			}
		}
	}
	c.fail(http.StatusBadRequest, "Invalid cursor.")
	return 0, false
}

// pageOffset returns the page of items selected by the cursor and max, and
// sets the Link header when more remain. ok is false after an error reply.
func pageOffset[T any](c *reqCtx, items []T, max int) ([]T, bool) {
	off, ok := c.offsetCursor()
	if !ok {
		return nil, false
	}
	if off > len(items) {
		off = len(items)
	}
	end := off + max
	if end < len(items) {
		cur := base64.RawURLEncoding.EncodeToString([]byte("offset:" + strconv.Itoa(end)))
		c.nextLink(map[string]string{"cursor": cur, "max": strconv.Itoa(max)})
	} else {
		end = len(items)
	}
	return items[off:end], true
}
