package mcpserver

import (
	"context"
	"sync"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// allTools is the tool table: every tool, in a stable order.
var allTools = sync.OnceValue(func() []tool {
	var ts []tool
	for _, group := range [][]tool{
		messageTools(), attachmentTools(), spaceTools(), membershipTools(),
		peopleTools(), teamTools(), teamMembershipTools(), webhookTools(),
		eventTools(), meetingToolsAll(),
	} {
		ts = append(ts, group...)
	}
	return ts
})

var toolIndex = sync.OnceValue(func() map[string]*ToolInfo {
	m := map[string]*ToolInfo{}
	for _, t := range allTools() {
		m[t.info().Name] = t.info()
	}
	return m
})

var toolByName = sync.OnceValue(func() map[string]tool {
	m := map[string]tool{}
	for _, t := range allTools() {
		m[t.info().Name] = t
	}
	return m
})

// usable reports whether the agent's grants ever allow the tool.
func (rt *agentRuntime) usable(name string) bool {
	ti, ok := toolIndex()[name]
	return ok && rt.agent.Level(ti.Capability) >= ti.Level
}

// middleware hides the tools the agent can never use from tools/list, and
// audits tools/call requests refused before a tool handler ran (an unknown
// tool, invalid arguments).
func (rt *agentRuntime) middleware(next mcp.MethodHandler) mcp.MethodHandler {
	return func(ctx context.Context, method string, req mcp.Request) (mcp.Result, error) {
		switch method {
		case "tools/list":
			res, err := next(ctx, method, req)
			if lr, ok := res.(*mcp.ListToolsResult); ok && err == nil {
				kept := lr.Tools[:0:0]
				for _, t := range lr.Tools {
					if rt.usable(t.Name) {
						kept = append(kept, t)
					}
				}
				lr.Tools = kept
			}
			return res, err
		case "tools/call":
			// The grant is checked first, before the arguments are
			// validated: a tool the agent may not use is refused whatever
			// it is sent.
			if cr, ok := req.(*mcp.CallToolRequest); ok && cr.Params != nil {
				if t, ok := toolByName()[cr.Params.Name]; ok && !rt.usable(cr.Params.Name) {
					return t.refuse(rt, cr.Params.Arguments), nil
				}
			}
			slot := &callSlot{}
			start := time.Now()
			res, err := next(context.WithValue(ctx, slotKey{}, slot), method, req)
			if !slot.handled {
				rt.auditRefused(req, res, err, start)
			}
			return res, err
		}
		return next(ctx, method, req)
	}
}

func (rt *agentRuntime) auditRefused(req mcp.Request, res mcp.Result, err error, start time.Time) {
	name := ""
	if cr, ok := req.(*mcp.CallToolRequest); ok && cr.Params != nil {
		name = cr.Params.Name
	}
	rec := Record{
		Time:       start.UTC(),
		Agent:      rt.agent.Name,
		Tool:       name,
		DurationMS: float64(time.Since(start).Microseconds()) / 1000,
	}
	ti, known := toolIndex()[name]
	msg := ""
	if err != nil {
		msg = err.Error()
	} else if r, ok := res.(*mcp.CallToolResult); ok && r.IsError {
		if e := r.GetError(); e != nil {
			msg = e.Error()
		}
	}
	switch {
	case !known:
		rec.Decision, rec.Outcome, rec.Reason = Denied, "denied", "no such tool"
		rec.Summary = rt.agent.Name + " tried to call unknown tool " + name + ": denied"
	case rt.agent.Level(ti.Capability) < ti.Level:
		d := &DeniedError{Capability: ti.Capability, Need: ti.Level, Have: rt.agent.Level(ti.Capability)}
		rec.Decision, rec.Outcome, rec.Reason = Denied, "denied", d.Reason()
		rec.Summary = rt.agent.Name + " tried to call " + name + " with invalid arguments: denied, " + d.Reason()
	default:
		rec.Decision, rec.Outcome, rec.Error = Allowed, "error", msg
		rec.Summary = rt.agent.Name + " tried to call " + name + ": allowed, but failed: invalid arguments"
	}
	rt.srv.audit.Log(rec)
}
