package realtime_test

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/notify"
	"github.com/gowebex/sdk/webex/realtime"
	"github.com/gowebex/sdk/webex/webextest"
)

// world is an emulator with a bot and a user in a group space.
type world struct {
	srv    *webextest.Server
	bot    *webextest.Person
	botTok string
	alice  *webextest.Person
	room   *webextest.Room
	as     *webex.Client // alice's client
	botc   *webex.Client // the bot's client
	logs   *logBuffer
}

// newWorld starts an emulator closed at test end.
func newWorld(t testing.TB, opts ...webextest.Option) *world {
	t.Helper()
	srv := webextest.NewServer(opts...)
	t.Cleanup(srv.Close)
	w := &world{srv: srv, logs: &logBuffer{}}
	w.bot, w.botTok = srv.NewBotWithToken("bot@example.com", "Bot")
	var aliceTok string
	w.alice, aliceTok = srv.NewUserWithToken("alice@example.com", "Alice")
	w.room = srv.NewRoom(w.alice, "Ops", w.bot)
	w.as = w.client(t, aliceTok)
	w.botc = w.client(t, w.botTok)
	return w
}

// client returns an SDK client for tok on the emulator.
func (w *world) client(t testing.TB, tok string) *webex.Client {
	t.Helper()
	c, err := webex.NewClient(webex.WithToken(tok), webex.WithBaseURL(w.srv.URL()))
	require.NoError(t, err)
	return c
}

// root is the emulator's scheme://host.
func (w *world) root() string { return strings.TrimSuffix(w.srv.URL(), "/v1") }

// catalog is the emulator's catalog URL.
func (w *world) catalog() string {
	return strings.TrimSuffix(w.srv.URL(), "/v1") + "/u2c/api/v1/catalog"
}

// listener returns the bot's listener with fast timings. It takes the
// token from the bot's client, as a program's listener does.
func (w *world) listener(t testing.TB, opts ...realtime.Option) *realtime.Listener {
	t.Helper()
	base := []realtime.Option{realtime.WithCatalogURL(w.catalog()),
		realtime.WithDeviceName("test-bot"), realtime.WithLogger(slog.New(slog.NewTextHandler(w.logs, nil))),
		realtime.WithBackoff(5*time.Millisecond, 50*time.Millisecond),
		realtime.WithKeepAlive(time.Second, time.Second)}
	l, err := realtime.New(w.botc, append(base, opts...)...)
	require.NoError(t, err)
	return l
}

// errConsumed from a test's handler means success, with the event kept
// off the events channel.
var errConsumed = errors.New("consumed")

// running is a Listen in progress.
type running struct {
	events chan *notify.Event
	cancel context.CancelFunc
	done   chan error
}

// listen runs l with a handler that sends every event to the returned
// channel (after fn, if any, returned nil), and waits until it is connected.
func (w *world) listen(t testing.TB, l *realtime.Listener, fn notify.Handler) *running {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{events: make(chan *notify.Event, 10_000), cancel: cancel, done: make(chan error, 1)}
	before := w.srv.RealtimeStats().Connects
	go func() {
		r.done <- l.Listen(ctx, func(ctx context.Context, ev *notify.Event) error {
			if fn != nil {
				if err := fn(ctx, ev); err == errConsumed {
					return nil
				} else if err != nil {
					return err
				}
			}
			r.events <- ev
			return nil
		})
	}()
	t.Cleanup(func() { r.stop(t) })
	w.waitConnects(t, before+1)
	return r
}

// stop cancels the Listen and waits for it.
func (r *running) stop(t testing.TB) {
	t.Helper()
	r.cancel()
	select {
	case err, ok := <-r.done:
		if ok {
			require.NoError(t, err)
			close(r.done)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Listen did not return")
	}
}

// next waits for the next event.
func (r *running) next(t testing.TB) *notify.Event {
	t.Helper()
	select {
	case ev := <-r.events:
		return ev
	case <-time.After(10 * time.Second):
		t.Fatal("no event")
		return nil
	}
}

// nextOf waits for the next event about res, skipping others.
func (r *running) nextOf(t testing.TB, res notify.Resource) *notify.Event {
	t.Helper()
	for {
		if ev := r.next(t); ev.Resource == res {
			return ev
		}
	}
}

// none asserts that no event is waiting once the emulator has no frame
// left unacknowledged.
func (r *running) none(t testing.TB, w *world) {
	t.Helper()
	require.Eventually(t, func() bool { return w.srv.RealtimeStats().Pending == 0 }, 10*time.Second, time.Millisecond)
	select {
	case ev := <-r.events:
		t.Fatalf("unexpected event %s/%s", ev.Resource, ev.Event)
	default:
	}
}

// waitConnects waits until the emulator has authenticated n websockets.
func (w *world) waitConnects(t testing.TB, n int) {
	t.Helper()
	require.Eventually(t, func() bool {
		st := w.srv.RealtimeStats()
		return st.Connects >= n && st.Connected > 0
	}, 10*time.Second, time.Millisecond)
}

// logBuffer collects log output safely.
type logBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

// Write implements io.Writer.
func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

// String returns everything logged.
func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// jsonBody is a request body.
func jsonBody(s string) *strings.Reader { return strings.NewReader(s) }
