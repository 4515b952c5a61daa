package mcpserver

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"sync"
	"time"

	"github.com/gowebex/sdk/webex"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// Version is the server's version, reported to MCP clients.
const Version = "0.1.0"

// Config configures a Server.
type Config struct {
	// Policy says which agents exist and what each may do. Required.
	Policy *Policy
	// Tokens maps every agent of the policy to its own Webex token
	// (see Policy.Tokens). Required for each agent.
	Tokens map[string]string
	// BaseURL is the Webex API base URL; empty means Webex itself.
	BaseURL string
	// Audit receives the audit log, one JSON object a line; nil means
	// os.Stderr.
	Audit io.Writer
	// AuditContent puts message text in the audit log. Off by default.
	AuditContent bool
	// HTTPClient is the base HTTP client for Webex calls; nil means the
	// default transport.
	HTTPClient *http.Client
	// ClientOptions are more options for the agents' Webex clients.
	ClientOptions []webex.Option
	// CallTimeout bounds each tool call, Webex requests and waits
	// included; zero means one minute. An endpoint Webex paused (429) for
	// longer fails at once with the wait in the error, instead of hanging.
	CallTimeout time.Duration
	// SpaceNames gives known spaces' titles by id, for the audit log's
	// sentences; others are learned from results (spaces_list, ...).
	SpaceNames map[string]string
}

// Server serves the Webex tools to the agents of a policy.
type Server struct {
	policy       *Policy
	audit        *Auditor
	auditContent bool
	cursors      *cursors
	callTimeout  time.Duration
	names        sync.Map // space id -> title, learned from results
	agents       map[string]*agentRuntime
}

// agentRuntime is one agent's MCP server and Webex client.
type agentRuntime struct {
	srv    *Server
	agent  *Agent
	client *webex.Client
	mcp    *mcp.Server
}

// New returns a server for cfg's policy, with one Webex client per agent
// using that agent's own token.
func New(cfg Config) (*Server, error) {
	if cfg.CallTimeout <= 0 {
		cfg.CallTimeout = time.Minute
	}
	if cfg.Policy == nil {
		return nil, fmt.Errorf("mcpserver: Config.Policy is required")
	}
	if err := cfg.Policy.Check(); err != nil {
		return nil, err
	}
	w := cfg.Audit
	if w == nil {
		w = os.Stderr
	}
	s := &Server{
		policy:       cfg.Policy,
		audit:        NewAuditor(w),
		auditContent: cfg.AuditContent,
		cursors:      newCursors(),
		callTimeout:  cfg.CallTimeout,
		agents:       map[string]*agentRuntime{},
	}
	for id, title := range cfg.SpaceNames {
		s.noteSpace(id, title)
	}
	hc := newHTTPClient(cfg.HTTPClient)
	cache := mcp.NewSchemaCache()
	for _, name := range cfg.Policy.Names() {
		a, _ := cfg.Policy.Agent(name)
		tok := cfg.Tokens[name]
		if tok == "" {
			return nil, fmt.Errorf("mcpserver: no Webex token for agent %q (token_env %s)", name, a.TokenEnv)
		}
		opts := []webex.Option{webex.WithToken(tok), webex.WithHTTPClient(hc)}
		if cfg.BaseURL != "" {
			opts = append(opts, webex.WithBaseURL(cfg.BaseURL))
		}
		opts = append(opts, cfg.ClientOptions...)
		client, err := webex.NewClient(opts...)
		if err != nil {
			return nil, fmt.Errorf("mcpserver: agent %q: %w", name, err)
		}
		rt := &agentRuntime{srv: s, agent: a, client: client}
		rt.mcp = s.newMCPServer(rt, cache)
		s.agents[name] = rt
	}
	return s, nil
}

func (s *Server) newMCPServer(rt *agentRuntime, cache *mcp.SchemaCache) *mcp.Server {
	ms := mcp.NewServer(&mcp.Implementation{Name: "webex-mcp", Title: "Webex", Version: Version}, &mcp.ServerOptions{
		Instructions: instructions(rt.agent),
		SchemaCache:  cache,
		Capabilities: &mcp.ServerCapabilities{Tools: &mcp.ToolCapabilities{}},
	})
	for _, t := range allTools() {
		t.register(ms, rt, cache)
	}
	ms.AddReceivingMiddleware(rt.middleware)
	return ms
}

func instructions(a *Agent) string {
	s := "Tools for Cisco Webex, acting as agent " + a.Name + " with its own Webex token. " +
		"Tool names are <area>_<verb>. List tools return at most limit items (default 50, max 100) and a nextCursor for the next page. " +
		"Only the tools this agent's policy allows are listed; a call the policy denies returns an error naming the missing grant and is never sent to Webex. " +
		"Every call is recorded in an audit log."
	if a.Confined() {
		s += " This agent is confined to a list of spaces: use spaces_list to see them."
	}
	return s
}

// MCPServer returns the MCP server of the named agent, listing only the
// tools its grants allow.
func (s *Server) MCPServer(agent string) (*mcp.Server, error) {
	rt, ok := s.agents[agent]
	if !ok {
		return nil, fmt.Errorf("mcpserver: unknown agent %q (the policy defines %v)", agent, s.policy.Names())
	}
	return rt.mcp, nil
}

// RunStdio serves the named agent over stdin and stdout until the client
// disconnects or ctx is done.
func (s *Server) RunStdio(ctx context.Context, agent string) error {
	ms, err := s.MCPServer(agent)
	if err != nil {
		return err
	}
	return ms.Run(ctx, &mcp.StdioTransport{})
}

// Client returns the named agent's Webex client (for tests and tools built
// on the server).
func (s *Server) Client(agent string) (*webex.Client, bool) {
	rt, ok := s.agents[agent]
	if !ok {
		return nil, false
	}
	return rt.client, true
}

// spaceName returns a space's title when known, else its id.
func (s *Server) spaceName(id string) string {
	if v, ok := s.names.Load(id); ok {
		return v.(string)
	}
	return id
}

// noteSpace remembers a space's title for the audit log's sentences.
func (s *Server) noteSpace(id, title string) {
	if id != "" && title != "" {
		s.names.Store(id, title)
	}
}

// Tools describes every tool of the server, whatever the policy.
func Tools() []ToolInfo {
	ts := allTools()
	out := make([]ToolInfo, len(ts))
	for i, t := range ts {
		out[i] = *t.info()
	}
	return out
}
