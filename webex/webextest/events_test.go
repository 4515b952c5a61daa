package webextest

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestComplianceEvents(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	alice, atok := srv.NewUserWithToken("", "Alice")
	co := srv.NewComplianceOfficer(nil, "co@example.com", "CO")
	cotok := srv.NewToken(co, "spark-compliance:events_read")
	notCO := srv.NewToken(alice, "spark-compliance:events_read")

	room := call(t, srv, atok, "POST", "/rooms", map[string]any{"title": "R"})
	msg := call(t, srv, atok, "POST", "/messages", map[string]any{"roomId": room.str("id"), "text": "secret text"})
	call(t, srv, atok, "PUT", "/messages/"+msg.str("id"), map[string]any{"roomId": room.str("id"), "text": "edited"})
	call(t, srv, atok, "DELETE", "/messages/"+msg.str("id"), nil)
	call(t, srv, atok, "POST", "/teams", map[string]any{"name": "T"})

	requireError(t, call(t, srv, notCO, "GET", "/events", nil), http.StatusForbidden)
	requireError(t, call(t, srv, atok, "GET", "/events", nil), http.StatusForbidden)

	all := call(t, srv, cotok, "GET", "/events", nil)
	require.Equal(t, http.StatusOK, all.status, string(all.raw))
	// rooms/created, memberships/created, messages x3, teams, teamMemberships, rooms, memberships.
	assert.Len(t, all.items(), 9)
	msgs := call(t, srv, cotok, "GET", "/events?resource=messages&type=created", nil).items()
	require.Len(t, msgs, 1)
	ev := msgs[0]
	for _, k := range []string{"id", "resource", "type", "appId", "actorId", "orgId", "created", "data"} {
		assert.Contains(t, ev, k)
	}
	assert.Equal(t, alice.ID, ev["actorId"])
	data := ev["data"].(map[string]any)
	assert.Equal(t, "secret text", data["text"])
	assert.Equal(t, msg.str("id"), data["id"])

	g := call(t, srv, cotok, "GET", "/events/"+ev["id"].(string), nil)
	require.Equal(t, http.StatusOK, g.status)
	assert.Equal(t, ev["id"], g.str("id"))
	requireError(t, call(t, srv, cotok, "GET", "/events/nope", nil), http.StatusNotFound)

	assert.Len(t, call(t, srv, cotok, "GET", "/events?actorId="+url.QueryEscape(alice.ID)+"&max=2", nil).items(), 2)
	assert.Len(t, call(t, srv, cotok, "GET", "/events?resource=messages&type=deleted", nil).items(), 1)
	assert.Empty(t, call(t, srv, cotok, "GET", "/events?to=2000-01-01T00:00:00.000Z", nil).items())
	requireError(t, call(t, srv, cotok, "GET", "/events?from=nonsense", nil), http.StatusBadRequest)
	requireError(t, call(t, srv, cotok, "GET", "/events?type=exploded", nil), http.StatusBadRequest)

	// An officer of another org sees nothing.
	other := srv.NewPerson(srv.NewOrg("Other"), PersonSpec{Email: "co2@other.com", Roles: []string{RoleComplianceOfficer}})
	assert.Empty(t, call(t, srv, srv.NewToken(other, "spark-compliance:events_read"), "GET", "/events", nil).items())
}

func TestAttachmentActions(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	bot, bottok := srv.NewBotWithToken("", "Bot")
	alice, atok := srv.NewUserWithToken("", "Alice")
	_, etok := srv.NewUserWithToken("", "Eve")
	room := srv.DirectRoom(alice, bot)
	card := srv.PostMessage(bot, room, MessageSpec{Text: "card", Attachments: []byte(`[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"1.0"}}]`)})
	requireError(t, call(t, srv, atok, "POST", "/attachment/actions", map[string]any{"type": "nope", "messageId": card.ID}), http.StatusBadRequest)
	requireError(t, call(t, srv, etok, "POST", "/attachment/actions", map[string]any{"type": "submit", "messageId": card.ID}), http.StatusNotFound)
	r := call(t, srv, atok, "POST", "/attachment/actions", map[string]any{"type": "submit", "messageId": card.ID, "inputs": map[string]any{"Name": "Alice"}})
	require.Equal(t, http.StatusOK, r.status, string(r.raw))
	assert.Equal(t, alice.ID, r.str("personId"))
	assert.Equal(t, room.ID, r.str("roomId"))
	assert.Equal(t, map[string]any{"Name": "Alice"}, r.body["inputs"])
	g := call(t, srv, bottok, "GET", "/attachment/actions/"+r.str("id"), nil)
	require.Equal(t, http.StatusOK, g.status)
	assert.Equal(t, card.ID, g.str("messageId"))
	requireError(t, call(t, srv, etok, "GET", "/attachment/actions/"+r.str("id"), nil), http.StatusNotFound)
}
