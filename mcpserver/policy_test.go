package mcpserver_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/gowebex/sdk/mcpserver"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParsePolicy(t *testing.T) {
	t.Parallel()
	p, err := mcpserver.ParsePolicy([]byte(`
agents:
  triage-bot:
    token_env: WEBEX_TRIAGE_TOKEN
    key_sha256: ` + mcpserver.KeyHash("k1") + `
    grants:
      messages: write
      spaces: read
      events: off
    spaces: ["Y2lzY29zcGFyazovL3VzL1JPT00vYWJj"]
  reader:
    token_env: READER_TOKEN
`))
	require.NoError(t, err)
	assert.Equal(t, []string{"reader", "triage-bot"}, p.Names())
	a, ok := p.Agent("triage-bot")
	require.True(t, ok)
	assert.Equal(t, "WEBEX_TRIAGE_TOKEN", a.TokenEnv)
	assert.Equal(t, mcpserver.Write, a.Level(mcpserver.CapMessages))
	assert.Equal(t, mcpserver.Read, a.Level(mcpserver.CapSpaces))
	assert.Equal(t, mcpserver.Off, a.Level(mcpserver.CapEvents))
	assert.Equal(t, mcpserver.Off, a.Level(mcpserver.CapPeople), "not granted means off")
	assert.True(t, a.Confined())
	assert.True(t, a.SpaceAllowed("Y2lzY29zcGFyazovL3VzL1JPT00vYWJj"))
	assert.False(t, a.SpaceAllowed("Y2lzY29zcGFyazovL3VzL1JPT00vb3RoZXI"))
	assert.Equal(t, 3, a.Line)
	r, _ := p.Agent("reader")
	assert.False(t, r.Confined())
	assert.True(t, r.SpaceAllowed("anything"))
	assert.Empty(t, r.Grants)
	require.NoError(t, p.Check())

	toks, err := p.Tokens(func(k string) string { return map[string]string{"WEBEX_TRIAGE_TOKEN": "t1", "READER_TOKEN": " t2 "}[k] })
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"triage-bot": "t1", "reader": "t2"}, toks)
	_, err = p.Tokens(func(k string) string { return map[string]string{"READER_TOKEN": "t2"}[k] })
	require.ErrorIs(t, err, mcpserver.ErrMissingToken)
	assert.Contains(t, err.Error(), "4: policy: agent \"triage-bot\"")
	assert.Contains(t, err.Error(), "WEBEX_TRIAGE_TOKEN")
}

func TestParsePolicyErrors(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, yaml string
		line       int
		contains   string
	}{
		{"unknown capability", "agents:\n  a:\n    token_env: X\n    grants:\n      mesages: read\n", 5, `unknown capability "mesages"`},
		{"unknown level", "agents:\n  a:\n    token_env: X\n    grants:\n      messages: admin\n", 5, `unknown level "admin"`},
		{"missing token_env", "agents:\n  a:\n    grants:\n      messages: read\n", 2, "missing token_env"},
		{"unknown agent key", "agents:\n  a:\n    token_env: X\n    grant:\n      messages: read\n", 4, `unknown key "grant"`},
		{"unknown top key", "agent:\n  a:\n    token_env: X\n", 1, `unknown key "agent"`},
		{"bad key hash", "agents:\n  a:\n    token_env: X\n    key_sha256: abc\n", 4, "key_sha256 must be 64 hex digits"},
		{"shared key", "agents:\n  a:\n    token_env: X\n    key_sha256: " + mcpserver.KeyHash("k") + "\n  b:\n    token_env: Y\n    key_sha256: " + mcpserver.KeyHash("k") + "\n", 5, "same key_sha256"},
		{"duplicate grant", "agents:\n  a:\n    token_env: X\n    grants:\n      messages: read\n      messages: full\n", 6, "granted twice"},
		{"spaces not a list", "agents:\n  a:\n    token_env: X\n    spaces: abc\n", 4, "spaces must be a list"},
		{"no agents", "agents: {}\n", 1, "agents: must map"},
	}
	for _, tc := range cases {
		_, err := mcpserver.ParsePolicy([]byte(tc.yaml))
		require.Error(t, err, tc.name)
		var pe *mcpserver.PolicyError
		if errors.As(err, &pe) {
			assert.Equal(t, tc.line, pe.Line, tc.name)
		} else {
			t.Errorf("%s: %v is not a *PolicyError", tc.name, err)
		}
		assert.Contains(t, err.Error(), tc.contains, tc.name)
	}

	// A space that is not an id is an error unless the emulator resolves it.
	p, err := mcpserver.ParsePolicy([]byte("agents:\n  a:\n    token_env: X\n    spaces: [\"Q3 Planning\"]\n"))
	require.NoError(t, err)
	err = p.Check()
	require.Error(t, err)
	assert.Contains(t, err.Error(), `4: policy: agent "a": "Q3 Planning" is not a Webex space id`)
	_, err = mcpserver.New(mcpserver.Config{Policy: p, Tokens: map[string]string{"a": "t"}})
	require.Error(t, err)
}

func TestLoadPolicyNamesFile(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "policy.yaml")
	require.NoError(t, os.WriteFile(path, []byte("agents:\n  a:\n    token_env: X\n    grants:\n      messages: rwx\n"), 0o600))
	_, err := mcpserver.LoadPolicy(path)
	require.Error(t, err)
	assert.Contains(t, err.Error(), path+":5: policy:")
	_, err = mcpserver.LoadPolicy(filepath.Join(t.TempDir(), "missing.yaml"))
	require.Error(t, err)
}

// TestExamplePolicy checks that the repository's example policy parses.
func TestExamplePolicy(t *testing.T) {
	t.Parallel()
	p, err := mcpserver.LoadPolicy("../examples/mcp/policy.yaml")
	require.NoError(t, err)
	a, ok := p.Agent("demo")
	require.True(t, ok)
	assert.Equal(t, mcpserver.Write, a.Level(mcpserver.CapMessages))
	emu, err := mcpserver.StartEmulator(p)
	require.NoError(t, err)
	defer emu.Close()
	require.NoError(t, p.Check(), "the emulator resolves the example's space titles")
	data, err := os.ReadFile("../examples/mcp/policy.yaml")
	require.NoError(t, err)
	assert.NotRegexp(t, `(?m)^\s*key_sha256:\s*[0-9a-f]{64}`, string(data), "the example ships no usable key")
}

func TestScopesFor(t *testing.T) {
	t.Parallel()
	p, err := mcpserver.ParsePolicy([]byte("agents:\n  a:\n    token_env: X\n    grants:\n      messages: write\n      spaces: read\n      webhooks: full\n"))
	require.NoError(t, err)
	a, _ := p.Agent("a")
	assert.Equal(t, []string{"spark:kms", "spark:messages_read", "spark:messages_write", "spark:rooms_read"}, mcpserver.ScopesFor(a))
}
