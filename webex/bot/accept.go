package bot

import (
	"context"
	"fmt"
	"strings"
)

// botEmailSuffix ends the address of every Webex bot account.
const botEmailSuffix = "@webex.bot"

// accept takes in one event from a transport: it drops the bot's own
// messages and other bots' without a single API call, claims the event in
// the store so that only one replica handles it, and queues it behind the
// other events of its space. An error means the transport should have the
// event delivered again (webhook: 5xx).
func (b *Bot) accept(ctx context.Context, ev *event) error {
	if ev == nil {
		return nil
	}
	if (ev.kind == KindMessage || ev.kind == KindSubmit) && b.isMe(ev.personID) {
		return nil // its own message: it never talks to itself
	}
	if ev.kind == KindMessage && strings.HasSuffix(strings.ToLower(ev.personEmail), botEmailSuffix) {
		b.emit(Trace{Kind: ev.kind, EventID: ev.id, SpaceID: ev.spaceID, PersonID: ev.personID, Outcome: Ignored, Route: "other-bot"})
		return nil
	}
	key := ev.dedupeKey()
	won, err := b.store.Claim(ctx, key, ev.dedupeTTL(b.cfg.dedupeTTL))
	if err != nil {
		b.log.Error("bot: cannot claim the event in the store", "kind", ev.kind, "space", ev.spaceID, "error", err)
		return fmt.Errorf("bot: claiming the event: %w", err)
	}
	if !won {
		b.emit(Trace{Kind: ev.kind, EventID: ev.id, SpaceID: ev.spaceID, PersonID: ev.personID, Outcome: Duplicate})
		return nil
	}
	if err := b.disp.offer(ev); err != nil {
		// Let a redelivery (here or on another replica) have it.
		_ = b.store.Delete(context.WithoutCancel(ctx), key)
		return err
	}
	return nil
}

// emit hands a trace to WithTrace's function.
func (b *Bot) emit(t Trace) {
	if b.cfg.trace != nil {
		b.cfg.trace(t)
	}
}
