package httpx

import (
	"context"
	"net/http"
	"time"

	"golang.org/x/oauth2"
)

// callInfo travels on a request's context from Client.Send down to the
// retry policy and the transports.
type callInfo struct {
	method   string
	endpoint string // "METHOD /template", the rate-limit key
	noRetry  bool   // the body cannot be sent twice
}

type callInfoKey struct{}

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
	if ci := callInfoFrom(ctx); ci != nil {
		endpoint = ci.endpoint
	}
	if err := t.limiter.Wait(ctx, endpoint); err != nil {
		closeBody(req)
		return nil, err
	}
	resp, err := t.next.RoundTrip(req)
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

// authTransport adds the bearer token, fetched per attempt so a refreshed
// token is used, and only for requests to the API host.
type authTransport struct {
	source    oauth2.TokenSource
	scheme    string
	host      string
	userAgent string
	next      http.RoundTripper
}

func (t *authTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r := *req
	r.Header = make(http.Header, len(req.Header)+2)
	for k, v := range req.Header {
		r.Header[k] = v
	}
	if t.userAgent != "" {
		r.Header["User-Agent"] = []string{t.userAgent}
	}
	if req.URL.Host == t.host && req.URL.Scheme == t.scheme {
		tok, err := t.source.Token()
		if err != nil {
			closeBody(req)
			return nil, &TokenError{Err: err}
		}
		if tok == nil || tok.AccessToken == "" {
			closeBody(req)
			return nil, &TokenError{Err: errEmptyToken}
		}
		tok.SetAuthHeader(&r)
	} else {
		delete(r.Header, "Authorization")
	}
	return t.next.RoundTrip(&r)
}

func closeBody(req *http.Request) {
	if req.Body != nil {
		req.Body.Close()
	}
}
