package webextest

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTeamsAndTeamMemberships(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	alice, atok := srv.NewUserWithToken("", "Alice")
	bob, btok := srv.NewUserWithToken("", "Bob")
	r := call(t, srv, atok, "POST", "/teams", map[string]any{"name": "Build Squad", "description": "The A Team"})
	require.Equal(t, http.StatusOK, r.status, string(r.raw))
	teamID := r.str("id")
	assert.Equal(t, "Build Squad", r.str("name"))
	assert.Equal(t, "The A Team", r.str("description"))
	requireError(t, call(t, srv, atok, "POST", "/teams", map[string]any{}), http.StatusBadRequest)

	// The General space exists and the creator moderates the team.
	rooms := call(t, srv, atok, "GET", "/rooms?teamId="+url.QueryEscape(teamID), nil)
	require.Len(t, rooms.items(), 1)
	general := rooms.items()[0]["id"].(string)
	assert.Equal(t, teamID, rooms.items()[0]["teamId"])
	tms := call(t, srv, atok, "GET", "/team/memberships?teamId="+url.QueryEscape(teamID), nil)
	require.Len(t, tms.items(), 1)
	assert.Equal(t, true, tms.items()[0]["isModerator"])
	assert.Equal(t, alice.ID, tms.items()[0]["personId"])
	requireError(t, call(t, srv, atok, "GET", "/team/memberships", nil), http.StatusBadRequest)

	// A team space Bob is not in yet.
	side := call(t, srv, atok, "POST", "/rooms", map[string]any{"title": "Side", "teamId": teamID})
	require.Equal(t, http.StatusOK, side.status)
	requireError(t, call(t, srv, btok, "GET", "/rooms/"+side.str("id"), nil), http.StatusNotFound)
	requireError(t, call(t, srv, btok, "GET", "/teams/"+teamID, nil), http.StatusNotFound)

	// Adding Bob to the team gives him access to its spaces.
	tm := call(t, srv, atok, "POST", "/team/memberships", map[string]any{"teamId": teamID, "personId": bob.ID})
	require.Equal(t, http.StatusOK, tm.status, string(tm.raw))
	assert.Equal(t, teamID, tm.str("teamId"))
	requireError(t, call(t, srv, atok, "POST", "/team/memberships", map[string]any{"teamId": teamID, "personId": bob.ID}), http.StatusConflict)
	assert.Equal(t, http.StatusOK, call(t, srv, btok, "GET", "/rooms/"+side.str("id"), nil).status)
	assert.Equal(t, http.StatusOK, call(t, srv, btok, "GET", "/rooms/"+general, nil).status)
	assert.Len(t, call(t, srv, btok, "GET", "/teams", nil).items(), 1)

	// Only moderators promote; the last moderator cannot leave.
	requireError(t, call(t, srv, btok, "PUT", "/team/memberships/"+tm.str("id"), map[string]any{"isModerator": true}), http.StatusForbidden)
	requireError(t, call(t, srv, atok, "DELETE", "/team/memberships/"+tms.items()[0]["id"].(string), nil), http.StatusConflict)
	requireError(t, call(t, srv, btok, "DELETE", "/teams/"+teamID, nil), http.StatusForbidden)

	up := call(t, srv, atok, "PUT", "/teams/"+teamID, map[string]any{"name": "Renamed"})
	require.Equal(t, http.StatusOK, up.status)
	assert.Equal(t, "Renamed", up.str("name"))

	// Removing Bob from the team removes his access.
	require.Equal(t, http.StatusNoContent, call(t, srv, atok, "DELETE", "/team/memberships/"+tm.str("id"), nil).status)
	requireError(t, call(t, srv, btok, "GET", "/rooms/"+general, nil), http.StatusNotFound)

	// Deleting the team deletes its spaces.
	require.Equal(t, http.StatusNoContent, call(t, srv, atok, "DELETE", "/teams/"+teamID, nil).status)
	requireError(t, call(t, srv, atok, "GET", "/rooms/"+general, nil), http.StatusNotFound)
	requireError(t, call(t, srv, atok, "GET", "/teams/"+teamID, nil), http.StatusNotFound)
}

func TestSeededTeam(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	alice := srv.NewUser(nil, "", "Alice")
	bob, btok := srv.NewUserWithToken("", "Bob")
	team := srv.NewTeam(alice, "T", bob)
	room := srv.NewTeamRoom(team, alice, "Team room")
	assert.Equal(t, team.ID, room.TeamID)
	assert.Equal(t, http.StatusOK, call(t, srv, btok, "GET", "/rooms/"+team.General.ID, nil).status)
	assert.Equal(t, http.StatusOK, call(t, srv, btok, "GET", "/rooms/"+room.ID, nil).status)
	_ = bob
}
