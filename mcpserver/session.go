package mcpserver

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// session is one MCP session of an agent: its own MCP server, listing the
// tools of the toolsets enabled in the session that the agent's grants
// allow. Tools that exist but are not listed are refused with the reason
// (a missing grant, a toolset not enabled) and audited as denied.
type session struct {
	rt *agentRuntime
	ms *mcp.Server
	// dynamic is whether the agent may enable more toolsets at run time
	// (toolsets_list, toolsets_enable).
	dynamic bool

	mu      sync.Mutex
	enabled map[string]bool
}

// compactTools is the most tools an agent gets when neither the policy
// nor --toolsets chooses: the default toolsets keep a full-access agent
// under it.
const compactTools = 30

// newSession builds the MCP server of one session of rt's agent.
func newSession(rt *agentRuntime) *session {
	ss := &session{rt: rt, enabled: map[string]bool{}}
	want := expandToolsets(rt.toolsets)
	if len(rt.toolsets) == 0 && len(inventory(rt.agent, expandToolsets([]string{ToolsetsAll}))) <= compactTools {
		// Nothing chosen, and everything the grants allow fits the
		// compact budget (an auditor, a confined bot): list it all.
		want = expandToolsets([]string{ToolsetsAll})
	}
	for _, ts := range grantedToolsets(rt.agent) {
		if want[ts.ID] {
			ss.enabled[ts.ID] = true
		} else {
			ss.dynamic = true
		}
	}
	ss.ms = mcp.NewServer(&mcp.Implementation{Name: "webex-mcp", Title: "Webex", Version: Version}, &mcp.ServerOptions{
		Instructions: ss.instructions(),
		Capabilities: &mcp.ServerCapabilities{Tools: &mcp.ToolCapabilities{ListChanged: ss.dynamic}},
	})
	for _, t := range inventory(rt.agent, ss.enabled) {
		ss.add(t)
	}
	if ss.dynamic {
		ss.addMetaTools()
	}
	ss.ms.AddReceivingMiddleware(ss.middleware)
	return ss
}

// add registers a Webex tool on the session's server.
func (ss *session) add(t tool) {
	ss.ms.AddTool(t.info().mcpTool(), func(ctx context.Context, req *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		return t.invoke(ctx, ss.rt, req.Params.Arguments), nil
	})
}

func (ss *session) instructions() string {
	a := ss.rt.agent
	var b strings.Builder
	b.WriteString("Tools for Cisco Webex, acting as agent " + a.Name + " with its own Webex token. " +
		"Tool names are <area>_<verb>. List tools return at most limit items (default 50, max 100) and a nextCursor for the next page. " +
		"A call the policy denies returns an error naming the missing grant and is never sent to Webex. Every call is recorded in an audit log.")
	for _, ci := range Capabilities() {
		if a.Level(ci.ID) > Off && ci.Instructions != "" {
			b.WriteString(" " + ci.Instructions)
		}
	}
	for _, ts := range Toolsets() {
		if ss.enabled[ts.ID] && ts.Instructions != "" {
			b.WriteString(" " + ts.Instructions)
		}
	}
	if a.Confined() {
		b.WriteString(" This agent is confined to a list of spaces: use spaces_list to see them.")
	}
	if ss.dynamic {
		b.WriteString(" More tools are available in toolsets not enabled yet: toolsets_list lists them, toolsets_enable enables one.")
	}
	return b.String()
}

// listed reports whether the session lists the Webex tool.
func (ss *session) listed(ti *ToolInfo) bool {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	return ss.enabled[ti.Toolset] && granted(ss.rt.agent, ti)
}

// middleware refuses tools/call requests for tools the session does not
// list, before go-sdk sees them: a tool the grants do not allow, a tool of
// a toolset not enabled, or no such tool (named back only in part).
func (ss *session) middleware(next mcp.MethodHandler) mcp.MethodHandler {
	return func(ctx context.Context, method string, req mcp.Request) (mcp.Result, error) {
		cr, ok := req.(*mcp.CallToolRequest)
		if method != "tools/call" || !ok || cr.Params == nil {
			return next(ctx, method, req)
		}
		name := cr.Params.Name
		t, known := toolByName()[name]
		switch {
		case isMetaTool(name) && ss.dynamic:
			return next(ctx, method, req)
		case !known:
			return ss.unknownTool(name), nil
		}
		ti := t.info()
		a := ss.rt.agent
		switch {
		case !granted(a, ti):
			return t.refuse(ss.rt, cr.Params.Arguments, &DeniedError{Agent: a.Name, Tool: ti.Name, Capability: ti.Capability, Need: ti.Level, Have: a.Level(ti.Capability)}), nil
		case !ss.listed(ti):
			return t.refuse(ss.rt, cr.Params.Arguments, &DeniedError{Agent: a.Name, Tool: ti.Name,
				Detail: "toolset " + ti.Toolset + " is not enabled in this session: call toolsets_enable with toolset " + ti.Toolset + " first"}), nil
		}
		return next(ctx, method, req)
	}
}

// unknownTool refuses and audits a call of a tool that does not exist.
func (ss *session) unknownTool(name string) *mcp.CallToolResult {
	short := clip(name, 64)
	rec := Record{Time: time.Now().UTC(), Agent: ss.rt.agent.Name, Tool: short, Decision: Denied, Outcome: "denied", Reason: "no such tool"}
	rec.Summary = ss.rt.agent.Name + " tried to call unknown tool " + short + ": denied"
	_ = ss.rt.srv.log(rec, true)
	return errorResult(fmt.Errorf("unknown tool %q: tools/list names the tools this agent may call", short))
}

// The meta-tools of dynamic discovery.
const (
	metaToolsetsList   = "toolsets_list"
	metaToolsetsEnable = "toolsets_enable"
)

func isMetaTool(name string) bool { return name == metaToolsetsList || name == metaToolsetsEnable }

// ToolsetState is one toolset in the result of toolsets_list.
type ToolsetState struct {
	ID      string `json:"id"`
	Summary string `json:"summary"`
	Enabled bool   `json:"enabled"`
	// Tools is how many tools the toolset has that the agent may use.
	Tools int `json:"tools"`
}

// ToolsetsListOutput is the result of toolsets_list.
type ToolsetsListOutput struct {
	Toolsets []ToolsetState `json:"toolsets"`
}

// ToolsetEnableInput is the input of toolsets_enable.
type ToolsetEnableInput struct {
	Toolset string `json:"toolset" jsonschema:"the id of the toolset to enable, from toolsets_list"`
}

// ToolsetEnableOutput is the result of toolsets_enable.
type ToolsetEnableOutput struct {
	Toolset string   `json:"toolset"`
	Added   []string `json:"added" jsonschema:"the tools now listed"`
}

// addMetaTools registers toolsets_list and toolsets_enable.
func (ss *session) addMetaTools() {
	listIn, listOut, _, _ := schemasFor[NoInput, ToolsetsListOutput]()
	ss.ms.AddTool(&mcp.Tool{
		Name: metaToolsetsList, Title: "List toolsets",
		Description: "List the toolsets this agent may enable, whether each is enabled, and how many tools it adds.",
		Annotations: &mcp.ToolAnnotations{ReadOnlyHint: true, IdempotentHint: true, OpenWorldHint: new(bool), DestructiveHint: new(bool)},
		InputSchema: listIn, OutputSchema: listOut,
	}, func(context.Context, *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		return structured(ss.toolsetsList(), "toolsets this agent may enable")
	})
	enIn, enOut, enRes, _ := schemasFor[ToolsetEnableInput, ToolsetEnableOutput]()
	ss.ms.AddTool(&mcp.Tool{
		Name: metaToolsetsEnable, Title: "Enable a toolset",
		Description: "Enable one toolset from toolsets_list for this session: its tools that the agent's grants allow are listed from now on.",
		Annotations: &mcp.ToolAnnotations{IdempotentHint: true, OpenWorldHint: new(bool), DestructiveHint: new(bool)},
		InputSchema: enIn, OutputSchema: enOut,
	}, func(_ context.Context, req *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		var in ToolsetEnableInput
		v := map[string]any{}
		if err := json.Unmarshal(req.Params.Arguments, &v); err != nil || ss.rt.srv.limits.check(v) != nil || enRes.Validate(&v) != nil {
			return errorResult(fmt.Errorf("invalid arguments: toolsets_enable takes {\"toolset\": \"<id from toolsets_list>\"}")), nil
		}
		_ = json.Unmarshal(req.Params.Arguments, &in)
		out, err := ss.enable(in.Toolset)
		if err != nil {
			return errorResult(err), nil
		}
		return structured(out, "enabled toolset "+out.Toolset+": "+strings.Join(out.Added, ", "))
	})
}

func (ss *session) toolsetsList() ToolsetsListOutput {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	out := ToolsetsListOutput{Toolsets: []ToolsetState{}}
	for _, ts := range grantedToolsets(ss.rt.agent) {
		out.Toolsets = append(out.Toolsets, ToolsetState{ID: ts.ID, Summary: ts.Summary, Enabled: ss.enabled[ts.ID],
			Tools: len(inventory(ss.rt.agent, map[string]bool{ts.ID: true}))})
	}
	return out
}

// enable adds a toolset's granted tools to the session; go-sdk sends
// notifications/tools/list_changed. A toolset with no granted tool is
// refused: enabling never goes beyond the grants.
func (ss *session) enable(id string) (ToolsetEnableOutput, error) {
	a := ss.rt.agent
	if !slices.ContainsFunc(grantedToolsets(a), func(ts ToolsetInfo) bool { return ts.ID == id }) {
		err := &DeniedError{Agent: a.Name, Tool: metaToolsetsEnable,
			Detail: fmt.Sprintf("toolset %q is not one this agent's grants allow (toolsets_list names those)", clip(id, 64))}
		ss.auditMeta(id, err)
		return ToolsetEnableOutput{}, err
	}
	ss.mu.Lock()
	already := ss.enabled[id]
	ss.enabled[id] = true
	ss.mu.Unlock()
	out := ToolsetEnableOutput{Toolset: id, Added: []string{}}
	for _, t := range inventory(a, map[string]bool{id: true}) {
		out.Added = append(out.Added, t.info().Name)
		if !already {
			ss.add(t)
		}
	}
	ss.auditMeta(id, nil)
	return out, nil
}

func (ss *session) auditMeta(id string, err error) {
	rec := Record{Time: time.Now().UTC(), Agent: ss.rt.agent.Name, Tool: metaToolsetsEnable, Decision: Allowed, Outcome: "ok",
		Targets: map[string]string{"toolset": id}}
	rec.Summary = ss.rt.agent.Name + " enabled toolset " + id + ": allowed"
	if err != nil {
		rec.Decision, rec.Outcome, rec.Reason = Denied, "denied", "toolset not granted"
		rec.Summary = ss.rt.agent.Name + " tried to enable toolset " + id + ": denied, no grant allows it"
	}
	_ = ss.rt.srv.log(rec, true)
}

// structured returns out as a tool result: a summary and the JSON.
func structured(out any, summary string) (*mcp.CallToolResult, error) {
	js, err := json.Marshal(out)
	if err != nil {
		return nil, err
	}
	return &mcp.CallToolResult{
		Content:           []mcp.Content{&mcp.TextContent{Text: summary}, &mcp.TextContent{Text: string(js)}},
		StructuredContent: json.RawMessage(js),
	}, nil
}
