package httpx

import (
	"context"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"golang.org/x/oauth2"
)

// callInfo travels on a request's context from Client.Send down to the
// retry policy and the transports.
//
// It is kept to 40 bytes (callCtx to 64), the size it had before the
// fields for WithCallInfo and token refresh, so that a call allocates no
// more than it did.
type callInfo struct {
	endpoint string // "METHOD /template", the rate-limit key
	// header is the last answer's, for WithCallInfo.
	header http.Header
	// retries counts the retries the policy allowed, but for the one after
	// a token refresh; attempts and status describe what was sent and the
	// last answer, for WithCallInfo.
	retries, attempts, status int32
	noRetry                   bool // the body cannot be sent twice
	// authFresh is set while the request still carries the token Send
	// fetched for it; attempts run one after another, never concurrently.
	authFresh bool
	refreshed bool // the token was refreshed after a 401
}

// method returns the HTTP method of the call.
func (ci *callInfo) method() string {
	m, _, _ := strings.Cut(ci.endpoint, " ")
	return m
}

type callInfoKey struct{}

// callCtx carries a callInfo in one allocation, where context.WithValue
// and a separate callInfo would take two.
//
// It also answers for the client's own values (limits), such as the
// longest pause a call waits out (api.MaxWait): a context built once per
// client, so that no call allocates for them.
type callCtx struct {
	context.Context
	client *Client
	ci     callInfo
}

func (c *callCtx) Value(key any) any {
	if key == (callInfoKey{}) {
		return &c.ci
	}
	if v := c.client.limits.Value(key); v != nil {
		return v
	}
	return c.Context.Value(key)
}

func callInfoFrom(ctx context.Context) *callInfo {
	ci, _ := ctx.Value(callInfoKey{}).(*callInfo)
	return ci
}

// limitTransport waits on the Limiter before each attempt and pauses the
// endpoint when Webex answers 429.
type limitTransport struct {
	limiter Limiter
	next    http.RoundTripper
	now     func() time.Time
}

func (t *limitTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	endpoint := req.Method + " " + req.URL.Path
	ci := callInfoFrom(ctx)
	if ci != nil {
		endpoint = ci.endpoint
	}
	if err := t.limiter.Wait(ctx, endpoint); err != nil {
		closeBody(req)
		return nil, err
	}
	resp, err := t.next.RoundTrip(req)
	if ci != nil {
		ci.attempts++
		if err == nil {
			ci.status, ci.header = int32(resp.StatusCode), resp.Header
		}
	}
	if err == nil && resp.StatusCode == http.StatusTooManyRequests {
		now := t.now()
		d, ok := parseRetryAfter(resp.Header.Get("Retry-After"), now)
		if !ok {
			d = time.Second
		}
		t.limiter.Pause(ctx, endpoint, now.Add(d))
	}
	return resp, err
}

// authTransport makes sure each attempt carries the current token when it
// goes to the API host, and no token when it goes anywhere else (a
// redirect). Send sets the header on the first attempt, so the request is
// copied only when a retry needs a refreshed token or a redirect leaves the
// host.
type authTransport struct {
	auth   *authCache
	scheme string
	host   string
	next   http.RoundTripper
}

func (t *authTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	have := req.Header["Authorization"]
	if req.URL.Host != t.host || req.URL.Scheme != t.scheme {
		if have == nil {
			return t.next.RoundTrip(req)
		}
		r := withHeader(req)
		delete(r.Header, "Authorization")
		return t.next.RoundTrip(r)
	}
	if ci := callInfoFrom(req.Context()); ci != nil && ci.authFresh {
		ci.authFresh = false
		if have != nil {
			return t.next.RoundTrip(req)
		}
	}
	want, err := t.auth.header()
	if err != nil {
		closeBody(req)
		return nil, err
	}
	if len(have) == 1 && have[0] == want[0] {
		return t.next.RoundTrip(req)
	}
	r := withHeader(req)
	r.Header["Authorization"] = want
	return t.next.RoundTrip(r)
}

// withHeader returns a shallow copy of req with its own header map.
func withHeader(req *http.Request) *http.Request {
	r := *req
	r.Header = make(http.Header, len(req.Header)+1)
	for k, v := range req.Header {
		r.Header[k] = v
	}
	return &r
}

// authCache turns tokens into Authorization header values, building a new
// value only when the token source hands out a new token.
type authCache struct {
	source oauth2.TokenSource
	last   atomic.Pointer[authEntry]
}

type authEntry struct {
	tok    *oauth2.Token
	access string
	header []string
}

func (a *authCache) header() ([]string, error) {
	tok, err := a.source.Token()
	if err != nil {
		return nil, &TokenError{Err: err}
	}
	if tok == nil || tok.AccessToken == "" {
		return nil, &TokenError{Err: errEmptyToken}
	}
	if e := a.last.Load(); e != nil && e.tok == tok && e.access == tok.AccessToken {
		return e.header, nil
	}
	e := &authEntry{tok: tok, access: tok.AccessToken, header: []string{tok.Type() + " " + tok.AccessToken}}
	a.last.Store(e)
	return e.header, nil
}

func closeBody(req *http.Request) {
	if req.Body != nil {
		req.Body.Close()
	}
}
