package mcpserver

import (
	"errors"
	"fmt"
	"math"
	"net/http"
	"strings"

	"github.com/gowebex/sdk/webex"
)

// DeniedError is the tool error of a call the policy refused. The call never
// reached Webex.
type DeniedError struct {
	Agent string
	Tool  string
	// Capability and Need name the missing grant; Have is the agent's level.
	// They are empty for a space denial.
	Capability Capability
	Need, Have Level
	// Space is the space outside the agent's allowlist, for a space
	// denial; the audit log records it, the agent is not told it.
	Space string
	// Detail explains a denial that is neither (a direct message while
	// confined to spaces, say).
	Detail string
}

// Reason is the denial in a few words, for the audit log.
func (e *DeniedError) Reason() string {
	switch {
	case e.Capability != "":
		return fmt.Sprintf("needs grant %s: %s (agent has %s: %s)", e.Capability, e.Need, e.Capability, e.Have)
	case e.Space != "":
		return "the space is not in the agent's space allowlist"
	}
	return e.Detail
}

func (e *DeniedError) Error() string {
	switch {
	case e.Capability != "":
		return fmt.Sprintf("denied by policy: %s needs the grant %s: %s, and agent %s has %s: %s. "+
			"This call was not sent to Webex. Ask the operator to grant %s: %s in the policy, or use another tool.",
			e.Tool, e.Capability, e.Need, e.Agent, e.Capability, e.Have, e.Capability, e.Need)
	case e.Space != "":
		// The space is not named: it may be one the agent learns of
		// only through this denial (the space of a message, say).
		return fmt.Sprintf("denied by policy: agent %s may use only the spaces in its allowlist, and the space of this call is not one of them. "+
			"This call was not sent to Webex. Use spaces_list to see the spaces this agent may use.", e.Agent)
	}
	return fmt.Sprintf("denied by policy: %s. This call was not sent to Webex.", e.Detail)
}

// advice is what the agent should do about each status, from Webex's
// guidance for agents.
func advice(e *webex.APIError, scopes []string) string {
	switch s := e.StatusCode; {
	case s == http.StatusBadRequest:
		return "The request was malformed, such as a missing required field or an invalid value: read the message, correct the named field, and resend."
	case s == http.StatusUnauthorized:
		return "The agent's Webex access token is missing, invalid or expired: the operator must give this agent a valid token (refreshing the OAuth token if it expired). Retrying will not help."
	case s == http.StatusForbidden:
		scope := "the scope this call needs"
		if len(scopes) > 0 {
			scope = "the scope " + strings.Join(scopes, " or ")
		}
		return "The token is valid but lacks the scope or role for this call (such as posting to a space the caller is not a member of): grant " +
			scope + " to the agent's Webex token, or add its identity to the space, then retry."
	case s == http.StatusNotFound:
		return "The resource does not exist, or this agent's token cannot see it (Webex answers 404 rather than 403 so as not to confirm a hidden resource exists): confirm the id is correct and that the token has access to the resource."
	case s == http.StatusConflict:
		return "The request conflicts with the resource's current state: read the resource again, then retry with current values."
	case s == http.StatusLocked:
		return fmt.Sprintf("The file is still being scanned for malware: wait %s, then retry.", waitText(e))
	case s == http.StatusTooManyRequests:
		return fmt.Sprintf("A per-endpoint rate limit was exceeded: wait %s (Retry-After) before calling this tool again.", waitText(e))
	case s >= 500:
		return "A transient error inside Webex: retry after a short delay with backoff, and quote the trackingId when contacting support."
	}
	return "Read Webex's message above and correct the request."
}

func waitText(e *webex.APIError) string {
	if e.RetryAfter <= 0 {
		return "a few seconds"
	}
	secs := int(math.Ceil(e.RetryAfter.Seconds()))
	if secs == 1 {
		return "1 second"
	}
	return fmt.Sprintf("%d seconds", secs)
}

// toolError turns an SDK error into the error text the agent reads: for a
// Webex answer, its status, message, trackingId and what to do about it.
func toolError(err error, scopes []string) error {
	var apiErr *webex.APIError
	if !errors.As(err, &apiErr) {
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Webex answered %d %s", apiErr.StatusCode, http.StatusText(apiErr.StatusCode))
	if apiErr.Message != "" {
		fmt.Fprintf(&b, ": %s", apiErr.Message)
	}
	for _, d := range apiErr.Errors {
		if d.Description != "" && d.Description != apiErr.Message {
			fmt.Fprintf(&b, "; %s", d.Description)
		}
	}
	if apiErr.TrackingID != "" {
		fmt.Fprintf(&b, " (trackingId %s)", apiErr.TrackingID)
	}
	b.WriteString(". ")
	b.WriteString(advice(apiErr, scopes))
	return &webexToolError{msg: b.String(), err: apiErr}
}

// webexToolError keeps the *webex.APIError reachable with errors.As.
type webexToolError struct {
	msg string
	err *webex.APIError
}

func (e *webexToolError) Error() string { return e.msg }
func (e *webexToolError) Unwrap() error { return e.err }
