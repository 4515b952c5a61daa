package mcpserver

import (
	"bytes"
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
	// Outcome is "ok", "error" (Webex or the SDK refused the call),
	// "denied", or "attempt": the record a write or destructive call
	// writes before it reaches Webex (its outcome follows).
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

// outcomeAttempt is the outcome of the record a write or destructive call
// writes before it reaches Webex; its outcome follows in a second record.
const outcomeAttempt = "attempt"

// maxRecord bounds one audit line, in bytes.
const maxRecord = 8 << 10

// Auditor writes audit records as JSON lines, one Write call per record. It
// is safe for concurrent use.
type Auditor struct {
	mu sync.Mutex
	w  io.Writer
	// hook, when set, also receives each record (tests).
	hook func(Record)
}

// NewAuditor returns an Auditor writing JSON lines to w.
func NewAuditor(w io.Writer) *Auditor {
	return &Auditor{w: w}
}

// Log writes r as one line. Values are data, not layout: control
// characters and newlines are escaped and each value is cut to 256
// characters; the line is at most 8 KiB. The error is the writer's.
func (a *Auditor) Log(r Record) error {
	if a == nil {
		return nil
	}
	r = sanitize(r)
	line, err := encodeRecord(r)
	if err != nil {
		return err
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, err := a.w.Write(line); err != nil {
		return err
	}
	if a.hook != nil {
		a.hook(r)
	}
	return nil
}

// sanitize cleans every value of r a caller or Webex chose.
func sanitize(r Record) Record {
	r.Agent, r.Tool, r.Reason = clean(r.Agent), clean(r.Tool), clean(r.Reason)
	r.Error, r.Summary, r.Content = clean(r.Error), clean(r.Summary), clean(r.Content)
	r.TrackingID = clean(r.TrackingID)
	if len(r.Targets) > 0 {
		t := make(map[string]string, len(r.Targets))
		for k, v := range r.Targets {
			t[clean(k)] = clean(v)
		}
		r.Targets = t
	}
	return r
}

// encodeRecord returns r as a JSON line of at most maxRecord bytes,
// cutting its longest values further when needed.
func encodeRecord(r Record) ([]byte, error) {
	for cut := maxValue / 2; ; cut /= 2 {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(r); err != nil {
			return nil, err
		}
		if b.Len() <= maxRecord || cut < 8 {
			return b.Bytes(), nil
		}
		r.Content, r.Error, r.Summary = clip(r.Content, cut), clip(r.Error, cut), clip(r.Summary, cut)
		for k, v := range r.Targets {
			r.Targets[k] = clip(v, cut)
		}
	}
}
