package webex_test

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/rooms"
	"github.com/gowebex/sdk/webex/webextest"
)

// faultWorld is a room with one message, and a client for its creator.
type faultWorld struct {
	srv  *webextest.Server
	c    *webex.Client
	room *webextest.Room
	msg  *webextest.Message
}

func newFaultWorld(t *testing.T, opts ...webex.Option) *faultWorld {
	srv := newServer(t)
	alice, tok := srv.NewUserWithToken("", "Alice")
	room := srv.NewRoom(alice, "R")
	return &faultWorld{srv: srv, c: newClient(t, srv, tok, opts...), room: room, msg: srv.NewMessage(alice, room, "first")}
}

func (w *faultWorld) messageCount(t *testing.T) int {
	return len(collect(t, w.c.Messages.List(t.Context(), &messages.ListParams{RoomID: w.room.ID})))
}

func TestGetRetriedOnInjectedServerErrors(t *testing.T) {
	t.Parallel()
	for _, status := range []int{http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout} {
		t.Run(http.StatusText(status), func(t *testing.T) {
			t.Parallel()
			w := newFaultWorld(t)
			w.srv.InjectFault("GET /messages/{id}", webextest.Fault{Status: status, Times: 2})
			m, err := w.c.Messages.Get(t.Context(), w.msg.ID)
			require.NoError(t, err)
			assert.Equal(t, "first", m.Text)
			assert.Equal(t, 3, w.srv.RequestCount("GET /messages/{id}"), "two failures, then success")
		})
	}
}

func TestGetRetriedOnDroppedConnection(t *testing.T) {
	t.Parallel()
	w := newFaultWorld(t)
	w.srv.InjectFault("GET /rooms/{id}", webextest.Fault{Drop: true, Times: 1})
	r, err := w.c.Rooms.Get(t.Context(), w.room.ID)
	require.NoError(t, err)
	assert.Equal(t, "R", r.Title)
	assert.Equal(t, 2, w.srv.RequestCount("GET /rooms/{id}"))
}

func TestRetriesRunOutWithLastError(t *testing.T) {
	t.Parallel()
	w := newFaultWorld(t, webex.WithRetries(2, time.Millisecond, 2*time.Millisecond))
	w.srv.InjectFault("GET /messages/{id}", webextest.Fault{Status: http.StatusServiceUnavailable, Message: "Service is down for maintenance."})
	_, err := w.c.Messages.Get(t.Context(), w.msg.ID)
	apiErr := requireAPIError(t, err, http.StatusServiceUnavailable, webex.ErrServerError)
	assert.Equal(t, "Service is down for maintenance.", apiErr.Message)
	assert.Equal(t, 3, w.srv.RequestCount("GET /messages/{id}"), "one try and two retries")
}

func TestIdempotentWritesRetried(t *testing.T) {
	t.Parallel()
	w := newFaultWorld(t)
	ctx := t.Context()

	w.srv.InjectFault("PUT /messages/{id}", webextest.Fault{Status: http.StatusBadGateway, Times: 1})
	m, err := w.c.Messages.Edit(ctx, w.msg.ID, &messages.EditParams{RoomID: w.room.ID, Text: "edited"})
	require.NoError(t, err)
	assert.Equal(t, "edited", m.Text)
	assert.Equal(t, 2, w.srv.RequestCount("PUT /messages/{id}"))

	w.srv.InjectFault("DELETE /messages/{id}", webextest.Fault{Drop: true, Times: 1})
	require.NoError(t, w.c.Messages.Delete(ctx, w.msg.ID))
	assert.Equal(t, 2, w.srv.RequestCount("DELETE /messages/{id}"))
	assert.Equal(t, 0, w.messageCount(t))
}

func TestPostMessageNeverRetried(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		fault webextest.Fault
		is    error
	}{
		{"502", webextest.Fault{Status: http.StatusBadGateway}, webex.ErrServerError},
		{"503", webextest.Fault{Status: http.StatusServiceUnavailable}, webex.ErrServerError},
		{"dropped connection", webextest.Fault{Drop: true}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			w := newFaultWorld(t)
			remove := w.srv.InjectFault("POST /messages", tc.fault)
			_, err := w.c.Messages.Create(t.Context(), &messages.CreateParams{RoomID: w.room.ID, Text: "once"})
			require.Error(t, err)
			if tc.is != nil {
				require.ErrorIs(t, err, tc.is)
			} else {
				var apiErr *webex.APIError
				assert.False(t, errors.As(err, &apiErr), "no answer, so no APIError: %v", err)
			}
			assert.Equal(t, 1, w.srv.RequestCount("POST /messages"), "a POST is sent once")
			remove()
			assert.Equal(t, 1, w.messageCount(t), "no message was created")

			// Creating a space is a POST too.
			w.srv.InjectFault("POST /rooms", tc.fault)
			_, err = w.c.Rooms.Create(t.Context(), &rooms.CreateParams{Title: "once"})
			require.Error(t, err)
			assert.Equal(t, 1, w.srv.RequestCount("POST /rooms"))
		})
	}
}

func TestTruncatedBodyGivesUsefulError(t *testing.T) {
	t.Parallel()
	w := newFaultWorld(t, webex.WithRetries(1, time.Millisecond, 2*time.Millisecond))
	w.srv.InjectFault("GET /messages/{id}", webextest.Fault{Truncate: true})
	m, err := w.c.Messages.Get(t.Context(), w.msg.ID)
	require.Error(t, err)
	assert.Nil(t, m)
	t.Log(err)
	assert.Contains(t, err.Error(), "GET /messages/", "the error names the request")
	assert.Contains(t, err.Error(), "unexpected EOF", "and what went wrong")
	var apiErr *webex.APIError
	assert.False(t, errors.As(err, &apiErr), "a 200 cut short is not an API error")
}

func TestHTMLBodyGivesUsefulError(t *testing.T) {
	t.Parallel()
	w := newFaultWorld(t, webex.WithRetries(1, time.Millisecond, 2*time.Millisecond))
	ctx := t.Context()

	// A proxy's 502 page: retried, then reported with its status.
	w.srv.InjectFault("GET /messages/{id}", webextest.Fault{HTML: true})
	_, err := w.c.Messages.Get(ctx, w.msg.ID)
	require.ErrorIs(t, err, webex.ErrServerError)
	var apiErr *webex.APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, http.StatusBadGateway, apiErr.StatusCode)
	assert.Contains(t, apiErr.Message, "text/html", "says the body was not Webex JSON")
	assert.Contains(t, apiErr.Message, "502 Bad Gateway", "shows what the page said")
	assert.NotEmpty(t, apiErr.TrackingID, "taken from the header")
	assert.Equal(t, 2, w.srv.RequestCount("GET /messages/{id}"))
	t.Log(err)

	// An HTML 403: not retried, still matched by status.
	w.srv.InjectFault("GET /rooms/{id}", webextest.Fault{HTML: true, Status: http.StatusForbidden})
	_, err = w.c.Rooms.Get(ctx, w.room.ID)
	require.ErrorIs(t, err, webex.ErrForbidden)
	assert.Equal(t, 1, w.srv.RequestCount("GET /rooms/{id}"))
}

func TestDelayWithDeadlineGivesDeadlineExceeded(t *testing.T) {
	t.Parallel()
	w := newFaultWorld(t)
	w.srv.InjectFault("GET /messages/{id}", webextest.Fault{Delay: 2 * time.Second})
	ctx, cancel := context.WithTimeout(t.Context(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := w.c.Messages.Get(ctx, w.msg.ID)
	require.ErrorIs(t, err, context.DeadlineExceeded)
	assert.Less(t, time.Since(start), time.Second)

	// A delay alone only slows a call down.
	w.srv.ClearFaults()
	w.srv.InjectFault("GET /messages/{id}", webextest.Fault{Delay: 50 * time.Millisecond, Times: 1})
	start = time.Now()
	_, err = w.c.Messages.Get(t.Context(), w.msg.ID)
	require.NoError(t, err)
	assert.GreaterOrEqual(t, time.Since(start), 50*time.Millisecond)
}

func TestInjectedRateLimitFaultIsRetriedForPost(t *testing.T) {
	t.Parallel()
	w := newFaultWorld(t)
	w.srv.InjectFault("POST /messages", webextest.Fault{Status: http.StatusTooManyRequests, RetryAfter: time.Second, Times: 1})
	_, err := w.c.Messages.Create(t.Context(), &messages.CreateParams{RoomID: w.room.ID, Text: "after the wait"})
	require.NoError(t, err)
	assert.Equal(t, 2, w.srv.RequestCount("POST /messages"), "a 429 means Webex did not act: resent once")
	assert.Equal(t, 2, w.messageCount(t))
}
