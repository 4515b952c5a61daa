package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gowebex/sdk/mcpserver"
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/internal/testmain"
)

// The test binary is also the webex-mcp binary: run with
// WEBEX_MCP_TEST_MAIN=1 it runs main, so no test builds a binary.
func TestMain(m *testing.M) {
	if os.Getenv("WEBEX_MCP_TEST_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	testmain.Exit(m.Run())
}

// command returns webex-mcp as a subprocess with only env set.
func command(env []string, args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(testmain.ChildEnv([]string{"WEBEX_MCP_TEST_MAIN=1", "PATH=" + os.Getenv("PATH"), "GORACE=" + os.Getenv("GORACE")}), env...)
	return cmd
}

// TestEndToEndStdio runs webex-mcp with --emulator and the example policy,
// and talks MCP to it over stdin/stdout.
func TestEndToEndStdio(t *testing.T) {
	t.Parallel()
	audit := filepath.Join(t.TempDir(), "audit.jsonl")
	cmd := command(nil, "--emulator", "--agent", "demo", "--policy", "../../examples/mcp/policy.yaml", "--audit", audit)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	client := mcp.NewClient(&mcp.Implementation{Name: "e2e", Version: "1"}, nil)
	cs, err := client.Connect(ctx, &mcp.CommandTransport{Command: cmd}, nil)
	require.NoError(t, err, "stderr: %s", &stderr)

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

// TestStdioNeedsOnlyItsToken serves one agent of a three-agent policy over
// stdio with only that agent's token set, as the README shows.
func TestStdioNeedsOnlyItsToken(t *testing.T) {
	t.Parallel()
	policy := filepath.Join(t.TempDir(), "policy.yaml")
	require.NoError(t, os.WriteFile(policy, []byte(`agents:
  demo: {token_env: WEBEX_DEMO_TOKEN, grants: {messages: write}}
  triage-bot:
    token_env: WEBEX_TRIAGE_TOKEN
    grants: {messages: write, spaces: read}
    spaces: ["Y2lzY29zcGFyazovL3VzL1JPT00vYWJj"]
  auditor: {token_env: WEBEX_AUDITOR_TOKEN, grants: {events: read}}
`), 0o600))
	cmd := command([]string{"WEBEX_TRIAGE_TOKEN=t0ken"}, "--agent", "triage-bot", "--policy", policy, "--base-url", "http://127.0.0.1:1/v1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	client := mcp.NewClient(&mcp.Implementation{Name: "e2e", Version: "1"}, nil)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cs, err := client.Connect(ctx, &mcp.CommandTransport{Command: cmd}, nil)
	require.NoError(t, err, "stderr: %s", &stderr)
	_, err = cs.ListTools(ctx, nil)
	require.NoError(t, err)
	require.NoError(t, cs.Close())
	assert.NotContains(t, stderr.String(), "missing token")
	assert.NotContains(t, stderr.String(), "t0ken")
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
		{[]string{"--policy", good, "--agent", "a", "--toolsets", "chat"}, `--toolsets: unknown toolset "chat"`},
		{[]string{"--policy", good, "--http", ":0", "--tls-cert", "c.pem"}, "give both --tls-cert and --tls-key"},
		{[]string{"--policy", good, "--agent", "a", "--tls-cert", "c.pem", "--tls-key", "k.pem"}, "apply to --http"},
	}
	for _, tc := range cases {
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), tc.args, &stdout, &stderr)
		require.Error(t, err, strings.Join(tc.args, " "))
		assert.Contains(t, err.Error(), tc.want)
	}
}

func TestCommands(t *testing.T) {
	t.Parallel()
	var stdout, stderr bytes.Buffer
	require.NoError(t, run(context.Background(), []string{"hash-key", "secret"}, &stdout, &stderr))
	assert.Equal(t, mcpserver.KeyHash("secret")+"\n", stdout.String())

	stdout.Reset()
	require.NoError(t, run(context.Background(), []string{"keygen"}, &stdout, &stderr))
	m := regexp.MustCompile(`^key:\s+(\S+)\nkey_sha256: ([0-9a-f]{64})\n$`).FindStringSubmatch(stdout.String())
	require.NotNil(t, m, stdout.String())
	assert.Equal(t, mcpserver.KeyHash(m[1]), m[2])
	assert.GreaterOrEqual(t, len(m[1]), 43, "256 bits")

	stdout.Reset()
	require.NoError(t, run(context.Background(), []string{"tools"}, &stdout, &stderr))
	assert.Contains(t, stdout.String(), "messages_delete")
	assert.Contains(t, stdout.String(), "messages: full")
	stdout.Reset()
	require.NoError(t, run(context.Background(), []string{"tools", "--markdown"}, &stdout, &stderr))
	assert.Equal(t, mcpserver.ToolsMarkdown(), stdout.String())
}

// lockedBuffer is a bytes.Buffer safe for concurrent use.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestHTTPMode runs webex-mcp --http in process: /healthz, 401 with a
// WWW-Authenticate challenge, a foreign Origin refused, and metrics.
func TestHTTPMode(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	key, hash := mcpserver.NewKey()
	policy := filepath.Join(t.TempDir(), "policy.yaml")
	require.NoError(t, os.WriteFile(policy, []byte("agents:\n  demo:\n    token_env: WEBEX_DEMO_TOKEN\n    key_sha256: "+hash+
		"\n    grants: {messages: write, spaces: read}\n"), 0o600))
	var stderr lockedBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"--emulator", "--policy", policy, "--http", "127.0.0.1:0",
			"--metrics-addr", "127.0.0.1:0", "--allow-origin", "https://ok.example", "--audit", os.DevNull}, io.Discard, &stderr)
	}()
	tr := &http.Transport{}
	client := &http.Client{Transport: tr}
	t.Cleanup(func() {
		tr.CloseIdleConnections() // so that Shutdown does not wait for them
		cancel()
		require.NoError(t, <-done)
	})
	addr := func(re string) string {
		var m []string
		require.Eventually(t, func() bool {
			m = regexp.MustCompile(re).FindStringSubmatch(stderr.String())
			return m != nil
		}, 30*time.Second, 10*time.Millisecond, "stderr: %s", stderr.String())
		return m[1]
	}
	base := addr(`serving MCP over streamable HTTP on (http://\S+)`)
	metrics := addr(`metrics on (http://\S+)/metrics`)
	assert.NotContains(t, stderr.String(), "WARNING", "loopback without TLS is fine")

	get := func(url string, hdr map[string]string) (*http.Response, string) {
		req, err := http.NewRequest(http.MethodPost, url, strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"tools/list"}`))
		if strings.HasSuffix(url, "/healthz") || strings.HasSuffix(url, "/metrics") {
			req, err = http.NewRequest(http.MethodGet, url, nil)
		}
		require.NoError(t, err)
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/json, text/event-stream")
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		resp, err := client.Do(req)
		require.NoError(t, err)
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, string(b)
	}
	resp, body := get(base+"/healthz", nil)
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, "ok\n", body)
	resp, _ = get(base, nil)
	assert.Equal(t, http.StatusUnauthorized, resp.StatusCode)
	assert.Contains(t, resp.Header.Get("WWW-Authenticate"), "Bearer")
	resp, _ = get(base, map[string]string{"Origin": "https://evil.example", "Authorization": "Bearer " + key})
	assert.Equal(t, http.StatusForbidden, resp.StatusCode)

	// A real session with the example's key, from an allowed origin.
	cs, err := mcp.NewClient(&mcp.Implementation{Name: "http", Version: "1"}, nil).Connect(ctx, &mcp.StreamableClientTransport{
		Endpoint: base, DisableStandaloneSSE: true,
		HTTPClient: &http.Client{Transport: headers{h: map[string]string{"Authorization": "Bearer " + key, "Origin": "https://ok.example"}, next: tr}},
	}, nil)
	require.NoError(t, err)
	res, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: "messages_delete", Arguments: map[string]any{"messageId": "x"}})
	require.NoError(t, err)
	assert.True(t, res.IsError)
	require.NoError(t, cs.Close())

	resp, body = get(metrics+"/metrics", nil)
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Contains(t, body, `webex_mcp_denials_total{agent="demo",tool="messages_delete"} 1`)
	assert.Contains(t, body, "webex_mcp_call_duration_seconds")
}

// headers adds fixed headers to every request.
type headers struct {
	h    map[string]string
	next http.RoundTripper
}

func (h headers) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	for k, v := range h.h {
		r.Header.Set(k, v)
	}
	return h.next.RoundTrip(r)
}
