package mcpserver

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/gowebex/sdk/webex"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// errorResult is a tool error the agent reads.
func errorResult(err error) *mcp.CallToolResult {
	var res mcp.CallToolResult
	res.SetError(err)
	return &res
}

// invoke runs one call: bounds and schema validation of the arguments,
// then handle.
func (t *spec[In, Out]) invoke(ctx context.Context, rt *agentRuntime, args json.RawMessage) *mcp.CallToolResult {
	var in In
	if err := t.decode(rt.srv.limits, args, &in); err != nil {
		c := &call{rt: rt, tool: t.name, start: time.Now()}
		t.auditInvalid(c, err)
		return errorResult(fmt.Errorf("invalid arguments for %s: %v", t.name, err))
	}
	res, err := t.handle(ctx, rt, &in)
	if err != nil {
		return errorResult(err)
	}
	return res
}

// decode checks a call's arguments against the bounds, validates them
// against the tool's input schema and decodes them into in. Errors are
// short whatever the arguments hold.
func (t *spec[In, Out]) decode(lim limits, args json.RawMessage, in *In) error {
	t.info()
	if t.err != nil {
		return fmt.Errorf("tool %s has no valid input schema: %v", t.name, t.err)
	}
	if len(args) > lim.argsBytes() {
		return fmt.Errorf("the arguments are %d bytes; at most %d are accepted", len(args), lim.argsBytes())
	}
	v := map[string]any{}
	if len(args) > 0 && string(args) != "null" {
		if err := json.Unmarshal(args, &v); err != nil {
			return errors.New("the arguments are not a JSON object")
		}
	}
	if err := lim.check(v); err != nil {
		return err
	}
	if err := t.inRes.Validate(&v); err != nil {
		return errors.New(clip(err.Error(), 2*maxValue))
	}
	if len(v) == 0 {
		return nil
	}
	if err := json.Unmarshal(args, in); err != nil {
		return errors.New(clip(err.Error(), 2*maxValue))
	}
	return nil
}

// errAuditDown refuses a write whose audit record could not be written.
var errAuditDown = errors.New("refused: the audit log cannot be written, so this call was not sent to Webex (the operator must fix the audit log)")

// handle runs one call: grant, allowlist, audit of the attempt, SDK call,
// audit of the outcome.
func (t *spec[In, Out]) handle(ctx context.Context, rt *agentRuntime, in *In) (*mcp.CallToolResult, error) {
	c := &call{rt: rt, tool: t.name, start: time.Now()}
	need := t.level
	if t.levelFor != nil {
		need = max(need, t.levelFor(in))
	}
	if have := rt.agent.Level(t.cap); have < need {
		err := &DeniedError{Agent: rt.agent.Name, Tool: t.name, Capability: t.cap, Need: need, Have: have}
		t.audit(c, in, err, "")
		return nil, err
	}
	ctx, cancel := context.WithTimeout(withTrace(ctx, &c.trace), rt.srv.callTimeout)
	defer cancel()
	if t.guard != nil {
		if err := t.guard(ctx, c, in); err != nil {
			t.audit(c, in, err, "")
			return nil, t.agentError(err)
		}
	}
	if t.kind != kindRead {
		// Fail closed: a call that changes Webex happens only once its
		// attempt is on record.
		if err := t.audit(c, in, nil, outcomeAttempt); err != nil {
			return nil, errAuditDown
		}
	}
	out, err := t.run(ctx, c, in)
	t.audit(c, in, err, "")
	if err != nil {
		return nil, t.agentError(err)
	}
	js, err := json.Marshal(out)
	if err != nil {
		return nil, err
	}
	res := &mcp.CallToolResult{
		Content: []mcp.Content{
			&mcp.TextContent{Text: t.summary(out)},
			&mcp.TextContent{Text: string(js)},
		},
		StructuredContent: json.RawMessage(js),
	}
	if cr, ok := any(out).(contentResult); ok {
		if extra := cr.content(); extra != nil {
			res.Content = append(res.Content, extra)
		}
	}
	return res, nil
}

// contentResult is a result with content beyond its JSON (a file).
type contentResult interface{ content() mcp.Content }

// refuse denies a call before its arguments are validated: why is a
// *DeniedError.
func (t *spec[In, Out]) refuse(rt *agentRuntime, args json.RawMessage, why error) *mcp.CallToolResult {
	c := &call{rt: rt, tool: t.name, start: time.Now()}
	var in In
	if len(args) <= rt.srv.limits.argsBytes() {
		_ = json.Unmarshal(args, &in) // best effort: only names the targets
	}
	t.audit(c, &in, why, "")
	return errorResult(why)
}

func (t *spec[In, Out]) agentError(err error) error {
	var d *DeniedError
	if errors.As(err, &d) {
		return err
	}
	return toolError(err, t.scopes)
}

// audit writes the call's record: its attempt when outcome is
// outcomeAttempt, else its outcome given err.
func (t *spec[In, Out]) audit(c *call, in *In, err error, outcome string) error {
	var obj string
	if t.object != nil {
		obj = t.object(c, in)
	}
	rec := c.record()
	phrase := func(v string) string {
		if obj == "" {
			return v
		}
		return v + " " + obj
	}
	who := c.rt.agent.Name
	var d *DeniedError
	var apiErr *webex.APIError
	switch {
	case outcome == outcomeAttempt:
		rec.Decision, rec.Outcome = Allowed, outcomeAttempt
		rec.Summary = who + " is about to " + phrase(t.verb) + ": allowed"
	case err == nil:
		rec.Decision, rec.Outcome = Allowed, "ok"
		rec.Summary = who + " " + phrase(t.past) + ": allowed"
	case errors.As(err, &d):
		rec.Decision, rec.Outcome, rec.Reason = Denied, "denied", d.Reason()
		rec.Summary = who + " tried to " + phrase(t.verb) + ": denied, " + d.Reason()
	default:
		rec.Decision, rec.Outcome = Allowed, "error"
		rec.Error = err.Error()
		rec.Summary = who + " tried to " + phrase(t.verb) + ": allowed, but failed: "
		if errors.As(err, &apiErr) {
			rec.Status = apiErr.StatusCode
			if apiErr.TrackingID != "" {
				rec.TrackingID = apiErr.TrackingID
			}
			rec.Summary += statusText(apiErr.StatusCode)
		} else {
			rec.Summary += err.Error()
		}
	}
	return c.rt.srv.log(rec, t.kind == kindRead)
}

// auditInvalid writes the record of a call refused for invalid arguments.
func (t *spec[In, Out]) auditInvalid(c *call, err error) {
	rec := c.record()
	rec.Decision, rec.Outcome, rec.Error = Allowed, "error", err.Error()
	rec.Summary = c.rt.agent.Name + " tried to call " + t.name + ": allowed, but failed: invalid arguments"
	_ = c.rt.srv.log(rec, true)
}
