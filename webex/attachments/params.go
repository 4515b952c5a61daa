package attachments

import (
	"bytes"
	"encoding/json"

	"github.com/gowebex/sdk/internal/httpx"
)

// CreateParams is a card submission made on a person's behalf. MessageID
// (the message carrying the card) and Inputs are required.
type CreateParams struct {
	// Type is [TypeSubmit]; empty means TypeSubmit.
	Type Type
	// MessageID is the message whose card is submitted.
	MessageID string
	// Inputs are the submitted values by input id: a map or a struct that
	// marshals to a JSON object.
	Inputs any
}

// createBody is CreateParams as sent.
type createBody struct {
	Type      Type            `json:"type"`
	MessageID string          `json:"messageId"`
	Inputs    json.RawMessage `json:"inputs"`
}

// body validates p and returns it as sent.
func (p *CreateParams) body() (*createBody, error) {
	switch {
	case p == nil:
		return nil, httpx.Invalid("attachments", "CreateParams is nil")
	case p.Type != "" && p.Type != TypeSubmit:
		return nil, httpx.Invalid("attachments", "CreateParams.Type must be %q, not %q", TypeSubmit, p.Type)
	case p.MessageID == "":
		return nil, httpx.Invalid("attachments", "CreateParams.MessageID is required")
	case p.Inputs == nil:
		return nil, httpx.Invalid("attachments", "CreateParams.Inputs is required")
	}
	inputs, err := json.Marshal(p.Inputs)
	if err != nil {
		return nil, httpx.Invalid("attachments", "encoding CreateParams.Inputs: %w", err)
	}
	if !bytes.HasPrefix(inputs, []byte("{")) {
		return nil, httpx.Invalid("attachments", "CreateParams.Inputs must encode as a JSON object, not %.20s", inputs)
	}
	return &createBody{Type: TypeSubmit, MessageID: p.MessageID, Inputs: inputs}, nil
}
