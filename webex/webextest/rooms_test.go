package webextest

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCreateRoomMakesCallerModerator(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	alice, tok := srv.NewUserWithToken("", "Alice")
	r := call(t, srv, tok, "POST", "/rooms", map[string]any{"title": "Project", "description": "d"})
	require.Equal(t, http.StatusOK, r.status, string(r.raw))
	assert.Equal(t, "Project", r.str("title"))
	assert.Equal(t, "group", r.str("type"))
	assert.Equal(t, alice.ID, r.str("creatorId"))
	assert.Equal(t, alice.OrgID, r.str("ownerId"))
	roomID := r.str("id")
	ms := call(t, srv, tok, "GET", "/memberships?roomId="+url.QueryEscape(roomID), nil)
	require.Len(t, ms.items(), 1)
	assert.Equal(t, true, ms.items()[0]["isModerator"])
	assert.Equal(t, alice.ID, ms.items()[0]["personId"])

	requireError(t, call(t, srv, tok, "POST", "/rooms", map[string]any{}), http.StatusBadRequest)
	l := call(t, srv, tok, "GET", "/rooms", nil)
	require.Len(t, l.items(), 1)
	requireError(t, call(t, srv, tok, "GET", "/rooms?type=weird", nil), http.StatusBadRequest)
	requireError(t, call(t, srv, tok, "GET", "/rooms?max=1001", nil), http.StatusBadRequest)
}

func TestListRoomsPaging(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	alice, tok := srv.NewUserWithToken("", "Alice")
	bob := srv.NewUser(nil, "", "Bob")
	for i := 0; i < 7; i++ {
		srv.NewRoom(alice, "R")
	}
	srv.DirectRoom(alice, bob)
	seen := map[string]bool{}
	next := "/rooms?max=3"
	for n := 0; next != ""; n++ {
		require.Less(t, n, 5)
		r := call(t, srv, tok, "GET", next, nil)
		require.Equal(t, http.StatusOK, r.status, string(r.raw))
		for _, it := range r.items() {
			seen[it["id"].(string)] = true
		}
		next = parseNext(r.header.Get("Link"))
	}
	assert.Len(t, seen, 8)
	assert.Len(t, call(t, srv, tok, "GET", "/rooms?type=direct", nil).items(), 1)
	assert.Len(t, call(t, srv, tok, "GET", "/rooms?type=group&sortBy=created", nil).items(), 7)
}

func TestUpdateAndDeleteRoom(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	alice, atok := srv.NewUserWithToken("", "Alice")
	bob, btok := srv.NewUserWithToken("", "Bob")
	room := srv.NewRoom(alice, "Old", bob)
	m := srv.NewMessage(alice, room, "hi")
	r := call(t, srv, atok, "PUT", "/rooms/"+room.ID, map[string]any{"title": "New", "isLocked": true})
	require.Equal(t, http.StatusOK, r.status, string(r.raw))
	assert.Equal(t, "New", r.str("title"))
	assert.Equal(t, true, r.body["isLocked"])
	// Bob is not a moderator of the now locked room.
	requireError(t, call(t, srv, btok, "PUT", "/rooms/"+room.ID, map[string]any{"title": "Bob's"}), http.StatusForbidden)
	requireError(t, call(t, srv, atok, "PUT", "/rooms/"+room.ID, map[string]any{}), http.StatusBadRequest)

	// A non-moderator "deleting" the room just leaves it.
	require.Equal(t, http.StatusNoContent, call(t, srv, btok, "DELETE", "/rooms/"+room.ID, nil).status)
	requireError(t, call(t, srv, btok, "GET", "/rooms/"+room.ID, nil), http.StatusNotFound)
	require.Equal(t, http.StatusOK, call(t, srv, atok, "GET", "/rooms/"+room.ID, nil).status)

	// The moderator deletes it for real: messages and memberships go too.
	require.Equal(t, http.StatusNoContent, call(t, srv, atok, "DELETE", "/rooms/"+room.ID, nil).status)
	requireError(t, call(t, srv, atok, "GET", "/rooms/"+room.ID, nil), http.StatusNotFound)
	requireError(t, call(t, srv, atok, "GET", "/messages/"+m.ID, nil), http.StatusNotFound)
	assert.Empty(t, call(t, srv, atok, "GET", "/memberships", nil).items())
}

func TestMeetingInfo(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	alice, tok := srv.NewUserWithToken("", "Alice")
	_, etok := srv.NewUserWithToken("", "Eve")
	room := srv.NewRoom(alice, "R")
	r := call(t, srv, tok, "GET", "/rooms/"+room.ID+"/meetingInfo", nil)
	require.Equal(t, http.StatusOK, r.status)
	assert.Equal(t, room.ID, r.str("roomId"))
	for _, k := range []string{"meetingLink", "sipAddress", "meetingNumber", "meetingId", "callInTollFreeNumber", "callInTollNumber"} {
		assert.NotEmpty(t, r.str(k), k)
	}
	requireError(t, call(t, srv, etok, "GET", "/rooms/"+room.ID+"/meetingInfo", nil), http.StatusNotFound)
}

func TestMemberships(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	alice, atok := srv.NewUserWithToken("alice@example.com", "Alice")
	bob, btok := srv.NewUserWithToken("bob@example.com", "Bob")
	carol := srv.NewUser(nil, "carol@example.com", "Carol")
	room := srv.NewRoom(alice, "R")

	r := call(t, srv, atok, "POST", "/memberships", map[string]any{"roomId": room.ID, "personEmail": "bob@example.com"})
	require.Equal(t, http.StatusOK, r.status, string(r.raw))
	assert.Equal(t, bob.ID, r.str("personId"))
	assert.Equal(t, "Bob", r.str("personDisplayName"))
	assert.Equal(t, false, r.body["isModerator"])
	mid := r.str("id")
	_, local, _ := decodeID(mid)
	assert.Contains(t, local, ":")

	requireError(t, call(t, srv, atok, "POST", "/memberships", map[string]any{"roomId": room.ID, "personId": bob.ID}), http.StatusConflict)
	requireError(t, call(t, srv, atok, "POST", "/memberships", map[string]any{"roomId": room.ID}), http.StatusBadRequest)
	requireError(t, call(t, srv, atok, "POST", "/memberships", map[string]any{"personId": bob.ID}), http.StatusBadRequest)

	// Bob now sees the room and its history.
	srv.NewMessage(alice, room, "history")
	require.Len(t, call(t, srv, btok, "GET", "/messages?roomId="+url.QueryEscape(room.ID), nil).items(), 1)

	// Bob (not moderator) cannot promote himself or remove others.
	requireError(t, call(t, srv, btok, "PUT", "/memberships/"+mid, map[string]any{"isModerator": true}), http.StatusForbidden)
	cm := call(t, srv, btok, "POST", "/memberships", map[string]any{"roomId": room.ID, "personId": carol.ID})
	require.Equal(t, http.StatusOK, cm.status)
	requireError(t, call(t, srv, btok, "DELETE", "/memberships/"+cm.str("id"), nil), http.StatusForbidden)

	// Alice (moderator) promotes Bob; listing filters work.
	up := call(t, srv, atok, "PUT", "/memberships/"+mid, map[string]any{"isModerator": true})
	require.Equal(t, http.StatusOK, up.status)
	assert.Equal(t, true, up.body["isModerator"])
	l := call(t, srv, atok, "GET", "/memberships?roomId="+url.QueryEscape(room.ID)+"&personEmail=carol@example.com", nil)
	require.Len(t, l.items(), 1)
	requireError(t, call(t, srv, atok, "GET", "/memberships?personId="+url.QueryEscape(carol.ID), nil), http.StatusBadRequest)
	assert.Len(t, call(t, srv, atok, "GET", "/memberships?roomId="+url.QueryEscape(room.ID)+"&max=2", nil).items(), 2)

	// Bob leaves; he loses access.
	require.Equal(t, http.StatusNoContent, call(t, srv, btok, "DELETE", "/memberships/"+mid, nil).status)
	requireError(t, call(t, srv, btok, "GET", "/rooms/"+room.ID, nil), http.StatusNotFound)
	requireError(t, call(t, srv, btok, "GET", "/memberships/"+mid, nil), http.StatusNotFound)
	requireError(t, call(t, srv, atok, "GET", "/memberships/bogus", nil), http.StatusNotFound)

	// Nobody can be added to a direct room.
	dm := srv.DirectRoom(alice, bob)
	requireError(t, call(t, srv, atok, "POST", "/memberships", map[string]any{"roomId": dm.ID, "personId": carol.ID}), http.StatusBadRequest)
}
