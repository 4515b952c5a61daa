package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/attachments"
	"github.com/gowebex/sdk/webex/cards"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/people"
	"github.com/gowebex/sdk/webex/webhooks"
)

// bot answers mentions with an approval card and records decisions.
type bot struct {
	client *webex.Client
	me     *people.Person
	// posted, when set, is told about every message the bot posts.
	posted func(*messages.Message)
}

func newBot(ctx context.Context, client *webex.Client) (*bot, error) {
	me, err := client.People.Me(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("who am I: %w", err)
	}
	return &bot{client: client, me: me}, nil
}

// handle is the webhook handler's function. The Handler has already checked
// the signature and fetched the full message or card submission.
func (b *bot) handle(ctx context.Context, ev *webhooks.Event) error {
	switch {
	case ev.FullMessage != nil:
		return b.onMessage(ctx, ev.FullMessage)
	case ev.FullAction != nil:
		return b.onSubmit(ctx, ev.FullAction)
	}
	return nil
}

// onMessage answers a message that mentions the bot with an approval card.
func (b *bot) onMessage(ctx context.Context, m *messages.Message) error {
	if m.PersonID == b.me.ID || !mentions(m, b.me.ID) {
		return nil // its own messages, or a direct message it was not asked in
	}
	request := strings.TrimSpace(strings.TrimPrefix(m.Text, b.me.DisplayName))
	card := cards.Card{
		FallbackText: "Approval requested: " + request,
		Body: []cards.Element{
			cards.TextBlock{Text: "Approval requested", Size: cards.SizeLarge, Weight: cards.WeightBolder},
			cards.FactSet{Facts: []cards.Fact{
				{Title: "Requested by", Value: m.PersonEmail},
				{Title: "Request", Value: request},
			}},
			cards.InputText{ID: "comment", Label: "Comment", Placeholder: "Optional note for the requester", IsMultiline: true},
		},
		Actions: []cards.Action{
			cards.Submit{Title: "Approve", Data: map[string]string{"decision": "approve"}, Style: cards.ActionStylePositive},
			cards.Submit{Title: "Reject", Data: map[string]string{"decision": "reject"}, Style: cards.ActionStyleDestructive},
		},
	}
	att, err := card.Attachment()
	if err != nil {
		return err
	}
	reply, err := b.client.Messages.Create(ctx, &messages.CreateParams{
		RoomID:      m.RoomID,
		ParentID:    threadOf(m),
		Markdown:    "Approval requested by " + messages.MentionPerson(m.PersonID, m.PersonEmail) + ": " + request,
		Attachments: []messages.Attachment{att},
	})
	if err != nil {
		return fmt.Errorf("posting the approval card: %w", err)
	}
	b.notify(reply)
	return nil
}

// onSubmit records the decision made on an approval card.
func (b *bot) onSubmit(ctx context.Context, a *attachments.Action) error {
	decision, _ := a.StringInput("decision")
	comment, _ := a.StringInput("comment")
	verdict := map[string]string{"approve": "✅ Approved", "reject": "❌ Rejected"}[decision]
	if verdict == "" {
		return nil // not one of our cards
	}
	name := "the approver"
	if p, err := b.client.People.Get(ctx, a.PersonID, nil); err == nil && p.DisplayName != "" {
		name = p.DisplayName
	}
	text := verdict + " by " + messages.MentionPerson(a.PersonID, name)
	if comment != "" {
		text += ": " + comment
	}
	card, err := b.client.Messages.Get(ctx, a.MessageID)
	if err != nil {
		return fmt.Errorf("reading the card's message: %w", err)
	}
	reply, err := b.client.Messages.Create(ctx, &messages.CreateParams{RoomID: a.RoomID, ParentID: threadOf(card), Markdown: text})
	if err != nil {
		return fmt.Errorf("posting the decision: %w", err)
	}
	b.notify(reply)
	return nil
}

func (b *bot) notify(m *messages.Message) {
	if b.posted != nil {
		b.posted(m)
	}
}

func mentions(m *messages.Message, personID string) bool {
	if m.RoomType == messages.RoomTypeDirect {
		return true
	}
	for _, id := range m.MentionedPeople {
		if id == personID {
			return true
		}
	}
	return false
}

// threadOf returns the thread a reply to m belongs in.
func threadOf(m *messages.Message) string {
	if m.ParentID != "" {
		return m.ParentID
	}
	return m.ID
}
