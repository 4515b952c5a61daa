package bot

import (
	"context"
	"errors"

	"github.com/gowebex/sdk/webex"
)

// onMessage handles a posted message.
func (b *Bot) onMessage(ctx context.Context, ev *event, t *Trace) *Context {
	m := ev.message
	if m == nil {
		var err error
		if m, err = b.api.messages.Get(ctx, ev.id); err != nil {
			if errors.Is(err, webex.ErrNotFound) {
				t.Outcome, t.Route = Ignored, "gone" // deleted already, or not for the bot's eyes
				return nil
			}
			t.Outcome, t.Err = Failed, err
			b.log.Error("bot: cannot fetch the message", "space", ev.spaceID, "message", ev.id, "error", err)
			return nil
		}
	}
	if b.isMe(m.PersonID) {
		t.Outcome, t.Route = Ignored, "self"
		return nil
	}
	p := b.sender(ctx, m.PersonID, m.PersonEmail)
	if p.Type == "bot" {
		t.Outcome, t.Route = Ignored, "other-bot"
		return nil
	}
	sender := asPerson(p)
	if sender.Email == "" {
		sender.Email = m.PersonEmail
	}
	c := &Context{Bot: b, Kind: KindMessage, Space: Space{ID: m.RoomID, Type: m.RoomType},
		Sender: sender, Message: m, thread: threadOf(m)}
	if c.Space.Type == "" {
		c.Space.Type = ev.spaceType
	}
	if !b.allowed(ctx, c, t) {
		return c
	}
	if len(m.Text) > b.cfg.maxTextBytes {
		t.Route = "too-long"
		b.answer(ctx, c, t, b.cfg.replyTooLong)
		return c
	}
	c.Text = b.me.stripMention(m)
	if c.Text == "" {
		t.Route = "empty"
		b.answer(ctx, c, t, b.cfg.replyEmpty)
		return c
	}
	c.Command, c.Args, c.Rest = command(c.Text)
	h, route, matches := b.routes.match(c.Text, !b.cfg.noHelp)
	t.Route, c.Matches = route, matches
	switch {
	case h != nil:
		b.call(ctx, c, t, h)
	case route == "help":
		b.answer(ctx, c, t, b.routes.helpText(b.me.DisplayName))
	default:
		b.answer(ctx, c, t, b.cfg.replyUnknown)
	}
	return c
}
