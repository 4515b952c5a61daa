package bot

import (
	"time"

	"github.com/gowebex/sdk/webex/messages"
)

// Outcome is what became of an event.
type Outcome string

// Outcomes of a [Trace].
const (
	// Handled: a handler (or the bot's own answer) ran without error.
	Handled Outcome = "handled"
	// Ignored: nothing was to be done, such as a membership event with no
	// hook, or a message from another bot.
	Ignored Outcome = "ignored"
	// Refused: the access rules refused the sender.
	Refused Outcome = "refused"
	// Duplicate: the event was handled already, here or by another
	// replica.
	Duplicate Outcome = "duplicate"
	// Failed: the handler returned an error or panicked, or the event's
	// object could not be fetched.
	Failed Outcome = "failed"
)

// Trace reports one event taken in by the bot; see [WithTrace]. It holds
// ids, never text.
type Trace struct {
	Kind Kind
	// EventID is the id of the message, attachment action or membership.
	EventID  string
	SpaceID  string
	PersonID string
	// Route is what handled it: "command:NAME", "hears", "fallback",
	// "help", "unknown", "empty", "too-long", "card:ID",
	// "card:malformed", a membership kind ("added", ...), or why nothing
	// did: "refused", "self", "other-bot", "gone" (deleted before it
	// could be read).
	Route   string
	Outcome Outcome
	// Err is the handler's error (a panic becomes an error).
	Err error
	// Posted are the messages the bot posted while handling the event.
	Posted   []*messages.Message
	Duration time.Duration
}
