package bottest

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/gowebex/sdk/webex/messages"
)

// submission merges the data of the card's Submit button titled title (the
// first one when title is "") with inputs, as a Webex client does when the
// button is pressed.
func submission(msg *messages.Message, title string, inputs any) (map[string]any, error) {
	out := map[string]any{}
	if inputs != nil {
		b, err := json.Marshal(inputs)
		if err != nil {
			return nil, err
		}
		if err := json.Unmarshal(b, &out); err != nil {
			return nil, fmt.Errorf("inputs must encode as a JSON object: %w", err)
		}
	}
	for _, att := range msg.Attachments {
		var card any
		if err := json.Unmarshal(att.Content, &card); err != nil {
			continue
		}
		if data, ok := findSubmit(card, title); ok {
			for k, v := range data {
				out[k] = v
			}
			return out, nil
		}
	}
	if title != "" {
		return nil, fmt.Errorf("the card has no Submit button titled %q", title)
	}
	return nil, errors.New("the message carries no card with a Submit button")
}

// findSubmit returns the data of the first Action.Submit titled title (or
// any, when title is "") in the decoded card v.
func findSubmit(v any, title string) (map[string]any, bool) {
	switch x := v.(type) {
	case map[string]any:
		if x["type"] == "Action.Submit" && (title == "" || x["title"] == title) {
			data, _ := x["data"].(map[string]any)
			return data, true
		}
		// Actions first, so that the card's own buttons come before
		// nested ones.
		if d, ok := findSubmit(x["actions"], title); ok {
			return d, true
		}
		for k, child := range x {
			if k == "actions" {
				continue
			}
			if d, ok := findSubmit(child, title); ok {
				return d, true
			}
		}
	case []any:
		for _, child := range x {
			if d, ok := findSubmit(child, title); ok {
				return d, true
			}
		}
	}
	return nil, false
}
