package webextest

import (
	"encoding/json"
	"strings"
	"time"
)

// The internal model. Everything below is guarded by Server.mu; values
// handed to the JSON encoder are copies built while the lock is held.

// org is an organization.
type org struct {
	uuid, id, name string
	created        time.Time
}

// person is a user or bot account.
type person struct {
	uuid, id    string
	email       string
	displayName string
	firstName   string
	lastName    string
	nickName    string
	typ         string // "person" or "bot"
	org         *org
	roles       []string // role names, e.g. RoleFullAdmin
	created     time.Time
	modified    time.Time

	memberships map[string]*membership     // by room uuid
	teams       map[string]*teamMembership // by team uuid
}

// isBot reports whether p is a bot account.
func (p *person) isBot() bool { return p.typ == PersonTypeBot }

// hasRole reports whether p holds role.
func (p *person) hasRole(role string) bool {
	for _, r := range p.roles {
		if r == role {
			return true
		}
	}
	return false
}

// room is a space, group or direct.
type room struct {
	uuid, id    string
	title       string
	typ         string // "group" or "direct"
	team        *team
	creator     *person
	created     time.Time
	lastAct     time.Time
	isLocked    bool
	description string
	seq         uint64

	members map[string]*membership // by person uuid
	msgs    []*message             // chronological; deleted messages stay as tombstones
	live    int                    // number of non-deleted messages
}

// membership links a person to a room.
type membership struct {
	id          string
	person      *person
	room        *room
	isModerator bool
	isHidden    bool
	created     time.Time
	seq         uint64
}

// message is a message in a room.
type message struct {
	uuid, id        string
	room            *room
	idx             int // position in room.msgs
	parent          *message
	author          *person
	text            string
	markdown        string
	html            string
	files           []string
	attachments     json.RawMessage
	mentionedPeople []string // person ids
	mentionedGroups []string
	created         time.Time
	updated         time.Time
	edits           int
	deleted         bool
}

// mentions reports whether m mentions the person with id pid.
func (m *message) mentions(pid string) bool {
	for _, id := range m.mentionedPeople {
		if id == pid {
			return true
		}
	}
	return false
}

// team groups spaces.
type team struct {
	uuid, id    string
	name        string
	description string
	creator     *person
	created     time.Time
	general     *room
	rooms       map[string]*room           // by room uuid
	members     map[string]*teamMembership // by person uuid
	seq         uint64
}

// teamMembership links a person to a team.
type teamMembership struct {
	id          string
	person      *person
	team        *team
	isModerator bool
	created     time.Time
	seq         uint64
}

// content is an uploaded file served under /contents/{id}.
type content struct {
	uuid, id    string
	filename    string
	contentType string
	data        []byte
	msg         *message
}

// attachmentAction is a card submission.
type attachmentAction struct {
	uuid, id string
	actor    *person
	msg      *message
	roomID   string
	typ      string
	inputs   json.RawMessage
	created  time.Time
}

// token is an access token.
type token struct {
	value   string
	person  *person
	scopes  map[string]bool
	expires time.Time // zero: never
}

// emailKey normalizes an email address for lookups.
func emailKey(e string) string { return strings.ToLower(strings.TrimSpace(e)) }
