package webextest

import (
	"crypto/hmac"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// receiver records webhook deliveries.
type receiver struct {
	mu     sync.Mutex
	bodies [][]byte
	sigs   []string
	status int
	srv    *httptest.Server
}

// newReceiver starts a webhook target answering status.
func newReceiver(t *testing.T, status int) *receiver {
	rc := &receiver{status: status}
	rc.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		rc.mu.Lock()
		rc.bodies = append(rc.bodies, b)
		rc.sigs = append(rc.sigs, r.Header.Get("X-Spark-Signature"))
		st := rc.status
		rc.mu.Unlock()
		w.WriteHeader(st)
	}))
	t.Cleanup(rc.srv.Close)
	return rc
}

// events returns decoded deliveries.
func (rc *receiver) events(t *testing.T) []map[string]any {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	var out []map[string]any
	for _, b := range rc.bodies {
		var m map[string]any
		require.NoError(t, json.Unmarshal(b, &m))
		out = append(out, m)
	}
	return out
}

func TestWebhookCRUD(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	_, tok := srv.NewUserWithToken("", "Alice")
	_, otok := srv.NewUserWithToken("", "Other")
	noScopes := srv.NewToken(srv.NewUser(nil, "", "Nobody"))
	body := map[string]any{"name": "hook", "targetUrl": "http://127.0.0.1:1/x", "resource": "messages", "event": "created"}
	requireError(t, call(t, srv, noScopes, "POST", "/webhooks", body), http.StatusForbidden)
	assert.Equal(t, http.StatusOK, call(t, srv, noScopes, "GET", "/webhooks", nil).status)
	for _, bad := range []map[string]any{
		{"targetUrl": "http://x", "resource": "messages", "event": "created"},
		{"name": "n", "targetUrl": "not a url", "resource": "messages", "event": "created"},
		{"name": "n", "targetUrl": "http://x", "resource": "bogus", "event": "created"},
		{"name": "n", "targetUrl": "http://x", "resource": "messages", "event": "bogus"},
		{"name": "n", "targetUrl": "http://x", "resource": "messages", "event": "created", "filter": "roomId"},
	} {
		requireError(t, call(t, srv, tok, "POST", "/webhooks", bad), http.StatusBadRequest)
	}
	r := call(t, srv, tok, "POST", "/webhooks", body)
	require.Equal(t, http.StatusOK, r.status, string(r.raw))
	id := r.str("id")
	assert.Equal(t, "active", r.str("status"))
	assert.Equal(t, "creator", r.str("ownedBy"))
	assert.NotEmpty(t, r.str("createdBy"))
	assert.Len(t, call(t, srv, tok, "GET", "/webhooks", nil).items(), 1)
	assert.Empty(t, call(t, srv, otok, "GET", "/webhooks", nil).items())
	requireError(t, call(t, srv, otok, "GET", "/webhooks/"+id, nil), http.StatusNotFound)
	up := call(t, srv, tok, "PUT", "/webhooks/"+id, map[string]any{"name": "renamed", "targetUrl": "http://127.0.0.1:2/y"})
	require.Equal(t, http.StatusOK, up.status)
	assert.Equal(t, "renamed", up.str("name"))
	require.Equal(t, http.StatusNoContent, call(t, srv, tok, "DELETE", "/webhooks/"+id, nil).status)
	requireError(t, call(t, srv, tok, "GET", "/webhooks/"+id, nil), http.StatusNotFound)
}

func TestWebhookDeliverySignedAndFiltered(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	alice, atok := srv.NewUserWithToken("", "Alice")
	bob, btok := srv.NewUserWithToken("", "Bob")
	room := srv.NewRoom(alice, "R", bob)
	other := srv.NewRoom(alice, "Other")
	rc := newReceiver(t, 200)
	hook := call(t, srv, btok, "POST", "/webhooks", map[string]any{
		"name": "h", "targetUrl": rc.srv.URL, "resource": "messages", "event": "created",
		"filter": "roomId=" + room.ID, "secret": "s3cret",
	})
	require.Equal(t, http.StatusOK, hook.status, string(hook.raw))
	for i := 0; i < 5; i++ {
		require.Equal(t, 200, call(t, srv, atok, "POST", "/messages", map[string]any{"roomId": room.ID, "text": "x"}).status)
	}
	call(t, srv, atok, "POST", "/messages", map[string]any{"roomId": other.ID, "text": "elsewhere"})
	srv.Flush()
	evs := rc.events(t)
	require.Len(t, evs, 5)
	var prev string
	for i, ev := range evs {
		assert.Equal(t, "messages", ev["resource"])
		assert.Equal(t, "created", ev["event"])
		assert.Equal(t, hook.str("id"), ev["id"])
		assert.Equal(t, alice.ID, ev["actorId"])
		assert.Equal(t, "active", ev["status"])
		for _, k := range []string{"name", "targetUrl", "filter", "orgId", "createdBy", "appId", "ownedBy", "created"} {
			assert.NotEmpty(t, ev[k], k)
		}
		data := ev["data"].(map[string]any)
		assert.Equal(t, room.ID, data["roomId"])
		assert.NotContains(t, data, "text")
		assert.NotEqual(t, prev, data["id"])
		prev = data["id"].(string)
		mac := hmac.New(sha1.New, []byte("s3cret"))
		mac.Write(rc.bodies[i])
		assert.Equal(t, hex.EncodeToString(mac.Sum(nil)), rc.sigs[i])
	}
}

func TestWebhookVisibility(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	alice, atok := srv.NewUserWithToken("", "Alice")
	bot, bottok := srv.NewBotWithToken("", "Bot")
	_, etok := srv.NewUserWithToken("", "Eve")
	room := srv.NewRoom(alice, "R", bot)
	botRC, eveRC := newReceiver(t, 200), newReceiver(t, 200)
	for _, h := range []struct {
		tok string
		rc  *receiver
	}{{bottok, botRC}, {etok, eveRC}} {
		r := call(t, srv, h.tok, "POST", "/webhooks", map[string]any{"name": "h", "targetUrl": h.rc.srv.URL, "resource": "all", "event": "all"})
		require.Equal(t, 200, r.status, string(r.raw))
	}
	call(t, srv, atok, "POST", "/messages", map[string]any{"roomId": room.ID, "text": "no mention"})
	call(t, srv, atok, "POST", "/messages", map[string]any{"roomId": room.ID, "markdown": "<@personId:" + bot.ID + "|Bot> hi"})
	srv.Flush()
	assert.Empty(t, eveRC.events(t), "Eve sees nothing of a room she is not in")
	evs := botRC.events(t)
	require.Len(t, evs, 1)
	assert.Equal(t, "messages", evs[0]["resource"])
}

func TestWebhookMembershipAndRoomEvents(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	_, atok := srv.NewUserWithToken("", "Alice")
	bob := srv.NewUser(nil, "bob@example.com", "Bob")
	rc := newReceiver(t, 200)
	require.Equal(t, 200, call(t, srv, atok, "POST", "/webhooks", map[string]any{"name": "m", "targetUrl": rc.srv.URL, "resource": "memberships", "event": "all", "filter": "personEmail=bob@example.com"}).status)
	require.Equal(t, 200, call(t, srv, atok, "POST", "/webhooks", map[string]any{"name": "r", "targetUrl": rc.srv.URL, "resource": "rooms", "event": "created"}).status)
	room := call(t, srv, atok, "POST", "/rooms", map[string]any{"title": "R"})
	m := call(t, srv, atok, "POST", "/memberships", map[string]any{"roomId": room.str("id"), "personId": bob.ID})
	call(t, srv, atok, "PUT", "/memberships/"+m.str("id"), map[string]any{"isModerator": true})
	call(t, srv, atok, "DELETE", "/memberships/"+m.str("id"), nil)
	srv.Flush()
	var got []string
	for _, ev := range rc.events(t) {
		got = append(got, ev["resource"].(string)+"/"+ev["event"].(string))
	}
	assert.ElementsMatch(t, []string{"rooms/created", "memberships/created", "memberships/updated", "memberships/deleted"}, got)
}

func TestWebhookDeactivatesAfterFailures(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t, WithWebhookFailureLimit(3))
	alice, tok := srv.NewUserWithToken("", "Alice")
	room := srv.NewRoom(alice, "R")
	rc := newReceiver(t, 500)
	h := call(t, srv, tok, "POST", "/webhooks", map[string]any{"name": "h", "targetUrl": rc.srv.URL, "resource": "messages", "event": "created"})
	for i := 0; i < 6; i++ {
		call(t, srv, tok, "POST", "/messages", map[string]any{"roomId": room.ID, "text": "x"})
	}
	srv.Flush()
	assert.Len(t, rc.events(t), 3)
	assert.Equal(t, "inactive", call(t, srv, tok, "GET", "/webhooks/"+h.str("id"), nil).str("status"))

	// Reactivate and deliver again.
	rc.mu.Lock()
	rc.status = 200
	rc.mu.Unlock()
	up := call(t, srv, tok, "PUT", "/webhooks/"+h.str("id"), map[string]any{"name": "h", "targetUrl": rc.srv.URL, "status": "active"})
	assert.Equal(t, "active", up.str("status"))
	call(t, srv, tok, "POST", "/messages", map[string]any{"roomId": room.ID, "text": "x"})
	srv.Flush()
	assert.Len(t, rc.events(t), 4)
}
