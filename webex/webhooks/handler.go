package webhooks

import (
	"context"
	"crypto/sha1"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"sync"

	"github.com/gowebex/sdk/internal/httpx"
)

// DefaultMaxBodyBytes is the largest delivery a [Handler] reads unless
// [WithMaxBodyBytes] says otherwise. Webex deliveries are a few KiB.
const DefaultMaxBodyBytes = 1 << 20

// DefaultDedupWindow is how many recent deliveries a [Handler] remembers to
// recognise a redelivery.
const DefaultDedupWindow = 10_000

// Handler is an http.Handler receiving the deliveries of webhooks that
// share one secret. For each POST it
//
//   - reads the body, up to a limit (413 beyond it);
//   - checks X-Spark-Signature against the secret before anything else
//     (401 when missing or wrong; the function is not called);
//   - decodes the [Event] (400 when it is not JSON);
//   - answers 200 at once to a delivery it has already handled;
//   - with [FetchMessages] or [FetchAttachmentActions], gets the full
//     object the event is about;
//   - calls the function and answers 200, or 500 when it returns an error,
//     so that Webex delivers the event again.
//
// Other methods get 405. A Handler is safe for concurrent use.
type Handler struct {
	fn       func(ctx context.Context, ev *Event) error
	messages MessageGetter // nil: FetchMessages not given
	actions  ActionGetter  // nil: FetchAttachmentActions not given
	verifier *verifier     // nil: deliveries are not verified
	maxBody  int64
	seen     *recent // nil: no dedup
}

// HandlerOption configures a [Handler].
type HandlerOption func(*handlerConfig)

type handlerConfig struct {
	maxBody       int64
	window        int
	allowUnsigned bool
	messages      MessageGetter
	actions       ActionGetter
}

// WithMaxBodyBytes sets the largest body read (default 1 MiB); a larger
// delivery gets 413 and is not verified nor handled.
func WithMaxBodyBytes(n int64) HandlerOption {
	return func(c *handlerConfig) { c.maxBody = n }
}

// WithDedupWindow sets how many recent deliveries are remembered to drop
// redeliveries (default 10,000); n <= 0 turns deduplication off.
func WithDedupWindow(n int) HandlerOption {
	return func(c *handlerConfig) { c.window = n }
}

// AllowUnsigned lets [NewHandler] take an empty secret, for webhooks created
// without one: deliveries are then not verified, and anyone who knows the
// URL can forge events. With a non-empty secret it changes nothing.
func AllowUnsigned() HandlerOption {
	return func(c *handlerConfig) { c.allowUnsigned = true }
}

// NewHandler returns a Handler that verifies deliveries with secret (the
// Secret given to [Service.Create]) and passes each new one to fn, with the
// request's context. An empty secret is an error unless [AllowUnsigned] is
// given.
//
// Redeliveries are recognised by their body, which Webex sends unchanged:
// the envelope's id is the webhook's, shared by all its events, so it
// cannot tell deliveries apart. A delivery whose fn failed is forgotten, so
// that its redelivery is handled.
func NewHandler(secret []byte, fn func(ctx context.Context, ev *Event) error, opts ...HandlerOption) (*Handler, error) {
	cfg := handlerConfig{maxBody: DefaultMaxBodyBytes, window: DefaultDedupWindow}
	for _, opt := range opts {
		if opt != nil {
			opt(&cfg)
		}
	}
	switch {
	case fn == nil:
		return nil, httpx.Invalid("webhooks", "NewHandler needs a function to call")
	case len(secret) == 0 && !cfg.allowUnsigned:
		return nil, httpx.Invalid("webhooks", "NewHandler needs the webhook secret (or AllowUnsigned for webhooks without one)")
	case cfg.maxBody <= 0:
		return nil, httpx.Invalid("webhooks", "WithMaxBodyBytes must be positive")
	}
	h := &Handler{fn: fn, maxBody: cfg.maxBody, messages: cfg.messages, actions: cfg.actions}
	if len(secret) > 0 {
		h.verifier = newVerifier(secret)
	}
	if cfg.window > 0 {
		h.seen = newRecent(cfg.window)
	}
	return h, nil
}

// ServeHTTP handles one delivery.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	body, err := h.readBody(w, r)
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "reading request body failed", http.StatusBadRequest)
		return
	}
	if h.verifier != nil {
		if err := h.verifier.verify(body, r.Header.Get(SignatureHeader)); err != nil {
			http.Error(w, "invalid signature", http.StatusUnauthorized)
			return
		}
	}
	var ev Event
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "invalid event JSON", http.StatusBadRequest)
		return
	}
	key := sha1.Sum(body)
	if h.seen != nil && !h.seen.add(key) {
		w.WriteHeader(http.StatusOK) // already handled (or being handled)
		return
	}
	err = h.fetch(r.Context(), &ev)
	if err == nil {
		err = h.fn(r.Context(), &ev)
	}
	if err != nil {
		if h.seen != nil {
			h.seen.remove(key)
		}
		http.Error(w, "event handler failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// readBody reads the whole body, failing with *http.MaxBytesError beyond
// the limit.
func (h *Handler) readBody(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	if r.ContentLength > h.maxBody {
		return nil, &http.MaxBytesError{Limit: h.maxBody}
	}
	rd := http.MaxBytesReader(w, r.Body, h.maxBody)
	if r.ContentLength >= 0 {
		// Known length: one exact allocation (plus one byte to see EOF).
		buf := make([]byte, r.ContentLength+1)
		n, err := io.ReadFull(rd, buf)
		switch {
		case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
			return buf[:n], nil
		case err != nil:
			return nil, err
		}
		// More than announced: read on, within the limit.
		rest, err := io.ReadAll(rd)
		if err != nil {
			return nil, err
		}
		return append(buf, rest...), nil
	}
	return io.ReadAll(rd)
}

// recent is a bounded set of the last n delivery digests.
type recent struct {
	mu   sync.Mutex
	slot map[[sha1.Size]byte]int
	ring [][sha1.Size]byte
	used []bool
	next int
}

func newRecent(n int) *recent {
	return &recent{slot: make(map[[sha1.Size]byte]int), ring: make([][sha1.Size]byte, n), used: make([]bool, n)}
}

// add records k and reports whether it was new.
func (s *recent) add(k [sha1.Size]byte) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.slot[k]; ok {
		return false
	}
	i := s.next
	if s.used[i] {
		if old := s.ring[i]; s.slot[old] == i {
			delete(s.slot, old)
		}
	}
	s.ring[i], s.used[i] = k, true
	s.slot[k] = i
	s.next = (i + 1) % len(s.ring)
	return true
}

// remove forgets k.
func (s *recent) remove(k [sha1.Size]byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.slot, k)
}
