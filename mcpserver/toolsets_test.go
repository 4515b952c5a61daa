package mcpserver_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/gowebex/sdk/mcpserver"
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Budget of the default tool list of a full-access agent.
const (
	maxDefaultTools = 30
	maxDefaultBytes = 40 << 10
)

// listSize returns the tools of a session's tools/list and its size in
// bytes as JSON.
func listSize(t testing.TB, cs *mcp.ClientSession) ([]*mcp.Tool, int) {
	t.Helper()
	res, err := cs.ListTools(context.Background(), nil)
	require.NoError(t, err)
	b, err := json.Marshal(res)
	require.NoError(t, err)
	return res.Tools, len(b)
}

// TestCompactDefault checks that a full-access agent with the default
// toolsets gets a list that fits an agent's context: at most 30 tools and
// 40 KiB, covering posting, reading, finding spaces and people, and
// scheduling, plus the meta-tools to enable more.
func TestCompactDefault(t *testing.T) {
	t.Parallel()
	tools, size := listSize(t, shared.session(t, "compact"))
	t.Logf("default tools/list for a full-access agent: %d tools, %d bytes", len(tools), size)
	assert.LessOrEqual(t, len(tools), maxDefaultTools)
	assert.LessOrEqual(t, size, maxDefaultBytes)
	names := map[string]bool{}
	for _, tl := range tools {
		names[tl.Name] = true
	}
	for _, n := range []string{"messages_create", "messages_list", "messages_search", "messages_file_get", "spaces_list", "people_list", "meetings_create", "toolsets_list", "toolsets_enable"} {
		assert.True(t, names[n], "%s in the default list", n)
	}
	assert.False(t, names["webhooks_create"], "webhooks are not a default toolset")

	all, allSize := listSize(t, shared.session(t, "boss"))
	t.Logf("every toolset: %d tools, %d bytes", len(all), allSize)
	assert.Len(t, all, len(mcpserver.Tools()), "toolsets: [all] lists every tool and no meta-tool")
}

// TestToolsetsEnable enables a toolset at run time: the client is told
// the list changed, and the new tools work; a tool of a toolset not
// enabled is refused without reaching Webex; a toolset beyond the grants
// cannot be enabled.
func TestToolsetsEnable(t *testing.T) {
	t.Parallel()
	e := shared
	changed := make(chan struct{}, 4)
	cs := e.connect(t, "compact", &mcp.ClientOptions{ToolListChangedHandler: func(context.Context, *mcp.ToolListChangedRequest) {
		changed <- struct{}{}
	}})
	ctx := context.Background()
	call := func(name string, args map[string]any) *mcp.CallToolResult {
		res, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: name, Arguments: args})
		require.NoError(t, err)
		return res
	}

	before := e.sent("compact")
	res := call("webhooks_list", map[string]any{})
	require.True(t, res.IsError)
	assert.Contains(t, text(res), "toolset webhooks is not enabled in this session: call toolsets_enable with toolset webhooks")
	assert.Equal(t, mcpserver.Denied, e.last(t, "compact").Decision)
	assert.Equal(t, before, e.sent("compact"))

	res = call("toolsets_list", map[string]any{})
	require.False(t, res.IsError, text(res))
	var sets mcpserver.ToolsetsListOutput
	b, _ := json.Marshal(res.StructuredContent)
	require.NoError(t, json.Unmarshal(b, &sets))
	state := map[string]bool{}
	for _, s := range sets.Toolsets {
		state[s.ID] = s.Enabled
	}
	assert.Equal(t, map[string]bool{"messaging": true, "spaces": true, "people": true, "meetings": true, "memberships": false,
		"cards": false, "people_admin": false, "teams": false, "meeting_details": false, "recordings": false, "webhooks": false, "compliance": false}, state)

	res = call("toolsets_enable", map[string]any{"toolset": "webhooks"})
	require.False(t, res.IsError, text(res))
	select {
	case <-changed:
	case <-time.After(10 * time.Second):
		t.Fatal("no notifications/tools/list_changed")
	}
	tools, _ := listSize(t, cs)
	names := map[string]bool{}
	for _, tl := range tools {
		names[tl.Name] = true
	}
	assert.True(t, names["webhooks_create"])
	res = call("webhooks_list", map[string]any{})
	assert.False(t, res.IsError, text(res))

	// Another session of the same agent keeps its own toolsets.
	other, _ := listSize(t, e.connect(t, "compact", nil))
	assert.Less(t, len(other), len(tools))

	// Never beyond the grants: the poster has no webhooks grant.
	res = e.call(t, "poster", "toolsets_enable", map[string]any{"toolset": "webhooks"})
	require.True(t, res.IsError)
	assert.Contains(t, text(res), "not one this agent's grants allow")
	assert.Equal(t, mcpserver.Denied, e.last(t, "poster").Decision)
	res = e.call(t, "poster", "toolsets_enable", map[string]any{"toolset": "nope"})
	require.True(t, res.IsError)
	res = e.call(t, "poster", "toolsets_enable", map[string]any{"toolset": "cards"})
	require.False(t, res.IsError, text(res))
	assert.Contains(t, text(res), "attachment_actions_create")
	assert.NotContains(t, text(res), "webhooks")

	// An agent whose grants fit the compact budget gets them all, and no
	// meta-tools.
	triage := listTools(t, e.session(t, "triage-bot"))
	assert.Contains(t, triage, "attachment_actions_create")
	assert.NotContains(t, triage, "toolsets_enable")
}

// TestParseToolsets checks the toolset names the flag and the policy take.
func TestParseToolsets(t *testing.T) {
	t.Parallel()
	got, err := mcpserver.ParseToolsets([]string{"messaging", " all ", "messaging", ""})
	require.NoError(t, err)
	assert.Equal(t, []string{"messaging", "all"}, got)
	_, err = mcpserver.ParseToolsets([]string{"chat"})
	assert.ErrorContains(t, err, `unknown toolset "chat"`)
	_, err = mcpserver.ParsePolicy([]byte("agents:\n  a:\n    token_env: A\n    toolsets: [chat]\n"))
	assert.ErrorContains(t, err, `4: policy: agent "a": unknown toolset "chat"`)
}

// BenchmarkToolsList reports the size of the default tools/list of a
// full-access agent, and of the list with every toolset.
func BenchmarkToolsList(b *testing.B) {
	for _, agent := range []string{"compact", "boss"} {
		b.Run("agent="+agent, func(b *testing.B) {
			cs := shared.session(b, agent)
			var tools []*mcp.Tool
			var size int
			for b.Loop() {
				tools, size = listSize(b, cs)
			}
			b.ReportMetric(float64(size), "bytes/list")
			b.ReportMetric(float64(len(tools)), "tools")
		})
	}
}
