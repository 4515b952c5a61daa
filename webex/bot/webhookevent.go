package bot

import (
	"github.com/gowebex/sdk/webex/webhooks"
)

// fromWebhook turns a webhook delivery into an event; ok is false for a
// delivery the bot has no use for.
func (b *Bot) fromWebhook(ev *webhooks.Event) (*event, bool) {
	switch {
	case ev.Resource == webhooks.ResourceMessages && ev.Event == webhooks.EventCreated:
		d, err := ev.Message()
		if err != nil || d.ID == "" {
			return nil, false
		}
		return &event{kind: KindMessage, id: d.ID, spaceID: d.RoomID, spaceType: d.RoomType,
			actorID: ev.ActorID, personID: d.PersonID, personEmail: d.PersonEmail, created: d.Created,
			message: ev.FullMessage}, true
	case ev.Resource == webhooks.ResourceAttachmentActions && ev.Event == webhooks.EventCreated:
		d, err := ev.AttachmentAction()
		if err != nil || d.ID == "" {
			return nil, false
		}
		return &event{kind: KindSubmit, id: d.ID, spaceID: d.RoomID, actorID: ev.ActorID,
			personID: d.PersonID, created: d.Created, action: ev.FullAction}, true
	case ev.Resource == webhooks.ResourceMemberships && (ev.Event == webhooks.EventCreated || ev.Event == webhooks.EventDeleted):
		d, err := ev.Membership()
		if err != nil || d.ID == "" {
			return nil, false
		}
		e := &event{id: d.ID, spaceID: d.RoomID, spaceType: d.RoomType, actorID: ev.ActorID,
			personID: d.PersonID, personEmail: d.PersonEmail, personName: d.PersonDisplayName, created: d.Created}
		self := b.isMe(d.PersonID)
		switch {
		case ev.Event == webhooks.EventCreated && self:
			e.kind = KindAdded
		case ev.Event == webhooks.EventCreated:
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
