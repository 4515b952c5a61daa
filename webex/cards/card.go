// Package cards builds Adaptive Cards, the interactive cards Webex messages
// can carry, from typed Go values.
//
// A [Card] holds body elements ([TextBlock], [Image], [FactSet],
// [Container], [ColumnSet], [ActionSet] and the inputs [InputText],
// [InputNumber], [InputDate], [InputTime], [InputToggle],
// [InputChoiceSet]) and actions ([Submit], [OpenURL], [ShowCard]). Each
// marshals with its "type", as the Adaptive Cards schema (version 1.3, the
// newest Webex renders) wants. [Card.Attachment] checks the card and turns
// it into a messages.Attachment to post with messages.CreateParams.
//
// When a person presses a [Submit], Webex creates an attachment action with
// the inputs' values; read it with the attachments package.
// See https://developer.webex.com/docs/buttons-and-cards.
package cards

import (
	"encoding/json"

	"github.com/gowebex/sdk/webex/messages"
)

// Version is the Adaptive Cards schema version a Card declares when its own
// Version is empty, and the newest that Webex renders.
const Version = "1.3"

// Schema is the JSON schema URL a card declares.
const Schema = "http://adaptivecards.io/schemas/adaptive-card.json"

// Card is an Adaptive Card. The zero Version means [Version].
type Card struct {
	// Version is the schema version: "1.0" to "1.3"; empty means 1.3.
	Version string
	// Body is the card's content, top to bottom.
	Body []Element
	// Actions are the buttons at the bottom of the card.
	Actions []Action
	// FallbackText is shown by clients that cannot render the card.
	FallbackText string
}

// Element is an element of a card's body: one of the element and input
// types of this package, or a [RawElement].
type Element interface {
	elementType() string
}

// Action is a card button: [Submit], [OpenURL], [ShowCard] or a
// [RawAction].
type Action interface {
	actionType() string
}

// RawElement is an element given as JSON, for element types this package
// does not model. It must be a JSON object with a "type". Validate does
// not look inside it.
type RawElement json.RawMessage

func (RawElement) elementType() string { return "" }

// MarshalJSON returns r as it is.
func (r RawElement) MarshalJSON() ([]byte, error) { return json.RawMessage(r).MarshalJSON() }

// RawAction is an action given as JSON, for action types this package does
// not model, such as Action.ToggleVisibility.
type RawAction json.RawMessage

func (RawAction) actionType() string { return "" }

// MarshalJSON returns r as it is.
func (r RawAction) MarshalJSON() ([]byte, error) { return json.RawMessage(r).MarshalJSON() }

type cardJSON struct {
	Type         string    `json:"type"`
	Schema       string    `json:"$schema,omitempty"`
	Version      string    `json:"version,omitempty"`
	Body         []Element `json:"body,omitempty"`
	Actions      []Action  `json:"actions,omitempty"`
	FallbackText string    `json:"fallbackText,omitempty"`
}

// MarshalJSON encodes the card as Adaptive Card JSON: "type":
// "AdaptiveCard", "$schema", "version", "body" and "actions".
func (c Card) MarshalJSON() ([]byte, error) {
	v := c.Version
	if v == "" {
		v = Version
	}
	return json.Marshal(cardJSON{Type: "AdaptiveCard", Schema: Schema, Version: v, Body: c.Body, Actions: c.Actions, FallbackText: c.FallbackText})
}

// Attachment validates the card and returns it as a message attachment, for
// messages.CreateParams.Attachments. A message with a card also needs Text
// or Markdown, shown by clients that cannot render cards.
func (c *Card) Attachment() (messages.Attachment, error) {
	if err := c.Validate(); err != nil {
		return messages.Attachment{}, err
	}
	return messages.CardAttachment(c)
}
