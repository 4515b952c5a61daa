package httpx

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"
)

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
