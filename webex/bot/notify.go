package bot

import (
	"context"

	"github.com/gowebex/sdk/webex/notify"
)

// fromNotify turns an event of either transport (a webhook delivery or the
// realtime listener's) into the bot's own; ok is false for an event the
// bot has no use for. The full message or card submission, when the
// transport fetched it, saves the worker a call.
func (b *Bot) fromNotify(ev *notify.Event) (*event, bool) {
	switch {
	case ev.Resource == notify.ResourceMessages && ev.Event == notify.EventCreated:
		d, err := ev.Message()
		if err != nil || d.ID == "" {
			return nil, false
		}
		return &event{kind: KindMessage, id: d.ID, spaceID: d.RoomID, spaceType: d.RoomType,
			actorID: ev.ActorID, personID: d.PersonID, personEmail: d.PersonEmail, created: d.Created,
			message: ev.FullMessage}, true
	case ev.Resource == notify.ResourceAttachmentActions && ev.Event == notify.EventCreated:
		d, err := ev.AttachmentAction()
		if err != nil || d.ID == "" {
			return nil, false
		}
		return &event{kind: KindSubmit, id: d.ID, spaceID: d.RoomID, actorID: ev.ActorID,
			personID: d.PersonID, created: d.Created, action: ev.FullAction}, true
	case ev.Resource == notify.ResourceMemberships && (ev.Event == notify.EventCreated || ev.Event == notify.EventDeleted):
		d, err := ev.Membership()
		if err != nil || d.ID == "" {
			return nil, false
		}
		e := &event{id: d.ID, spaceID: d.RoomID, spaceType: d.RoomType, actorID: ev.ActorID,
			personID: d.PersonID, personEmail: d.PersonEmail, personName: d.PersonDisplayName, created: d.Created}
		self := b.isMe(d.PersonID)
		switch {
		case ev.Event == notify.EventCreated && self:
			e.kind = KindAdded
		case ev.Event == notify.EventCreated:
			e.kind = KindJoined
		case self:
			e.kind = KindRemoved
		default:
			e.kind = KindLeft
		}
		return e, true
	}
	return nil, false
}

// HandleEvent takes in one event from a transport the caller runs, such
// as a webhooks.Handler of its own or a realtime listener with its own
// options: it is a notify.Handler. The event goes through the same
// filtering, dedupe, per-space queue and routing as the bot's own
// transport's. An error asks the transport for the event again.
func (b *Bot) HandleEvent(ctx context.Context, ev *notify.Event) error {
	if ev == nil {
		return nil
	}
	e, ok := b.fromNotify(ev)
	if !ok {
		return nil
	}
	return b.accept(ctx, e)
}
