package mcpserver_test

import (
	"strings"
	"testing"

	"github.com/gowebex/sdk/mcpserver"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAuditFailClosed checks that a write whose attempt cannot be
// recorded never reaches Webex, while reads go on with one warning.
func TestAuditFailClosed(t *testing.T) {
	t.Parallel()
	var warned strings.Builder
	e := newEnv(t, auditPolicy, func(c *mcpserver.Config, _ *mcpserver.Emulator) { c.Warnings = &warned })
	planning := e.emu.Spaces[mcpserver.DemoSpacePlanning]

	e.ok(t, "triage-bot", "messages_create", obj{"roomId": planning, "text": "recorded"}, nil)
	recs := e.audit.records("triage-bot")
	require.Len(t, recs, 2, "an attempt, then its outcome")
	assert.Equal(t, "attempt", recs[0].Outcome)
	assert.Equal(t, "triage-bot is about to post a message to space Q3 Planning: allowed", recs[0].Summary)
	assert.Equal(t, "ok", recs[1].Outcome)

	e.audit.fail.Store(true)
	before := e.sent("triage-bot")
	res := e.call(t, "triage-bot", "messages_create", obj{"roomId": planning, "text": "not recorded"})
	require.True(t, res.IsError)
	assert.Contains(t, text(res), "the audit log cannot be written, so this call was not sent to Webex")
	assert.Equal(t, before, e.sent("triage-bot"), "nothing reached Webex")

	res = e.call(t, "triage-bot", "spaces_list", nil)
	assert.False(t, res.IsError, "reads go on: %s", text(res))
	e.call(t, "triage-bot", "spaces_list", nil)
	assert.Equal(t, 1, strings.Count(warned.String(), "WARNING: the audit log cannot be written"), warned.String())
}

// TestAuditRecordsAreData checks that what an agent sends cannot forge or
// flood the audit log: control characters are escaped, values are cut,
// and a record stays under 8 KiB.
func TestAuditRecordsAreData(t *testing.T) {
	t.Parallel()
	e := newEnv(t, auditPolicy, nil) // its own: it reads the agent's last record and request count, which parallel tests would move
	forged := "x\n{\"agent\":\"boss\",\"decision\":\"allowed\"}\u202e"
	res := e.call(t, "triage-bot", "messages_get", obj{"messageId": forged})
	require.True(t, res.IsError)
	line := e.audit.String()
	assert.NotContains(t, line, "x\n{")
	rec := e.last(t, "triage-bot")
	assert.Contains(t, rec.Targets["messageId"], `x\n{`)
	assert.Contains(t, rec.Targets["messageId"], `\u202e`)

	huge := strings.Repeat("A", 1<<20)
	res = e.call(t, "triage-bot", "messages_get", obj{"messageId": huge})
	require.True(t, res.IsError)
	assert.Less(t, len(text(res)), 300, "a short error")
	assert.Contains(t, text(res), "argument messageId is 1048576 bytes long; at most 512 are accepted")

	res = e.call(t, "triage-bot", strings.Repeat("t", 100000), nil)
	require.True(t, res.IsError)
	assert.Less(t, len(text(res)), 300)
	for _, r := range e.audit.records("triage-bot") {
		assert.LessOrEqual(t, len(r.Tool), 300)
		assert.LessOrEqual(t, len(r.Error)+len(r.Summary), 2000)
	}
	for _, l := range strings.Split(e.audit.String(), "\n") {
		assert.LessOrEqual(t, len(l), 8<<10)
	}
}

// TestBoundedArguments checks the bounds on arguments and that the
// server goes on serving after refusing them.
func TestBoundedArguments(t *testing.T) {
	t.Parallel()
	e := newEnv(t, auditPolicy, nil) // its own: it reads the agent's last record and request count, which parallel tests would move
	planning := e.emu.Spaces[mcpserver.DemoSpacePlanning]
	cases := []struct {
		tool string
		args obj
		want string
	}{
		{"messages_create", obj{"roomId": planning, "text": strings.Repeat("a", 7440)}, "argument text is 7440 bytes long; at most 7439"},
		{"messages_create", obj{"roomId": planning, strings.Repeat("k", 65): "x"}, "an argument name is 65 bytes long"},
		{"messages_create", obj{"roomId": 42}, "invalid arguments for messages_create"},
		{"messages_create", obj{"roomId": planning, "text": "x", "files": make([]string, 101)}, "argument files has 101 items; at most 100"},
		{"messages_list", obj{"roomId": planning, "cursor": strings.Repeat("c", 5000)}, "argument cursor is 5000 bytes long"},
	}
	for _, tc := range cases {
		before := e.sent("triage-bot")
		res := e.call(t, "triage-bot", tc.tool, tc.args)
		require.True(t, res.IsError, tc.want)
		assert.Contains(t, text(res), tc.want)
		assert.Equal(t, before, e.sent("triage-bot"))
	}
	e.ok(t, "triage-bot", "spaces_list", nil, nil)
}

// TestConfinedLearnsNothing checks that a confined agent's refusals name
// no space outside its allowlist and are logged as denied.
func TestConfinedLearnsNothing(t *testing.T) {
	t.Parallel()
	e := newEnv(t, fullPolicy, nil)
	planning := e.emu.Spaces[mcpserver.DemoSpacePlanning]
	eng := e.emu.Spaces[mcpserver.DemoSpaceEngineering]
	var engMsg item
	e.ok(t, "boss", "messages_create", obj{"roomId": eng, "text": "elsewhere"}, &engMsg)

	for _, tc := range []struct {
		tool string
		args obj
	}{
		{"messages_edit", obj{"messageId": engMsg.ID, "roomId": planning, "text": "x"}},
		{"messages_get", obj{"messageId": engMsg.ID}},
		{"messages_delete", obj{"messageId": engMsg.ID}},
		{"webhooks_create", obj{"name": "x", "targetUrl": "https://example.com/h", "resource": "messages", "event": "created",
			"filter": "roomId=" + planning + "&roomId=" + eng}},
		{"webhooks_create", obj{"name": "x", "targetUrl": "https://example.com/h", "resource": "messages", "event": "created",
			"filter": "roomId=" + planning + "&ROOMID=" + eng}},
		{"webhooks_create", obj{"name": "x", "targetUrl": "https://example.com/h", "resource": "messages", "event": "created",
			"filter": "roomId=" + planning + ";roomId=" + eng}},
	} {
		res := e.call(t, "confined", tc.tool, tc.args)
		require.True(t, res.IsError, tc.tool)
		assert.NotContains(t, text(res), eng, "%s names the other space", tc.tool)
		assert.Contains(t, text(res), "denied by policy", tc.tool)
		assert.Equal(t, mcpserver.Denied, e.last(t, "confined").Decision, tc.tool)
	}

	// An edit in its own space with a wrong roomId is denied too, without
	// naming the message's space.
	var own item
	e.ok(t, "confined", "messages_create", obj{"roomId": planning, "text": "mine"}, &own)
	res := e.call(t, "confined", "messages_edit", obj{"messageId": own.ID, "roomId": eng, "text": "x"})
	require.True(t, res.IsError)
	assert.Equal(t, mcpserver.Denied, e.last(t, "confined").Decision)
}
