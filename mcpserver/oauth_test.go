package mcpserver_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/gowebex/sdk/mcpserver"
	"github.com/gowebex/sdk/webex"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOAuthAgent runs an agent that is an OAuth integration: its client id
// and secret come from the environment, its refresh token from a file; an
// expired or revoked access token is refreshed once, and the rotated
// refresh token is saved atomically with mode 0600.
func TestOAuthAgent(t *testing.T) {
	t.Parallel()
	file := filepath.Join(t.TempDir(), "assistant.token")
	policy := `
agents:
  assistant:
    oauth:
      client_id_env: CID
      client_secret_env: CSECRET
      refresh_token_file: ` + file + `
    grants: {messages: read, spaces: read}
`
	e := newEnv(t, policy, func(c *mcpserver.Config, emu *mcpserver.Emulator) {
		emu.Server.RegisterIntegration("cid", "csecret")
		// The user signs the integration in once; the operator stores the
		// refresh token it got.
		a, _ := c.Policy.Agent("assistant")
		conf := webex.OAuth2Config("cid", "csecret", "https://app.example.com/cb", mcpserver.ScopesFor(a)...)
		conf.Endpoint.AuthURL, conf.Endpoint.TokenURL = emu.URL()+"/authorize", emu.URL()+"/access_token"
		back, err := emu.Server.Authorize(conf.AuthCodeURL("s"), emu.People[mcpserver.AgentEmail("assistant")])
		require.NoError(t, err)
		first, err := conf.Exchange(context.Background(), back.Query().Get("code"))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(file, []byte(first.RefreshToken+"\n"), 0o600))
		c.Tokens = nil
		c.Getenv = func(k string) string { return map[string]string{"CID": "cid", "CSECRET": "csecret"}[k] }
	})
	planning := e.emu.Spaces[mcpserver.DemoSpacePlanning]

	var msgs list
	e.ok(t, "assistant", "messages_list", obj{"roomId": planning}, &msgs)
	assert.NotEmpty(t, msgs.Items)
	tok1 := saved(t, file)
	require.NotEmpty(t, tok1["refresh_token"])

	// Webex revokes the access token early: the next call gets a 401,
	// refreshes once, and succeeds; the rotated refresh token is saved.
	e.emu.Server.SetTokenExpiry(tok1["access_token"].(string), time.Now().Add(-time.Second))
	e.ok(t, "assistant", "spaces_list", nil, nil)
	tok2 := saved(t, file)
	assert.NotEqual(t, tok1["access_token"], tok2["access_token"])
	assert.NotEqual(t, tok1["refresh_token"], tok2["refresh_token"], "Webex rotates refresh tokens")
	entries, err := os.ReadDir(filepath.Dir(file))
	require.NoError(t, err)
	assert.Len(t, entries, 1, "no temporary file left behind")
	assert.NotContains(t, e.audit.String(), tok2["access_token"].(string))
	assert.NotContains(t, e.audit.String(), tok2["refresh_token"].(string))
}

func TestOAuthAgentErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	file := filepath.Join(dir, "tok")
	policy := "agents:\n  a:\n    oauth: {client_id_env: CID, client_secret_env: CS, refresh_token_file: " + file + "}\n    grants: {messages: read}\n"
	p, err := mcpserver.ParsePolicy([]byte(policy))
	require.NoError(t, err)
	env := map[string]string{"CID": "id"}
	_, err = mcpserver.New(mcpserver.Config{Policy: p, Getenv: func(k string) string { return env[k] }})
	assert.ErrorContains(t, err, "environment variable CS (oauth client_secret_env) is not set")
	env["CS"] = "secret"
	_, err = mcpserver.New(mcpserver.Config{Policy: p, Getenv: func(k string) string { return env[k] }})
	assert.ErrorContains(t, err, "refresh token file")
	_, err = mcpserver.ParsePolicy([]byte("agents:\n  a:\n    token_env: X\n    oauth: {client_id_env: CID, client_secret_env: CS, refresh_token_file: f}\n"))
	assert.ErrorContains(t, err, "give token_env or oauth, not both")
	_, err = mcpserver.ParsePolicy([]byte("agents:\n  a:\n    oauth: {client_id_env: CID}\n"))
	assert.ErrorContains(t, err, "oauth needs client_id_env, client_secret_env and refresh_token_file")
	toks, err := p.Tokens(func(string) string { return "" })
	require.NoError(t, err, "an OAuth agent needs no token_env")
	assert.Empty(t, toks)
}

// saved reads the token file.
func saved(t *testing.T, path string) map[string]any {
	t.Helper()
	fi, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm())
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(data, &m))
	return m
}
