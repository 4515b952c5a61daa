package httpx

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"strings"
	"time"
)

// idempotent reports whether a request with method may be sent again after
// the server may have acted on it.
func idempotent(method string) bool {
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodPut, http.MethodDelete, http.MethodOptions:
		return true
	}
	return false
}

// neverSent reports whether err shows the request did not reach the server
// (the connection was never made), so any method may be tried again.
func neverSent(err error) bool {
	var op *net.OpError
	return errors.As(err, &op) && op.Op == "dial"
}

// checkRetry is the retry policy handed to go-retryablehttp:
//   - 429 on any method, and 423 (a file still being scanned) on idempotent
//     ones, unless the wait passes MaxRetryAfter or the
//     context's deadline (then the 429 is returned at once, with RetryAfter);
//   - 502, 503, 504 and transport errors only for idempotent methods;
//   - 401 once, on any method, after the token source refreshed the token
//     (only sources that can, see api.TokenRefresher); this attempt is not
//     counted against MaxRetries;
//   - token-source failures, refused redirects and cancelled contexts
//     never;
//   - nothing past MaxRetries retries.
func (c *Client) checkRetry(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if ctxErr := ctx.Err(); ctxErr != nil {
		if err == nil {
			err = ctxErr
		}
		return false, err
	}
	ci := callInfoFrom(ctx)
	if ci == nil || ci.noRetry {
		return false, err
	}
	if err == nil && resp.StatusCode == http.StatusUnauthorized {
		return c.refreshAfter401(ctx, ci, resp)
	}
	retry, err := c.retryPolicy(ctx, ci, resp, err)
	if retry {
		if int(ci.retries) >= c.maxRetries {
			return false, err
		}
		ci.retries++
	}
	return retry, err
}

// refreshAfter401 asks a refreshable token source for a new token after
// Webex rejected the one resp's request carried, once per call, and
// reports whether to send the request again. When the refresh fails, the
// error is a *TokenError that still matches ErrUnauthorized.
func (c *Client) refreshAfter401(ctx context.Context, ci *callInfo, resp *http.Response) (bool, error) {
	if c.refresher == nil || ci.refreshed {
		return false, nil
	}
	ci.refreshed = true
	_, rejected, _ := strings.Cut(resp.Request.Header.Get("Authorization"), " ")
	if err := c.refresher.Refresh(ctx, rejected); err != nil {
		ae := newAPIError(resp, c.now())
		return false, &TokenError{Err: fmt.Errorf("refreshing the token after %w: %w", ae, err)}
	}
	return true, nil
}

func (c *Client) retryPolicy(ctx context.Context, ci *callInfo, resp *http.Response, err error) (bool, error) {
	if err != nil {
		var te *TokenError
		var ae *APIError
		if errors.As(err, &te) || errors.As(err, &ae) || errors.Is(err, ErrUntrustedURL) {
			return false, err
		}
		return idempotent(ci.method()) || neverSent(err), nil
	}
	switch resp.StatusCode {
	case http.StatusLocked:
		// Webex answers 423 with a Retry-After while it scans a file for
		// malware; a GET of the file may ask again after that.
		if !idempotent(ci.method()) || resp.Header.Get("Retry-After") == "" {
			return false, nil
		}
		fallthrough
	case http.StatusTooManyRequests:
		now := c.now()
		wait, ok := parseRetryAfter(resp.Header.Get("Retry-After"), now)
		if !ok {
			return true, nil
		}
		if wait > c.maxRetryAfter {
			return false, nil
		}
		if dl, ok := ctx.Deadline(); ok && now.Add(wait).After(dl) {
			return false, nil
		}
		return true, nil
	case http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return idempotent(ci.method()), nil
	}
	return false, nil
}

// backoff waits Retry-After on a 429 or 423 that has one, and otherwise backs off
// exponentially from min to max with jitter (between half and all of the
// step).
func (c *Client) backoff(min, max time.Duration, attempt int, resp *http.Response) time.Duration {
	if resp != nil && resp.StatusCode == http.StatusUnauthorized {
		return 0 // a fresh token: no reason to wait
	}
	if resp != nil && (resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusLocked) {
		if d, ok := parseRetryAfter(resp.Header.Get("Retry-After"), c.now()); ok {
			return d
		}
	}
	step := min
	for i := 0; i < attempt && step < max; i++ {
		step *= 2
	}
	if step > max {
		step = max
	}
	if step <= 0 {
		return 0
	}
	half := step / 2
	return half + rand.N(step-half+1)
}
