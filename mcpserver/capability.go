package mcpserver

import "fmt"

// Capability is an area of Webex a policy grants access to.
type Capability string

// The capabilities a policy can grant. Team memberships belong to teams;
// meeting invitees and participants to meetings; transcripts and summaries
// to recordings; attachment actions (card submissions) and files to
// messages.
const (
	CapMessages    Capability = "messages"
	CapSpaces      Capability = "spaces"
	CapMemberships Capability = "memberships"
	CapPeople      Capability = "people"
	CapTeams       Capability = "teams"
	CapMeetings    Capability = "meetings"
	CapRecordings  Capability = "recordings"
	CapWebhooks    Capability = "webhooks"
	CapEvents      Capability = "events"
)

// CapabilityInfo describes a capability: what a grant of it covers and what
// an agent granted it should know. Server instructions, the documentation
// and `webex-mcp tools` are built from it.
type CapabilityInfo struct {
	ID Capability
	// Summary says what the capability covers, in a few words.
	Summary string
	// Instructions are sent to agents granted the capability.
	Instructions string
}

// Capabilities describes every capability, in the order the documentation
// uses.
func Capabilities() []CapabilityInfo {
	return []CapabilityInfo{
		{ID: CapMessages, Summary: "messages, files and card submissions",
			Instructions: "Messages are newest first; roomId names a space (find it with spaces_list). Text is at most 7439 bytes."},
		{ID: CapSpaces, Summary: "spaces (rooms)",
			Instructions: "A space is a room: its id is the roomId other tools take."},
		{ID: CapMemberships, Summary: "who is in which space",
			Instructions: "A membership links a person to a space; moderators can lock and manage a space."},
		{ID: CapPeople, Summary: "the directory; write and full are admin tasks",
			Instructions: "Find people by email or name; people_me is the agent itself."},
		{ID: CapTeams, Summary: "teams and their members",
			Instructions: "A team groups spaces; its members can see its spaces."},
		{ID: CapMeetings, Summary: "meetings, templates, invitees and participants",
			Instructions: "Times are RFC 3339; meetingId names a series, a scheduled meeting or an instance."},
		{ID: CapRecordings, Summary: "recordings, transcripts and AI summaries",
			Instructions: "Recordings, transcripts and summaries belong to meeting instances (meetingType meeting)."},
		{ID: CapWebhooks, Summary: "webhooks the agent's token registered",
			Instructions: "Webhook secrets are never shown; filters narrow events, e.g. roomId=<space id>."},
		{ID: CapEvents, Summary: "the organization's compliance events",
			Instructions: "Compliance events need a compliance officer's token."},
	}
}

// capabilityInfo returns the descriptor of c.
func capabilityInfo(c Capability) (CapabilityInfo, bool) {
	for _, ci := range Capabilities() {
		if ci.ID == c {
			return ci, true
		}
	}
	return CapabilityInfo{}, false
}

// Level is how much of a capability an agent may use. Each level includes
// the ones below it.
type Level int

// Grant levels: Off allows nothing, Read allows reads, Write adds creating
// and editing, Full adds deleting and removing people.
const (
	Off Level = iota
	Read
	Write
	Full
)

// Levels lists every level, lowest first.
func Levels() []Level { return []Level{Off, Read, Write, Full} }

var levelNames = [...]string{"off", "read", "write", "full"}

// String returns the level's name as written in a policy.
func (l Level) String() string {
	if l < Off || l > Full {
		return fmt.Sprintf("Level(%d)", int(l))
	}
	return levelNames[l]
}

// ParseLevel parses a level name: off, read, write or full.
func ParseLevel(s string) (Level, error) {
	for i, n := range levelNames {
		if s == n {
			return Level(i), nil
		}
	}
	return Off, fmt.Errorf("unknown level %q (want off, read, write or full)", s)
}
