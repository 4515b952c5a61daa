package bot

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"time"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/people"
	"github.com/gowebex/sdk/webex/rooms"
)

// run handles one event on a worker: fetch what it is about, check the
// access rules, route it, and turn a failure into an apology and a log
// line. It never panics.
func (b *Bot) run(ev *event) {
	start := time.Now()
	ctx, cancel := context.WithTimeout(b.baseContext(), b.cfg.timeout)
	defer cancel()
	t := Trace{Kind: ev.kind, EventID: ev.id, SpaceID: ev.spaceID, PersonID: ev.personID}
	var c *Context
	defer func() {
		if v := recover(); v != nil {
			t.Outcome, t.Err = Failed, fmt.Errorf("bot: panic: %v", v)
			b.log.Error("bot: panic while handling an event", "kind", ev.kind, "space", ev.spaceID, "route", t.Route, "panic", v, "stack", string(debug.Stack()))
			b.apologise(ctx, c)
		}
		if c != nil {
			t.Posted = c.postedMessages()
		}
		t.Duration = time.Since(start)
		b.emit(t)
	}()
	switch ev.kind {
	case KindMessage:
		c = b.onMessage(ctx, ev, &t)
	case KindSubmit:
		c = b.onSubmit(ctx, ev, &t)
	default:
		c = b.onMembership(ctx, ev, &t)
	}
}

// call runs h and turns its error or panic into an apology and a log line.
func (b *Bot) call(ctx context.Context, c *Context, t *Trace, h HandlerFunc) {
	panicked := false
	err := func() (err error) {
		defer func() {
			if v := recover(); v != nil {
				panicked = true
				b.log.Error("bot: handler panicked", "kind", c.Kind, "space", c.Space.ID, "route", t.Route, "panic", v, "stack", string(debug.Stack()))
				err = fmt.Errorf("bot: handler panicked: %v", v)
			}
		}()
		return h(ctx, c)
	}()
	if err != nil {
		t.Outcome, t.Err = Failed, err
		if !panicked {
			b.log.Error("bot: handler failed", "kind", c.Kind, "space", c.Space.ID, "route", t.Route, "error", err)
		}
		b.apologise(ctx, c)
		return
	}
	t.Outcome = Handled
}

// apologise posts the apology, if one is configured and c can post.
func (b *Bot) apologise(ctx context.Context, c *Context) {
	if c == nil || b.cfg.replyApology == "" || c.Kind == KindRemoved {
		return
	}
	if _, err := c.Reply(context.WithoutCancel(ctx), b.cfg.replyApology); err != nil {
		b.log.Warn("bot: cannot post the apology", "space", c.Space.ID, "error", err)
	}
}

// answer posts one of the bot's own replies; "" stays silent.
func (b *Bot) answer(ctx context.Context, c *Context, t *Trace, text string) {
	t.Outcome = Handled
	if text == "" {
		return
	}
	if _, err := c.Reply(ctx, text); err != nil {
		t.Outcome, t.Err = Failed, err
		b.log.Warn("bot: cannot answer", "space", c.Space.ID, "route", t.Route, "error", err)
	}
}

// sender returns who a person is, from a cache, asking Webex on a miss.
// A failed lookup gives what is known.
func (b *Bot) sender(ctx context.Context, id, email string) *people.Person {
	if p, ok := b.senders.get(id); ok {
		return p
	}
	p, err := b.api.people.Get(ctx, id, nil)
	if err != nil {
		if !errors.Is(err, webex.ErrNotFound) {
			b.log.Debug("bot: cannot look up a person", "person", id, "error", err)
		}
		p := &people.Person{ID: id}
		if email != "" {
			p.Emails = []string{email}
		}
		return p
	}
	b.senders.put(id, p)
	return p
}

func asPerson(p *people.Person) Person {
	return Person{ID: p.ID, Email: primaryEmail(p), DisplayName: p.DisplayName}
}

// spaceType returns "direct" or "group" for a space, from a cache.
func (b *Bot) spaceType(ctx context.Context, id string) rooms.Type {
	if t, ok := b.spaces.get(id); ok {
		return t
	}
	r, err := b.api.rooms.Get(ctx, id)
	if err != nil {
		b.log.Debug("bot: cannot look up a space", "space", id, "error", err)
		return ""
	}
	b.spaces.put(id, r.Type)
	return r.Type
}

// allowed applies the access rules, logging and answering a refusal.
func (b *Bot) allowed(ctx context.Context, c *Context, t *Trace) bool {
	b.accessMu.RLock()
	ok, why := b.cfg.access.rule(c.Space.Type).allows(c.Sender.ID, c.Sender.Email, c.Space.ID)
	refusal := b.cfg.access.refusal
	b.accessMu.RUnlock()
	if ok {
		return true
	}
	t.Outcome, t.Route = Refused, "refused"
	b.log.Info("bot: refused", "reason", why, "person", c.Sender.ID, "space", c.Space.ID, "spaceType", c.Space.Type, "kind", c.Kind)
	if refusal != "" {
		if _, err := c.Reply(ctx, refusal); err != nil {
			b.log.Warn("bot: cannot post the refusal", "space", c.Space.ID, "error", err)
		}
	}
	return false
}
