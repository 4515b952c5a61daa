package mcpserver

import (
	"encoding/json"
	"io"
	"sync"
	"time"
)

// Decisions of a Record.
const (
	Allowed = "allowed"
	Denied  = "denied"
)

// Record is one line of the audit log: one tool call, allowed or denied.
// Tokens never appear in it; message text appears only when the server was
// configured with AuditContent.
type Record struct {
	Time  time.Time `json:"time"`
	Agent string    `json:"agent"`
	Tool  string    `json:"tool"`
	// Targets are the ids the call named or acted on, by kind ("roomId",
	// "messageId", "personEmail", ...).
	Targets map[string]string `json:"targets,omitempty"`
	// Decision is Allowed or Denied by the policy.
	Decision string `json:"decision"`
	// Reason says why a call was denied: the missing grant or space.
	Reason string `json:"reason,omitempty"`
	// Outcome is "ok", "error" (Webex or the SDK refused the call) or
	// "denied".
	Outcome string `json:"outcome"`
	// Status is the HTTP status of Webex's error answer, if any.
	Status int `json:"status,omitempty"`
	// Error is the error returned to the agent, if any.
	Error string `json:"error,omitempty"`
	// TrackingID is Webex's trackingId of the call's last request.
	TrackingID string `json:"trackingId,omitempty"`
	// DurationMS is how long the call took, in milliseconds.
	DurationMS float64 `json:"durationMs"`
	// Summary is the call in one sentence:
	// "triage-bot posted a message to space Q3 Planning: allowed".
	Summary string `json:"summary"`
	// Content is the message text sent, only with AuditContent.
	Content string `json:"content,omitempty"`
}

// Auditor writes audit records as JSON lines. It is safe for concurrent use.
type Auditor struct {
	mu  sync.Mutex
	enc *json.Encoder
	// hook, when set, also receives each record (tests).
	hook func(Record)
}

// NewAuditor returns an Auditor writing JSON lines to w.
func NewAuditor(w io.Writer) *Auditor {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &Auditor{enc: enc}
}

// Log writes r. A failing writer does not fail the call being audited.
func (a *Auditor) Log(r Record) {
	if a == nil {
		return
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	_ = a.enc.Encode(r)
	if a.hook != nil {
		a.hook(r)
	}
}
