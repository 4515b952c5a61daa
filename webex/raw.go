package webex

import (
	"context"
	"io"
	"iter"
	"net/url"
	"strings"

	"github.com/gowebex/sdk/internal/httpx"
)

// Request is a call to any Webex endpoint, for those the SDK does not wrap
// (organizations, licenses, roles, devices, calling…). [Client.Do],
// [List] and [ListPage] send it with everything the SDK's own methods get:
// the token, rate limits, retries, typed errors, the host rules and
// per-call settings ([WithHeader], [WithCallInfo]).
type Request struct {
	// Method is the HTTP method, such as http.MethodGet.
	Method string
	// Path is the path under the base URL, written as a template as the
	// Webex API reference spells it, such as "/licenses/{licenseId}".
	// Method and Path name the endpoint for rate limiting
	// ("GET /licenses/{licenseId}", the key WithRateLimit takes), so ids
	// go in Params rather than in Path.
	Path string
	// Params fill the {…} placeholders of Path, in order; each is path
	// escaped, and an empty one is an input error.
	Params []string
	// Query is sent as the query string: url.Values, or a struct (or a
	// pointer to one) whose fields have `url:"name"` tags, encoded as the
	// SDK's own list parameters are.
	Query any
	// Body, when non-nil, is sent as JSON.
	Body any
	// Stream, when non-nil, is sent as the body as it is, with
	// ContentType, instead of Body. It is read once, so such a request is
	// never retried; it is closed if it is an io.Closer.
	Stream      io.Reader
	ContentType string
}

// Do sends req and decodes the JSON answer into out, a pointer to a value
// of the caller's type (nil discards the answer). A non-2xx answer is an
// *[APIError], as from every SDK method; bad input (an empty id, a Path
// that is not a path) fails before anything is sent with an error matching
// [ErrInvalidInput]. Calls are retried exactly as the SDK's own: a POST is
// never sent twice.
func (c *Client) Do(ctx context.Context, req *Request, out any) error {
	core, r, err := c.raw(req)
	if err != nil {
		return err
	}
	_, err = core.Do(ctx, r, out)
	return err
}

// List returns an iterator over the items of the list req describes, a GET
// whose answer is {"items": [...]}, each decoded into a T: it follows the
// Link: <…>; rel="next" header of each page as the SDK's own lists do,
// only on the API host. On an error it yields (nil, err) once and stops.
func List[T any](ctx context.Context, c *Client, req *Request) iter.Seq2[*T, error] {
	core, r, err := c.raw(req)
	if err != nil {
		return httpx.Fail[T](err)
	}
	return httpx.List[T](ctx, core, r)
}

// ListPage returns one page of the list req describes: the first when
// pageURL is empty, otherwise the page at pageURL, a NextURL from an
// earlier page.
func ListPage[T any](ctx context.Context, c *Client, req *Request, pageURL string) (*Page[T], error) {
	core, r, err := c.raw(req)
	if err != nil {
		return nil, err
	}
	return httpx.GetPage[T](ctx, core, r, pageURL)
}

// raw checks req and turns it into a request of the core.
func (c *Client) raw(req *Request) (*httpx.Client, *httpx.Request, error) {
	if c == nil || c.core == nil {
		return nil, nil, httpx.Invalid("Client", "not created by NewClient")
	}
	if req == nil {
		return nil, nil, httpx.Invalid("Request", "is nil")
	}
	if req.Method == "" || strings.ContainsAny(req.Method, " \t\r\n/") {
		return nil, nil, httpx.Invalid("Request", "Method %q is not an HTTP method", req.Method)
	}
	if err := checkPath(req.Path); err != nil {
		return nil, nil, err
	}
	r := &httpx.Request{Method: strings.ToUpper(req.Method), Pattern: req.Path, Params: req.Params, Body: req.Body}
	switch q := req.Query.(type) {
	case nil:
	case url.Values:
		r.Query = q
	default:
		if r.Query = httpx.Query(q); r.Query == nil {
			return nil, nil, httpx.Invalid("Request", "Query must be url.Values or a struct with url tags, not %T", q)
		}
	}
	if req.Stream != nil {
		if req.Body != nil {
			return nil, nil, httpx.Invalid("Request", "takes Body or Stream, not both")
		}
		stream := req.Stream
		r.Stream = &httpx.Stream{ContentType: req.ContentType, Open: func() (io.ReadCloser, error) {
			if rc, ok := stream.(io.ReadCloser); ok {
				return rc, nil
			}
			return io.NopCloser(stream), nil
		}}
		if r.Stream.ContentType == "" {
			r.Stream.ContentType = "application/octet-stream"
		}
	}
	return c.core, r, nil
}

// checkPath accepts a path under the base URL: it starts with a slash and
// has no query, fragment, or dot segment that would climb out of the base.
func checkPath(p string) error {
	switch {
	case !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//"):
		return httpx.Invalid("Request", "Path %q must start with a single /", p)
	case strings.ContainsAny(p, "?#"):
		return httpx.Invalid("Request", "Path %q must not hold a query or fragment; use Query", p)
	}
	for _, seg := range strings.Split(p, "/") {
		if seg == "." || seg == ".." {
			return httpx.Invalid("Request", "Path %q must not hold . or .. segments", p)
		}
	}
	return nil
}
