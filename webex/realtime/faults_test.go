package realtime_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/notify"
	"github.com/gowebex/sdk/webex/realtime"
	"github.com/gowebex/sdk/webex/webextest"
)

func TestDroppedConnectionResumes(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	r := w.listen(t, w.listener(t), nil)
	w.post(t, "before")
	r.next(t)
	w.srv.DropRealtime()
	m := w.post(t, "after") // queued while the listener is away
	w.waitConnects(t, 2)
	assert.Equal(t, m.ID, r.next(t).FullMessage.ID)
	r.none(t, w)
	assert.Equal(t, 1, w.srv.RealtimeStats().Registered, "the device is reused")
	assert.Contains(t, w.logs.String(), "reconnecting")
}

func TestHandshake404RegistersAgain(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	w.srv.InjectFault("GET /mercury/devices/{id}/events", webextest.Fault{Status: http.StatusNotFound, Times: 1})
	r := w.listen(t, w.listener(t), nil)
	st := w.srv.RealtimeStats()
	assert.Equal(t, 2, st.Registered)
	assert.Equal(t, 1, st.Devices, "the stale device was deleted")
	w.post(t, "hi")
	r.next(t)
}

func TestSilentPeerIsDetected(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	r := w.listen(t, w.listener(t, realtime.WithKeepAlive(20*time.Millisecond, 50*time.Millisecond)), nil)
	w.srv.SetRealtimeFaults(webextest.RealtimeFaults{Silent: true})
	w.waitConnects(t, 3) // it gave up on the first silent connection and on the next
	w.srv.SetRealtimeFaults(webextest.RealtimeFaults{})
	m := w.post(t, "heard again")
	assert.Equal(t, m.ID, r.next(t).FullMessage.ID)
	assert.Contains(t, w.logs.String(), "no pong in time")
}

func TestDuplicatesHandledOnce(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	w.srv.SetRealtimeFaults(webextest.RealtimeFaults{Duplicate: true})
	r := w.listen(t, w.listener(t), nil)
	for range 3 {
		w.post(t, "twice on the wire")
	}
	for range 3 {
		r.next(t)
	}
	r.none(t, w) // and nothing is left unacknowledged
}

func TestSlowLookupDelaysOnlyItsSpace(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	other := w.srv.NewRoom(w.alice, "Other", w.bot)
	release := make(chan struct{})
	var slow atomic.Bool
	r := w.listen(t, w.listener(t), func(ctx context.Context, ev *notify.Event) error {
		if ev.SpaceID() == w.room.ID && !slow.Swap(true) {
			<-release // the first event of the space takes long
		}
		return nil
	})
	w.srv.InjectFault("GET /conversation/api/v1/messages/{id}", webextest.Fault{Delay: 50 * time.Millisecond, Nth: 1})
	first := w.post(t, "slow")
	second := w.post(t, "behind the slow one")
	fast, err := w.as.Messages.Create(context.Background(), &messages.CreateParams{RoomID: other.ID, Markdown: mention + "fast"})
	require.NoError(t, err)
	assert.Equal(t, fast.ID, r.next(t).FullMessage.ID, "another space is not held up")
	close(release)
	assert.Equal(t, first.ID, r.next(t).FullMessage.ID)
	assert.Equal(t, second.ID, r.next(t).FullMessage.ID)
}

func TestRateLimitedFetchIsRetried(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	r := w.listen(t, w.listener(t), nil)
	w.srv.InjectFault("GET /messages/{messageId}", webextest.Fault{Status: http.StatusTooManyRequests, RetryAfter: time.Millisecond, Times: 1})
	m := w.post(t, "after a 429")
	assert.Equal(t, m.ID, r.next(t).FullMessage.ID)
	assert.Equal(t, 2, w.srv.RequestCount("GET /messages/{id}"))
}

func TestFailingLookupIsTriedAgain(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	r := w.listen(t, w.listener(t), nil)
	w.srv.InjectFault("GET /conversation/api/v1/messages/{id}", webextest.Fault{Status: http.StatusServiceUnavailable, Times: 2})
	m := w.post(t, "after two 503s")
	assert.Equal(t, m.ID, r.next(t).FullMessage.ID)
	assert.Equal(t, 3, w.srv.RequestCount("GET /conversation/api/v1/messages/{id}"))
}

func TestListenTwiceAtOnce(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	l := w.listener(t)
	w.listen(t, l, nil)
	err := l.Listen(context.Background(), func(context.Context, *notify.Event) error { return nil })
	require.ErrorIs(t, err, webex.ErrInvalidInput)
}

func TestHandlerErrorAndPanicAreNotAcknowledged(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	var calls atomic.Int32
	r := w.listen(t, w.listener(t), func(ctx context.Context, ev *notify.Event) error {
		switch calls.Add(1) {
		case 1:
			return errors.New("boom")
		case 2:
			panic("kaboom")
		}
		return nil
	})
	m1 := w.post(t, "fails")
	m2 := w.post(t, "panics")
	// The panic is logged after the handler has been called: wait for the
	// log line, not only for the call.
	require.Eventually(t, func() bool {
		return calls.Load() == 2 && strings.Contains(w.logs.String(), "kaboom")
	}, 10*time.Second, time.Millisecond)
	assert.Equal(t, 2, w.srv.RealtimeStats().Pending, "neither is acknowledged")
	logs := w.logs.String()
	assert.Contains(t, logs, "boom")
	assert.Contains(t, logs, "kaboom")
	assert.NotContains(t, logs, "fails", "no message text in the logs")

	w.srv.DropRealtime() // both come again on the next connection
	assert.Equal(t, m1.ID, r.next(t).FullMessage.ID)
	assert.Equal(t, m2.ID, r.next(t).FullMessage.ID)
	r.none(t, w)
}

func TestBadFramesAreSkipped(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	r := w.listen(t, w.listener(t), nil)
	target := `"target":{"id":"conv","url":"` + w.root() + `/conversation/api/v1/conversations/conv"}`
	for _, f := range []string{
		`not json`, `[1,2]`, `{"id":"e1"}`, `{"id":"e2","data":{"eventType":"conversation.activity","activity":null}}`,
		`{"id":"e3","data":{"eventType":"conversation.activity","activity":{"id":"a3","verb":"dance",` + target + `}}}`,
		`{"id":"e4","data":{"eventType":"conversation.activity","activity":{"id":"a4","verb":"cardAction",` + target + `}}}`,
		`{"id":"e5","data":{"eventType":"conversation.activity","activity":{"id":"a5","verb":"post","target":{"id":"x","url":"https://evil.example/conversations/x"}}}}`,
		`{"id":"e6","data":{"eventType":"apheleia.subscription_update"}}`,
	} {
		w.srv.PushRealtimeFrame(w.bot, []byte(f))
	}
	// A lookup answering garbage: skipped and acknowledged.
	w.srv.InjectFault("GET /conversation/api/v1/messages/{id}", webextest.Fault{Body: []byte(`{"id": 12}`), Times: 1})
	w.post(t, "garbage lookup")
	m := w.post(t, "still listening")
	assert.Equal(t, m.ID, r.next(t).FullMessage.ID)
	r.none(t, w)
	logs := w.logs.String()
	assert.Contains(t, logs, "malformed frame")
	assert.Contains(t, logs, "activity skipped")
}

func TestShutdownDeletesTheDevice(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	r := w.listen(t, w.listener(t), nil)
	assert.Equal(t, []string{"test-bot"}, w.srv.Devices(w.bot))
	r.stop(t)
	assert.Empty(t, w.srv.Devices(w.bot))
	assert.Equal(t, 0, w.srv.RealtimeStats().Connected)
}

func TestDeviceReusedByName(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	l := w.listener(t)
	// A device left behind by a crashed run, and one of another program.
	for _, name := range []string{"test-bot", "someone-else"} {
		req, err := http.NewRequest("POST", w.root()+"/wdm/api/v1/devices", jsonBody(`{"name":"`+name+`","deviceType":"DESKTOP"}`))
		require.NoError(t, err)
		req.Header.Set("Authorization", "Bearer "+w.botTok)
		res, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		res.Body.Close()
		require.Equal(t, 200, res.StatusCode)
	}
	r := w.listen(t, l, nil)
	assert.Equal(t, 2, w.srv.RealtimeStats().Registered, "no third registration")
	r.stop(t)
	assert.Equal(t, []string{"someone-else"}, w.srv.Devices(w.bot))
}

func TestRefusedHosts(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	_, err := realtime.New(w.botc, realtime.WithToken(w.botTok), realtime.WithCatalogURL("https://evil.example/catalog"))
	require.ErrorIs(t, err, webex.ErrUntrustedURL)
	_, err = realtime.New(w.botc, realtime.WithToken(w.botTok), realtime.WithCatalogURL("http://u2c.wbx2.com/catalog"))
	require.ErrorIs(t, err, webex.ErrUntrustedURL, "a Webex host over plain http")

	for name, fault := range map[string]struct{ endpoint, body string }{
		"catalog names another host":    {"GET /u2c/api/v1/catalog", `{"serviceLinks":{"wdm":"https://wdm.evil.example/wdm/api/v1"}}`},
		"catalog names an http webex":   {"GET /u2c/api/v1/catalog", `{"serviceLinks":{"wdm":"http://wdm-a.wbx2.com/wdm/api/v1"}}`},
		"device websocket elsewhere":    {"POST /wdm/api/v1/devices", `{"url":"` + w.root() + `/wdm/api/v1/devices/x","webSocketUrl":"wss://mercury.evil.example/x","name":"test-bot"}`},
		"device url elsewhere, by name": {"GET /wdm/api/v1/devices", `{"devices":[{"url":"https://evil.example/d","webSocketUrl":"wss://evil.example/x","name":"test-bot"}]}`},
	} {
		t.Run(name, func(t *testing.T) {
			w := newWorld(t)
			w.srv.InjectFault(fault.endpoint, webextest.Fault{Body: []byte(fault.body)})
			err := w.listener(t).Listen(context.Background(), func(context.Context, *notify.Event) error { return nil })
			require.ErrorIs(t, err, webex.ErrUntrustedURL)
			assert.Equal(t, 0, w.srv.RealtimeStats().Connects)
		})
	}
}

func TestBadTokenStops(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	l := w.listener(t, realtime.WithToken("nope"))
	err := l.Listen(context.Background(), func(context.Context, *notify.Event) error { return nil })
	require.ErrorIs(t, err, webex.ErrUnauthorized)
}

func TestNewChecksItsInput(t *testing.T) {
	t.Parallel()
	_, err := realtime.New(nil)
	require.ErrorIs(t, err, webex.ErrInvalidInput)
	w := newWorld(t)
	l := w.listener(t)
	require.ErrorIs(t, l.Listen(context.Background(), nil), webex.ErrInvalidInput)
}
