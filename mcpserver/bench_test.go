package mcpserver_test

import (
	"context"
	"io"
	"testing"

	"github.com/gowebex/sdk/mcpserver"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/stretchr/testify/require"
)

// benchSetup starts a server on the emulator (audit to io.Discard) for an
// agent allowed to read messages, and posts a message to read.
func benchSetup(b *testing.B) (*mcpserver.Server, string) {
	p, err := mcpserver.ParsePolicy([]byte(auditPolicy))
	require.NoError(b, err)
	emu, err := mcpserver.StartEmulator(p)
	require.NoError(b, err)
	b.Cleanup(emu.Close)
	srv, err := mcpserver.New(mcpserver.Config{Policy: p, Tokens: emu.Tokens, BaseURL: emu.URL(), Audit: io.Discard})
	require.NoError(b, err)
	client, _ := srv.Client("triage-bot")
	msg, err := client.Messages.Create(context.Background(), &messages.CreateParams{
		RoomID: emu.Spaces[mcpserver.DemoSpacePlanning], Text: "benchmark",
	})
	require.NoError(b, err)
	return srv, msg.ID
}

// BenchmarkDirectSDK is the baseline: messages.Get straight through the
// agent's SDK client against the emulator.
func BenchmarkDirectSDK(b *testing.B) {
	srv, id := benchSetup(b)
	client, _ := srv.Client("triage-bot")
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := client.Messages.Get(ctx, id); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkToolCall is the same read as the messages_get tool, called
// through go-sdk's in-memory transports: JSON-RPC both ways, schema
// validation of input and output, policy, audit record and the result's
// text and structured content. Its time minus BenchmarkDirectSDK's is what
// the server adds to a call.
func BenchmarkToolCall(b *testing.B) {
	srv, id := benchSetup(b)
	ms, err := srv.MCPServer("triage-bot")
	require.NoError(b, err)
	ct, st := mcp.NewInMemoryTransports()
	ctx := context.Background()
	ss, err := ms.Connect(ctx, st, nil)
	require.NoError(b, err)
	cs, err := mcp.NewClient(&mcp.Implementation{Name: "bench", Version: "1"}, nil).Connect(ctx, ct, nil)
	require.NoError(b, err)
	b.Cleanup(func() { _ = cs.Close(); _ = ss.Wait() })
	params := &mcp.CallToolParams{Name: "messages_get", Arguments: map[string]any{"messageId": id}}
	b.ReportAllocs()
	for b.Loop() {
		res, err := cs.CallTool(ctx, params)
		if err != nil || res.IsError {
			b.Fatal(err, res)
		}
	}
}

// BenchmarkGoSDKFloor is go-sdk's own cost for a tool call over in-memory
// transports: a tool that does nothing and returns a small structured
// result, with no Webex call, policy or audit. BenchmarkToolCall minus this
// minus BenchmarkDirectSDK is what mcpserver itself adds.
func BenchmarkGoSDKFloor(b *testing.B) {
	type in struct {
		MessageID string `json:"messageId"`
	}
	type out struct {
		ID string `json:"id"`
	}
	ms := mcp.NewServer(&mcp.Implementation{Name: "floor", Version: "1"}, nil)
	mcp.AddTool(ms, &mcp.Tool{Name: "noop"}, func(_ context.Context, _ *mcp.CallToolRequest, i in) (*mcp.CallToolResult, out, error) {
		return nil, out{ID: i.MessageID}, nil
	})
	ct, st := mcp.NewInMemoryTransports()
	ctx := context.Background()
	ss, err := ms.Connect(ctx, st, nil)
	require.NoError(b, err)
	cs, err := mcp.NewClient(&mcp.Implementation{Name: "bench", Version: "1"}, nil).Connect(ctx, ct, nil)
	require.NoError(b, err)
	b.Cleanup(func() { _ = cs.Close(); _ = ss.Wait() })
	params := &mcp.CallToolParams{Name: "noop", Arguments: map[string]any{"messageId": "abc"}}
	b.ReportAllocs()
	for b.Loop() {
		if res, err := cs.CallTool(ctx, params); err != nil || res.IsError {
			b.Fatal(err, res)
		}
	}
}
