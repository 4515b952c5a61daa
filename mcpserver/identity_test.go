package mcpserver_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/gowebex/sdk/mcpserver"
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// bearer adds an Authorization header to every request.
type bearer struct {
	key  string
	next http.RoundTripper
}

func (b bearer) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("Authorization", "Bearer "+b.key)
	return b.next.RoundTrip(r)
}

func TestHTTPIdentity(t *testing.T) {
	t.Parallel()
	e := newEnv(t, `
agents:
  reader:
    token_env: A
    key_sha256: `+mcpserver.KeyHash("reader-key")+`
    grants:
      spaces: read
  poster:
    token_env: B
    key_sha256: `+mcpserver.KeyHash("poster-key")+`
    grants:
      messages: write
  stdio-only:
    token_env: C
    grants:
      spaces: full
  wide:
    token_env: D
    key_sha256: `+mcpserver.KeyHash("wide-key")+`
    grants: `+fullGrants+`
`, nil)
	hs := httptest.NewServer(e.srv.HTTPHandler(nil))
	t.Cleanup(hs.Close)

	// Missing and unknown keys get 401.
	for _, auth := range []string{"", "Bearer nope", "Basic cmVhZGVyLWtleQ=="} {
		req, _ := http.NewRequest(http.MethodPost, hs.URL, strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"tools/list"}`))
		req.Header.Set("Content-Type", "application/json")
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		resp, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		resp.Body.Close()
		assert.Equal(t, http.StatusUnauthorized, resp.StatusCode, "auth %q", auth)
	}

	connect := func(key string) *mcp.ClientSession {
		client := mcp.NewClient(&mcp.Implementation{Name: "http-test", Version: "1"}, nil)
		cs, err := client.Connect(context.Background(), &mcp.StreamableClientTransport{
			Endpoint:             hs.URL,
			HTTPClient:           &http.Client{Transport: bearer{key: key, next: http.DefaultTransport}},
			DisableStandaloneSSE: true,
		}, nil)
		require.NoError(t, err)
		t.Cleanup(func() { _ = cs.Close() })
		return cs
	}
	names := func(cs *mcp.ClientSession) []string {
		var out []string
		for _, tl := range listTools(t, cs) {
			out = append(out, strings.SplitN(tl.Name, "_", 2)[0])
		}
		return out
	}
	reader := connect("reader-key")
	for _, n := range names(reader) {
		assert.Equal(t, "spaces", n)
	}
	poster := connect("poster-key")
	assert.Contains(t, names(poster), "messages")
	assert.NotContains(t, names(poster), "spaces")

	res, err := reader.CallTool(context.Background(), &mcp.CallToolParams{Name: "spaces_list", Arguments: map[string]any{}})
	require.NoError(t, err)
	assert.False(t, res.IsError, text(res))
	assert.Equal(t, "reader", e.last(t, "reader").Agent)
	res, err = reader.CallTool(context.Background(), &mcp.CallToolParams{Name: "messages_create", Arguments: map[string]any{"roomId": "x", "text": "x"}})
	require.NoError(t, err)
	require.True(t, res.IsError)
	assert.Contains(t, text(res), "agent reader has messages: off")

	name, ok := e.srv.AgentForKey("poster-key")
	assert.True(t, ok)
	assert.Equal(t, "poster", name)
	_, ok = e.srv.AgentForKey("nope")
	assert.False(t, ok)

	// A session's toolsets outlive the request that enabled them.
	wide := connect("wide-key")
	res, err = wide.CallTool(context.Background(), &mcp.CallToolParams{Name: "toolsets_enable", Arguments: map[string]any{"toolset": "teams"}})
	require.NoError(t, err)
	require.False(t, res.IsError, text(res))
	res, err = wide.CallTool(context.Background(), &mcp.CallToolParams{Name: "teams_list", Arguments: map[string]any{}})
	require.NoError(t, err)
	assert.False(t, res.IsError, text(res))
	other := connect("wide-key")
	res, err = other.CallTool(context.Background(), &mcp.CallToolParams{Name: "teams_list", Arguments: map[string]any{}})
	require.NoError(t, err)
	assert.True(t, res.IsError, "another session has its own toolsets")
}
