package api

import "net/http"

// CallInfo describes a finished call: what a caller who asked for it with
// webex.WithCallInfo gets filled in, whether the call succeeded or failed.
// For a list, it describes the last page fetched.
type CallInfo struct {
	// TrackingID identifies the request for Webex support, from the
	// answer's TrackingID header (or the error body). Empty when no
	// answer arrived.
	TrackingID string
	// Status is the HTTP status of the last answer; zero when none arrived.
	Status int
	// Attempts is how many times the request was sent: 1, or more after
	// retries; zero when the call failed before sending anything.
	Attempts int
	// Header holds the headers of the last answer (nil when none arrived).
	Header http.Header
}
