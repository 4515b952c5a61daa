package mcpserver

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"time"

	"github.com/google/jsonschema-go/jsonschema"
	"github.com/gowebex/sdk/webex"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// kind is what a tool does to Webex; it sets the tool's annotations.
type kind int

const (
	kindRead   kind = iota // reads only
	kindCreate             // adds something; calling twice adds twice
	kindUpdate             // replaces fields; calling twice changes nothing more
	kindDelete             // deletes or removes; calling twice changes nothing more
	kindAction             // acts (admit, end) without deleting; not idempotent
)

// ToolInfo describes a tool: what it needs from the policy and what it does.
type ToolInfo struct {
	// Name is the tool's name, <area>_<verb>.
	Name string
	// Capability and Level are the grant the tool needs.
	Capability Capability
	Level      Level
	// Scopes are the Webex token scopes the call needs (any one of them).
	Scopes []string
	// ReadOnly, Destructive and Idempotent are the tool's annotations.
	ReadOnly, Destructive, Idempotent bool
	// Description is the description the agent reads.
	Description string
}

func (i *ToolInfo) annotations() *mcp.ToolAnnotations {
	return &mcp.ToolAnnotations{
		ReadOnlyHint:    i.ReadOnly,
		DestructiveHint: &i.Destructive,
		IdempotentHint:  i.Idempotent,
		OpenWorldHint:   webex.Ptr(true),
	}
}

// tool is one entry of the tool table.
type tool interface {
	info() *ToolInfo
	register(s *mcp.Server, rt *agentRuntime, cache *mcp.SchemaCache)
	// refuse denies a call the agent's grant never allows, before its
	// arguments are validated; args are read only for the audit log.
	refuse(rt *agentRuntime, args json.RawMessage) *mcp.CallToolResult
	// invoke runs one call with raw arguments: what the registered handler
	// does once go-sdk has decoded the request.
	invoke(ctx context.Context, rt *agentRuntime, args json.RawMessage) *mcp.CallToolResult
}

// spec is a tool: its policy, description and the SDK call it makes.
type spec[In, Out any] struct {
	name  string
	title string
	desc  string
	cap   Capability
	level Level
	kind  kind
	// destructive overrides the kind's destructive annotation when set.
	destructive *bool
	scopes      []string
	// levelFor, when set, can raise the level a given input needs.
	levelFor func(in *In) Level
	// verb and past say what the tool does ("post", "posted"); object
	// completes the sentence ("a message to space Q3 Planning") and
	// records the call's target ids through c.
	verb, past string
	object     func(c *call, in *In) string
	// guard enforces the space allowlist before run; it may fetch the
	// object named to learn its space.
	guard func(ctx context.Context, c *call, in *In) error
	run   func(ctx context.Context, c *call, in *In) (Out, error)
	// summary is the one-line text result beside the structured one.
	summary func(out Out) string

	once   sync.Once
	meta   ToolInfo
	inSch  *jsonschema.Schema
	outSch *jsonschema.Schema
	inRes  *jsonschema.Resolved
}

var schemaOpts = &jsonschema.ForOptions{
	TypeSchemas: map[reflect.Type]*jsonschema.Schema{
		// Raw JSON in Webex's answers (card content, card inputs, event
		// data) is always a JSON object. An empty schema here would be
		// written as the boolean schema true, which strict clients (the
		// TypeScript SDK) refuse.
		reflect.TypeFor[json.RawMessage](): {Type: "object"},
	},
}

func (t *spec[In, Out]) info() *ToolInfo {
	t.once.Do(func() {
		m := ToolInfo{Name: t.name, Capability: t.cap, Level: t.level, Scopes: t.scopes, Description: t.desc}
		switch t.kind {
		case kindRead:
			m.ReadOnly, m.Idempotent = true, true
		case kindCreate:
		case kindUpdate:
			m.Destructive, m.Idempotent = true, true
		case kindDelete:
			m.Destructive, m.Idempotent = true, true
		case kindAction:
		}
		if t.destructive != nil {
			m.Destructive = *t.destructive
		}
		t.meta = m
		var err error
		if t.inSch, err = jsonschema.For[In](schemaOpts); err == nil {
			t.inRes, _ = t.inSch.Resolve(nil)
		}
		t.outSch, _ = jsonschema.For[Out](schemaOpts)
	})
	return &t.meta
}

func (t *spec[In, Out]) register(s *mcp.Server, rt *agentRuntime, _ *mcp.SchemaCache) {
	m := t.info()
	mt := &mcp.Tool{
		Name:         t.name,
		Title:        t.title,
		Description:  t.desc,
		Annotations:  m.annotations(),
		InputSchema:  t.inSch,
		OutputSchema: t.outSch,
	}
	if t.inRes == nil {
		// A schema that does not resolve is a bug in the tool table,
		// caught by the tests; refuse every call rather than panic.
		mt.InputSchema = &jsonschema.Schema{Type: "object"}
	}
	s.AddTool(mt, func(ctx context.Context, req *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		return t.invoke(ctx, rt, req.Params.Arguments), nil
	})
}

func (t *spec[In, Out]) invoke(ctx context.Context, rt *agentRuntime, args json.RawMessage) *mcp.CallToolResult {
	var in In
	if err := t.decode(args, &in); err != nil {
		var res mcp.CallToolResult
		res.SetError(fmt.Errorf("validating \"arguments\": %v", err))
		return &res
	}
	res, err := t.handle(ctx, rt, &in)
	if err != nil {
		var res mcp.CallToolResult
		res.SetError(err)
		return &res
	}
	return res
}

// decode validates a call's arguments against the tool's input schema and
// decodes them into in. It does what go-sdk's typed AddTool does, with the
// standard library's decoder, which allocates far less per call.
func (t *spec[In, Out]) decode(args json.RawMessage, in *In) error {
	if t.inRes == nil {
		return fmt.Errorf("tool %s has no valid input schema", t.name)
	}
	v := map[string]any{}
	if len(args) > 0 {
		if err := json.Unmarshal(args, &v); err != nil {
			return fmt.Errorf("unmarshaling arguments: %w", err)
		}
	}
	if err := t.inRes.Validate(&v); err != nil {
		return err
	}
	if len(args) == 0 {
		return nil
	}
	return json.Unmarshal(args, in)
}

// handle runs one call: policy, allowlist, SDK call, audit.
func (t *spec[In, Out]) handle(ctx context.Context, rt *agentRuntime, in *In) (*mcp.CallToolResult, error) {
	c := &call{rt: rt, tool: t.name, start: time.Now()}
	if slot, ok := ctx.Value(slotKey{}).(*callSlot); ok {
		slot.handled = true
	}
	need := t.level
	if t.levelFor != nil {
		need = max(need, t.levelFor(in))
	}
	if have := rt.agent.Level(t.cap); have < need {
		err := &DeniedError{Agent: rt.agent.Name, Tool: t.name, Capability: t.cap, Need: need, Have: have}
		t.audit(c, in, err)
		return nil, err
	}
	ctx, cancel := context.WithTimeout(withTrace(ctx, &c.trace), rt.srv.callTimeout)
	defer cancel()
	if t.guard != nil {
		if err := t.guard(ctx, c, in); err != nil {
			t.audit(c, in, err)
			return nil, t.agentError(err)
		}
	}
	out, err := t.run(ctx, c, in)
	t.audit(c, in, err)
	if err != nil {
		return nil, t.agentError(err)
	}
	js, err := json.Marshal(out)
	if err != nil {
		return nil, err
	}
	return &mcp.CallToolResult{
		Content: []mcp.Content{
			&mcp.TextContent{Text: t.summary(out)},
			&mcp.TextContent{Text: string(js)},
		},
		StructuredContent: json.RawMessage(js),
	}, nil
}

func (t *spec[In, Out]) refuse(rt *agentRuntime, args json.RawMessage) *mcp.CallToolResult {
	c := &call{rt: rt, tool: t.name, start: time.Now()}
	var in In
	_ = json.Unmarshal(args, &in) // best effort: only names the targets
	need := t.level
	if t.levelFor != nil {
		need = max(need, t.levelFor(&in))
	}
	err := &DeniedError{Agent: rt.agent.Name, Tool: t.name, Capability: t.cap, Need: need, Have: rt.agent.Level(t.cap)}
	t.audit(c, &in, err)
	var res mcp.CallToolResult
	res.SetError(err)
	return &res
}

func (t *spec[In, Out]) agentError(err error) error {
	var d *DeniedError
	if errors.As(err, &d) {
		return err
	}
	return toolError(err, t.scopes)
}

// audit writes the call's record.
func (t *spec[In, Out]) audit(c *call, in *In, err error) {
	var obj string
	if t.object != nil {
		obj = t.object(c, in)
	}
	rec := Record{
		Time:       c.start.UTC(),
		Agent:      c.rt.agent.Name,
		Tool:       t.name,
		Targets:    c.targets,
		TrackingID: c.trace.get(),
		DurationMS: float64(time.Since(c.start).Microseconds()) / 1000,
		Content:    c.content,
	}
	if !c.rt.srv.auditContent {
		rec.Content = ""
	}
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
	c.rt.srv.audit.Log(rec)
}

// callSlot lets the receiving middleware know whether a tool handler ran
// (and audited) a tools/call, so that calls refused before it (unknown tool,
// invalid arguments) are audited too.
type callSlot struct{ handled bool }

type slotKey struct{}
