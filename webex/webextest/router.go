package webextest

import (
	"net/http"
	"strings"
	"sync/atomic"
)

// route is one API endpoint.
type route struct {
	method string
	key    string   // "GET /messages/{id}"
	segs   []string // path segments below /v1; "{id}" is a parameter
	scopes []string // scopes the token must carry
	h      func(*reqCtx)
	hits   atomic.Int64
}

// router matches requests to routes.
type router struct {
	routes []*route
	byKey  map[string]*route
}

// Scope names used by the emulator. The SDK defines the same strings.
const (
	scopeAll                 = "spark:all"
	scopeMessagesRead        = "spark:messages_read"
	scopeMessagesWrite       = "spark:messages_write"
	scopeRoomsRead           = "spark:rooms_read"
	scopeRoomsWrite          = "spark:rooms_write"
	scopeMembershipsRead     = "spark:memberships_read"
	scopeMembershipsWrite    = "spark:memberships_write"
	scopePeopleRead          = "spark:people_read"
	scopeTeamsRead           = "spark:teams_read"
	scopeTeamsWrite          = "spark:teams_write"
	scopeTeamMembershipsRead = "spark:team_memberships_read"
	scopeTeamMembershipsWr   = "spark:team_memberships_write"
	scopeAdminPeopleWrite    = "spark-admin:people_write"
	scopeComplianceEvents    = "spark-compliance:events_read"
)

// buildRouter declares every endpoint. Literal segments are listed before
// parameterised ones so /messages/direct wins over /messages/{id}.
func (s *Server) buildRouter() *router {
	rt := &router{byKey: map[string]*route{}}
	add := func(method, tmpl string, h func(*reqCtx), scopes ...string) {
		r := &route{
			method: method,
			key:    method + " " + tmpl,
			segs:   strings.Split(strings.TrimPrefix(tmpl, "/"), "/"),
			scopes: scopes,
			h:      h,
		}
		rt.routes = append(rt.routes, r)
		rt.byKey[r.key] = r
	}
	// People.
	add("GET", "/people/me", s.getMe, scopePeopleRead)
	add("GET", "/people", s.listPeople, scopePeopleRead)
	add("POST", "/people", s.createPerson, scopeAdminPeopleWrite)
	add("GET", "/people/{id}", s.getPerson, scopePeopleRead)
	add("PUT", "/people/{id}", s.updatePerson, scopeAdminPeopleWrite)
	add("DELETE", "/people/{id}", s.deletePerson, scopeAdminPeopleWrite)
	// Rooms.
	add("GET", "/rooms", s.listRooms, scopeRoomsRead)
	add("POST", "/rooms", s.createRoom, scopeRoomsWrite)
	add("GET", "/rooms/{id}/meetingInfo", s.getMeetingInfo, scopeRoomsRead)
	add("GET", "/rooms/{id}", s.getRoom, scopeRoomsRead)
	add("PUT", "/rooms/{id}", s.updateRoom, scopeRoomsWrite)
	add("DELETE", "/rooms/{id}", s.deleteRoom, scopeRoomsWrite)
	// Memberships.
	add("GET", "/memberships", s.listMemberships, scopeMembershipsRead)
	add("POST", "/memberships", s.createMembership, scopeMembershipsWrite)
	add("GET", "/memberships/{id}", s.getMembership, scopeMembershipsRead)
	add("PUT", "/memberships/{id}", s.updateMembership, scopeMembershipsWrite)
	add("DELETE", "/memberships/{id}", s.deleteMembership, scopeMembershipsWrite)
	// Messages.
	add("GET", "/messages/direct", s.listDirectMessages, scopeMessagesRead)
	add("GET", "/messages", s.listMessages, scopeMessagesRead)
	add("POST", "/messages", s.createMessage, scopeMessagesWrite)
	add("GET", "/messages/{id}", s.getMessage, scopeMessagesRead)
	add("PUT", "/messages/{id}", s.editMessage, scopeMessagesWrite)
	add("DELETE", "/messages/{id}", s.deleteMessage, scopeMessagesWrite)
	add("GET", "/contents/{id}", s.getContent, scopeMessagesRead)
	add("HEAD", "/contents/{id}", s.getContent, scopeMessagesRead)
	// Teams and team memberships.
	add("GET", "/teams", s.listTeams, scopeTeamsRead)
	add("POST", "/teams", s.createTeam, scopeTeamsWrite)
	add("GET", "/teams/{id}", s.getTeam, scopeTeamsRead)
	add("PUT", "/teams/{id}", s.updateTeam, scopeTeamsWrite)
	add("DELETE", "/teams/{id}", s.deleteTeam, scopeTeamsWrite)
	add("GET", "/team/memberships", s.listTeamMemberships, scopeTeamMembershipsRead)
	add("POST", "/team/memberships", s.createTeamMembership, scopeTeamMembershipsWr)
	add("GET", "/team/memberships/{id}", s.getTeamMembership, scopeTeamMembershipsRead)
	add("PUT", "/team/memberships/{id}", s.updateTeamMembership, scopeTeamMembershipsWr)
	add("DELETE", "/team/memberships/{id}", s.deleteTeamMembership, scopeTeamMembershipsWr)
	// Webhooks.
	add("GET", "/webhooks", s.listWebhooks)
	add("POST", "/webhooks", s.createWebhook)
	add("GET", "/webhooks/{id}", s.getWebhook)
	add("PUT", "/webhooks/{id}", s.updateWebhook)
	add("DELETE", "/webhooks/{id}", s.deleteWebhook)
	// Compliance events.
	add("GET", "/events", s.listEvents, scopeComplianceEvents)
	add("GET", "/events/{id}", s.getEvent, scopeComplianceEvents)
	// Attachment actions.
	add("POST", "/attachment/actions", s.createAttachmentAction, scopeMessagesWrite)
	add("GET", "/attachment/actions/{id}", s.getAttachmentAction, scopeMessagesRead)
	// Meetings, invitees, participants, recordings, transcripts, summaries.
	s.addMeetingRoutes(add)
	return rt
}

// match finds the route for method and path (path is below /v1/, without
// a leading slash). It returns the route and its parameters, or nil and
// 404/405.
func (rt *router) match(method, path string) (*route, []string, int) {
	path = strings.TrimSuffix(path, "/")
	if path == "" {
		return nil, nil, http.StatusNotFound
	}
	var segBuf [4]string
	segs := segBuf[:0]
	for len(segs) < 4 {
		seg, rest, more := strings.Cut(path, "/")
		segs = append(segs, seg)
		if !more {
			path = ""
			break
		}
		path = rest
	}
	if path != "" {
		return nil, nil, http.StatusNotFound
	}
	pathMatched := false
	for _, r := range rt.routes {
		params, ok := matchSegs(r.segs, segs)
		if !ok {
			continue
		}
		if r.method != method {
			pathMatched = true
			continue
		}
		return r, params, 0
	}
	if pathMatched {
		return nil, nil, http.StatusMethodNotAllowed
	}
	return nil, nil, http.StatusNotFound
}

// matchSegs matches a template against path segments.
func matchSegs(tmpl, segs []string) ([]string, bool) {
	if len(tmpl) != len(segs) {
		return nil, false
	}
	var params []string
	for i, t := range tmpl {
		if t == "{id}" {
			if segs[i] == "" {
				return nil, false
			}
			params = append(params, segs[i])
			continue
		}
		if t != segs[i] {
			return nil, false
		}
	}
	return params, true
}
