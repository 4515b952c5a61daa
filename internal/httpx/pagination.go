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
// dropped (Webex drops mentionedPeople, for one) are restored. The page's
// NextURL is absolute: a relative Link is resolved against the URL of the
// page that carried it (RFC 3986, section 5).
func GetPage[T any](ctx context.Context, c *Client, r *Request, pageURL string) (*Page[T], error) {
	if err := c.ready(); err != nil {
		return nil, err
	}
	var u *url.URL
	if pageURL != "" {
		var err error
		if u, err = c.resolveNext(pageURL, r.Query); err != nil {
			return nil, err
		}
	}
	p, _, err := getPage[T](ctx, c, r, u)
	return p, err
}

// getPage fetches the page at u (nil: the first page of r) and returns it
// with the URL it was read from.
func getPage[T any](ctx context.Context, c *Client, r *Request, u *url.URL) (*Page[T], *url.URL, error) {
	req := *r
	req.URL = u
	resp, err := c.Send(ctx, &req)
	if err != nil {
		return nil, nil, err
	}
	defer drainAndClose(resp.Body)
	var wire struct {
		Items []T `json:"items"`
	}
	if err := decodeJSON(resp.Body, resp.ContentLength, c.maxBody, &wire); err != nil {
		return nil, nil, c.decodeError(r, "decoding page", err)
	}
	fetched := resp.Request.URL
	next, err := resolveLink(fetched, NextLink(resp.Header))
	if err != nil {
		return nil, nil, fmt.Errorf("webex: %s %s: %w", r.Method, r.Pattern, err)
	}
	return &Page[T]{Items: wire.Items, NextURL: next}, fetched, nil
}

// resolveLink makes a Link target absolute against the URL of the page
// that carried it. An absolute target is kept exactly as given.
func resolveLink(page *url.URL, link string) (string, error) {
	if link == "" {
		return "", nil
	}
	ref, err := url.Parse(link)
	if err != nil {
		return "", fmt.Errorf("invalid next-page link: %w", err)
	}
	if ref.IsAbs() {
		return link, nil
	}
	return page.ResolveReference(ref).String(), nil
}

// pageKey names the page at u whatever the order of its query parameters,
// so that a next link back to a page already read is recognized.
func pageKey(u *url.URL) string {
	return u.Scheme + "://" + u.Host + u.EscapedPath() + "?" + u.Query().Encode()
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
// (nil, err) once and stops. A next link back to a page it has already
// read ends it with an error matching ErrPageLoop, instead of looping
// forever.
func List[T any](ctx context.Context, c *Client, r *Request) iter.Seq2[*T, error] {
	return func(yield func(*T, error) bool) {
		if err := c.ready(); err != nil {
			yield(nil, err)
			return
		}
		var next *url.URL
		var seen map[string]struct{}
		for {
			page, fetched, err := getPage[T](ctx, c, r, next)
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
			if next, err = c.resolveNext(page.NextURL, r.Query); err != nil {
				yield(nil, err)
				return
			}
			if seen == nil {
				seen = map[string]struct{}{}
			}
			seen[pageKey(fetched)] = struct{}{}
			if _, ok := seen[pageKey(next)]; ok {
				yield(nil, fmt.Errorf("%w: %s %s: %s", ErrPageLoop, r.Method, r.Pattern, next.Redacted()))
				return
			}
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
//
// Why hand-written: the standard library has no Link parser (RFC 8288),
// and the most used one, github.com/tomnomnom/linkheader, splits the
// header on every comma and compares rel as a whole string, so a target
// holding a comma (a cursor may) breaks and rel="next last" is missed.
// This one reads each <target> whole, finds next among several rel
// values in any case, and allocates nothing.
//
// Why hand-written: the target is taken whole from between < and > before
// any splitting, so a comma inside it survives. Webex's next links carry
// commas (people?id=A,B, mentionedPeople lists), and the small Link
// libraries split on commas first: github.com/peterhellberg/link, used by
// a peer SDK in bench/, deletes every comma not preceded by a quote, which
// turns id=A,B into id=AB. go-github parses Link by hand too.
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
