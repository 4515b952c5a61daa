package webextest

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAuthMissingAndUnknownToken(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	requireError(t, call(t, srv, "", "GET", "/people/me", nil), http.StatusUnauthorized)
	requireError(t, call(t, srv, "nope", "GET", "/people/me", nil), http.StatusUnauthorized)
	_, tok := srv.NewUserWithToken("", "Alice")
	srv.RevokeToken(tok)
	requireError(t, call(t, srv, tok, "GET", "/people/me", nil), http.StatusUnauthorized)
}

func TestAuthScopes(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	alice := srv.NewUser(nil, "alice@example.com", "Alice")
	readOnly := srv.NewToken(alice, "spark:messages_read", "spark:rooms_read")
	room := srv.NewRoom(alice, "R")

	r := call(t, srv, readOnly, "POST", "/messages", map[string]any{"roomId": room.ID, "text": "hi"})
	requireError(t, r, http.StatusForbidden)
	assert.Contains(t, r.str("message"), "spark:messages_write")

	r = call(t, srv, readOnly, "GET", "/messages?roomId="+room.ID, nil)
	assert.Equal(t, http.StatusOK, r.status)

	all := srv.NewToken(alice, "spark:all")
	r = call(t, srv, all, "POST", "/messages", map[string]any{"roomId": room.ID, "text": "hi"})
	assert.Equal(t, http.StatusOK, r.status)

	// spark:all does not grant admin or compliance scopes.
	requireError(t, call(t, srv, all, "GET", "/events", nil), http.StatusForbidden)
	requireError(t, call(t, srv, all, "POST", "/people", map[string]any{"emails": []string{"x@example.com"}, "displayName": "X"}), http.StatusForbidden)
}

func TestTrackingIDAndUnknownPaths(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	_, tok := srv.NewUserWithToken("", "Alice")
	r := call(t, srv, tok, "GET", "/people/me", nil)
	require.Equal(t, http.StatusOK, r.status)
	assert.NotEmpty(t, r.header.Get("TrackingID"))
	requireError(t, call(t, srv, tok, "GET", "/nothing/here", nil), http.StatusNotFound)
	requireError(t, call(t, srv, tok, "PATCH", "/messages", nil), http.StatusMethodNotAllowed)
	requireError(t, call(t, srv, tok, "GET", "/a/b/c/d/e/f", nil), http.StatusNotFound)
}

func TestPeopleMe(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	p, tok := srv.NewUserWithToken("alice@example.com", "Alice Smith")
	r := call(t, srv, tok, "GET", "/people/me", nil)
	require.Equal(t, http.StatusOK, r.status)
	assert.Equal(t, p.ID, r.str("id"))
	assert.Equal(t, []any{"alice@example.com"}, r.body["emails"])
	assert.Equal(t, "Alice Smith", r.str("displayName"))
	assert.Equal(t, "person", r.str("type"))
	assert.Equal(t, srv.DefaultOrg().ID, r.str("orgId"))
	assert.Regexp(t, `^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$`, r.str("created"))
}
