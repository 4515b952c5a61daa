package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gowebex/sdk/mcpserver"
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// buildBinary builds webex-mcp into a temporary directory.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "webex-mcp")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	require.NoError(t, err, "go build: %s", out)
	return bin
}

// TestEndToEndStdio runs the built binary with --emulator and the example
// policy, and talks MCP to it over stdin/stdout.
func TestEndToEndStdio(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	audit := filepath.Join(t.TempDir(), "audit.jsonl")
	cmd := exec.Command(bin, "--emulator", "--agent", "demo", "--policy", "../../examples/mcp/policy.yaml", "--audit", audit)
	stderrPath := filepath.Join(t.TempDir(), "stderr.txt")
	stderrFile, err := os.Create(stderrPath)
	require.NoError(t, err)
	defer stderrFile.Close()
	cmd.Stderr = stderrFile

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	client := mcp.NewClient(&mcp.Implementation{Name: "e2e", Version: "1"}, nil)
	cs, err := client.Connect(ctx, &mcp.CommandTransport{Command: cmd}, nil)
	if err != nil {
		out, _ := os.ReadFile(stderrPath)
		t.Fatalf("connect: %v; stderr: %s", err, out)
	}

	assert.Equal(t, "webex-mcp", cs.InitializeResult().ServerInfo.Name)
	tools, err := cs.ListTools(ctx, nil)
	require.NoError(t, err)
	names := map[string]bool{}
	for _, tl := range tools.Tools {
		names[tl.Name] = true
	}
	assert.True(t, names["messages_create"], "demo has messages: write")
	assert.False(t, names["messages_delete"], "demo lacks messages: full")
	assert.False(t, names["webhooks_list"], "demo has no webhooks grant")

	res, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: "spaces_list", Arguments: map[string]any{}})
	require.NoError(t, err)
	require.False(t, res.IsError)
	var spaces struct {
		Items []struct {
			ID    string `json:"id"`
			Title string `json:"title"`
		} `json:"items"`
	}
	b, _ := json.Marshal(res.StructuredContent)
	require.NoError(t, json.Unmarshal(b, &spaces))
	var planning string
	for _, s := range spaces.Items {
		if s.Title == mcpserver.DemoSpacePlanning {
			planning = s.ID
		}
	}
	require.NotEmpty(t, planning)

	res, err = cs.CallTool(ctx, &mcp.CallToolParams{Name: "messages_create", Arguments: map[string]any{"roomId": planning, "text": "hello from e2e"}})
	require.NoError(t, err)
	require.False(t, res.IsError)
	res, err = cs.CallTool(ctx, &mcp.CallToolParams{Name: "messages_delete", Arguments: map[string]any{"messageId": "x"}})
	require.NoError(t, err)
	require.True(t, res.IsError)
	require.NoError(t, cs.Close())

	log, err := os.ReadFile(audit)
	require.NoError(t, err)
	assert.Contains(t, string(log), `"summary":"demo posted a message to space Q3 Planning: allowed"`)
	assert.Contains(t, string(log), `demo tried to delete message x: denied, needs grant messages: full`)
	assert.NotContains(t, string(log), "hello from e2e")
}

func TestStartupErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	require.NoError(t, os.WriteFile(bad, []byte("agents:\n  a:\n    token_env: A_TOKEN\n    grants:\n      chat: read\n"), 0o600))
	good := filepath.Join(dir, "good.yaml")
	require.NoError(t, os.WriteFile(good, []byte("agents:\n  a:\n    token_env: WEBEX_MCP_TEST_UNSET_TOKEN\n    grants:\n      messages: read\n"), 0o600))
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"--agent", "a"}, "--policy is required"},
		{[]string{"--policy", good}, "exactly one of --agent"},
		{[]string{"--policy", bad, "--agent", "a"}, bad + `:5: policy: agent "a": unknown capability "chat"`},
		{[]string{"--policy", good, "--agent", "b"}, `agent "b" is not in`},
		{[]string{"--policy", good, "--agent", "a"}, good + `:3: policy: agent "a": missing token: environment variable WEBEX_MCP_TEST_UNSET_TOKEN (token_env) is not set`},
	}
	for _, tc := range cases {
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), tc.args, &stdout, &stderr)
		require.Error(t, err, strings.Join(tc.args, " "))
		assert.Contains(t, err.Error(), tc.want)
	}
	var stdout bytes.Buffer
	require.NoError(t, run(context.Background(), []string{"hash-key", "secret"}, &stdout, &stdout))
	assert.Equal(t, mcpserver.KeyHash("secret")+"\n", stdout.String())
	stdout.Reset()
	require.NoError(t, run(context.Background(), []string{"tools"}, &stdout, &stdout))
	assert.Contains(t, stdout.String(), "messages_delete")
	assert.Contains(t, stdout.String(), "messages: full")
}
