package bot

import (
	"context"
	"errors"

	"github.com/gowebex/sdk/webex"
)

// onSubmit handles a card submission.
func (b *Bot) onSubmit(ctx context.Context, ev *event, t *Trace) *Context {
	a := ev.action
	if a == nil {
		var err error
		if a, err = b.api.actions.Get(ctx, ev.id); err != nil {
			if errors.Is(err, webex.ErrNotFound) {
				t.Outcome, t.Route = Ignored, "gone"
				return nil
			}
			t.Outcome, t.Err = Failed, err
			b.log.Error("bot: cannot fetch the card submission", "space", ev.spaceID, "action", ev.id, "error", err)
			return nil
		}
	}
	if b.isMe(a.PersonID) {
		t.Outcome, t.Route = Ignored, "self"
		return nil
	}
	c := &Context{Bot: b, Kind: KindSubmit, Space: Space{ID: a.RoomID, Type: b.spaceType(ctx, a.RoomID)},
		Sender: asPerson(b.sender(ctx, a.PersonID, "")), Action: a, thread: a.MessageID}
	id, thread, known, ok := submitRouting(a.Inputs)
	switch {
	case known && thread != "":
		c.thread = thread
	case !known:
		c.thread = b.threadOfMessage(ctx, a.MessageID)
	}
	if !ok {
		t.Route = "card:malformed"
		b.log.Info("bot: card submission without a JSON object of inputs", "space", c.Space.ID, "action", a.ID)
		if b.allowed(ctx, c, t) {
			b.answer(ctx, c, t, b.cfg.replyBadCard)
		}
		return c
	}
	b.routes.mu.RLock()
	route := b.routes.submits[id]
	b.routes.mu.RUnlock()
	t.Route = "card:" + id
	if route == nil {
		// Not a card of this bot's handlers (or of an older version).
		t.Outcome = Ignored
		return c
	}
	if !b.allowed(ctx, c, t) {
		return c
	}
	var decodeErr error
	b.call(ctx, c, t, func(ctx context.Context, c *Context) error {
		var err error
		decodeErr, err = route(ctx, c, a.Inputs)
		return err
	})
	if decodeErr != nil {
		t.Outcome, t.Err = Failed, decodeErr
		b.log.Info("bot: card inputs do not decode", "space", c.Space.ID, "card", id, "error", decodeErr)
		b.answer(ctx, c, t, b.cfg.replyBadCard)
		t.Outcome = Failed
	}
	return c
}

// threadOfMessage returns the thread replies to a message go in, asking
// Webex; "" when the message cannot be read.
func (b *Bot) threadOfMessage(ctx context.Context, id string) string {
	m, err := b.api.messages.Get(ctx, id)
	if err != nil {
		return ""
	}
	return threadOf(m)
}
