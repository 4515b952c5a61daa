package mcpserver_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/google/jsonschema-go/jsonschema"
	"github.com/gowebex/sdk/mcpserver"
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/internal/testmain"
)

// shared is the fixture most tests share: one emulator and one server for
// every agent of sharedPolicy. Tests use agents of their own, so they run
// in parallel without seeing each other's records or requests.
var shared *env

func TestMain(m *testing.M) {
	var err error
	shared, err = startEnv(sharedPolicy(), nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, "shared fixture:", err)
		os.Exit(1)
	}
	code := m.Run()
	shared.close()
	testmain.Exit(code)
}

// auditLog is a test's audit writer: it keeps each agent's records,
// parsed once as they are written (one record per Write).
type auditLog struct {
	mu      sync.Mutex
	buf     bytes.Buffer
	byAgent map[string][]mcpserver.Record
	// fail makes writes fail, as a full disk would.
	fail atomic.Bool
}

func (l *auditLog) Write(p []byte) (int, error) {
	if l.fail.Load() {
		return 0, errors.New("disk full")
	}
	var r mcpserver.Record
	if err := json.Unmarshal(p, &r); err != nil {
		return 0, fmt.Errorf("audit line %q: %w", p, err)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.buf.Write(p)
	l.byAgent[r.Agent] = append(l.byAgent[r.Agent], r)
	return len(p), nil
}

func (l *auditLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

func (l *auditLog) records(agent string) []mcpserver.Record {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]mcpserver.Record(nil), l.byAgent[agent]...)
}

// countingTransport counts the requests sent to Webex with each token.
type countingTransport struct {
	mu   sync.Mutex
	n    map[string]int64
	next http.RoundTripper
}

func (c *countingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	c.mu.Lock()
	c.n[strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")]++
	c.mu.Unlock()
	return c.next.RoundTrip(r)
}

// env is a server on the emulator with in-memory MCP sessions per agent.
type env struct {
	emu      *mcpserver.Emulator
	srv      *mcpserver.Server
	audit    *auditLog
	requests *countingTransport
	policy   *mcpserver.Policy

	mu       sync.Mutex
	sessions map[string]*mcp.ClientSession
	schemas  map[string]map[string]*jsonschema.Resolved
	closers  []func()
}

// newEnv starts a fixture of the test's own, for tests that change the
// emulator (faults) or the server's configuration.
func newEnv(t testing.TB, policyYAML string, configure func(*mcpserver.Config, *mcpserver.Emulator)) *env {
	t.Helper()
	e, err := startEnv(policyYAML, configure)
	require.NoError(t, err)
	t.Cleanup(e.close)
	return e
}

func startEnv(policyYAML string, configure func(*mcpserver.Config, *mcpserver.Emulator)) (*env, error) {
	p, err := mcpserver.ParsePolicy([]byte(policyYAML))
	if err != nil {
		return nil, err
	}
	emu, err := mcpserver.StartEmulator(p)
	if err != nil {
		return nil, err
	}
	e := &env{emu: emu, audit: &auditLog{byAgent: map[string][]mcpserver.Record{}}, policy: p,
		sessions: map[string]*mcp.ClientSession{}, schemas: map[string]map[string]*jsonschema.Resolved{},
		requests: &countingTransport{n: map[string]int64{}, next: http.DefaultTransport}}
	e.closers = append(e.closers, emu.Close)
	cfg := mcpserver.Config{
		Policy: p, Tokens: emu.Tokens, BaseURL: emu.URL(), Audit: e.audit, Warnings: &bytes.Buffer{},
		HTTPClient: &http.Client{Transport: e.requests}, SpaceNames: emu.SpaceNames(),
	}
	if configure != nil {
		configure(&cfg, emu)
	}
	if e.srv, err = mcpserver.New(cfg); err != nil {
		emu.Close()
		return nil, err
	}
	return e, nil
}

// close closes the sessions, then the emulator.
func (e *env) close() {
	for i := len(e.closers) - 1; i >= 0; i-- {
		e.closers[i]()
	}
}

// sent is how many requests reached Webex with the agent's token.
func (e *env) sent(agent string) int64 {
	e.requests.mu.Lock()
	defer e.requests.mu.Unlock()
	return e.requests.n[e.emu.Tokens[agent]]
}

// connect opens a new in-memory session of the agent.
func (e *env) connect(t testing.TB, agent string, opts *mcp.ClientOptions) *mcp.ClientSession {
	t.Helper()
	ms, err := e.srv.MCPServer(agent)
	require.NoError(t, err)
	ct, st := mcp.NewInMemoryTransports()
	ctx := context.Background()
	ss, err := ms.Connect(ctx, st, nil)
	require.NoError(t, err)
	cs, err := mcp.NewClient(&mcp.Implementation{Name: "test", Version: "1"}, opts).Connect(ctx, ct, nil)
	require.NoError(t, err)
	e.mu.Lock()
	e.closers = append(e.closers, func() { _ = cs.Close(); _ = ss.Wait() })
	e.mu.Unlock()
	return cs
}

// session returns the agent's shared session, connected on first use.
func (e *env) session(t testing.TB, agent string) *mcp.ClientSession {
	t.Helper()
	e.mu.Lock()
	cs, ok := e.sessions[agent]
	e.mu.Unlock()
	if ok {
		return cs
	}
	cs = e.connect(t, agent, nil)
	e.mu.Lock()
	defer e.mu.Unlock()
	if prev, ok := e.sessions[agent]; ok {
		return prev
	}
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
// schema as the agent's session listed it (the server does not validate
// its own output at run time; these tests do).
func (e *env) checkOutput(t testing.TB, agent, tool string, v any) {
	t.Helper()
	e.mu.Lock()
	rs := e.schemas[agent][tool]
	e.mu.Unlock()
	if rs == nil {
		rs = e.listSchemas(t, agent)[tool]
	}
	require.NotNil(t, rs, "%s not listed to %s", tool, agent)
	b, err := json.Marshal(v)
	require.NoError(t, err)
	var doc any
	require.NoError(t, json.Unmarshal(b, &doc))
	require.NoError(t, rs.Validate(&doc), "%s output does not match its schema", tool)
}

// resolvedSchemas maps an output schema, as JSON, to its resolved form:
// the same schema is listed to many agents of many fixtures, and resolving
// it is the costly part.
var resolvedSchemas sync.Map

// listSchemas lists the agent's tools and resolves their output schemas.
func (e *env) listSchemas(t testing.TB, agent string) map[string]*jsonschema.Resolved {
	t.Helper()
	res, err := e.session(t, agent).ListTools(context.Background(), nil)
	require.NoError(t, err)
	m := map[string]*jsonschema.Resolved{}
	for _, tl := range res.Tools {
		b, err := json.Marshal(tl.OutputSchema)
		require.NoError(t, err)
		if rs, ok := resolvedSchemas.Load(string(b)); ok {
			m[tl.Name] = rs.(*jsonschema.Resolved)
			continue
		}
		var s jsonschema.Schema
		require.NoError(t, json.Unmarshal(b, &s))
		rs, err := s.Resolve(nil)
		require.NoError(t, err)
		resolvedSchemas.Store(string(b), rs)
		m[tl.Name] = rs
	}
	e.mu.Lock()
	e.schemas[agent] = m
	e.mu.Unlock()
	return m
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
	recs := e.audit.records(agent)
	require.NotEmpty(t, recs, "no audit record for %s", agent)
	return recs[len(recs)-1]
}

// fullGrants grants every capability at full.
const fullGrants = `{messages: full, spaces: full, memberships: full, people: full, teams: full, meetings: full, recordings: full, webhooks: full, events: full}`

// sharedPolicy is the policy of the shared fixture: the agents of
// fullPolicy and auditPolicy, and one agent per capability and level for
// the matrix.
func sharedPolicy() string {
	return fullPolicy + strings.TrimPrefix(auditPolicy, "\nagents:\n") + matrixAgents()
}

const fullPolicy = `
agents:
  boss:
    token_env: BOSS_TOKEN
    grants: ` + fullGrants + `
    toolsets: [all]
  compact:
    token_env: COMPACT_TOKEN
    grants: ` + fullGrants + `
  poster:
    token_env: POSTER_TOKEN
    toolsets: [default]
    grants: {messages: write, spaces: read}
  confined:
    token_env: CONFINED_TOKEN
    toolsets: [all]
    grants:
      messages: full
      spaces: full
      memberships: full
      webhooks: full
      events: read
    spaces: ["Q3 Planning"]
`
