package bot

import (
	"context"
	"sync"

	"github.com/gowebex/sdk/webex/attachments"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/rooms"
)

// Space is the space an event happened in.
type Space struct {
	ID string
	// Type is [rooms.TypeDirect] (1:1) or [rooms.TypeGroup]; empty when
	// Webex did not say.
	Type rooms.Type
}

// Person is someone the bot deals with: a sender, or a member who joined
// or left.
type Person struct {
	ID          string
	Email       string
	DisplayName string
}

// Context is what a handler gets about one event, and the ways to answer
// it. It is valid only during the handler's call.
type Context struct {
	// Bot is the bot handling the event.
	Bot *Bot
	// Kind is what the event is about.
	Kind Kind
	// Space is where it happened.
	Space Space
	// Sender is who posted the message, submitted the card, or added or
	// removed the member.
	Sender Person
	// Message is the message, text included, for KindMessage; nil
	// otherwise.
	Message *messages.Message
	// Text is the message's text without the bot's mention.
	Text string
	// Command is the first word of Text, lowercased; Args are the other
	// words, and Rest is Text after the first word, as typed.
	Command string
	Args    []string
	Rest    string
	// Matches are the submatches of the pattern of a Hears handler.
	Matches []string
	// Action is the card submission, for KindSubmit; nil otherwise.
	Action *attachments.Action
	// Member is who joined or left, for the membership kinds (the bot
	// itself for KindAdded and KindRemoved).
	Member Person

	// thread is the id replies go under; "" when there is none.
	thread string

	mu     sync.Mutex
	posted []*messages.Message
}

// SpaceState returns the state of the event's space.
func (c *Context) SpaceState() State { return c.Bot.SpaceState(c.Space.ID) }

// PersonState returns the state of the sender.
func (c *Context) PersonState() State { return c.Bot.PersonState(c.Sender.ID) }

// Reply posts markdown in the thread of the message (or of the submitted
// card) the event is about; without one it is [Context.Say].
func (c *Context) Reply(ctx context.Context, markdown string) (*messages.Message, error) {
	return c.post(ctx, &messages.CreateParams{RoomID: c.Space.ID, ParentID: c.thread, Markdown: markdown})
}

// Say posts markdown in the space, outside any thread.
func (c *Context) Say(ctx context.Context, markdown string) (*messages.Message, error) {
	return c.post(ctx, &messages.CreateParams{RoomID: c.Space.ID, Markdown: markdown})
}

// SayText posts plain text in the space: no markdown is interpreted.
func (c *Context) SayText(ctx context.Context, text string) (*messages.Message, error) {
	return c.post(ctx, &messages.CreateParams{RoomID: c.Space.ID, Text: text})
}

// ReplyFile posts a file, with markdown as its caption (may be empty), in
// the thread. The file's body is streamed, never held in memory whole.
func (c *Context) ReplyFile(ctx context.Context, markdown string, f messages.File) (*messages.Message, error) {
	m, err := c.Bot.api.messages.CreateWithFile(ctx, &messages.CreateParams{RoomID: c.Space.ID, ParentID: c.thread, Markdown: markdown}, f)
	if err == nil {
		c.record(m)
	}
	return m, err
}

func (c *Context) post(ctx context.Context, p *messages.CreateParams) (*messages.Message, error) {
	m, err := c.Bot.api.messages.Create(ctx, p)
	if err == nil {
		c.record(m)
	}
	return m, err
}

// record remembers a message the bot posted, for the Trace.
func (c *Context) record(m *messages.Message) {
	c.mu.Lock()
	c.posted = append(c.posted, m)
	c.mu.Unlock()
}

func (c *Context) postedMessages() []*messages.Message {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.posted
}

// threadOf returns the thread a reply to m goes in.
func threadOf(m *messages.Message) string {
	if m.ParentID != "" {
		return m.ParentID
	}
	return m.ID
}
