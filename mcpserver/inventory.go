package mcpserver

import "sync"

// toolGroup is tools of one toolset.
type toolGroup struct {
	set   string
	tools []tool
}

// allTools is the inventory: every Webex tool, in a stable order, each in
// its toolset.
var allTools = sync.OnceValue(func() []tool {
	groups := []toolGroup{
		{"messaging", append(append(messageTools(), searchTools()...), fileTools()...)},
		{"cards", attachmentTools()},
		{"spaces", spaceTools()},
		{"memberships", membershipTools()},
		{"people", peopleTools()}, // the admin tools name people_admin themselves
		{"teams", append(teamTools(), teamMembershipTools()...)},
		{"webhooks", webhookTools()},
		{"compliance", eventTools()},
		{"meetings", meetingTools()},
		{"meeting_details", append(append(inviteeTools(), participantTools()...), meetingOpsTools()...)},
		{"recordings", append(append(append(recordingTools(), recordingOpsTools()...), transcriptTools()...), summaryTools()...)},
	}
	var ts []tool
	for _, g := range groups {
		for _, t := range g.tools {
			t.setToolset(g.set)
			ts = append(ts, t)
		}
	}
	return ts
})

var toolByName = sync.OnceValue(func() map[string]tool {
	m := map[string]tool{}
	for _, t := range allTools() {
		m[t.info().Name] = t
	}
	return m
})

// Tools describes every Webex tool of the server, whatever the policy (the
// meta-tools toolsets_list and toolsets_enable aside).
func Tools() []ToolInfo {
	ts := allTools()
	out := make([]ToolInfo, len(ts))
	for i, t := range ts {
		out[i] = *t.info()
	}
	return out
}

// granted reports whether the agent's grants ever allow the tool.
func granted(a *Agent, ti *ToolInfo) bool {
	return a.Level(ti.Capability) >= ti.Level
}

// inventory returns the tools an agent's session lists: those of the
// enabled toolsets that its grants allow.
func inventory(a *Agent, enabled map[string]bool) []tool {
	var out []tool
	for _, t := range allTools() {
		if ti := t.info(); enabled[ti.Toolset] && granted(a, ti) {
			out = append(out, t)
		}
	}
	return out
}

// grantedToolsets returns the toolsets with at least one tool the agent's
// grants allow, in Toolsets order.
func grantedToolsets(a *Agent) []ToolsetInfo {
	has := map[string]bool{}
	for _, t := range allTools() {
		if ti := t.info(); granted(a, ti) {
			has[ti.Toolset] = true
		}
	}
	var out []ToolsetInfo
	for _, ts := range Toolsets() {
		if has[ts.ID] {
			out = append(out, ts)
		}
	}
	return out
}
