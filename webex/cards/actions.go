package cards

import "encoding/json"

// Values of the Style fields of actions.
const (
	ActionStyleDefault     = "default"
	ActionStylePositive    = "positive"
	ActionStyleDestructive = "destructive"
)

// Submit is a button that submits the card's inputs. Webex then creates an
// attachment action with the inputs' values merged with Data.
type Submit struct {
	ID    string `json:"id,omitempty"`
	Title string `json:"title"`
	// Data is merged into the submitted inputs; a map or struct that
	// marshals to a JSON object, such as {"action": "approve"} to tell
	// buttons apart.
	Data any `json:"data,omitempty"`
	// Style is [ActionStylePositive] or [ActionStyleDestructive].
	Style string `json:"style,omitempty"`
}

func (Submit) actionType() string { return "Action.Submit" }

// MarshalJSON encodes the action with "type": "Action.Submit".
func (a Submit) MarshalJSON() ([]byte, error) {
	type wire Submit
	return typed(a.actionType(), wire(a))
}

// OpenURL is a button that opens a URL.
type OpenURL struct {
	ID    string `json:"id,omitempty"`
	Title string `json:"title"`
	URL   string `json:"url"`
	Style string `json:"style,omitempty"`
}

func (OpenURL) actionType() string { return "Action.OpenUrl" }

// MarshalJSON encodes the action with "type": "Action.OpenUrl".
func (a OpenURL) MarshalJSON() ([]byte, error) {
	type wire OpenURL
	return typed(a.actionType(), wire(a))
}

// ShowCard is a button that unfolds another card below, such as a form.
// Inputs of the inner card are submitted by a Submit inside it.
type ShowCard struct {
	ID    string `json:"id,omitempty"`
	Title string `json:"title"`
	Card  *Card  `json:"-"`
	Style string `json:"style,omitempty"`
}

func (ShowCard) actionType() string { return "Action.ShowCard" }

// MarshalJSON encodes the action with "type": "Action.ShowCard"; the inner
// card has no "$schema" or "version" of its own.
func (a ShowCard) MarshalJSON() ([]byte, error) {
	type wire ShowCard
	var inner *cardJSON
	if a.Card != nil {
		inner = &cardJSON{Type: "AdaptiveCard", Body: a.Card.Body, Actions: a.Card.Actions, FallbackText: a.Card.FallbackText}
	}
	return json.Marshal(struct {
		Type string    `json:"type"`
		Card *cardJSON `json:"card"`
		wire
	}{a.actionType(), inner, wire(a)})
}
