package httpx

import (
	"context"
	"fmt"
	"iter"
	"net/http"
	"net/url"
	"strings"
)

// GetPage fetches one page of the list r describes. With pageURL empty it
// fetches the first page; otherwise it fetches pageURL (a Page.NextURL),
// which must be on the API host. Filters of r.Query that the next link
// dropped (Webex drops mentionedPeople, for one) are restored.
func GetPage[T any](ctx context.Context, c *Client, r *Request, pageURL string) (*Page[T], error) {
	if err := c.ready(); err != nil {
		return nil, err
	}
	req := *r
	if pageURL != "" {
		u, err := c.resolveNext(pageURL, r.Query)
		if err != nil {
			return nil, err
		}
		req.URL = u
	}
	resp, err := c.Send(ctx, &req)
	if err != nil {
		return nil, err
	}
	defer drainAndClose(resp.Body)
	var wire struct {
		Items []T `json:"items"`
	}
	if err := decodeJSON(resp.Body, resp.ContentLength, c.maxBody, &wire); err != nil {
		return nil, c.decodeError(r, "decoding page", err)
	}
	return &Page[T]{Items: wire.Items, NextURL: NextLink(resp.Header)}, nil
}

// resolveNext parses a next-page URL, refuses it when it is not on the API
// host and puts back the filters of query it lost.
func (c *Client) resolveNext(pageURL string, query url.Values) (*url.URL, error) {
	u, err := url.Parse(pageURL)
	if err != nil {
		return nil, fmt.Errorf("webex: invalid next-page URL: %w", err)
	}
	u = c.base.ResolveReference(u)
	if !c.Trusted(u) {
		return nil, fmt.Errorf("%w: next-page link to %s://%s (API host is %s)", ErrUntrustedURL, u.Scheme, u.Host, c.base.Host)
	}
	if len(query) == 0 {
		return u, nil
	}
	q := u.Query()
	changed := false
	for k, v := range query {
		if _, ok := q[k]; !ok {
			q[k] = v
			changed = true
		}
	}
	if changed {
		u.RawQuery = q.Encode()
	}
	return u, nil
}

// List returns an iterator over every item of the list r describes. No
// request is made until it is ranged over; it follows each page's
// rel="next" link; it stops when the loop breaks; on an error it yields
// (nil, err) once and stops.
func List[T any](ctx context.Context, c *Client, r *Request) iter.Seq2[*T, error] {
	return func(yield func(*T, error) bool) {
		next := ""
		for {
			page, err := GetPage[T](ctx, c, r, next)
			if err != nil {
				yield(nil, err)
				return
			}
			for i := range page.Items {
				if !yield(&page.Items[i], nil) {
					return
				}
			}
			if page.NextURL == "" {
				return
			}
			next = page.NextURL
		}
	}
}

// Fail returns an iterator that yields err once. List methods use it for
// invalid parameters, so that the error surfaces where the caller ranges.
func Fail[T any](err error) iter.Seq2[*T, error] {
	return func(yield func(*T, error) bool) { yield(nil, err) }
}

// NextLink returns the target of the rel="next" entry of the Link headers,
// or "".
func NextLink(h http.Header) string {
	for _, v := range h.Values("Link") {
		for len(v) > 0 {
			v = strings.TrimLeft(v, " \t,")
			if !strings.HasPrefix(v, "<") {
				break
			}
			end := strings.IndexByte(v, '>')
			if end < 0 {
				break
			}
			target := v[1:end]
			v = v[end+1:]
			params := v
			if i := strings.Index(v, ",<"); i >= 0 {
				params, v = v[:i], v[i+1:]
			} else if i := strings.Index(v, ", <"); i >= 0 {
				params, v = v[:i], v[i+1:]
			} else {
				v = ""
			}
			for _, p := range strings.Split(params, ";") {
				name, val, ok := strings.Cut(strings.TrimSpace(p), "=")
				if !ok || !strings.EqualFold(strings.TrimSpace(name), "rel") {
					continue
				}
				for _, rel := range strings.Fields(strings.Trim(strings.TrimSpace(val), `"`)) {
					if strings.EqualFold(rel, "next") {
						return target
					}
				}
			}
		}
	}
	return ""
}
