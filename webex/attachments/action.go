package attachments

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Action is an attachment action: what a person submitted on a card
// (an Adaptive Card attachment of a message), as Webex returns it.
// See https://developer.webex.com/docs/api/v1/attachment-actions.
type Action struct {
	ID string `json:"id"`
	// PersonID is the person who submitted the card.
	PersonID string `json:"personId,omitempty"`
	// RoomID is the space of the card's message.
	RoomID string `json:"roomId,omitempty"`
	// Type is [TypeSubmit].
	Type Type `json:"type"`
	// MessageID is the message carrying the card.
	MessageID string `json:"messageId"`
	// Inputs is the submitted JSON object: the card's input values by
	// input id, merged with the data of the Action.Submit pressed. Read it
	// with [Action.DecodeInputs] or [Action.StringInput].
	Inputs  json.RawMessage `json:"inputs,omitempty"`
	Created time.Time       `json:"created,omitzero"`
}

// Type is the kind of an attachment action: [Action.Type] and
// [CreateParams.Type].
type Type string

// Attachment action types.
const (
	// TypeSubmit is the only attachment action type: a card submission.
	TypeSubmit Type = "submit"
)

// DecodeInputs decodes the submitted inputs into v, a pointer to a struct
// (with json tags naming the input ids) or to a map.
//
// Adaptive Cards submit every input as a string: a toggle as its
// valueOn/valueOff ("true"/"false" by default), a number as its digits and
// a multi-select choice set as comma-separated values. Only the data of an
// Action.Submit keeps its JSON types.
func (a *Action) DecodeInputs(v any) error {
	if a == nil || len(a.Inputs) == 0 || string(a.Inputs) == "null" {
		return errors.New("attachments: action has no inputs")
	}
	if err := json.Unmarshal(a.Inputs, v); err != nil {
		return fmt.Errorf("attachments: decoding inputs of action %s: %w", a.ID, err)
	}
	return nil
}

// StringInput returns the string value submitted for the input with the
// given id, and whether there is one. A value that is not a JSON string
// (from an Action.Submit's data) is reported as absent.
func (a *Action) StringInput(id string) (string, bool) {
	var m map[string]json.RawMessage
	if a.DecodeInputs(&m) != nil {
		return "", false
	}
	raw, ok := m[id]
	if !ok {
		return "", false
	}
	var s string
	if json.Unmarshal(raw, &s) != nil {
		return "", false
	}
	return s, true
}
