package webextest

import (
	"encoding/json"
	"fmt"
	"net/http"
)

// errorBody is the Webex error document.
type errorBody struct {
	Message    string        `json:"message"`
	Errors     []errorDetail `json:"errors"`
	TrackingID string        `json:"trackingId"`
}

// errorDetail is one entry of errorBody.Errors.
type errorDetail struct {
	Description string `json:"description"`
}

// Common Webex error messages.
const (
	msgNotFound         = "The requested resource could not be found."
	msgUnauthorized     = "The request requires a valid access token set in the Authorization request header."
	msgMethodNotAllowed = "The requested method is not allowed for this resource."
	msgRateLimited      = "Too many requests have been sent in a given amount of time."
)

// writeError writes a Webex-shaped error response.
func writeError(w http.ResponseWriter, tid string, status int, msg string) {
	b, _ := json.Marshal(errorBody{
		Message:    msg,
		Errors:     []errorDetail{{Description: msg}},
		TrackingID: tid,
	})
	h := w.Header()
	h.Set("Content-Type", "application/json;charset=UTF-8")
	h.Set("Content-Length", fmt.Sprint(len(b)))
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

// apiError is returned by store operations to describe an HTTP failure.
type apiError struct {
	status int
	msg    string
}

// Error implements error.
func (e *apiError) Error() string { return fmt.Sprintf("%d: %s", e.status, e.msg) }

// errf builds an *apiError.
func errf(status int, format string, args ...any) *apiError {
	return &apiError{status: status, msg: fmt.Sprintf(format, args...)}
}

// errNotFound is the standard 404.
func errNotFound() *apiError { return &apiError{status: http.StatusNotFound, msg: msgNotFound} }
