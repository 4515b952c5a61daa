package mcpserver_test

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/gowebex/sdk/mcpserver"
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func matrixAgent(c mcpserver.Capability, l mcpserver.Level) string { return fmt.Sprintf("%s-%s", c, l) }

// matrixAgents has one agent per capability and level, granted only that,
// with every toolset enabled, and an agent granted nothing.
func matrixAgents() string {
	var b strings.Builder
	b.WriteString("  nothing:\n    token_env: NOTHING_TOKEN\n")
	for _, c := range mcpserver.Capabilities() {
		for _, l := range mcpserver.Levels() {
			fmt.Fprintf(&b, "  %s:\n    token_env: T\n    toolsets: [all]\n    grants:\n      %s: %s\n", matrixAgent(c.ID, l), c.ID, l)
		}
	}
	return b.String()
}

// dummyArgs fills every required property of a tool's input schema.
func dummyArgs(schema any) map[string]any {
	args := map[string]any{}
	s, _ := schema.(map[string]any)
	props, _ := s["properties"].(map[string]any)
	req, _ := s["required"].([]any)
	for _, r := range req {
		name := r.(string)
		p, _ := props[name].(map[string]any)
		typ := fmt.Sprint(p["type"])
		switch {
		case name == "start" || name == "end":
			args[name] = "2030-01-01T10:00:00Z"
		case strings.Contains(typ, "array"):
			items, _ := p["items"].(map[string]any)
			if strings.Contains(fmt.Sprint(items["type"]), "object") {
				args[name] = []any{dummyArgs(items)}
			} else {
				args[name] = []string{"x"}
			}
		case strings.Contains(typ, "object"):
			args[name] = map[string]any{"k": "v"}
		case typ == "integer":
			args[name] = 1
		case typ == "boolean":
			args[name] = false
		default:
			args[name] = "x"
		}
	}
	return args
}

func listTools(t *testing.T, cs *mcp.ClientSession) map[string]*mcp.Tool {
	t.Helper()
	res, err := cs.ListTools(context.Background(), nil)
	require.NoError(t, err)
	m := map[string]*mcp.Tool{}
	for _, tl := range res.Tools {
		m[tl.Name] = tl
	}
	return m
}

// fullMatrix, set by MCPSERVER_FULL_MATRIX=1 (CI sets it), makes TestMatrix
// call every tool as every agent. By default each tool is called by the
// agents of its own capability, at every level, and by the full agent of
// one other (see neighbour): every branch of the policy check for every
// tool at a tenth of the calls. The other agents would take the very path
// of that neighbour, whose full grant is the most another capability can
// hold.
var fullMatrix = os.Getenv("MCPSERVER_FULL_MATRIX") == "1"

// neighbour returns the capability after c in Capabilities(), whose agents
// call c's tools in the default matrix to prove that a grant of another
// capability, even at full, allows none of them.
func neighbour(c mcpserver.Capability) mcpserver.Capability {
	caps := mcpserver.Capabilities()
	for i, ci := range caps {
		if ci.ID == c {
			return caps[(i+1)%len(caps)].ID
		}
	}
	panic("unknown capability " + string(c))
}

// TestMatrix proves, for every tool and every grant level of its
// capability, that exactly the calls the level allows pass, that the others
// are denied with the missing grant named, never reach Webex and are
// logged, and that tools/list shows exactly the usable tools. Every agent
// lists its tools; the calls are those of fullMatrix.
func TestMatrix(t *testing.T) {
	t.Parallel()
	e := shared

	assert.Empty(t, listTools(t, e.session(t, "nothing")), "an agent with no grants sees no tools")

	schemas := map[string]any{}
	for name, tl := range listTools(t, e.session(t, "boss")) {
		schemas[name] = tl.InputSchema
	}
	tools := mcpserver.Tools()
	require.Len(t, schemas, len(tools), "full grants and every toolset list every tool")

	for _, ci := range mcpserver.Capabilities() {
		for _, l := range mcpserver.Levels() {
			c, agent := ci.ID, matrixAgent(ci.ID, l)
			t.Run(agent, func(t *testing.T) {
				t.Parallel()
				listed := listTools(t, e.session(t, agent))
				for _, ti := range tools {
					allowed := ti.Capability == c && l >= ti.Level
					_, isListed := listed[ti.Name]
					assert.Equal(t, allowed, isListed, "%s listed to %s", ti.Name, agent)
					if !fullMatrix && ti.Capability != c && (neighbour(ti.Capability) != c || l != mcpserver.Full) {
						continue
					}

					before := e.sent(agent)
					res := e.call(t, agent, ti.Name, dummyArgs(schemas[ti.Name]))
					rec := e.last(t, agent)
					assert.Equal(t, ti.Name, rec.Tool)
					if allowed {
						assert.Equal(t, mcpserver.Allowed, rec.Decision, "%s by %s: %s", ti.Name, agent, text(res))
						assert.NotContains(t, text(res), "denied by policy")
						continue
					}
					require.True(t, res.IsError, "%s by %s must fail", ti.Name, agent)
					have := mcpserver.Off
					if ti.Capability == c {
						have = l
					}
					want := fmt.Sprintf("denied by policy: %s needs the grant %s: %s, and agent %s has %s: %s",
						ti.Name, ti.Capability, ti.Level, agent, ti.Capability, have)
					assert.Contains(t, text(res), want)
					assert.Equal(t, mcpserver.Denied, rec.Decision)
					assert.Equal(t, "denied", rec.Outcome)
					assert.Contains(t, rec.Summary, agent+" tried to ")
					assert.Contains(t, rec.Summary, fmt.Sprintf(": denied, needs grant %s: %s", ti.Capability, ti.Level))
					assert.Equal(t, before, e.sent(agent), "denied %s by %s reached Webex", ti.Name, agent)
				}
			})
		}
	}
}

// TestExpelNeedsFull checks a level that depends on the input: muting a
// participant needs meetings: write, expelling one meetings: full.
func TestExpelNeedsFull(t *testing.T) {
	t.Parallel()
	e := shared
	agent := matrixAgent(mcpserver.CapMeetings, mcpserver.Write)
	before := e.sent(agent)
	res := e.call(t, agent, "meeting_participants_update", map[string]any{"participantId": "x", "expel": true})
	require.True(t, res.IsError)
	assert.Contains(t, text(res), "needs the grant meetings: full")
	assert.Equal(t, before, e.sent(agent))
	res = e.call(t, agent, "meeting_participants_update", map[string]any{"participantId": "x", "muted": true})
	assert.NotContains(t, text(res), "denied by policy")
	assert.Equal(t, mcpserver.Allowed, e.last(t, agent).Decision)
}

// TestToolAnnotations checks that every tool has a description, a title,
// object input and output schemas and annotations matching its level.
func TestToolAnnotations(t *testing.T) {
	t.Parallel()
	e := shared
	listed := listTools(t, e.session(t, "boss"))
	var names []string
	for _, ti := range mcpserver.Tools() {
		names = append(names, ti.Name)
		tl, ok := listed[ti.Name]
		require.True(t, ok, ti.Name)
		require.NotNil(t, tl.Annotations, ti.Name)
		assert.NotEmpty(t, tl.Description, ti.Name)
		assert.NotEmpty(t, tl.Title, ti.Name)
		assert.Equal(t, "object", tl.InputSchema.(map[string]any)["type"], ti.Name)
		assert.NotNil(t, tl.OutputSchema, ti.Name)
		a := tl.Annotations
		require.NotNil(t, a.DestructiveHint, ti.Name)
		assert.Equal(t, ti.Level == mcpserver.Read, a.ReadOnlyHint, "%s readOnlyHint", ti.Name)
		if ti.Level == mcpserver.Full {
			assert.True(t, *a.DestructiveHint, "%s: full-level tools are destructive", ti.Name)
		}
		if strings.HasSuffix(ti.Name, "_create") || strings.HasSuffix(ti.Name, "_create_bulk") {
			assert.False(t, a.IdempotentHint, "%s: creating twice creates twice", ti.Name)
			assert.False(t, *a.DestructiveHint, ti.Name)
		}
		if strings.HasSuffix(ti.Name, "_delete") {
			assert.True(t, a.IdempotentHint, ti.Name)
		}
		parts := strings.SplitN(ti.Name, "_", 2)
		assert.Len(t, parts, 2, "%s follows <area>_<verb>", ti.Name)
		assert.Equal(t, strings.ToLower(ti.Name), ti.Name)
	}
	sort.Strings(names)
	assert.Len(t, names, len(listed))
	// List tools take a limit and return a cursor or a "more" flag.
	for _, ti := range mcpserver.Tools() {
		if !strings.Contains(ti.Name, "_list") || strings.HasPrefix(ti.Name, "summaries_") {
			continue
		}
		props := listed[ti.Name].InputSchema.(map[string]any)["properties"].(map[string]any)
		assert.Contains(t, props, "limit", ti.Name)
	}
}
