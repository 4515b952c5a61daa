package attachments_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex/attachments"
)

func decodeAction(t *testing.T) *attachments.Action {
	t.Helper()
	var a attachments.Action
	require.NoError(t, json.Unmarshal([]byte(actionJSON), &a))
	return &a
}

func TestDecodeInputsIntoStruct(t *testing.T) {
	t.Parallel()
	var form struct {
		Name      string `json:"name"`
		Email     string `json:"email"`
		Subscribe string `json:"subscribe"`
		Count     int    `json:"count,string"`
		Action    string `json:"action"`
		Meta      struct {
			Ticket int `json:"ticket"`
		} `json:"meta"`
	}
	require.NoError(t, decodeAction(t).DecodeInputs(&form))
	assert.Equal(t, "Bob Builder", form.Name)
	assert.Equal(t, "bob@example.com", form.Email)
	assert.Equal(t, "true", form.Subscribe)
	assert.Equal(t, 3, form.Count)
	assert.Equal(t, "approve", form.Action)
	assert.Equal(t, 42, form.Meta.Ticket)
}

func TestDecodeInputsErrors(t *testing.T) {
	t.Parallel()
	var v map[string]any
	assert.EqualError(t, (&attachments.Action{ID: "a"}).DecodeInputs(&v), "attachments: action has no inputs")
	assert.EqualError(t, (&attachments.Action{ID: "a", Inputs: json.RawMessage("null")}).DecodeInputs(&v), "attachments: action has no inputs")
	var nilAction *attachments.Action
	assert.Error(t, nilAction.DecodeInputs(&v))
	var wrong struct {
		Name int `json:"name"`
	}
	assert.ErrorContains(t, decodeAction(t).DecodeInputs(&wrong), "attachments: decoding inputs of action action-1")
}

func TestStringInput(t *testing.T) {
	t.Parallel()
	a := decodeAction(t)
	tests := []struct {
		id   string
		want string
		ok   bool
	}{
		{"email", "bob@example.com", true},
		{"subscribe", "true", true},
		{"missing", "", false},
		{"meta", "", false}, // an object from Action.Submit data
	}
	for _, tt := range tests {
		got, ok := a.StringInput(tt.id)
		assert.Equal(t, tt.want, got, tt.id)
		assert.Equal(t, tt.ok, ok, tt.id)
	}
	got, ok := (&attachments.Action{}).StringInput("email")
	assert.Empty(t, got)
	assert.False(t, ok)
}
