package mcpserver

import (
	"context"
	"encoding/json"
	"io"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex/messages"
)

const layerPolicy = `
agents:
  triage-bot:
    token_env: WEBEX_TRIAGE_TOKEN
    grants:
      messages: write
`

// layerSetup returns the agent runtime and the id of a message to read.
func layerSetup(b *testing.B) (*agentRuntime, string) {
	p, err := ParsePolicy([]byte(layerPolicy))
	require.NoError(b, err)
	emu, err := StartEmulator(p)
	require.NoError(b, err)
	b.Cleanup(emu.Close)
	srv, err := New(Config{Policy: p, Tokens: emu.Tokens, BaseURL: emu.URL(), Audit: io.Discard})
	require.NoError(b, err)
	rt := srv.agents["triage-bot"]
	msg, err := rt.client.Messages.Create(context.Background(), &messages.CreateParams{RoomID: emu.Spaces[DemoSpacePlanning], Text: "benchmark"})
	require.NoError(b, err)
	return rt, msg.ID
}

// BenchmarkServerLayer times what webex-mcp itself does for a tool call,
// without go-sdk's JSON-RPC framing: the grant check, schema validation of
// the arguments, the SDK call, the audit record and the encoded result.
// Compare it, in the same run, with the same SDK call made directly.
func BenchmarkServerLayer(b *testing.B) {
	rt, id := layerSetup(b)
	ctx := context.Background()
	b.Run("path=direct-sdk", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := rt.client.Messages.Get(ctx, id); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("path=tool", func(b *testing.B) {
		t := toolByName()["messages_get"]
		args := json.RawMessage(`{"messageId":"` + id + `"}`)
		b.ReportAllocs()
		for b.Loop() {
			if res := t.invoke(ctx, rt, args); res.IsError {
				b.Fatal(res.Content)
			}
		}
	})
}
