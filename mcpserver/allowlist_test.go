package mcpserver_test

import (
	"testing"

	"github.com/gowebex/sdk/mcpserver"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSpaceAllowlist checks that an agent confined to Q3 Planning can name
// and see only that space, and that refused calls never reach Webex.
func TestSpaceAllowlist(t *testing.T) {
	t.Parallel()
	e := newEnv(t, fullPolicy, nil)
	planning := e.emu.Spaces[mcpserver.DemoSpacePlanning]
	eng := e.emu.Spaces[mcpserver.DemoSpaceEngineering]

	// Objects in Engineering, made by the unconfined agent.
	var engMsg, planMsg item
	e.ok(t, "boss", "messages_create", obj{"roomId": eng, "text": "secret plans"}, &engMsg)
	e.ok(t, "boss", "messages_create", obj{"roomId": planning, "text": "public plans"}, &planMsg)
	var engMembers list
	e.ok(t, "boss", "memberships_list", obj{"roomId": eng}, &engMembers)
	var engHook item
	e.ok(t, "boss", "webhooks_create", obj{"name": "eng", "targetUrl": "https://example.com/h", "resource": "messages",
		"event": "created", "filter": "roomId=" + eng}, &engHook)

	t.Run("lists are filtered", func(t *testing.T) {
		var spaces list
		e.ok(t, "confined", "spaces_list", nil, &spaces)
		require.Len(t, spaces.Items, 1)
		assert.Equal(t, planning, spaces.id(0))
		var mems list
		e.ok(t, "confined", "memberships_list", nil, &mems)
		require.Len(t, mems.Items, 1)
		assert.Equal(t, planning, mems.Items[0]["roomId"])
		var events list
		e.ok(t, "confined", "events_list", obj{"limit": 100}, &events)
		for _, ev := range events.Items {
			data, _ := ev["data"].(map[string]any)
			room := data["roomId"]
			if ev["resource"] == "rooms" {
				room = data["id"]
			}
			assert.Equal(t, planning, room, "event %v", ev["id"])
		}
	})

	t.Run("allowed space works", func(t *testing.T) {
		var msgs list
		e.ok(t, "confined", "messages_list", obj{"roomId": planning}, &msgs)
		assert.NotEmpty(t, msgs.Items)
		e.ok(t, "confined", "messages_get", obj{"messageId": planMsg.ID}, nil)
		e.ok(t, "confined", "messages_create", obj{"roomId": planning, "text": "ok"}, nil)
	})

	denied := []struct {
		name     string
		tool     string
		args     obj
		contains string
		// fetches is how many requests the guard makes to learn the space.
		fetches int64
	}{
		{"list messages elsewhere", "messages_list", obj{"roomId": eng}, "is not one of them", 0},
		{"list messages without a space", "messages_list", obj{}, "missing properties: [\"roomId\"]", 0},
		{"post elsewhere", "messages_create", obj{"roomId": eng, "text": "hi"}, "is not one of them", 0},
		{"direct message", "messages_create", obj{"toPersonEmail": "alice@example.com", "text": "hi"}, "may not send direct messages", 0},
		{"direct list", "messages_list_direct", obj{"personEmail": "alice@example.com"}, "may not read direct messages", 0},
		{"get message elsewhere", "messages_get", obj{"messageId": engMsg.ID}, "is not one of them", 1},
		{"edit message elsewhere", "messages_edit", obj{"messageId": engMsg.ID, "text": "x"}, "is not one of them", 1},
		{"delete message elsewhere", "messages_delete", obj{"messageId": engMsg.ID}, "is not one of them", 1},
		{"card elsewhere", "attachment_actions_create", obj{"messageId": engMsg.ID, "inputs": obj{}}, "is not one of them", 1},
		{"get space elsewhere", "spaces_get", obj{"roomId": eng}, "is not one of them", 0},
		{"rename space elsewhere", "spaces_update", obj{"roomId": eng, "title": "x"}, "is not one of them", 0},
		{"delete space elsewhere", "spaces_delete", obj{"roomId": eng}, "is not one of them", 0},
		{"create space", "spaces_create", obj{"title": "new"}, "may not create spaces", 0},
		{"members elsewhere", "memberships_list", obj{"roomId": eng}, "is not one of them", 0},
		{"add member elsewhere", "memberships_create", obj{"roomId": eng, "personEmail": "carol@example.com"}, "is not one of them", 0},
		{"membership elsewhere", "memberships_get", obj{"membershipId": engMembers.id(0)}, "is not one of them", 1},
		{"remove member elsewhere", "memberships_delete", obj{"membershipId": engMembers.id(0)}, "is not one of them", 1},
		{"webhook elsewhere", "webhooks_create", obj{"name": "x", "targetUrl": "https://example.com/h", "resource": "messages", "event": "created", "filter": "roomId=" + eng}, "is not one of them", 0},
		{"webhook without space", "webhooks_create", obj{"name": "x", "targetUrl": "https://example.com/h", "resource": "messages", "event": "created"}, "must name one of its spaces", 0},
	}
	for _, tc := range denied {
		before := e.sent("confined")
		res := e.call(t, "confined", tc.tool, tc.args)
		require.True(t, res.IsError, tc.name)
		assert.Contains(t, text(res), tc.contains, tc.name)
		assert.Equal(t, tc.fetches, e.sent("confined")-before, "%s: requests to Webex", tc.name)
		rec := e.last(t, "confined")
		if tc.tool == "messages_list" && tc.args["roomId"] == nil {
			assert.Equal(t, "error", rec.Outcome, tc.name)
			continue
		}
		assert.Equal(t, mcpserver.Denied, rec.Decision, tc.name)
	}

	// Webhooks are per token: the confined agent's own webhook on its space
	// works (fetched first to check its filter's space); the boss's on
	// Engineering is invisible to it.
	var hook item
	e.ok(t, "confined", "webhooks_create", obj{"name": "plan", "targetUrl": "https://example.com/h", "resource": "messages",
		"event": "created", "filter": "roomId=" + planning}, &hook)
	var hooks list
	e.ok(t, "confined", "webhooks_list", nil, &hooks)
	require.Len(t, hooks.Items, 1)
	assert.Equal(t, hook.ID, hooks.id(0))
	before := e.sent("confined")
	e.ok(t, "confined", "webhooks_get", obj{"webhookId": hook.ID}, nil)
	assert.Equal(t, int64(1), e.sent("confined")-before, "the guard's fetch is reused")
	e.ok(t, "confined", "webhooks_delete", obj{"webhookId": hook.ID}, nil)
	res := e.call(t, "confined", "webhooks_get", obj{"webhookId": engHook.ID})
	require.True(t, res.IsError)
	assert.Contains(t, text(res), "404")

	// A forged cursor is refused.
	res = e.call(t, "confined", "messages_list", obj{"roomId": planning, "cursor": "aHR0cDovL2V2aWw.AAAA"})
	require.True(t, res.IsError)
	assert.Contains(t, text(res), "invalid cursor")
	// A cursor of another tool is refused too.
	var spaces list
	e.ok(t, "boss", "spaces_list", obj{"limit": 1}, &spaces)
	require.NotEmpty(t, spaces.NextCursor)
	res = e.call(t, "boss", "messages_list", obj{"roomId": planning, "cursor": spaces.NextCursor})
	require.True(t, res.IsError)
	assert.Contains(t, text(res), "invalid cursor")
	// And another agent's.
	res = e.call(t, "confined", "spaces_list", obj{"cursor": spaces.NextCursor})
	require.True(t, res.IsError)
	assert.Contains(t, text(res), "invalid cursor")
}
