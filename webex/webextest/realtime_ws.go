package webextest

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"sync"
	"time"

	"github.com/coder/websocket"
)

// authTimeout is how long a websocket may take to send its authorization
// frame.
const authTimeout = 10 * time.Second

// wsConn is one authenticated websocket of a device.
type wsConn struct {
	ws      *websocket.Conn
	wakeCh  chan struct{}
	ctx     context.Context
	cancel  context.CancelFunc
	once    sync.Once
	writeMu sync.Mutex
}

// wake tells the writer there is something to send.
func (c *wsConn) wake() {
	select {
	case c.wakeCh <- struct{}{}:
	default:
	}
}

// kill closes the connection at once, without a close frame.
func (c *wsConn) kill() {
	c.once.Do(func() {
		c.cancel()
		_ = c.ws.CloseNow()
	})
}

// write sends one text frame.
func (c *wsConn) write(b []byte) error {
	c.writeMu.Lock()
	defer c.writeMu.Unlock()
	ctx, cancel := context.WithTimeout(c.ctx, 10*time.Second)
	defer cancel()
	return c.ws.Write(ctx, websocket.MessageText, b)
}

// clientFrame is a frame a client sends: authorization, ping or ack.
type clientFrame struct {
	ID        string `json:"id"`
	Type      string `json:"type"`
	MessageID string `json:"messageId"`
	Data      struct {
		Token string `json:"token"`
	} `json:"data"`
}

// serveWebsocket serves a device's websocket: a 404 for an unknown device
// (before the upgrade), then the first frame must authorize a token of the
// device's owner; after that the server pushes the device's queue (what a
// previous connection left unacknowledged first), answers pings with
// pongs and drops acknowledged frames from the queue.
func (s *Server) serveWebsocket(c *reqCtx) {
	h := s.hub
	h.mu.Lock()
	d := h.devices[c.params[0]]
	h.mu.Unlock()
	if d == nil {
		c.failErr(errNotFound())
		return
	}
	ws, err := websocket.Accept(c.w, c.r, nil)
	if err != nil {
		return
	}
	ws.SetReadLimit(1 << 20)
	ctx, cancel := context.WithCancel(context.Background())
	conn := &wsConn{ws: ws, wakeCh: make(chan struct{}, 1), ctx: ctx, cancel: cancel}
	defer conn.kill()
	if !s.authorizeWebsocket(conn, d) {
		_ = ws.Close(4401, "authorization failed")
		return
	}
	h.mu.Lock()
	if h.closed || h.devices[d.uuid] != d {
		h.mu.Unlock()
		return
	}
	old := d.out.conn
	d.out.conn, d.out.sent = conn, 0
	h.connects++
	h.mu.Unlock()
	if old != nil {
		old.kill()
	}
	defer func() {
		h.mu.Lock()
		if d.out.conn == conn {
			d.out.conn = nil
		}
		h.mu.Unlock()
	}()
	done := make(chan struct{})
	go func() {
		defer close(done)
		h.writeLoop(d, conn)
	}()
	h.readLoop(d, conn)
	conn.kill()
	<-done
}

// authorizeWebsocket reads the authorization frame and checks that its
// token belongs to the device's owner.
func (s *Server) authorizeWebsocket(conn *wsConn, d *device) bool {
	ctx, cancel := context.WithTimeout(conn.ctx, authTimeout)
	defer cancel()
	_, b, err := conn.ws.Read(ctx)
	if err != nil {
		return false
	}
	var f clientFrame
	if json.Unmarshal(b, &f) != nil || f.Type != "authorization" {
		return false
	}
	scheme, value, ok := strings.Cut(strings.TrimSpace(f.Data.Token), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return false
	}
	tok, me := s.lookupToken(strings.TrimSpace(value))
	return tok != nil && me == d.owner
}

// readLoop handles the client's frames until the connection ends.
func (h *hub) readLoop(d *device, conn *wsConn) {
	for {
		_, b, err := conn.ws.Read(conn.ctx)
		if err != nil {
			return
		}
		var f clientFrame
		if json.Unmarshal(b, &f) != nil {
			continue
		}
		switch f.Type {
		case "ack":
			h.ack(d, f.MessageID)
		case "ping":
			h.mu.Lock()
			silent := h.faults.Silent
			h.mu.Unlock()
			if !silent {
				pong, _ := json.Marshal(map[string]string{"id": f.ID, "type": "pong"})
				if conn.write(pong) != nil {
					return
				}
			}
		}
	}
}

// writeLoop sends the device's queue as it grows.
func (h *hub) writeLoop(d *device, conn *wsConn) {
	for {
		h.mu.Lock()
		if d.out.conn != conn {
			h.mu.Unlock()
			return
		}
		var batch []*frame
		if !h.faults.Silent {
			for _, f := range d.out.pending[d.out.sent:] {
				if f.acked {
					continue
				}
				batch = append(batch, f)
				if f.bare { // raw frames are sent once, never acknowledged
					f.acked = true
				}
			}
			d.out.sent = len(d.out.pending)
			h.trimLocked(d)
		}
		dup := h.faults.Duplicate
		h.mu.Unlock()
		for _, f := range batch {
			if conn.write(f.raw) != nil {
				return
			}
			if dup && !f.bare {
				id := newUUID()
				h.mu.Lock()
				if f.dupID == "" && !f.acked {
					f.dupID = id
					d.out.byID[id] = f
				}
				h.mu.Unlock()
				if conn.write(bytes.Replace(f.raw, []byte(f.id), []byte(id), 1)) != nil {
					return
				}
			}
		}
		select {
		case <-conn.wakeCh:
		case <-conn.ctx.Done():
			return
		}
	}
}
