package webextest

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestListPeopleFilters(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	_, tok := srv.NewUserWithToken("alice@example.com", "Alice Smith")
	bob := srv.NewUser(nil, "bob@example.com", "Bob Jones")
	srv.NewUser(nil, "bobby@example.com", "Bobby Tables")

	requireError(t, call(t, srv, tok, "GET", "/people", nil), http.StatusBadRequest)
	r := call(t, srv, tok, "GET", "/people?email=BOB@example.com", nil)
	require.Equal(t, http.StatusOK, r.status)
	require.Len(t, r.items(), 1)
	assert.Equal(t, bob.ID, r.items()[0]["id"])
	assert.Len(t, call(t, srv, tok, "GET", "/people?displayName=bob", nil).items(), 2)
	p1 := call(t, srv, tok, "GET", "/people?displayName=bob&max=1", nil)
	require.Len(t, p1.items(), 1)
	next := parseNext(p1.header.Get("Link"))
	require.NotEmpty(t, next)
	assert.Len(t, call(t, srv, tok, "GET", next, nil).items(), 1)

	missing := encodeID(typePeople, newUUID())
	r = call(t, srv, tok, "GET", "/people?id="+url.QueryEscape(bob.ID+","+missing), nil)
	require.Len(t, r.items(), 1)
	assert.Equal(t, []any{missing}, r.body["notFoundIds"])

	g := call(t, srv, tok, "GET", "/people/"+bob.ID, nil)
	require.Equal(t, http.StatusOK, g.status)
	assert.Equal(t, "Bob Jones", g.str("displayName"))
	requireError(t, call(t, srv, tok, "GET", "/people/"+missing, nil), http.StatusNotFound)
	requireError(t, call(t, srv, tok, "GET", "/people/not-an-id", nil), http.StatusNotFound)
}

func TestAdminPeopleWrites(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	admin := srv.NewAdmin(nil, "admin@example.com", "Admin")
	atok := srv.NewToken(admin, "spark:all", "spark-admin:people_write")
	user := srv.NewUser(nil, "u@example.com", "User")
	utok := srv.NewToken(user, "spark:all", "spark-admin:people_write") // scope but no role

	body := map[string]any{"emails": []string{"new@example.com"}, "displayName": "New Person", "firstName": "New"}
	requireError(t, call(t, srv, utok, "POST", "/people", body), http.StatusForbidden)
	requireError(t, call(t, srv, atok, "POST", "/people", map[string]any{"displayName": "x"}), http.StatusBadRequest)
	r := call(t, srv, atok, "POST", "/people", body)
	require.Equal(t, http.StatusOK, r.status, string(r.raw))
	id := r.str("id")
	assert.Equal(t, "New", r.str("firstName"))
	requireError(t, call(t, srv, atok, "POST", "/people", body), http.StatusConflict)

	// Admins may list without a filter.
	assert.Len(t, call(t, srv, atok, "GET", "/people", nil).items(), 3)

	up := call(t, srv, atok, "PUT", "/people/"+id, map[string]any{"emails": []string{"new@example.com"}, "displayName": "Renamed"})
	require.Equal(t, http.StatusOK, up.status, string(up.raw))
	assert.Equal(t, "Renamed", up.str("displayName"))
	requireError(t, call(t, srv, utok, "PUT", "/people/"+id, map[string]any{"displayName": "no"}), http.StatusForbidden)
	requireError(t, call(t, srv, utok, "DELETE", "/people/"+id, nil), http.StatusForbidden)
	require.Equal(t, http.StatusNoContent, call(t, srv, atok, "DELETE", "/people/"+id, nil).status)
	requireError(t, call(t, srv, atok, "GET", "/people/"+id, nil), http.StatusNotFound)

	// Roles are exposed as ROLE ids.
	me := call(t, srv, atok, "GET", "/people/me", nil)
	roles := me.body["roles"].([]any)
	require.Len(t, roles, 1)
	typ, name, _ := decodeID(roles[0].(string))
	assert.Equal(t, "ROLE", typ)
	assert.Equal(t, RoleFullAdmin, name)
}
