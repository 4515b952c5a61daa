package mcpserver_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/google/jsonschema-go/jsonschema"
	"github.com/gowebex/sdk/mcpserver"
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/stretchr/testify/require"
)

// syncBuffer is an io.Writer safe for concurrent use.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// countingTransport counts the requests sent to Webex.
type countingTransport struct {
	n    atomic.Int64
	next http.RoundTripper
}

func (c *countingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	c.n.Add(1)
	return c.next.RoundTrip(r)
}

// env is a server on the emulator with in-memory MCP sessions per agent.
type env struct {
	t        testing.TB // the test owning the sessions
	emu      *mcpserver.Emulator
	srv      *mcpserver.Server
	audit    *syncBuffer
	requests *countingTransport
	policy   *mcpserver.Policy

	mu       sync.Mutex
	sessions map[string]*mcp.ClientSession
}

func newEnv(t testing.TB, policyYAML string, auditContent bool) *env {
	t.Helper()
	p, err := mcpserver.ParsePolicy([]byte(policyYAML))
	require.NoError(t, err)
	emu, err := mcpserver.StartEmulator(p)
	require.NoError(t, err)
	t.Cleanup(emu.Close)
	e := &env{t: t, emu: emu, audit: &syncBuffer{}, policy: p, sessions: map[string]*mcp.ClientSession{},
		requests: &countingTransport{next: http.DefaultTransport}}
	e.srv, err = mcpserver.New(mcpserver.Config{
		Policy: p, Tokens: emu.Tokens, BaseURL: emu.URL(), Audit: e.audit, AuditContent: auditContent,
		HTTPClient: &http.Client{Transport: e.requests}, SpaceNames: emu.SpaceNames(),
	})
	require.NoError(t, err)
	return e
}

// session returns a connected client session for the agent.
func (e *env) session(t testing.TB, agent string) *mcp.ClientSession {
	t.Helper()
	e.mu.Lock()
	defer e.mu.Unlock()
	if cs, ok := e.sessions[agent]; ok {
		return cs
	}
	ms, err := e.srv.MCPServer(agent)
	require.NoError(t, err)
	ct, st := mcp.NewInMemoryTransports()
	ctx := context.Background()
	ss, err := ms.Connect(ctx, st, nil)
	require.NoError(t, err)
	client := mcp.NewClient(&mcp.Implementation{Name: "test", Version: "1"}, nil)
	cs, err := client.Connect(ctx, ct, nil)
	require.NoError(t, err)
	e.t.Cleanup(func() { _ = cs.Close(); _ = ss.Wait() })
	e.sessions[agent] = cs
	return cs
}

// call calls a tool and returns its result (tool errors included).
func (e *env) call(t testing.TB, agent, tool string, args any) *mcp.CallToolResult {
	t.Helper()
	if args == nil {
		args = map[string]any{}
	}
	res, err := e.session(t, agent).CallTool(context.Background(), &mcp.CallToolParams{Name: tool, Arguments: args})
	require.NoError(t, err, "protocol error calling %s", tool)
	return res
}

// ok calls a tool that must succeed and decodes its structured result.
func (e *env) ok(t testing.TB, agent, tool string, args any, out any) {
	t.Helper()
	res := e.call(t, agent, tool, args)
	require.False(t, res.IsError, "%s failed: %s", tool, text(res))
	require.NotNil(t, res.StructuredContent, "%s: no structured content", tool)
	e.checkOutput(t, agent, tool, res.StructuredContent)
	if out != nil {
		b, err := json.Marshal(res.StructuredContent)
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(b, out))
	}
}

// checkOutput validates a structured result against the tool's output
// schema as the client received it (the server does not validate its own
// output at run time; these tests do).
func (e *env) checkOutput(t testing.TB, agent, tool string, v any) {
	t.Helper()
	res, err := e.session(t, agent).ListTools(context.Background(), nil)
	require.NoError(t, err)
	for _, tl := range res.Tools {
		if tl.Name != tool {
			continue
		}
		b, err := json.Marshal(tl.OutputSchema)
		require.NoError(t, err)
		var s jsonschema.Schema
		require.NoError(t, json.Unmarshal(b, &s))
		rs, err := s.Resolve(nil)
		require.NoError(t, err)
		b, err = json.Marshal(v)
		require.NoError(t, err)
		var doc any
		require.NoError(t, json.Unmarshal(b, &doc))
		require.NoError(t, rs.Validate(&doc), "%s output does not match its schema", tool)
		return
	}
	t.Fatalf("%s not listed to %s", tool, agent)
}

// text returns the text content of a result.
func text(res *mcp.CallToolResult) string {
	var parts []string
	for _, c := range res.Content {
		if tc, ok := c.(*mcp.TextContent); ok {
			parts = append(parts, tc.Text)
		}
	}
	return strings.Join(parts, "\n")
}

// last returns the last audit record of the agent.
func (e *env) last(t testing.TB, agent string) mcpserver.Record {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(e.audit.String()), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		var r mcpserver.Record
		require.NoError(t, json.Unmarshal([]byte(lines[i]), &r), "audit line %q", lines[i])
		if r.Agent == agent {
			return r
		}
	}
	t.Fatalf("no audit record for %s", agent)
	return mcpserver.Record{}
}

const fullPolicy = `
agents:
  boss:
    token_env: BOSS_TOKEN
    grants:
      messages: full
      spaces: full
      memberships: full
      people: full
      teams: full
      meetings: full
      recordings: full
      webhooks: full
      events: full
  confined:
    token_env: CONFINED_TOKEN
    grants:
      messages: full
      spaces: full
      memberships: full
      webhooks: full
      events: read
    spaces: ["Q3 Planning"]
`
