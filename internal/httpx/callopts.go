package httpx

import (
	"context"
	"net/http"
	"strings"

	"github.com/gowebex/sdk/webex/api"
)

// callOpts are the per-call settings a caller puts on a context with
// WithCallInfo, WithHeader and WithoutRetry (re-exported by package webex).
// Each With function copies the settings already on the context, so they
// combine and a parent context is never changed.
type callOpts struct {
	info    *api.CallInfo
	header  http.Header
	noRetry bool
	err     error // a refused header: every call under the context fails
}

type callOptsKey struct{}

func optsFrom(ctx context.Context) *callOpts {
	o, _ := ctx.Value(callOptsKey{}).(*callOpts)
	return o
}

// withOpts returns ctx carrying a copy of its settings changed by f.
func withOpts(ctx context.Context, f func(*callOpts)) context.Context {
	o := &callOpts{}
	if old := optsFrom(ctx); old != nil {
		*o = *old
		o.header = old.header.Clone()
	}
	f(o)
	return context.WithValue(ctx, callOptsKey{}, o)
}

// WithCallInfo returns a context under which each call fills *info when it
// ends, whether it succeeded or failed.
func WithCallInfo(ctx context.Context, info *api.CallInfo) context.Context {
	return withOpts(ctx, func(o *callOpts) { o.info = info })
}

// WithoutRetry returns a context under which each call is sent once: no
// retry, no wait on a 429, no second attempt after a token refresh.
func WithoutRetry(ctx context.Context) context.Context {
	return withOpts(ctx, func(o *callOpts) { o.noRetry = true })
}

// WithHeader returns a context under which each call carries the header
// key: value, replacing the SDK's own. Headers that carry credentials or
// name the host are refused: every call under the context then fails with
// an error matching api.ErrInvalidInput.
func WithHeader(ctx context.Context, key, value string) context.Context {
	return withOpts(ctx, func(o *callOpts) {
		k := http.CanonicalHeaderKey(strings.TrimSpace(key))
		if reason := refusedHeader(k); reason != "" {
			if o.err == nil {
				o.err = Invalid("WithHeader", "%q %s", key, reason)
			}
			return
		}
		if o.header == nil {
			o.header = http.Header{}
		}
		o.header.Set(k, value)
	})
}

// refusedHeader says why a per-call header may not be set, or "".
func refusedHeader(k string) string {
	switch {
	case k == "" || strings.ContainsAny(k, " \t\r\n:"):
		return "is not a header name"
	}
	switch k {
	case "Authorization", "Proxy-Authorization", "Cookie":
		return "carries credentials, which only the client's token source sets"
	case "Host", "X-Forwarded-Host", "Forwarded", "X-Original-Url", "X-Rewrite-Url":
		return "would change the host the request is for"
	case "Content-Length", "Transfer-Encoding", "Connection", "Te", "Trailer", "Upgrade":
		return "is set by the HTTP transport"
	}
	return ""
}

// fill reports a finished call to info.
func (ci *callInfo) fill(info *api.CallInfo, err error) {
	*info = api.CallInfo{Status: int(ci.status), Attempts: int(ci.attempts), Header: ci.header}
	if ci.header != nil {
		info.TrackingID = ci.header.Get("Trackingid")
	}
	if ae, ok := err.(*APIError); ok && ae.TrackingID != "" {
		info.TrackingID = ae.TrackingID
	}
}
