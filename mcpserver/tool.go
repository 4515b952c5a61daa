package mcpserver

import (
	"context"
	"encoding/json"
	"reflect"
	"sync"

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
	// Title is the tool's title, for people.
	Title string
	// Toolset is the id of the toolset the tool belongs to.
	Toolset string
	// Capability and Level are the grant the tool needs.
	Capability Capability
	Level      Level
	// Scopes are the Webex token scopes the call needs (any one of them).
	Scopes []string
	// ReadOnly, Destructive and Idempotent are the tool's annotations.
	ReadOnly, Destructive, Idempotent bool
	// Description is the description the agent reads.
	Description string
	// InputSchema and OutputSchema are the JSON schemas clients receive.
	InputSchema, OutputSchema json.RawMessage
}

func (i *ToolInfo) annotations() *mcp.ToolAnnotations {
	return &mcp.ToolAnnotations{
		ReadOnlyHint:    i.ReadOnly,
		DestructiveHint: &i.Destructive,
		IdempotentHint:  i.Idempotent,
		OpenWorldHint:   webex.Ptr(true),
	}
}

// mcpTool returns the tool as clients list it.
func (i *ToolInfo) mcpTool() *mcp.Tool {
	return &mcp.Tool{
		Name:         i.Name,
		Title:        i.Title,
		Description:  i.Description,
		Annotations:  i.annotations(),
		InputSchema:  i.InputSchema,
		OutputSchema: i.OutputSchema,
	}
}

// tool is one entry of the inventory.
type tool interface {
	info() *ToolInfo
	// setToolset puts the tool in a toolset unless it names its own.
	setToolset(id string)
	// refuse denies a call the agent may not make (a grant it lacks, a
	// toolset it has not enabled), before its arguments are validated;
	// args are read only for the audit log.
	refuse(rt *agentRuntime, args json.RawMessage, why error) *mcp.CallToolResult
	// invoke runs one call with raw arguments.
	invoke(ctx context.Context, rt *agentRuntime, args json.RawMessage) *mcp.CallToolResult
}

// spec is a tool: its policy, description and the SDK call it makes.
type spec[In, Out any] struct {
	name  string
	title string
	desc  string
	// set is the toolset; empty means its group's (see allTools).
	set   string
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

	once  sync.Once
	meta  ToolInfo
	inRes *jsonschema.Resolved
	err   error
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

func (t *spec[In, Out]) setToolset(id string) {
	if t.set == "" {
		t.set = id
	}
}

func (t *spec[In, Out]) info() *ToolInfo {
	t.once.Do(func() {
		m := ToolInfo{Name: t.name, Title: t.title, Toolset: t.set, Capability: t.cap, Level: t.level, Scopes: t.scopes, Description: t.desc}
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
		m.InputSchema, m.OutputSchema, t.inRes, t.err = schemasFor[In, Out]()
		t.meta = m
	})
	return &t.meta
}
