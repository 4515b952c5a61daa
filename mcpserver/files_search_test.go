package mcpserver_test

import (
	"encoding/base64"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/gowebex/sdk/mcpserver"
	"github.com/gowebex/sdk/webex/webextest"
	"github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFilesBothWays posts files as base64 and reads them back: text as
// text, anything else as an embedded resource, within the size cap.
func TestFilesBothWays(t *testing.T) {
	t.Parallel()
	e := newEnv(t, auditPolicy, func(c *mcpserver.Config, _ *mcpserver.Emulator) { c.MaxUploadBytes = 1024 })
	planning := e.emu.Spaces[mcpserver.DemoSpacePlanning]
	post := func(name, typ string, data []byte) *mcp.CallToolResult {
		return e.call(t, "triage-bot", "messages_create", obj{"roomId": planning, "text": name,
			"file": obj{"name": name, "type": typ, "base64": base64.StdEncoding.EncodeToString(data)}})
	}
	png := []byte("\x89PNG\r\n\x1a\n\x00\x01binary")
	res := post("chart.png", "image/png", png)
	require.False(t, res.IsError, text(res))
	id := res.StructuredContent.(map[string]any)["id"].(string)
	res = e.call(t, "triage-bot", "messages_file_get", obj{"messageId": id})
	require.False(t, res.IsError, text(res))
	var blob *mcp.EmbeddedResource
	for _, c := range res.Content {
		if r, ok := c.(*mcp.EmbeddedResource); ok {
			blob = r
		}
	}
	require.NotNil(t, blob, "a binary file comes as an embedded resource")
	assert.Equal(t, png, blob.Resource.Blob)
	assert.Equal(t, "image/png", blob.Resource.MIMEType)
	assert.Equal(t, true, res.StructuredContent.(map[string]any)["embedded"])

	res = post("big.bin", "", make([]byte, 1025))
	require.True(t, res.IsError)
	assert.Contains(t, text(res), "the file is 1025 bytes; this server accepts at most 1024")
	res = e.call(t, "triage-bot", "messages_create", obj{"roomId": planning, "file": obj{"name": "x", "base64": "!!"}})
	require.True(t, res.IsError)
	assert.Contains(t, text(res), "not valid base64")

	// A file Webex is still scanning: the agent is told how long to wait.
	res = post("later.txt", "text/plain", []byte("soon"))
	require.False(t, res.IsError, text(res))
	later := res.StructuredContent.(map[string]any)["id"].(string)
	remove := e.emu.Server.InjectFault("GET /contents/{id}", webextest.Fault{Status: 423, RetryAfter: 10 * time.Minute})
	res = e.call(t, "triage-bot", "messages_file_get", obj{"messageId": later})
	remove()
	require.True(t, res.IsError)
	assert.Contains(t, text(res), "423")
	assert.Contains(t, text(res), "being scanned for malware")
	res = e.call(t, "triage-bot", "messages_file_get", obj{"messageId": later})
	require.False(t, res.IsError, text(res))
	assert.Equal(t, "soon", res.StructuredContent.(map[string]any)["text"])
	res = e.call(t, "triage-bot", "messages_file_get", obj{"messageId": later, "index": 3})
	require.True(t, res.IsError)
	assert.Contains(t, text(res), "index 3 is out of range")
}

// TestSearch searches a space with more messages than one call scans:
// each call is bounded, says what it did not scan, and the cursor goes on
// until the search is complete.
func TestSearch(t *testing.T) {
	t.Parallel()
	e := newEnv(t, fullPolicy, nil)
	boss := e.emu.People[mcpserver.AgentEmail("boss")]
	room := e.emu.Server.NewRoom(boss, "Busy")
	for i := range 620 {
		txt := fmt.Sprintf("status %d", i)
		if i%100 == 0 {
			txt = fmt.Sprintf("needle %d", i)
		}
		e.emu.Server.NewMessage(boss, room, txt)
	}
	type page struct {
		Items []struct {
			Text string `json:"text"`
		} `json:"items"`
		Scanned    int    `json:"messagesScanned"`
		Complete   bool   `json:"complete"`
		NotScanned string `json:"notScanned"`
		NextCursor string `json:"nextCursor"`
	}
	var p page
	e.ok(t, "boss", "messages_search", obj{"query": "needle", "roomIds": []string{room.ID}}, &p)
	assert.Equal(t, 500, p.Scanned)
	assert.False(t, p.Complete)
	assert.Contains(t, p.NotScanned, "stopped after 500 messages")
	require.NotEmpty(t, p.NextCursor)
	var got []string
	for _, it := range p.Items {
		got = append(got, it.Text)
	}
	var p2 page
	e.ok(t, "boss", "messages_search", obj{"query": "needle", "roomIds": []string{room.ID}, "cursor": p.NextCursor}, &p2)
	assert.True(t, p2.Complete)
	assert.Empty(t, p2.NextCursor)
	assert.Equal(t, 120, p2.Scanned)
	for _, it := range p2.Items {
		got = append(got, it.Text)
	}
	assert.Equal(t, []string{"needle 600", "needle 500", "needle 400", "needle 300", "needle 200", "needle 100", "needle 0"}, got, "newest first")

	// The confined agent searches its own spaces only, and cannot name others.
	res := e.call(t, "confined", "messages_search", obj{"query": "x", "roomIds": []string{room.ID}})
	require.True(t, res.IsError)
	assert.Contains(t, text(res), "denied by policy")
	var mine page
	e.ok(t, "confined", "messages_search", obj{"query": "kickoff"}, &mine)
	assert.True(t, mine.Complete)
	require.Len(t, mine.Items, 1)
	assert.True(t, strings.HasPrefix(mine.Items[0].Text, "Kickoff is Monday"))
}
