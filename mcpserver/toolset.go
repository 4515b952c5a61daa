package mcpserver

import (
	"fmt"
	"slices"
	"strings"
)

// ToolsetInfo describes a toolset: a group of tools an agent enables
// together. An agent's server lists the tools of its enabled toolsets that
// its grants allow; the meta-tool toolsets_enable adds more at run time,
// never beyond the grants.
type ToolsetInfo struct {
	// ID names the toolset in --toolsets, a policy's toolsets: and
	// toolsets_enable.
	ID string
	// Summary says what the toolset is for, in a few words.
	Summary string
	// Instructions are sent to agents with the toolset enabled.
	Instructions string
	// Default toolsets are enabled when neither the policy nor --toolsets
	// chooses: what agents do most (post and read, find spaces and
	// people, schedule). An agent whose grants allow at most 30 tools in
	// all gets them all instead.
	Default bool
}

// Toolset names accepted besides the toolsets' ids.
const (
	// ToolsetsAll enables every toolset the grants allow.
	ToolsetsAll = "all"
	// ToolsetsDefault enables the default toolsets.
	ToolsetsDefault = "default"
)

// Toolsets describes every toolset, default ones first.
func Toolsets() []ToolsetInfo {
	return []ToolsetInfo{
		{ID: "messaging", Default: true, Summary: "post, read, edit, search messages; send and read files",
			Instructions: "messages_search finds messages across the agent's spaces; messages_file_get reads a message's file."},
		{ID: "spaces", Default: true, Summary: "find, create and manage spaces",
			Instructions: "spaces_list finds spaces (a space id is the roomId other tools take)."},
		{ID: "people", Default: true, Summary: "look people up in the directory",
			Instructions: "people_list finds people by email or name; people_me is the agent itself."},
		{ID: "meetings", Default: true, Summary: "schedule, change, join and end meetings",
			Instructions: "Times are RFC 3339; meetingId names a series, a scheduled meeting or an instance."},
		{ID: "memberships", Summary: "who is in which space; add and remove members"},
		{ID: "cards", Summary: "Adaptive Card submissions (attachment actions)"},
		{ID: "people_admin", Summary: "create, update and delete people (admins)"},
		{ID: "teams", Summary: "teams and team memberships"},
		{ID: "meeting_details", Summary: "meeting invitees, participants (mute, admit, expel) and templates"},
		{ID: "recordings", Summary: "recordings, transcripts and AI meeting summaries",
			Instructions: "Recordings, transcripts and summaries belong to meeting instances (meetingType meeting)."},
		{ID: "webhooks", Summary: "register and manage webhooks"},
		{ID: "compliance", Summary: "the organization's compliance events (compliance officers)"},
	}
}

func toolsetIDs() []string {
	var ids []string
	for _, ts := range Toolsets() {
		ids = append(ids, ts.ID)
	}
	return ids
}

// ParseToolsets checks a list of toolset names (ids, "all" or "default")
// and returns it with duplicates removed.
func ParseToolsets(names []string) ([]string, error) {
	ids := toolsetIDs()
	var out []string
	for _, n := range names {
		n = strings.TrimSpace(n)
		switch {
		case n == "":
			continue
		case n == ToolsetsAll || n == ToolsetsDefault || slices.Contains(ids, n):
		default:
			return nil, fmt.Errorf("unknown toolset %q (want all, default or one of %s)", clip(n, 64), strings.Join(ids, ", "))
		}
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out, nil
}

// expandToolsets turns checked toolset names into the set of toolset ids
// they enable; nil or empty means the default toolsets.
func expandToolsets(names []string) map[string]bool {
	set := map[string]bool{}
	if len(names) == 0 {
		names = []string{ToolsetsDefault}
	}
	for _, n := range names {
		for _, ts := range Toolsets() {
			if n == ToolsetsAll || n == ts.ID || n == ToolsetsDefault && ts.Default {
				set[ts.ID] = true
			}
		}
	}
	return set
}
