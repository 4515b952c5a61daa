package httpx

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"

	retryablehttp "github.com/hashicorp/go-retryablehttp"
)

// Request describes one call to a Webex endpoint.
type Request struct {
	// Method is the HTTP method.
	Method string
	// Pattern is the path template under the base URL as the Webex API
	// reference spells it, such as "/messages/{messageId}". Method and
	// Pattern together name the endpoint for rate limiting.
	Pattern string
	// Params fill the {…} placeholders of Pattern, in order. Each is path
	// escaped; an empty one is an error, so that GET /messages/{messageId}
	// with no id never turns into GET /messages.
	Params []string
	// Query is sent as the query string.
	Query url.Values
	// Body, when non-nil, is sent as JSON.
	Body any
	// Stream, when non-nil, is a body that can be sent only once, such as a
	// multipart upload read from an io.Reader. Such requests are never
	// retried.
	Stream *Stream
	// URL, when set, is the absolute URL to request instead of Pattern and
	// Params (a next-page link). It must be on the API host.
	URL *url.URL
	// Header holds extra request headers, such as Webex's "password"
	// header for a protected meeting or an Accept for a file download.
	// They replace the client's own, but never Authorization.
	Header http.Header
}

// Stream is a request body produced on demand, at most once.
type Stream struct {
	ContentType string
	Open        func() (io.ReadCloser, error)
}

// Endpoint returns the rate-limit key of r, such as "GET /rooms/{roomId}".
func (r *Request) Endpoint() string { return r.Method + " " + r.Pattern }

// target returns the URL r is sent to.
func (c *Client) target(r *Request) (string, error) {
	if r.URL != nil {
		if !c.Trusted(r.URL) {
			return "", fmt.Errorf("%w: %s://%s is not %s://%s", ErrUntrustedURL, r.URL.Scheme, r.URL.Host, c.base.Scheme, c.base.Host)
		}
		return r.URL.String(), nil
	}
	path, err := expand(r.Pattern, r.Params)
	if err != nil {
		return "", Invalid(r.Method+" "+r.Pattern, "%s", err)
	}
	if len(r.Query) == 0 {
		return c.baseString + path, nil
	}
	return c.baseString + path + "?" + r.Query.Encode(), nil
}

// expand fills the {name} placeholders of pattern with params, path
// escaped.
func expand(pattern string, params []string) (string, error) {
	open := strings.IndexByte(pattern, '{')
	if open < 0 {
		if len(params) != 0 {
			return "", fmt.Errorf("takes no path parameters, got %d", len(params))
		}
		return pattern, nil
	}
	var b strings.Builder
	rest, i := pattern, 0
	for open >= 0 {
		end := strings.IndexByte(rest[open:], '}')
		if end < 0 {
			return "", errors.New("malformed path template")
		}
		name := rest[open+1 : open+end]
		if i >= len(params) {
			return "", fmt.Errorf("missing value for %s", name)
		}
		v := params[i]
		switch {
		case strings.TrimSpace(v) == "":
			return "", fmt.Errorf("%s is required", name)
		case v == "." || v == "..":
			return "", fmt.Errorf("%s %q is not a valid id", name, v)
		}
		v = url.PathEscape(v)
		if i == 0 && len(params) == 1 && !strings.Contains(rest[open+end+1:], "{") {
			// The common case, one id: a single allocation.
			return rest[:open] + v + rest[open+end+1:], nil
		}
		b.WriteString(rest[:open])
		b.WriteString(v)
		rest = rest[open+end+1:]
		open = strings.IndexByte(rest, '{')
		i++
	}
	b.WriteString(rest)
	if i != len(params) {
		return "", fmt.Errorf("takes %d path parameters, got %d", i, len(params))
	}
	return b.String(), nil
}

// Send performs r and returns the response with its body open for the
// caller to read and close. A non-2xx answer is returned as an *APIError
// (with the body already consumed); when retries run out, the error is the
// last one Webex gave.
func (c *Client) Send(ctx context.Context, r *Request) (*http.Response, error) {
	if err := c.ready(); err != nil {
		return nil, err
	}
	if ctx == nil {
		return nil, Invalid(r.Method+" "+r.Pattern, "nil context")
	}
	opts := optsFrom(ctx)
	cc := &callCtx{Context: ctx, client: c, ci: callInfo{endpoint: c.endpoint(r.Method, r.Pattern), noRetry: r.Stream != nil}}
	if opts == nil {
		return c.send(cc, r, nil)
	}
	cc.ci.noRetry = cc.ci.noRetry || opts.noRetry
	resp, err := c.send(cc, r, opts)
	if opts.info != nil {
		cc.ci.fill(opts.info, err)
	}
	return resp, err
}

// send is Send once the call's context is built.
func (c *Client) send(ctx *callCtx, r *Request, opts *callOpts) (*http.Response, error) {
	if opts != nil && opts.err != nil {
		return nil, opts.err
	}
	target, err := c.target(r)
	if err != nil {
		return nil, err
	}
	hreq, err := http.NewRequestWithContext(ctx, r.Method, target, nil)
	if err != nil {
		return nil, fmt.Errorf("webex: %s %s: %w", r.Method, r.Pattern, err)
	}
	hreq.Header["Accept"] = acceptJSON
	if c.userAgent != nil {
		hreq.Header["User-Agent"] = c.userAgent
	}
	for k, v := range r.Header {
		if k = http.CanonicalHeaderKey(k); k != "Authorization" {
			hreq.Header[k] = v
		}
	}
	if opts != nil {
		for k, v := range opts.header {
			hreq.Header[k] = v
		}
	}
	if c.Trusted(hreq.URL) {
		auth, err := c.auth.header()
		if err != nil {
			return nil, err
		}
		hreq.Header["Authorization"] = auth
		ctx.ci.authFresh = true
	}
	req, err := retryablehttp.FromRequest(hreq)
	if err != nil {
		return nil, err
	}
	switch {
	case r.Stream != nil:
		// The stream is handed to net/http as it is: go-retryablehttp would
		// open a ReaderFunc once just to measure it, and a stream can be
		// read only once. Such requests are never retried (ci.noRetry), and
		// the transport closes the body whatever happens.
		var body io.ReadCloser
		body, err = r.Stream.Open()
		if err != nil {
			return nil, fmt.Errorf("webex: %s %s: opening request body: %w", r.Method, r.Pattern, err)
		}
		hreq.Header["Content-Type"] = []string{r.Stream.ContentType}
		hreq.Body = body
	case r.Body != nil:
		var b []byte
		b, err = json.Marshal(r.Body)
		if err != nil {
			return nil, fmt.Errorf("webex: %s %s: encoding request: %w", r.Method, r.Pattern, err)
		}
		req.Header["Content-Type"] = contentJSON
		err = req.SetBody(b)
	}
	if err != nil {
		return nil, err
	}
	resp, err := c.retry.Do(req)
	if err != nil && resp != nil {
		drainAndClose(resp.Body) // the answer to a failed token refresh
	}
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		var ae *APIError
		if errors.As(err, &ae) {
			return nil, err
		}
		return nil, fmt.Errorf("webex: %s %s: %w", r.Method, hreq.URL.Path, err)
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		ae := newAPIError(resp, c.now())
		drainAndClose(resp.Body)
		if c.logger != nil {
			c.logger.LogAttrs(ctx, levelFor(ae.StatusCode), "webex request failed",
				slogAttrs(r.Endpoint(), ae)...)
		}
		return nil, ae
	}
	return resp, nil
}

// Do performs r and decodes the JSON answer into out (nil: discard it). It
// returns the response headers.
func (c *Client) Do(ctx context.Context, r *Request, out any) (http.Header, error) {
	resp, err := c.Send(ctx, r)
	if err != nil {
		return nil, err
	}
	defer drainAndClose(resp.Body)
	if out == nil || resp.StatusCode == http.StatusNoContent {
		return resp.Header, nil
	}
	if err := decodeJSON(resp.Body, resp.ContentLength, c.maxBody, out); err != nil {
		return nil, c.decodeError(r, "decoding response", err)
	}
	return resp.Header, nil
}

var (
	acceptJSON  = []string{"application/json"}
	contentJSON = []string{"application/json"}
	drainBufs   = sync.Pool{New: func() any { return new([512]byte) }}
)

// drainAndClose reads a little of what is left (at most 4 KiB) so the
// connection can be reused, then closes the body.
func drainAndClose(body io.ReadCloser) {
	buf := drainBufs.Get().(*[512]byte)
	for range 8 {
		if _, err := body.Read(buf[:]); err != nil {
			break
		}
	}
	drainBufs.Put(buf)
	body.Close()
}

// Call performs r and returns its JSON answer decoded into a new T. It is
// what most service methods are: one request, one object back.
func Call[T any](ctx context.Context, c *Client, r *Request) (*T, error) {
	var v T
	if _, err := c.Do(ctx, r, &v); err != nil {
		return nil, err
	}
	return &v, nil
}
