package mcpserver

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/gowebex/sdk/webex"
	"go.yaml.in/yaml/v3"
)

// Agent is one agent of a policy: who it is, which Webex token it uses and
// what it may do.
type Agent struct {
	// Name is the agent's key in the policy; it names the agent in the audit log.
	Name string
	// TokenEnv is the environment variable holding the agent's own Webex token.
	TokenEnv string
	// KeySHA256 is the hex SHA-256 of the key the agent presents over HTTP
	// (see KeyHash); empty means the agent cannot use HTTP.
	KeySHA256 string
	// Grants gives each granted capability its level; missing ones are Off.
	Grants map[Capability]Level
	// Spaces, when non-nil, is the space allowlist: the only spaces (room
	// ids) the agent may name or see. An empty, non-nil list allows none.
	Spaces []string
	// OAuth, when set, makes the agent an OAuth integration acting for a
	// user: its token refreshes instead of coming from token_env.
	OAuth *OAuthAgent
	// Toolsets, when non-nil, are the toolsets the agent's sessions start
	// with (ids, "default" or "all"), instead of the server's.
	Toolsets []string
	// Line is the line of the policy file where the agent is defined.
	Line int

	tokenEnvLine int
	spaceSet     map[string]bool
	unresolved   []spaceRef
}

// Level returns the agent's grant for c (Off when not granted).
func (a *Agent) Level(c Capability) Level { return a.Grants[c] }

// Confined reports whether the agent has a space allowlist.
func (a *Agent) Confined() bool { return a.Spaces != nil }

// SpaceAllowed reports whether the agent may name or see the space id.
// It is true for every space when the agent has no allowlist.
func (a *Agent) SpaceAllowed(id string) bool {
	return a.Spaces == nil || a.spaceSet[id]
}

// Policy is the set of agents a server serves and what each may do.
type Policy struct {
	agents map[string]*Agent
	byKey  map[string]*Agent
}

// Agent returns the named agent.
func (p *Policy) Agent(name string) (*Agent, bool) {
	a, ok := p.agents[name]
	return a, ok
}

// Names returns the agents' names, sorted.
func (p *Policy) Names() []string {
	names := make([]string, 0, len(p.agents))
	for n := range p.agents {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// agentByKeyHash returns the agent whose key hashes to the hex digest h.
func (p *Policy) agentByKeyHash(h string) (*Agent, bool) {
	a, ok := p.byKey[h]
	return a, ok
}

// LoadPolicy reads and parses the policy file at path. Errors name the file
// and line.
func LoadPolicy(path string) (*Policy, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("policy: %w", err)
	}
	p, err := ParsePolicy(data)
	if err != nil {
		return nil, fmt.Errorf("%s:%w", path, err)
	}
	return p, nil
}

// PolicyError is a mistake in a policy, at a line of the file.
type PolicyError struct {
	Line int
	Msg  string
}

func (e *PolicyError) Error() string { return fmt.Sprintf("%d: policy: %s", e.Line, e.Msg) }

func perr(n *yaml.Node, format string, args ...any) error {
	return &PolicyError{Line: n.Line, Msg: fmt.Sprintf(format, args...)}
}

// ParsePolicy parses a YAML policy:
//
//	agents:
//	  triage-bot:
//	    token_env: WEBEX_TRIAGE_TOKEN   # the agent's own Webex token
//	    key_sha256: 9f86d0...           # optional: hash of its HTTP key
//	    grants:                         # capability: off | read | write | full
//	      messages: write
//	      spaces: read
//	    spaces: ["Y2lzY29zcGFyazovL3VzL1JPT00v..."]  # optional allowlist
//
// Unknown keys, capabilities or levels, a missing token_env, a malformed key
// hash, a key shared by two agents or a space id that is not a Webex room id
// are errors naming the line.
func ParsePolicy(data []byte) (*Policy, error) {
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("%s", strings.TrimPrefix(err.Error(), "yaml: line "))
	}
	if len(doc.Content) == 0 {
		return nil, &PolicyError{Line: 1, Msg: "empty policy: it needs an agents: section"}
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, perr(root, "the policy must be a mapping with an agents: section")
	}
	p := &Policy{agents: map[string]*Agent{}, byKey: map[string]*Agent{}}
	var agentsNode *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if k.Value != "agents" {
			return nil, perr(k, "unknown key %q (want agents)", k.Value)
		}
		agentsNode = v
	}
	if agentsNode == nil {
		return nil, perr(root, "no agents: section")
	}
	if agentsNode.Kind != yaml.MappingNode || len(agentsNode.Content) == 0 {
		return nil, perr(agentsNode, "agents: must map agent names to their settings")
	}
	for i := 0; i+1 < len(agentsNode.Content); i += 2 {
		k, v := agentsNode.Content[i], agentsNode.Content[i+1]
		if k.Value == "" {
			return nil, perr(k, "empty agent name")
		}
		if _, dup := p.agents[k.Value]; dup {
			return nil, perr(k, "agent %q is defined twice", k.Value)
		}
		a, err := parseAgent(k, v)
		if err != nil {
			return nil, err
		}
		if a.KeySHA256 != "" {
			if other, dup := p.byKey[a.KeySHA256]; dup {
				return nil, perr(k, "agent %q has the same key_sha256 as agent %q", a.Name, other.Name)
			}
			p.byKey[a.KeySHA256] = a
		}
		p.agents[a.Name] = a
	}
	return p, nil
}

// Check reports the first allowlist entry that is not a space id (see
// ResolveSpaces). New calls it.
func (p *Policy) Check() error { return p.checkResolved() }

func parseAgent(name, n *yaml.Node) (*Agent, error) {
	a := &Agent{Name: name.Value, Grants: map[Capability]Level{}, Line: name.Line}
	if n.Kind != yaml.MappingNode {
		return nil, perr(n, "agent %q: settings must be a mapping (token_env, grants, spaces, key_sha256)", a.Name)
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch k.Value {
		case "token_env":
			if v.Kind != yaml.ScalarNode || v.Value == "" {
				return nil, perr(v, "agent %q: token_env must name an environment variable", a.Name)
			}
			a.TokenEnv, a.tokenEnvLine = v.Value, v.Line
		case "key_sha256":
			h := strings.ToLower(v.Value)
			if b, err := hex.DecodeString(h); v.Kind != yaml.ScalarNode || err != nil || len(b) != 32 {
				return nil, perr(v, "agent %q: key_sha256 must be 64 hex digits (the SHA-256 of the key; see webex-mcp hash-key)", a.Name)
			}
			a.KeySHA256 = h
		case "grants":
			if err := parseGrants(a, v); err != nil {
				return nil, err
			}
		case "spaces":
			if err := parseSpaces(a, v); err != nil {
				return nil, err
			}
		case "toolsets":
			if err := parseToolsets(a, v); err != nil {
				return nil, err
			}
		case "oauth":
			if err := parseOAuth(a, v); err != nil {
				return nil, err
			}
		default:
			return nil, perr(k, "agent %q: unknown key %q (want token_env, oauth, key_sha256, grants, spaces or toolsets)", a.Name, clip(k.Value, 64))
		}
	}
	switch {
	case a.TokenEnv == "" && a.OAuth == nil:
		return nil, perr(name, "agent %q: missing token_env (the environment variable holding the agent's own Webex token) or oauth", a.Name)
	case a.TokenEnv != "" && a.OAuth != nil:
		return nil, perr(name, "agent %q: give token_env or oauth, not both", a.Name)
	}
	return a, nil
}

func parseGrants(a *Agent, n *yaml.Node) error {
	if n.Kind != yaml.MappingNode {
		return perr(n, "agent %q: grants must map capabilities to levels", a.Name)
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		c := Capability(k.Value)
		if _, ok := capabilityInfo(c); !ok {
			return perr(k, "agent %q: unknown capability %q (want one of %s)", a.Name, k.Value, capList())
		}
		if _, dup := a.Grants[c]; dup {
			return perr(k, "agent %q: capability %q is granted twice", a.Name, k.Value)
		}
		l, err := ParseLevel(v.Value)
		if err != nil || v.Kind != yaml.ScalarNode {
			return perr(v, "agent %q: capability %s: unknown level %q (want off, read, write or full)", a.Name, k.Value, v.Value)
		}
		a.Grants[c] = l
	}
	return nil
}

func parseToolsets(a *Agent, n *yaml.Node) error {
	if n.Kind != yaml.SequenceNode {
		return perr(n, "agent %q: toolsets must be a list of toolset ids, default or all", a.Name)
	}
	var names []string
	for _, v := range n.Content {
		if v.Kind != yaml.ScalarNode {
			return perr(v, "agent %q: toolsets must be a list of toolset ids, default or all", a.Name)
		}
		names = append(names, v.Value)
	}
	ts, err := ParseToolsets(names)
	if err != nil {
		return perr(n, "agent %q: %v", a.Name, err)
	}
	a.Toolsets = append([]string{}, ts...)
	return nil
}

func parseSpaces(a *Agent, n *yaml.Node) error {
	if n.Kind != yaml.SequenceNode {
		return perr(n, "agent %q: spaces must be a list of space (room) ids", a.Name)
	}
	a.Spaces = []string{}
	a.spaceSet = map[string]bool{}
	for _, v := range n.Content {
		if v.Kind != yaml.ScalarNode || strings.TrimSpace(v.Value) == "" {
			return perr(v, "agent %q: spaces must be a list of space (room) ids", a.Name)
		}
		if id, err := webex.ParseID(v.Value); err != nil || id.Type != "ROOM" {
			// Perhaps a space title, which only the emulator resolves.
			a.unresolved = append(a.unresolved, spaceRef{name: v.Value, line: v.Line})
			continue
		}
		a.Spaces = append(a.Spaces, v.Value)
		a.spaceSet[v.Value] = true
	}
	return nil
}

// spaceRef is an allowlist entry that is not a space id (a title), waiting
// to be resolved.
type spaceRef struct {
	name string
	line int
}

// ResolveSpaces replaces allowlist entries that are not space ids (space
// titles) with the id lookup gives. The emulator uses it so that an example
// policy can name its demo spaces by title.
func (p *Policy) ResolveSpaces(lookup func(title string) (id string, ok bool)) error {
	for _, name := range p.Names() {
		a := p.agents[name]
		var left []spaceRef
		for _, r := range a.unresolved {
			id, ok := lookup(r.name)
			if !ok {
				left = append(left, r)
				continue
			}
			a.Spaces = append(a.Spaces, id)
			a.spaceSet[id] = true
		}
		a.unresolved = left
	}
	return p.checkResolved()
}

// checkResolved reports the first allowlist entry that is not a space id.
func (p *Policy) checkResolved() error {
	for _, name := range p.Names() {
		if a := p.agents[name]; len(a.unresolved) > 0 {
			r := a.unresolved[0]
			return &PolicyError{Line: r.line, Msg: fmt.Sprintf("agent %q: %q is not a Webex space id (space titles are accepted only with the emulator's demo spaces)", a.Name, r.name)}
		}
	}
	return nil
}

func capList() string {
	var s []string
	for _, c := range Capabilities() {
		s = append(s, string(c.ID))
	}
	return strings.Join(s, ", ")
}

// ErrMissingToken is matched (errors.Is) by the error of Tokens when an
// agent's token_env is not set.
var ErrMissingToken = errors.New("missing token")

// Tokens reads each agent's Webex token from the environment variable its
// token_env names, using getenv (os.Getenv when nil). An unset or empty
// variable is an error naming the policy line. HTTP mode needs every
// agent's; stdio needs only the served agent's (see Token).
func (p *Policy) Tokens(getenv func(string) string) (map[string]string, error) {
	out := make(map[string]string, len(p.agents))
	for _, name := range p.Names() {
		tok, err := p.Token(name, getenv)
		if err != nil {
			return nil, err
		}
		if tok != "" {
			out[name] = tok
		}
	}
	return out, nil
}

// Token reads one agent's Webex token from the environment variable its
// token_env names, using getenv (os.Getenv when nil).
func (p *Policy) Token(name string, getenv func(string) string) (string, error) {
	if getenv == nil {
		getenv = os.Getenv
	}
	a, ok := p.agents[name]
	if !ok {
		return "", fmt.Errorf("policy: unknown agent %q", name)
	}
	if a.OAuth != nil {
		return "", nil // its token refreshes (see OAuthAgent)
	}
	tok := strings.TrimSpace(getenv(a.TokenEnv))
	if tok == "" {
		return "", fmt.Errorf("%d: policy: agent %q: %w: environment variable %s (token_env) is not set",
			a.tokenEnvLine, a.Name, ErrMissingToken, a.TokenEnv)
	}
	return tok, nil
}
