package bot

import (
	"time"

	"github.com/gowebex/sdk/webex/attachments"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/rooms"
)

// Kind is what an event is about.
type Kind string

// Kinds of events a bot handles.
const (
	KindMessage Kind = "message" // a message the bot can see was posted
	KindSubmit  Kind = "submit"  // a card the bot posted was submitted
	KindAdded   Kind = "added"   // the bot was added to a space
	KindRemoved Kind = "removed" // the bot was removed from a space
	KindJoined  Kind = "joined"  // someone else joined a space of the bot
	KindLeft    Kind = "left"    // someone else left a space of the bot
)

// event is one event as the transports hand it to the bot: ids only, the
// full object is fetched by the worker (or given by the transport).
type event struct {
	kind      Kind
	id        string // message, attachment action or membership id
	spaceID   string
	spaceType rooms.Type
	// actorID is who caused the event: the author, the submitter, or who
	// added or removed the member.
	actorID     string
	personID    string // the author, the submitter or the member
	personEmail string
	personName  string
	created     time.Time

	// Set by a transport that already has the full object.
	message *messages.Message
	action  *attachments.Action
}

// dedupeKey names the event for the Store's Claim: the same on every
// replica and for every redelivery, different for every event.
func (e *event) dedupeKey() string {
	k := "seen/" + string(e.kind) + "/" + e.id
	if e.kind != KindMessage && e.kind != KindSubmit && !e.created.IsZero() {
		// A person can join, leave and join again: the membership id stays.
		k += "/" + e.created.UTC().Format(time.RFC3339Nano)
	}
	return k
}

// membershipDedupeTTL bounds how long a membership event without a
// creation time is remembered: its key is then only the membership id,
// which comes back when a person leaves, joins and leaves again.
const membershipDedupeTTL = time.Minute

// dedupeTTL is how long the event's dedupe key lives.
func (e *event) dedupeTTL(ttl time.Duration) time.Duration {
	if e.kind != KindMessage && e.kind != KindSubmit && e.created.IsZero() {
		return min(ttl, membershipDedupeTTL)
	}
	return ttl
}
