package webextest

import (
	"encoding/json"
	"net/http"
)

// attachmentActionJSON is the Webex attachment action representation.
type attachmentActionJSON struct {
	ID        string          `json:"id"`
	PersonID  string          `json:"personId"`
	RoomID    string          `json:"roomId"`
	Type      string          `json:"type"`
	MessageID string          `json:"messageId"`
	Inputs    json.RawMessage `json:"inputs,omitempty"`
	Created   string          `json:"created"`
}

// render builds the JSON view of a.
func (a *attachmentAction) render() attachmentActionJSON {
	return attachmentActionJSON{ID: a.id, PersonID: a.actor.id, RoomID: a.roomID, Type: a.typ,
		MessageID: a.msg.id, Inputs: a.inputs, Created: formatTime(a.created)}
}

// attachmentInput is the body of POST /attachment/actions.
type attachmentInput struct {
	Type      string          `json:"type"`
	MessageID string          `json:"messageId"`
	Inputs    json.RawMessage `json:"inputs"`
}

// createAttachmentAction serves POST /attachment/actions.
func (s *Server) createAttachmentAction(c *reqCtx) {
	var in attachmentInput
	if !c.decode(&in) {
		return
	}
	if in.Type != "submit" {
		c.fail(http.StatusBadRequest, "type must be \"submit\".")
		return
	}
	if in.MessageID == "" {
		c.fail(http.StatusBadRequest, "messageId is required.")
		return
	}
	if len(in.Inputs) > 0 && in.Inputs[0] != '{' && string(in.Inputs) != "null" {
		c.fail(http.StatusBadRequest, "inputs must be an object.")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.messageByID(in.MessageID)
	if m == nil || !m.room.canAccess(c.me) {
		c.fail(http.StatusNotFound, "Could not find the message with the provided messageId.")
		return
	}
	u := newUUID()
	a := &attachmentAction{uuid: u, id: encodeID(typeAttachment, u), actor: c.me, msg: m,
		roomID: m.room.id, typ: in.Type, inputs: in.Inputs, created: s.now()}
	s.actions[u] = a
	s.record(true, c.me, "attachmentActions", "created", a)
	c.ok(a.render())
}

// getAttachmentAction serves GET /attachment/actions/{id}; visible to the
// submitter and to the author of the card's message.
func (s *Server) getAttachmentAction(c *reqCtx) {
	s.mu.RLock()
	var a *attachmentAction
	if u, ok := decodeTyped(c.params[0], typeAttachment); ok {
		a = s.actions[u]
	}
	if a == nil || (a.actor != c.me && a.msg.author != c.me) {
		s.mu.RUnlock()
		c.failErr(errNotFound())
		return
	}
	v := a.render()
	s.mu.RUnlock()
	c.ok(v)
}
