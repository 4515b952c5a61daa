package attachments_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/internal/sdktest"
	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/attachments"
)

// actionJSON is an attachment action shaped like the spec's example.
const actionJSON = `{
	"id": "action-1",
	"personId": "person-2",
	"roomId": "room-1",
	"type": "submit",
	"messageId": "msg-1",
	"inputs": {
		"name": "Bob Builder",
		"email": "bob@example.com",
		"subscribe": "true",
		"count": "3",
		"action": "approve",
		"meta": {"ticket": 42}
	},
	"created": "2024-04-02T11:22:33.444Z"
}`

// assertAction checks every field of actionJSON.
func assertAction(t *testing.T, a *attachments.Action) {
	t.Helper()
	require.NotNil(t, a)
	assert.Equal(t, "action-1", a.ID)
	assert.Equal(t, "person-2", a.PersonID)
	assert.Equal(t, "room-1", a.RoomID)
	assert.Equal(t, attachments.TypeSubmit, a.Type)
	assert.Equal(t, "msg-1", a.MessageID)
	assert.Equal(t, time.Date(2024, 4, 2, 11, 22, 33, 444e6, time.UTC), a.Created.UTC())
	name, ok := a.StringInput("name")
	assert.True(t, ok)
	assert.Equal(t, "Bob Builder", name)
}

func TestCreate(t *testing.T) {
	t.Parallel()
	type form struct {
		Name  string `json:"name"`
		Email string `json:"email"`
	}
	tests := []struct {
		name   string
		p      attachments.CreateParams
		inputs map[string]any
	}{
		{"map inputs, type defaulted", attachments.CreateParams{
			MessageID: "msg-1",
			Inputs:    map[string]any{"name": "Bob Builder", "subscribe": "true"},
		}, map[string]any{"name": "Bob Builder", "subscribe": "true"}},
		{"struct inputs, explicit type", attachments.CreateParams{
			Type:      attachments.TypeSubmit,
			MessageID: "msg-1",
			Inputs:    form{Name: "Bob Builder", Email: "bob@example.com"},
		}, map[string]any{"name": "Bob Builder", "email": "bob@example.com"}},
		{"empty object", attachments.CreateParams{MessageID: "msg-1", Inputs: map[string]string{}}, map[string]any{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, s := newService(t)
			mux.HandleFunc("POST /v1/attachment/actions", func(w http.ResponseWriter, r *http.Request) {
				sdktest.CheckRequest(t, r, http.MethodPost)
				assert.Empty(t, r.URL.RawQuery)
				body := sdktest.Body(t, r)
				assert.Equal(t, "submit", body["type"])
				assert.Equal(t, "msg-1", body["messageId"])
				assert.Equal(t, tt.inputs, body["inputs"])
				assert.Len(t, body, 3)
				sdktest.WriteRaw(w, http.StatusAccepted, actionJSON)
			})
			a, err := s.Create(t.Context(), &tt.p)
			require.NoError(t, err)
			assertAction(t, a)
		})
	}
}

func TestCreateValidation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		p    *attachments.CreateParams
		want string
	}{
		{"nil", nil, "webex: attachments: CreateParams is nil"},
		{"other type", &attachments.CreateParams{Type: "click", MessageID: "msg-1", Inputs: map[string]any{}}, `webex: attachments: CreateParams.Type must be "submit", not "click"`},
		{"no message", &attachments.CreateParams{Inputs: map[string]any{"a": "b"}}, "webex: attachments: CreateParams.MessageID is required"},
		{"no inputs", &attachments.CreateParams{MessageID: "msg-1"}, "webex: attachments: CreateParams.Inputs is required"},
		{"inputs not an object", &attachments.CreateParams{MessageID: "msg-1", Inputs: []string{"a"}}, "webex: attachments: CreateParams.Inputs must encode as a JSON object"},
		{"nil map inputs", &attachments.CreateParams{MessageID: "msg-1", Inputs: map[string]any(nil)}, "webex: attachments: CreateParams.Inputs must encode as a JSON object"},
		{"unencodable inputs", &attachments.CreateParams{MessageID: "msg-1", Inputs: map[string]any{"f": func() {}}}, "webex: attachments: encoding CreateParams.Inputs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, s := newService(t)
			n := sdktest.Forbid(t, mux)
			a, err := s.Create(t.Context(), tt.p)
			assert.Nil(t, a)
			assert.ErrorContains(t, err, tt.want)
			assert.Zero(t, n.Load())
		})
	}
}

func TestCreateErrorIsNotRetried(t *testing.T) {
	t.Parallel()
	mux, s := newService(t)
	calls := 0
	mux.HandleFunc("POST /v1/attachment/actions", func(w http.ResponseWriter, r *http.Request) {
		calls++
		sdktest.WriteError(w, http.StatusBadGateway, "Bad gateway.")
	})
	_, err := s.Create(t.Context(), &attachments.CreateParams{MessageID: "msg-1", Inputs: map[string]string{"a": "b"}})
	assert.ErrorIs(t, err, webex.ErrServerError)
	assert.Equal(t, 1, calls)
}

func TestGet(t *testing.T) {
	t.Parallel()
	mux, s := newService(t)
	mux.HandleFunc("GET /v1/attachment/actions/{id}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		assert.Equal(t, "action-1", r.PathValue("id"))
		assert.Empty(t, r.URL.RawQuery)
		sdktest.WriteRaw(w, http.StatusOK, actionJSON)
	})
	a, err := s.Get(t.Context(), "action-1")
	require.NoError(t, err)
	assertAction(t, a)
}

func TestGetEmptyIDSendsNothing(t *testing.T) {
	t.Parallel()
	mux, s := newService(t)
	n := sdktest.Forbid(t, mux)
	a, err := s.Get(t.Context(), " ")
	assert.Nil(t, a)
	assert.ErrorContains(t, err, "id is required")
	assert.Zero(t, n.Load())
}

func TestGetNotFound(t *testing.T) {
	t.Parallel()
	mux, s := newService(t)
	mux.HandleFunc("GET /v1/attachment/actions/{id}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.WriteError(w, http.StatusNotFound, "Attachment action not found.")
	})
	a, err := s.Get(t.Context(), "action-x")
	assert.Nil(t, a)
	var ae *webex.APIError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, http.StatusNotFound, ae.StatusCode)
	assert.Equal(t, "Attachment action not found.", ae.Message)
	assert.ErrorIs(t, err, webex.ErrNotFound)
}
