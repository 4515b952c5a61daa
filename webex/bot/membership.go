package bot

import "context"

// onMembership runs the hook of a membership event. After the bot's
// removal, the space's state is deleted.
func (b *Bot) onMembership(ctx context.Context, ev *event, t *Trace) *Context {
	b.routes.mu.RLock()
	h := b.routes.hooks[ev.kind]
	b.routes.mu.RUnlock()
	t.Route = string(ev.kind)
	var c *Context
	if h != nil {
		sender := Person{ID: ev.actorID}
		if ev.actorID != "" {
			sender = asPerson(b.sender(ctx, ev.actorID, ""))
		}
		c = &Context{Bot: b, Kind: ev.kind, Space: Space{ID: ev.spaceID, Type: ev.spaceType}, Sender: sender,
			Member: Person{ID: ev.personID, Email: ev.personEmail, DisplayName: ev.personName}}
		b.call(ctx, c, t, h)
	} else {
		t.Outcome = Ignored
	}
	if ev.kind == KindRemoved {
		if err := b.SpaceState(ev.spaceID).Clear(ctx); err != nil {
			b.log.Warn("bot: cannot forget a space's state", "space", ev.spaceID, "error", err)
		}
	}
	return c
}
