package mcpserver

import (
	"context"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/attachments"
)

// AttachmentActionCreateInput is the input of attachment_actions_create.
type AttachmentActionCreateInput struct {
	MessageID string         `json:"messageId" jsonschema:"the id of the message carrying the Adaptive Card to submit"`
	Inputs    map[string]any `json:"inputs" jsonschema:"the submitted values by input id, as the card's Action.Submit would send them"`
}

// AttachmentActionIDInput names one attachment action.
type AttachmentActionIDInput struct {
	ActionID string `json:"actionId" jsonschema:"the attachment action id (from an attachmentActions webhook or event)"`
}

func attachmentTools() []tool {
	return []tool{
		&spec[AttachmentActionCreateInput, attachments.Action]{
			name: "attachment_actions_create", title: "Submit a card", cap: CapMessages, level: Write, kind: kindCreate,
			scopes: []string{webex.ScopeMessagesWrite},
			desc: "Submit the Adaptive Card of a message with the given input values, as if a person pressed its submit button. " +
				"Webex records an attachment action and notifies the card's author.",
			verb: "submit", past: "submitted",
			object: func(c *call, in *AttachmentActionCreateInput) string {
				return "the card of " + c.ref("messageId", "message", in.MessageID) + c.where()
			},
			guard: guardMessage(func(in *AttachmentActionCreateInput) string { return in.MessageID }),
			run: func(ctx context.Context, c *call, in *AttachmentActionCreateInput) (attachments.Action, error) {
				a, err := c.client().AttachmentActions.Create(ctx, &attachments.CreateParams{MessageID: in.MessageID, Inputs: in.Inputs})
				if err != nil {
					return attachments.Action{}, err
				}
				c.target("actionId", a.ID)
				return *a, nil
			},
			summary: func(a attachments.Action) string { return "submitted card action " + a.ID },
		},
		&spec[AttachmentActionIDInput, attachments.Action]{
			name: "attachment_actions_get", title: "Get a card submission", cap: CapMessages, level: Read, kind: kindRead,
			scopes: []string{webex.ScopeMessagesRead},
			desc:   "Get an attachment action: what a person submitted on an Adaptive Card (inputs by input id), who, when and on which message.",
			verb:   "read", past: "read",
			object: func(c *call, in *AttachmentActionIDInput) string {
				return c.ref("actionId", "card submission", in.ActionID) + c.where()
			},
			guard: func(ctx context.Context, c *call, in *AttachmentActionIDInput) error {
				if !c.rt.agent.Confined() {
					return nil
				}
				a, err := c.client().AttachmentActions.Get(ctx, in.ActionID)
				if err != nil {
					return err
				}
				c.pre, c.room = a, a.RoomID
				return c.allowSpace(a.RoomID)
			},
			run: func(ctx context.Context, c *call, in *AttachmentActionIDInput) (attachments.Action, error) {
				if a, ok := prefetched[attachments.Action](c); ok {
					return *a, nil
				}
				a, err := c.client().AttachmentActions.Get(ctx, in.ActionID)
				if err != nil {
					return attachments.Action{}, err
				}
				c.room = a.RoomID
				return *a, nil
			},
			summary: func(a attachments.Action) string { return "card submission " + a.ID + " on message " + a.MessageID },
		},
	}
}
