package webextest

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha1"
	"encoding/hex"
	"io"
	"net/http"
	"sync"
)

// delivery is one queued webhook POST.
type delivery struct {
	url    string
	secret string
	body   []byte
}

// hookQueue is a webhook's pending deliveries; guarded by deliverer.mu.
type hookQueue struct {
	items   []delivery
	running bool
}

// deliverer sends webhook deliveries asynchronously, in order per webhook.
type deliverer struct {
	s         *Server
	client    *http.Client
	failLimit int
	ctx       context.Context
	cancel    context.CancelFunc

	mu      sync.Mutex
	idle    *sync.Cond
	pending int
	closed  bool
}

// newDeliverer returns a deliverer for s.
func newDeliverer(s *Server, client *http.Client, failLimit int) *deliverer {
	ctx, cancel := context.WithCancel(context.Background())
	d := &deliverer{s: s, client: client, failLimit: failLimit, ctx: ctx, cancel: cancel}
	d.idle = sync.NewCond(&d.mu)
	return d
}

// enqueue queues a delivery for w, starting its worker if needed.
func (d *deliverer) enqueue(w *webhook, dl delivery) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return
	}
	w.q.items = append(w.q.items, dl)
	d.pending++
	if !w.q.running {
		w.q.running = true
		go d.run(w)
	}
}

// run drains w's queue.
func (d *deliverer) run(w *webhook) {
	for {
		d.mu.Lock()
		if len(w.q.items) == 0 {
			w.q.running = false
			d.mu.Unlock()
			return
		}
		dl := w.q.items[0]
		w.q.items[0] = delivery{}
		w.q.items = w.q.items[1:]
		closed := d.closed
		d.mu.Unlock()
		if !closed {
			d.send(w, dl)
		}
		d.mu.Lock()
		d.pending--
		if d.pending == 0 {
			d.idle.Broadcast()
		}
		d.mu.Unlock()
	}
}

// send performs one delivery and updates the webhook's failure count.
func (d *deliverer) send(w *webhook, dl delivery) {
	s := d.s
	s.mu.RLock()
	active := s.webhooks[w.uuid] == w && w.status == "active"
	s.mu.RUnlock()
	if !active {
		return
	}
	ok := false
	req, err := http.NewRequestWithContext(d.ctx, http.MethodPost, dl.url, bytes.NewReader(dl.body))
	if err == nil {
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("User-Agent", "webextest-webhook/1.0")
		if dl.secret != "" {
			mac := hmac.New(sha1.New, []byte(dl.secret))
			mac.Write(dl.body)
			req.Header.Set("X-Spark-Signature", hex.EncodeToString(mac.Sum(nil)))
		}
		resp, derr := d.client.Do(req)
		if derr == nil {
			_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<20))
			resp.Body.Close()
			ok = resp.StatusCode >= 200 && resp.StatusCode < 300
		} else {
			err = derr
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if ok {
		w.failures = 0
		return
	}
	w.failures++
	s.logger.Warn("webextest: webhook delivery failed", "webhook", w.id, "url", dl.url, "failures", w.failures, "error", err)
	if w.failures >= d.failLimit && w.status == "active" {
		w.status = "inactive"
		s.logger.Warn("webextest: webhook deactivated after repeated failures", "webhook", w.id)
	}
}

// flush blocks until no deliveries are pending.
func (d *deliverer) flush() {
	d.mu.Lock()
	for d.pending > 0 {
		d.idle.Wait()
	}
	d.mu.Unlock()
}

// close stops delivery; queued deliveries are dropped.
func (d *deliverer) close() {
	d.mu.Lock()
	d.closed = true
	d.mu.Unlock()
	d.cancel()
}

// Flush blocks until every webhook delivery queued so far has been
// attempted. Use it in tests before asserting on received webhooks.
func (s *Server) Flush() { s.hooks.flush() }
