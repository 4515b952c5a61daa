package messages_test

import (
	"errors"
	"net/http"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/internal/sdktest"
	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/messages"
)

// A POST that may have reached Webex is never sent again: a retried Create
// could post the message twice.
func TestCreateNotRetriedOn502(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	var n atomic.Int32
	mux.HandleFunc("POST /v1/messages", func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		sdktest.WriteError(w, http.StatusBadGateway, "Bad gateway.")
	})
	m, err := c.Messages.Create(t.Context(), &messages.CreateParams{RoomID: "room-1", Text: "once"})
	assert.Nil(t, m)
	var ae *webex.APIError
	require.True(t, errors.As(err, &ae), "%T %v", err, err)
	assert.Equal(t, http.StatusBadGateway, ae.StatusCode)
	assert.ErrorIs(t, err, webex.ErrServerError)
	assert.EqualValues(t, 1, n.Load())
}

func TestCreateNotRetriedOnDroppedConnection(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	var n atomic.Int32
	mux.HandleFunc("POST /v1/messages", func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		conn, _, err := http.NewResponseController(w).Hijack()
		if !assert.NoError(t, err) {
			return
		}
		conn.Close()
	})
	m, err := c.Messages.Create(t.Context(), &messages.CreateParams{RoomID: "room-1", Text: "once"})
	assert.Nil(t, m)
	require.Error(t, err)
	var ae *webex.APIError
	assert.False(t, errors.As(err, &ae), "a transport error, not an APIError: %v", err)
	assert.EqualValues(t, 1, n.Load())
}

func TestGetRetriedOn502(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	var n atomic.Int32
	mux.HandleFunc("GET /v1/messages/{messageId}", func(w http.ResponseWriter, r *http.Request) {
		if n.Add(1) == 1 {
			sdktest.WriteError(w, http.StatusBadGateway, "Bad gateway.")
			return
		}
		sdktest.WriteRaw(w, http.StatusOK, messageJSON)
	})
	m, err := c.Messages.Get(t.Context(), "msg-1")
	require.NoError(t, err)
	assertMessage(t, m)
	assert.EqualValues(t, 2, n.Load())
}

func TestGetRetriedOnDroppedConnection(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	var n atomic.Int32
	mux.HandleFunc("GET /v1/messages/{messageId}", func(w http.ResponseWriter, r *http.Request) {
		if n.Add(1) == 1 {
			conn, _, err := http.NewResponseController(w).Hijack()
			if assert.NoError(t, err) {
				conn.Close()
			}
			return
		}
		sdktest.WriteRaw(w, http.StatusOK, messageJSON)
	})
	m, err := c.Messages.Get(t.Context(), "msg-1")
	require.NoError(t, err)
	assert.Equal(t, "msg-1", m.ID)
	assert.GreaterOrEqual(t, n.Load(), int32(2))
}
