package realtime

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/coder/websocket"
)

// errStaleDevice is a 404 on the websocket handshake: the device is gone.
var errStaleDevice = errors.New("realtime: the websocket answered 404: the device is stale")

// errDead is a connection that did not answer a ping in time.
var errDead = errors.New("realtime: no pong in time: the connection is dead")

// session is one websocket connection of the device.
type session struct {
	l       *Listener
	ws      *websocket.Conn
	pongs   chan struct{}
	healthy bool // a frame arrived: the next drop starts the backoff again
}

// connect opens dev's websocket and authorizes it.
func (l *Listener) connect(ctx context.Context, dev *device) (*session, error) {
	u, err := l.trust.check(dev.WebSocketURL)
	if err != nil {
		return nil, fmt.Errorf("realtime: websocket: %w", err)
	}
	dialCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	ws, res, err := websocket.Dial(dialCtx, u.String(), &websocket.DialOptions{HTTPClient: l.dialClient})
	if err != nil {
		if res != nil && res.StatusCode == http.StatusNotFound {
			return nil, errStaleDevice
		}
		return nil, fmt.Errorf("realtime: websocket handshake: %w", err)
	}
	ws.SetReadLimit(1 << 20)
	tok, err := l.token()
	if err != nil {
		_ = ws.CloseNow()
		return nil, err
	}
	s := &session{l: l, ws: ws, pongs: make(chan struct{}, 1)}
	auth := outFrame{ID: newUUID(), Type: "authorization", Data: map[string]any{"token": "Bearer " + tok}}
	if err := s.send(ctx, auth); err != nil {
		_ = ws.CloseNow()
		return nil, fmt.Errorf("realtime: sending the authorization frame: %w", err)
	}
	return s, nil
}

// send writes one frame.
func (s *session) send(ctx context.Context, f outFrame) error {
	b, err := json.Marshal(f)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	return s.ws.Write(ctx, websocket.MessageText, b)
}

// ack acknowledges an envelope; an ack that cannot be sent is dropped
// (Webex sends the event again and the duplicate is recognised).
func (s *session) ack(ctx context.Context, id string) {
	if id == "" {
		return
	}
	if err := s.send(ctx, outFrame{Type: "ack", MessageID: id}); err != nil && ctx.Err() == nil {
		s.l.log.Debug("realtime: ack not sent", "envelope", id, "error", err)
	}
}

// run reads frames until the connection ends or ctx is done, keeping it
// alive with pings, and hands activities to d.
func (s *session) run(ctx context.Context, d *dispatcher) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	pinged := make(chan struct{})
	go func() {
		defer close(pinged)
		if err := s.keepAlive(ctx); err != nil {
			cancel(err)
			_ = s.ws.CloseNow()
		}
	}()
	defer func() {
		cancel(nil) // stops keepAlive before waiting for it
		<-pinged
		_ = s.ws.CloseNow()
	}()
	for {
		_, b, err := s.ws.Read(ctx)
		if err != nil {
			if cause := context.Cause(ctx); cause != nil && !errors.Is(cause, context.Canceled) {
				return cause
			}
			return err
		}
		s.healthy = true
		env, err := parseFrame(b)
		if err != nil {
			s.l.log.Warn("realtime: malformed frame skipped", "bytes", len(b))
			continue
		}
		if env.Type == "pong" {
			select {
			case s.pongs <- struct{}{}:
			default:
			}
			continue
		}
		a := env.Data.Activity
		if env.Data.EventType != "conversation.activity" || a == nil || a.ID == "" || a.Target.ID == "" {
			s.l.log.Debug("realtime: frame skipped", "eventType", env.Data.EventType, "envelope", env.ID)
			s.ack(ctx, env.ID)
			continue
		}
		acker := func(id string) { s.ack(ctx, id) }
		if !d.dispatch(ctx, job{env: env, ack: acker}) {
			return ctx.Err()
		}
	}
}

// keepAlive pings every interval and fails when a pong takes longer than
// the timeout.
func (s *session) keepAlive(ctx context.Context) error {
	t := time.NewTicker(s.l.cfg.pingInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		select { // a pong that came too late for the last ping
		case <-s.pongs:
		default:
		}
		if err := s.send(ctx, outFrame{ID: newUUID(), Type: "ping"}); err != nil {
			return nil // the reader sees the broken connection
		}
		timer := time.NewTimer(s.l.cfg.pongTimeout)
		select {
		case <-ctx.Done():
			timer.Stop()
			return nil
		case <-s.pongs:
			timer.Stop()
		case <-timer.C:
			return errDead
		}
	}
}

// newUUID returns a random version 4 UUID.
func newUUID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = (b[6] & 0x0f) | 0x40
	b[8] = (b[8] & 0x3f) | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}
