package mcpserver

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/gowebex/sdk/webex"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// Version is the server's version, reported to MCP clients.
const Version = "0.2.0"

// Config configures a Server.
type Config struct {
	// Policy says which agents exist and what each may do. Required.
	Policy *Policy
	// Agents, when set, limits the server to these agents of the policy:
	// stdio serves one, and only its token is needed. Empty means every
	// agent (HTTP mode).
	Agents []string
	// Tokens maps each served agent to its own Webex token (see
	// Policy.Tokens). Agents with oauth in the policy need none: their
	// tokens refresh (see OAuthAgent); a token given here wins.
	Tokens map[string]string
	// Getenv reads the OAuth agents' client ids and secrets; nil means
	// os.Getenv.
	Getenv func(string) string
	// Toolsets are enabled for agents whose policy names none: toolset
	// ids, "default" or "all". Empty means the default toolsets.
	Toolsets []string
	// BaseURL is the Webex API base URL; empty means Webex itself.
	BaseURL string
	// Audit receives the audit log, one JSON object a line; nil means
	// os.Stderr. A write or destructive call whose record cannot be
	// written is refused.
	Audit io.Writer
	// AuditContent puts message text in the audit log. Off by default.
	AuditContent bool
	// Warnings receives warnings, such as an audit log that cannot be
	// written while reads go on; nil means os.Stderr.
	Warnings io.Writer
	// HTTPClient is the base HTTP client for Webex calls; nil means the
	// default transport.
	HTTPClient *http.Client
	// ClientOptions are more options for the agents' Webex clients.
	ClientOptions []webex.Option
	// CallTimeout bounds each tool call, Webex requests and waits
	// included; zero means one minute. An endpoint Webex paused (429) for
	// longer fails at once with the wait in the error, instead of hanging.
	CallTimeout time.Duration
	// MaxUploadBytes bounds a file posted with messages_create (before
	// base64) and a file read with messages_file_get; zero means
	// DefaultMaxUpload.
	MaxUploadBytes int
	// SpaceNames gives known spaces' titles by id, for the audit log's
	// sentences; others are learned from results (spaces_list, ...).
	SpaceNames map[string]string
	// Metrics, when set, counts calls, denials and Webex errors and times
	// calls (see NewMetrics).
	Metrics *Metrics
}

// Server serves the Webex tools to the agents of a policy.
type Server struct {
	policy       *Policy
	audit        *Auditor
	auditContent bool
	warnings     io.Writer
	warnOnce     sync.Once
	cursors      *cursors
	callTimeout  time.Duration
	limits       limits
	metrics      *Metrics
	names        sync.Map // space id -> title, learned from results
	agents       map[string]*agentRuntime
}

// agentRuntime is one agent's settings and Webex client.
type agentRuntime struct {
	srv    *Server
	agent  *Agent
	client *webex.Client
	// toolsets are the toolset names the agent's sessions start with.
	toolsets []string
	// shared is a session server go-sdk may consult about requests of
	// sessions already open (see HTTPHandler); built on first use.
	shared func() *mcp.Server
}

// New returns a server for cfg's policy, with one Webex client per served
// agent using that agent's own token.
func New(cfg Config) (*Server, error) {
	if cfg.CallTimeout <= 0 {
		cfg.CallTimeout = time.Minute
	}
	if cfg.MaxUploadBytes <= 0 {
		cfg.MaxUploadBytes = DefaultMaxUpload
	}
	if cfg.Policy == nil {
		return nil, fmt.Errorf("mcpserver: Config.Policy is required")
	}
	if err := cfg.Policy.Check(); err != nil {
		return nil, err
	}
	toolsets, err := ParseToolsets(cfg.Toolsets)
	if err != nil {
		return nil, fmt.Errorf("mcpserver: %w", err)
	}
	w := cfg.Audit
	if w == nil {
		w = os.Stderr
	}
	s := &Server{
		policy:       cfg.Policy,
		audit:        NewAuditor(w),
		auditContent: cfg.AuditContent,
		warnings:     cfg.Warnings,
		cursors:      newCursors(),
		callTimeout:  cfg.CallTimeout,
		limits:       limits{uploadBytes: cfg.MaxUploadBytes},
		metrics:      cfg.Metrics,
		agents:       map[string]*agentRuntime{},
	}
	if s.warnings == nil {
		s.warnings = os.Stderr
	}
	for id, title := range cfg.SpaceNames {
		s.noteSpace(id, title)
	}
	names := cfg.Agents
	if len(names) == 0 {
		names = cfg.Policy.Names()
	}
	hc := newHTTPClient(cfg.HTTPClient)
	for _, name := range names {
		a, ok := cfg.Policy.Agent(name)
		if !ok {
			return nil, fmt.Errorf("mcpserver: unknown agent %q (the policy defines %v)", name, cfg.Policy.Names())
		}
		opts := []webex.Option{webex.WithHTTPClient(hc)}
		if cfg.BaseURL != "" {
			opts = append(opts, webex.WithBaseURL(cfg.BaseURL))
		}
		auth, err := agentAuth(a, cfg)
		if err != nil {
			return nil, err
		}
		opts = append(opts, auth)
		opts = append(opts, cfg.ClientOptions...)
		client, err := webex.NewClient(opts...)
		if err != nil {
			return nil, fmt.Errorf("mcpserver: agent %q: %w", name, err)
		}
		ts := a.Toolsets
		if ts == nil {
			ts = toolsets
		}
		rt := &agentRuntime{srv: s, agent: a, client: client, toolsets: ts}
		rt.shared = sync.OnceValue(func() *mcp.Server { return newSession(rt).ms })
		s.agents[name] = rt
	}
	return s, nil
}

// agentAuth returns the client option that authenticates an agent: its
// static token, or for an OAuth agent a refreshing one.
func agentAuth(a *Agent, cfg Config) (webex.Option, error) {
	if tok := cfg.Tokens[a.Name]; tok != "" {
		return webex.WithToken(tok), nil
	}
	if a.OAuth != nil {
		getenv := cfg.Getenv
		if getenv == nil {
			getenv = os.Getenv
		}
		var tokenURL string
		if cfg.BaseURL != "" {
			tokenURL = strings.TrimRight(cfg.BaseURL, "/") + "/access_token"
		}
		return oauthOption(a, getenv, tokenURL)
	}
	return nil, fmt.Errorf("mcpserver: no Webex token for agent %q (token_env %s)", a.Name, a.TokenEnv)
}

// MCPServer returns a new MCP server for one session of the named agent:
// it lists the tools of the agent's toolsets that its grants allow.
func (s *Server) MCPServer(agent string) (*mcp.Server, error) {
	rt, ok := s.agents[agent]
	if !ok {
		return nil, fmt.Errorf("mcpserver: unknown agent %q (this server serves %v)", agent, s.Agents())
	}
	return newSession(rt).ms, nil
}

// Agents returns the names of the agents the server serves, sorted.
func (s *Server) Agents() []string {
	var out []string
	for n := range s.agents {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
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

// log writes an audit record. A read goes on when the log cannot be
// written, with one warning; the error is returned for the caller of a
// write to refuse it.
func (s *Server) log(rec Record, read bool) error {
	s.metrics.observe(rec)
	err := s.audit.Log(rec)
	if err != nil {
		s.warnOnce.Do(func() {
			fmt.Fprintf(s.warnings, "webex-mcp: WARNING: the audit log cannot be written (%v): reads go on, writes are refused\n", err)
		})
		if read {
			return nil
		}
	}
	return err
}
