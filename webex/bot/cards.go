package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/gowebex/sdk/webex/cards"
	"github.com/gowebex/sdk/webex/messages"
)

// Keys the bot adds to the data of every Action.Submit of the cards it
// sends: the submit handler's id and the thread to answer in.
const (
	submitIDKey     = "_bot"
	submitThreadKey = "_thread"
)

// OnSubmit handles submissions of the cards sent with [Context.ReplyCard]
// or [Context.SayCard] under id: the card's inputs (and its Submit data)
// are decoded into a T, a struct with json tags naming the input ids, or a
// map. Inputs that do not decode get the bad-card reply and h is not
// called. Adaptive Cards submit every input as a string.
func OnSubmit[T any](b *Bot, id string, h func(ctx context.Context, c *Context, input T) error) {
	if id == "" || h == nil {
		return
	}
	b.routes.submit(id, func(ctx context.Context, c *Context, inputs json.RawMessage) (error, error) {
		var in T
		if err := json.Unmarshal(inputs, &in); err != nil {
			return err, nil
		}
		return nil, h(ctx, c, in)
	})
}

// ReplyCard posts card in the thread; its submissions go to the
// [OnSubmit] handler of id ("" for a card with nothing to submit). The
// card's FallbackText, or "(card)", is the message's text for clients that
// cannot show cards.
func (c *Context) ReplyCard(ctx context.Context, id string, card *cards.Card) (*messages.Message, error) {
	return c.sendCard(ctx, c.thread, id, card)
}

// SayCard posts card in the space, outside any thread; see ReplyCard.
func (c *Context) SayCard(ctx context.Context, id string, card *cards.Card) (*messages.Message, error) {
	return c.sendCard(ctx, "", id, card)
}

func (c *Context) sendCard(ctx context.Context, thread, id string, card *cards.Card) (*messages.Message, error) {
	att, err := cardAttachment(card, id, thread)
	if err != nil {
		return nil, err
	}
	text := card.FallbackText
	if text == "" {
		text = "(card)"
	}
	return c.post(ctx, &messages.CreateParams{RoomID: c.Space.ID, ParentID: thread, Text: text, Attachments: []messages.Attachment{att}})
}

// ReplaceCard replaces the submitted card with markdown, in the same place,
// so that it cannot be submitted again: Webex cannot edit a message with a
// card, so the card's message is deleted and markdown posted instead.
func (c *Context) ReplaceCard(ctx context.Context, markdown string) (*messages.Message, error) {
	if c.Action == nil {
		return nil, errors.New("bot: ReplaceCard needs a card submission")
	}
	if err := c.Bot.api.messages.Delete(ctx, c.Action.MessageID); err != nil {
		return nil, fmt.Errorf("bot: deleting the card: %w", err)
	}
	thread := c.thread
	if thread == c.Action.MessageID {
		thread = "" // the card started the thread: it is gone
	}
	return c.post(ctx, &messages.CreateParams{RoomID: c.Space.ID, ParentID: thread, Markdown: markdown})
}

// cardAttachment validates card and returns it as an attachment whose
// Action.Submit data carry id and thread.
func cardAttachment(card *cards.Card, id, thread string) (messages.Attachment, error) {
	if card == nil {
		return messages.Attachment{}, errors.New("bot: nil card")
	}
	if err := card.Validate(); err != nil {
		return messages.Attachment{}, err
	}
	raw, err := json.Marshal(card)
	if err != nil {
		return messages.Attachment{}, err
	}
	if id != "" {
		var doc any
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.UseNumber()
		if err := dec.Decode(&doc); err != nil {
			return messages.Attachment{}, err
		}
		if err := tagSubmits(doc, id, thread); err != nil {
			return messages.Attachment{}, err
		}
		if raw, err = json.Marshal(doc); err != nil {
			return messages.Attachment{}, err
		}
	}
	return messages.Attachment{ContentType: messages.ContentTypeAdaptiveCard, Content: raw}, nil
}

// tagSubmits adds the routing keys to the data of every Action.Submit in
// the decoded card v, at any depth (action sets, containers, columns,
// show-card actions).
func tagSubmits(v any, id, thread string) error {
	switch x := v.(type) {
	case map[string]any:
		if x["type"] == "Action.Submit" {
			data, _ := x["data"].(map[string]any)
			if x["data"] != nil && data == nil {
				return errors.New("bot: an Action.Submit's data must be a JSON object for the bot to route it")
			}
			if data == nil {
				data = map[string]any{}
			}
			data[submitIDKey] = id
			data[submitThreadKey] = thread
			x["data"] = data
		}
		for _, child := range x {
			if err := tagSubmits(child, id, thread); err != nil {
				return err
			}
		}
	case []any:
		for _, child := range x {
			if err := tagSubmits(child, id, thread); err != nil {
				return err
			}
		}
	}
	return nil
}

// submitRouting reads the routing keys from a submission's inputs: the
// handler's id, and the thread to answer in ("" for a card outside any
// thread; known is false when the submission does not say). ok is false
// when the inputs are not a JSON object.
func submitRouting(inputs json.RawMessage) (id, thread string, known, ok bool) {
	var keys map[string]json.RawMessage
	inputs = bytes.TrimSpace(inputs)
	if len(inputs) == 0 || inputs[0] != '{' || json.Unmarshal(inputs, &keys) != nil {
		return "", "", false, false
	}
	_ = json.Unmarshal(keys[submitIDKey], &id)
	raw, known := keys[submitThreadKey]
	if known && json.Unmarshal(raw, &thread) != nil {
		known = false
	}
	return id, thread, known, true
}
