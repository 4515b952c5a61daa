package mcpserver_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gowebex/sdk/mcpserver"
	"github.com/gowebex/sdk/webex/webextest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const auditPolicy = `
agents:
  triage-bot:
    token_env: WEBEX_TRIAGE_TOKEN
    grants:
      messages: write
      spaces: read
`

func TestAuditRecords(t *testing.T) {
	t.Parallel()
	e := newEnv(t, auditPolicy, nil) // its own: it reads the agent's last record and request count, which parallel tests would move
	planning := e.emu.Spaces[mcpserver.DemoSpacePlanning]

	var msg item
	e.ok(t, "triage-bot", "messages_create", obj{"roomId": planning, "text": "the launch slips a week"}, &msg)
	rec := e.last(t, "triage-bot")
	assert.Equal(t, "triage-bot posted a message to space Q3 Planning: allowed", rec.Summary)
	assert.Equal(t, "triage-bot", rec.Agent)
	assert.Equal(t, "messages_create", rec.Tool)
	assert.Equal(t, mcpserver.Allowed, rec.Decision)
	assert.Equal(t, "ok", rec.Outcome)
	assert.Equal(t, planning, rec.Targets["roomId"])
	assert.Equal(t, msg.ID, rec.Targets["messageId"])
	assert.True(t, strings.HasPrefix(rec.TrackingID, "WEBEXTEST_"), rec.TrackingID)
	assert.Positive(t, rec.DurationMS)
	assert.WithinDuration(t, time.Now(), rec.Time, time.Minute)
	assert.Empty(t, rec.Content, "message text is left out without AuditContent")

	res := e.call(t, "triage-bot", "messages_delete", obj{"messageId": msg.ID})
	require.True(t, res.IsError)
	rec = e.last(t, "triage-bot")
	assert.Equal(t, "triage-bot tried to delete message "+msg.ID+": denied, needs grant messages: full (agent has messages: write)", rec.Summary)
	assert.Equal(t, mcpserver.Denied, rec.Decision)
	assert.Equal(t, "needs grant messages: full (agent has messages: write)", rec.Reason)
	assert.Equal(t, msg.ID, rec.Targets["messageId"])

	res = e.call(t, "triage-bot", "messages_get", obj{"messageId": "Y2lzY29zcGFyazovL3VzL01FU1NBR0Uvbm9wZQ"})
	require.True(t, res.IsError)
	rec = e.last(t, "triage-bot")
	assert.Equal(t, "error", rec.Outcome)
	assert.Equal(t, http.StatusNotFound, rec.Status)
	assert.NotEmpty(t, rec.TrackingID)
	assert.Contains(t, rec.Summary, "tried to read message Y2lzY29zcGFyazovL3VzL01FU1NBR0Uvbm9wZQ: allowed, but failed: 404 Not Found")

	// An unknown tool and invalid arguments are audited too.
	res = e.call(t, "triage-bot", "messages_nuke", obj{})
	require.True(t, res.IsError)
	assert.Contains(t, text(res), `unknown tool "messages_nuke"`)
	rec = e.last(t, "triage-bot")
	assert.Equal(t, "messages_nuke", rec.Tool)
	assert.Equal(t, mcpserver.Denied, rec.Decision)
	res = e.call(t, "triage-bot", "messages_create", obj{"roomId": 42})
	require.True(t, res.IsError)
	rec = e.last(t, "triage-bot")
	assert.Equal(t, "messages_create", rec.Tool)
	assert.Equal(t, "error", rec.Outcome)
	assert.Contains(t, rec.Summary, "invalid arguments")

	// Tokens never appear in the log.
	log := e.audit.String()
	for _, tok := range e.emu.Tokens {
		assert.NotContains(t, log, tok)
	}
	assert.NotContains(t, log, "the launch slips a week")
}

func TestAuditContent(t *testing.T) {
	t.Parallel()
	e := newEnv(t, auditPolicy, func(c *mcpserver.Config, _ *mcpserver.Emulator) { c.AuditContent = true })
	e.ok(t, "triage-bot", "messages_create", obj{"roomId": e.emu.Spaces[mcpserver.DemoSpacePlanning], "markdown": "**ship it**"}, nil)
	assert.Equal(t, "**ship it**", e.last(t, "triage-bot").Content)
}

// TestWebexErrors checks that Webex's errors reach the agent with the
// status, message, trackingId and what to do.
func TestWebexErrors(t *testing.T) {
	t.Parallel()
	e := newEnv(t, auditPolicy, nil)
	planning := e.emu.Spaces[mcpserver.DemoSpacePlanning]
	cases := []struct {
		fault webextest.Fault
		want  []string
	}{
		{webextest.Fault{Status: 403, Message: "not a member", Times: 1}, []string{"Webex answered 403 Forbidden: not a member", "grant the scope spark:messages_write"}},
		{webextest.Fault{Status: 400, Message: "text too long", Times: 1}, []string{"400 Bad Request: text too long", "correct the named field"}},
		{webextest.Fault{Status: 401, Times: 1}, []string{"401 Unauthorized", "valid token"}},
		{webextest.Fault{Status: 502, Times: 1}, []string{"502 Bad Gateway", "retry after a short delay"}},
		// Last: the endpoint stays paused for 7 minutes.
		{webextest.Fault{Status: 429, RetryAfter: 7 * time.Minute, Times: 1}, []string{"Webex answered 429 Too Many Requests", "wait 420 seconds (Retry-After)"}},
	}
	for _, tc := range cases {
		remove := e.emu.Server.InjectFault("POST /messages", tc.fault)
		res := e.call(t, "triage-bot", "messages_create", obj{"roomId": planning, "text": "x"})
		remove()
		require.True(t, res.IsError)
		msg := text(res)
		for _, w := range tc.want {
			assert.Contains(t, msg, w)
		}
		assert.Contains(t, msg, "(trackingId ")
		rec := e.last(t, "triage-bot")
		assert.Equal(t, tc.fault.Status, rec.Status)
		assert.NotEmpty(t, rec.TrackingID)
	}
	// The paused endpoint fails at once (the call timeout is shorter than
	// the pause), saying how long to wait.
	start := time.Now()
	res := e.call(t, "triage-bot", "messages_create", obj{"roomId": planning, "text": "x"})
	require.True(t, res.IsError)
	assert.Less(t, time.Since(start), 5*time.Second)
	assert.Contains(t, text(res), "Webex answered 429")
	assert.Contains(t, text(res), "wait 4") // 419 or 420 seconds
}
