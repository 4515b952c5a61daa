package webhooks

import (
	"context"
	"errors"
	"fmt"

	"github.com/gowebex/sdk/webex/api"
	"github.com/gowebex/sdk/webex/attachments"
	"github.com/gowebex/sdk/webex/messages"
)

// MessageGetter gets a message by id; client.Messages is one.
type MessageGetter interface {
	Get(ctx context.Context, messageID string) (*messages.Message, error)
}

// ActionGetter gets an attachment action by id; client.AttachmentActions
// is one.
type ActionGetter interface {
	Get(ctx context.Context, actionID string) (*attachments.Action, error)
}

// FetchMessages makes the [Handler] get the full message of every messages
// created or updated event through g (usually client.Messages) and put it
// in [Event.FullMessage] before calling the function: a delivery carries
// ids only, never the text.
//
// A message that is gone (404, or not visible to the token) leaves
// FullMessage nil. Any other failure answers 500, so Webex delivers the
// event again.
func FetchMessages(g MessageGetter) HandlerOption {
	return func(c *handlerConfig) { c.messages = g }
}

// FetchAttachmentActions makes the [Handler] get the full attachment action
// (a card submission, with its inputs) of every attachmentActions created
// event through g (usually client.AttachmentActions) and put it in
// [Event.FullAction], as [FetchMessages] does for messages.
func FetchAttachmentActions(g ActionGetter) HandlerOption {
	return func(c *handlerConfig) { c.actions = g }
}

// fetch fills the Full fields that the handler was configured to fetch.
func (h *Handler) fetch(ctx context.Context, ev *Event) error {
	var id string
	switch {
	case h.messages != nil && ev.Resource == ResourceMessages && ev.Event != EventDeleted:
		d, err := ev.Message()
		if err != nil {
			return err
		}
		id = d.ID
		m, err := h.messages.Get(ctx, id)
		if err == nil {
			ev.FullMessage = m
		}
		return ignoreGone(err, "message", id)
	case h.actions != nil && ev.Resource == ResourceAttachmentActions && ev.Event == EventCreated:
		d, err := ev.AttachmentAction()
		if err != nil {
			return err
		}
		id = d.ID
		a, err := h.actions.Get(ctx, id)
		if err == nil {
			ev.FullAction = a
		}
		return ignoreGone(err, "attachment action", id)
	}
	return nil
}

func ignoreGone(err error, what, id string) error {
	if err == nil || errors.Is(err, api.ErrNotFound) {
		return nil
	}
	return fmt.Errorf("webhooks: fetching %s %s: %w", what, id, err)
}
