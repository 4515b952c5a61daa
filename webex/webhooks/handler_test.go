package webhooks_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex/rooms"
	"github.com/gowebex/sdk/webex/webhooks"
)

var testSecret = []byte("s3cret-value")

// deliveryJSON is a messages/created delivery as Webex posts it; %s is the
// message id.
const deliveryJSON = `{
	"id": "hook-1",
	"name": "Build bot messages",
	"targetUrl": "https://bot.example.com/webex/events",
	"resource": "messages",
	"event": "created",
	"filter": "roomId=room-1",
	"orgId": "org-1",
	"createdBy": "person-1",
	"appId": "app-1",
	"ownedBy": "creator",
	"status": "active",
	"actorId": "person-2",
	"created": "2024-02-01T08:30:00.000Z",
	"data": {
		"id": "%s",
		"roomId": "room-1",
		"roomType": "group",
		"personId": "person-2",
		"personEmail": "bob@example.com",
		"mentionedPeople": ["bot-1"],
		"created": "2024-03-05T10:11:12.345Z"
	}
}`

func delivery(messageID string) string { return fmt.Sprintf(deliveryJSON, messageID) }

// recorder collects the events a handler passes on.
type recorder struct {
	mu     sync.Mutex
	events []*webhooks.Event
	err    error
}

func (r *recorder) handle(_ context.Context, ev *webhooks.Event) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.events = append(r.events, ev)
	return r.err
}

func (r *recorder) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.events)
}

func newHandler(t *testing.T, rec *recorder, opts ...webhooks.HandlerOption) *webhooks.Handler {
	t.Helper()
	h, err := webhooks.NewHandler(testSecret, rec.handle, opts...)
	require.NoError(t, err)
	return h
}

// post sends body to h with the given signature header (omitted when
// signature is "-").
func post(h http.Handler, body, signature string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(http.MethodPost, "/webex/events", strings.NewReader(body))
	r.Header.Set("Content-Type", "application/json")
	if signature != "-" {
		r.Header.Set("X-Spark-Signature", signature)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func TestHandlerValidDelivery(t *testing.T) {
	t.Parallel()
	rec := &recorder{}
	h := newHandler(t, rec)
	body := delivery("msg-1")
	w := post(h, body, sign(testSecret, []byte(body)))
	assert.Equal(t, http.StatusOK, w.Code)
	require.Equal(t, 1, rec.count())

	ev := rec.events[0]
	assert.Equal(t, "hook-1", ev.ID)
	assert.Equal(t, "Build bot messages", ev.Name)
	assert.Equal(t, "https://bot.example.com/webex/events", ev.TargetURL)
	assert.Equal(t, webhooks.ResourceMessages, ev.Resource)
	assert.Equal(t, webhooks.EventCreated, ev.Event)
	assert.Equal(t, "roomId=room-1", ev.Filter)
	assert.Equal(t, "org-1", ev.OrgID)
	assert.Equal(t, "person-1", ev.CreatedBy)
	assert.Equal(t, "app-1", ev.AppID)
	assert.Equal(t, webhooks.OwnedByCreator, ev.OwnedBy)
	assert.Equal(t, webhooks.StatusActive, ev.Status)
	assert.Equal(t, "person-2", ev.ActorID)
	assert.Equal(t, time.Date(2024, 2, 1, 8, 30, 0, 0, time.UTC), ev.Created)

	m, err := ev.Message()
	require.NoError(t, err)
	assert.Equal(t, "msg-1", m.ID)
	assert.Equal(t, "room-1", m.RoomID)
	assert.Equal(t, rooms.TypeGroup, m.RoomType)
	assert.Equal(t, "person-2", m.PersonID)
	assert.Equal(t, "bob@example.com", m.PersonEmail)
	assert.Equal(t, []string{"bot-1"}, m.MentionedPeople)
	assert.Equal(t, time.Date(2024, 3, 5, 10, 11, 12, 345e6, time.UTC), m.Created)
}

func TestHandlerRejects(t *testing.T) {
	t.Parallel()
	body := delivery("msg-1")
	good := sign(testSecret, []byte(body))
	tests := []struct {
		name string
		body string
		sig  string
		opts []webhooks.HandlerOption
		want int
	}{
		{"tampered body", strings.Replace(body, "bob@", "eve@", 1), good, nil, http.StatusUnauthorized},
		{"wrong secret", body, sign([]byte("other-secret"), []byte(body)), nil, http.StatusUnauthorized},
		{"missing header", body, "-", nil, http.StatusUnauthorized},
		{"empty header", body, "", nil, http.StatusUnauthorized},
		{"non-hex header", body, strings.Repeat("g", 40), nil, http.StatusUnauthorized},
		{"truncated header", body, good[:20], nil, http.StatusUnauthorized},
		{"oversized body", body, good, []webhooks.HandlerOption{webhooks.WithMaxBodyBytes(int64(len(body) - 1))}, http.StatusRequestEntityTooLarge},
		{"signed but not JSON", "not json", sign(testSecret, []byte("not json")), nil, http.StatusBadRequest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := &recorder{}
			h := newHandler(t, rec, tt.opts...)
			w := post(h, tt.body, tt.sig)
			assert.Equal(t, tt.want, w.Code)
			assert.Equal(t, 0, rec.count(), "fn must not be called")
		})
	}
}

func TestHandlerBodyLimit(t *testing.T) {
	t.Parallel()
	rec := &recorder{}
	h := newHandler(t, rec) // default 1 MiB
	big := `{"id":"hook-1","resource":"messages","event":"created","pad":"` + strings.Repeat("x", 1<<20) + `"}`
	sig := sign(testSecret, []byte(big))
	assert.Equal(t, http.StatusRequestEntityTooLarge, post(h, big, sig).Code)

	// Without a Content-Length the limit holds too.
	r := httptest.NewRequest(http.MethodPost, "/", struct{ *strings.Reader }{strings.NewReader(big)})
	r.ContentLength = -1
	r.Header.Set("X-Spark-Signature", sig)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	assert.Equal(t, http.StatusRequestEntityTooLarge, w.Code)
	assert.Equal(t, 0, rec.count())

	// A raised limit accepts it.
	h = newHandler(t, rec, webhooks.WithMaxBodyBytes(2<<20))
	assert.Equal(t, http.StatusOK, post(h, big, sig).Code)
	assert.Equal(t, 1, rec.count())
}

func TestHandlerUnknownLength(t *testing.T) {
	t.Parallel()
	rec := &recorder{}
	h := newHandler(t, rec)
	body := delivery("msg-1")
	r := httptest.NewRequest(http.MethodPost, "/", struct{ *strings.Reader }{strings.NewReader(body)})
	r.ContentLength = -1
	r.Header.Set("X-Spark-Signature", sign(testSecret, []byte(body)))
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	assert.Equal(t, http.StatusOK, w.Code)
	assert.Equal(t, 1, rec.count())
}

func TestHandlerOnlyPost(t *testing.T) {
	t.Parallel()
	rec := &recorder{}
	h := newHandler(t, rec)
	for _, m := range []string{http.MethodGet, http.MethodPut, http.MethodDelete} {
		r := httptest.NewRequest(m, "/", nil)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		assert.Equal(t, http.StatusMethodNotAllowed, w.Code, m)
		assert.Equal(t, http.MethodPost, w.Header().Get("Allow"))
	}
	assert.Equal(t, 0, rec.count())
}

func TestHandlerDuplicateHandledOnce(t *testing.T) {
	t.Parallel()
	rec := &recorder{}
	h := newHandler(t, rec)
	body := delivery("msg-1")
	sig := sign(testSecret, []byte(body))
	for range 3 {
		assert.Equal(t, http.StatusOK, post(h, body, sig).Code)
	}
	assert.Equal(t, 1, rec.count(), "a redelivery is acknowledged without calling fn")

	// Another event of the same webhook shares the envelope id but is new.
	other := delivery("msg-2")
	assert.Equal(t, http.StatusOK, post(h, other, sign(testSecret, []byte(other))).Code)
	require.Equal(t, 2, rec.count())
	m, err := rec.events[1].Message()
	require.NoError(t, err)
	assert.Equal(t, "msg-2", m.ID)
}

func TestHandlerDuplicatesConcurrent(t *testing.T) {
	t.Parallel()
	rec := &recorder{}
	h := newHandler(t, rec)
	body := delivery("msg-1")
	sig := sign(testSecret, []byte(body))
	var wg sync.WaitGroup
	var ok atomic.Int32
	for range 20 {
		wg.Go(func() {
			if post(h, body, sig).Code == http.StatusOK {
				ok.Add(1)
			}
		})
	}
	wg.Wait()
	assert.EqualValues(t, 20, ok.Load())
	assert.Equal(t, 1, rec.count())
}

func TestHandlerDedupWindow(t *testing.T) {
	t.Parallel()
	rec := &recorder{}
	h := newHandler(t, rec, webhooks.WithDedupWindow(2))
	send := func(id string) {
		body := delivery(id)
		require.Equal(t, http.StatusOK, post(h, body, sign(testSecret, []byte(body))).Code)
	}
	send("a")
	send("b")
	send("a") // remembered
	assert.Equal(t, 2, rec.count())
	send("c") // evicts a
	send("a") // forgotten: handled again
	assert.Equal(t, 4, rec.count())

	rec2 := &recorder{}
	h = newHandler(t, rec2, webhooks.WithDedupWindow(0))
	body := delivery("a")
	post(h, body, sign(testSecret, []byte(body)))
	post(h, body, sign(testSecret, []byte(body)))
	assert.Equal(t, 2, rec2.count(), "dedup off")
}

func TestHandlerFnErrorIs500AndRedeliveryRetried(t *testing.T) {
	t.Parallel()
	rec := &recorder{err: errors.New("database down")}
	h := newHandler(t, rec)
	body := delivery("msg-1")
	sig := sign(testSecret, []byte(body))
	w := post(h, body, sig)
	assert.Equal(t, http.StatusInternalServerError, w.Code)
	assert.NotContains(t, w.Body.String(), "database down", "internal errors are not sent back")

	rec.mu.Lock()
	rec.err = nil
	rec.mu.Unlock()
	assert.Equal(t, http.StatusOK, post(h, body, sig).Code, "the redelivery is handled")
	assert.Equal(t, 2, rec.count())
	assert.Equal(t, http.StatusOK, post(h, body, sig).Code)
	assert.Equal(t, 2, rec.count(), "and then remembered")
}

func TestHandlerPassesRequestContext(t *testing.T) {
	t.Parallel()
	type key struct{}
	var got any
	h, err := webhooks.NewHandler(testSecret, func(ctx context.Context, ev *webhooks.Event) error {
		got = ctx.Value(key{})
		return nil
	})
	require.NoError(t, err)
	body := delivery("msg-1")
	r := httptest.NewRequestWithContext(context.WithValue(t.Context(), key{}, "v"), http.MethodPost, "/", strings.NewReader(body))
	r.Header.Set("X-Spark-Signature", sign(testSecret, []byte(body)))
	h.ServeHTTP(httptest.NewRecorder(), r)
	assert.Equal(t, "v", got)
}

func TestNewHandlerErrors(t *testing.T) {
	t.Parallel()
	fn := func(context.Context, *webhooks.Event) error { return nil }
	_, err := webhooks.NewHandler(nil, fn)
	assert.ErrorContains(t, err, "webex: webhooks: NewHandler needs the webhook secret")
	_, err = webhooks.NewHandler([]byte{}, fn)
	assert.Error(t, err)
	_, err = webhooks.NewHandler(testSecret, nil)
	assert.EqualError(t, err, "webex: webhooks: NewHandler needs a function to call")
	_, err = webhooks.NewHandler(testSecret, fn, webhooks.WithMaxBodyBytes(0))
	assert.EqualError(t, err, "webex: webhooks: WithMaxBodyBytes must be positive")
}

func TestHandlerAllowUnsigned(t *testing.T) {
	t.Parallel()
	rec := &recorder{}
	h, err := webhooks.NewHandler(nil, rec.handle, webhooks.AllowUnsigned())
	require.NoError(t, err)
	assert.Equal(t, http.StatusOK, post(h, delivery("msg-1"), "-").Code)
	assert.Equal(t, 1, rec.count())

	// With a secret, AllowUnsigned does not turn verification off.
	rec2 := &recorder{}
	h, err = webhooks.NewHandler(testSecret, rec2.handle, webhooks.AllowUnsigned())
	require.NoError(t, err)
	assert.Equal(t, http.StatusUnauthorized, post(h, delivery("msg-1"), "-").Code)
	assert.Equal(t, 0, rec2.count())
}

// The secret is copied: changing the caller's slice later changes nothing.
func TestHandlerCopiesSecret(t *testing.T) {
	t.Parallel()
	secret := []byte("s3cret-value")
	rec := &recorder{}
	h, err := webhooks.NewHandler(secret, rec.handle)
	require.NoError(t, err)
	copy(secret, "XXXXXX")
	body := delivery("msg-1")
	assert.Equal(t, http.StatusOK, post(h, body, sign(testSecret, []byte(body))).Code)
}

func BenchmarkHandler(b *testing.B) {
	for _, size := range []int{1 << 10, 1 << 20} {
		pad := strings.Repeat("x", size-200)
		body := `{"id":"hook-1","resource":"messages","event":"created","data":{"id":"m"},"pad":"` + pad + `"}`
		sig := sign(testSecret, []byte(body))
		h, err := webhooks.NewHandler(testSecret, func(context.Context, *webhooks.Event) error { return nil },
			webhooks.WithMaxBodyBytes(2<<20), webhooks.WithDedupWindow(0))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(sizeName(size), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				if w := post(h, body, sig); w.Code != http.StatusOK {
					b.Fatal(w.Code)
				}
			}
		})
	}
}
