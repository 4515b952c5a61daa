package httpx

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"
)

// Sentinel errors matched by [APIError.Is], so that callers can write
// errors.Is(err, ErrNotFound) without inspecting status codes.
var (
	ErrBadRequest   = errors.New("webex: bad request")
	ErrUnauthorized = errors.New("webex: unauthorized")
	ErrForbidden    = errors.New("webex: forbidden")
	ErrNotFound     = errors.New("webex: not found")
	ErrConflict     = errors.New("webex: conflict")
	ErrLocked       = errors.New("webex: locked")
	ErrRateLimited  = errors.New("webex: rate limited")
	ErrServerError  = errors.New("webex: server error")
)

// ErrUntrustedURL is returned when a URL taken from a response (a next-page
// link, say) points to a host other than the API host. The client refuses to
// send its token there.
var ErrUntrustedURL = errors.New("webex: URL is not on the API host")

// ErrorDetail is one entry of the "errors" array in a Webex error body.
type ErrorDetail struct {
	Description string `json:"description"`
}

// APIError is the error returned for every non-2xx answer from Webex.
//
// It carries what Webex said (Message, Errors, TrackingID), the status, how
// long to wait before calling the endpoint again (RetryAfter, set on 429 and
// on 423 and 503 when Webex sends it) and which request failed.
type APIError struct {
	StatusCode int
	Message    string
	Errors     []ErrorDetail
	TrackingID string
	RetryAfter time.Duration
	Method     string
	Path       string
}

// Error returns a one-line description including the tracking id, which
// Webex support asks for.
func (e *APIError) Error() string {
	var b strings.Builder
	b.WriteString("webex: ")
	if e.Method != "" {
		b.WriteString(e.Method)
		b.WriteByte(' ')
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	fmt.Fprintf(&b, "%d %s", e.StatusCode, http.StatusText(e.StatusCode))
	if e.Message != "" {
		b.WriteString(": ")
		b.WriteString(e.Message)
	}
	for _, d := range e.Errors {
		if d.Description != "" && d.Description != e.Message {
			b.WriteString("; ")
			b.WriteString(d.Description)
		}
	}
	if e.RetryAfter > 0 {
		fmt.Fprintf(&b, " (retry after %s)", e.RetryAfter)
	}
	if e.TrackingID != "" {
		b.WriteString(" [trackingId ")
		b.WriteString(e.TrackingID)
		b.WriteByte(']')
	}
	return b.String()
}

// Is reports whether target is the sentinel error for e's status code.
func (e *APIError) Is(target error) bool {
	switch target {
	case ErrBadRequest:
		return e.StatusCode == http.StatusBadRequest
	case ErrUnauthorized:
		return e.StatusCode == http.StatusUnauthorized
	case ErrForbidden:
		return e.StatusCode == http.StatusForbidden
	case ErrNotFound:
		return e.StatusCode == http.StatusNotFound
	case ErrConflict:
		return e.StatusCode == http.StatusConflict
	case ErrLocked:
		return e.StatusCode == http.StatusLocked
	case ErrRateLimited:
		return e.StatusCode == http.StatusTooManyRequests
	case ErrServerError:
		return e.StatusCode >= 500
	}
	return false
}

// maxErrorBody bounds how much of an error response is read.
const maxErrorBody = 64 << 10

// newAPIError builds an APIError from a non-2xx response, reading at most
// maxErrorBody bytes of its body. It never fails: an empty, truncated or
// non-JSON body (a proxy's HTML page) still gives a useful error.
func newAPIError(resp *http.Response, now time.Time) *APIError {
	e := &APIError{StatusCode: resp.StatusCode}
	if resp.Request != nil {
		e.Method = resp.Request.Method
		e.Path = resp.Request.URL.Path
	}
	body, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
	var wire struct {
		Message    string        `json:"message"`
		Errors     []ErrorDetail `json:"errors"`
		TrackingID string        `json:"trackingId"`
	}
	if len(bytes.TrimSpace(body)) > 0 {
		if err := json.Unmarshal(body, &wire); err == nil {
			e.Message, e.Errors, e.TrackingID = wire.Message, wire.Errors, wire.TrackingID
		} else {
			e.Message = describeBody(resp.Header.Get("Content-Type"), body)
		}
	}
	if e.TrackingID == "" {
		e.TrackingID = resp.Header.Get("Trackingid")
	}
	switch resp.StatusCode {
	case http.StatusTooManyRequests, http.StatusLocked, http.StatusServiceUnavailable:
		if d, ok := parseRetryAfter(resp.Header.Get("Retry-After"), now); ok {
			e.RetryAfter = d
		}
	}
	return e
}

// describeBody summarises a body that is not a Webex JSON error.
func describeBody(contentType string, body []byte) string {
	const maxSnippet = 200
	if contentType == "" {
		contentType = "unknown content type"
	}
	snippet := body
	if len(snippet) > maxSnippet {
		snippet = snippet[:maxSnippet]
		for len(snippet) > 0 && !utf8.Valid(snippet) {
			snippet = snippet[:len(snippet)-1]
		}
	}
	s := strings.Join(strings.Fields(string(snippet)), " ")
	if !utf8.ValidString(s) {
		s = ""
	}
	msg := fmt.Sprintf("unexpected %s error body (%d bytes)", contentType, len(body))
	if s != "" {
		msg += ": " + s
	}
	return msg
}

// TokenError reports that the token source failed to give a token. The
// request was not sent and is not retried.
type TokenError struct{ Err error }

func (e *TokenError) Error() string { return "webex: getting access token: " + e.Err.Error() }
func (e *TokenError) Unwrap() error { return e.Err }
