package webextest

import (
	"net/http"
	"strings"
	"sync/atomic"
)

// route is one endpoint: an http.ServeMux pattern, the endpoint key taken
// from it, and the middleware chain its requests go through.
type route struct {
	pattern string   // the ServeMux pattern, as r.Pattern reports it: "GET /v1/rooms/{id}"
	method  string   // "GET"
	key     string   // the endpoint key: "GET /rooms/{id}" (below /v1), see endpointKey
	params  []string // wildcard names in path order; their values fill reqCtx.params
	auth    authMode
	scopes  []string // scopes the token must carry (bearer routes)
	h       func(*reqCtx)
	hits    atomic.Int64
}

// routeOpt configures a route at registration.
type routeOpt func(*route)

// need makes a bearer route require every scope listed.
func need(scopes ...string) routeOpt {
	return func(r *route) { r.scopes = append(r.scopes, scopes...) }
}

// authNone serves a route without authentication.
func authNone() routeOpt { return func(r *route) { r.auth = authModeNone } }

// authClientSecret authenticates a route by the client_id and
// client_secret fields of its form body (OAuth token exchange).
func authClientSecret() routeOpt { return func(r *route) { r.auth = authModeClientSecret } }

// router holds the mux and the routes by key.
type router struct {
	mux     *http.ServeMux
	byKey   map[string]*route
	methods map[string]bool // every method some route serves
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

// newRouter returns a router whose unknown paths answer a Webex 404.
func (s *Server) newRouter() *router {
	rt := &router{mux: http.NewServeMux(), byKey: map[string]*route{}, methods: map[string]bool{}}
	rt.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if rt.otherMethod(r) {
			writeError(w, trackingOf(w), http.StatusMethodNotAllowed, msgMethodNotAllowed)
			return
		}
		writeError(w, trackingOf(w), http.StatusNotFound, msgNotFound)
	})
	return rt
}

// otherMethod reports whether a route serves r's path with another
// method, which makes r a 405 rather than a 404.
func (rt *router) otherMethod(r *http.Request) bool {
	for m := range rt.methods {
		if m == r.Method {
			continue
		}
		probe := &http.Request{Method: m, URL: r.URL, Host: r.Host, Header: http.Header{}}
		if _, pattern := rt.mux.Handler(probe); pattern != "" && pattern != "/" {
			return true
		}
	}
	return false
}

// handle registers h for pattern, a method pattern of http.ServeMux
// ("POST /v1/messages", "GET /wdm/api/v1/devices/{id}", with an optional
// host). Requests go through the chain fault → auth → scopes → rate limit →
// h; routes authenticate with a bearer token unless an option says
// otherwise. Another method on a served path answers 405.
func (s *Server) handle(pattern string, h func(*reqCtx), opts ...routeOpt) {
	method, path, ok := strings.Cut(pattern, " ")
	if !ok {
		panic("webextest: route pattern without a method: " + pattern)
	}
	rt := &route{pattern: pattern, method: method, key: patternKey(pattern), h: h}
	for _, seg := range strings.Split(path, "/") {
		if name, ok := strings.CutPrefix(seg, "{"); ok {
			rt.params = append(rt.params, strings.TrimSuffix(name, "}"))
		}
	}
	for _, o := range opts {
		o(rt)
	}
	chain := s.chain(rt)
	s.router.byKey[rt.key] = rt
	s.router.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		if r.Method != method { // a HEAD that ServeMux matched to GET
			writeError(w, trackingOf(w), http.StatusMethodNotAllowed, msgMethodNotAllowed)
			return
		}
		rt.hits.Add(1)
		c := &reqCtx{s: s, w: w, r: r, tid: trackingOf(w), route: rt}
		for _, name := range rt.params {
			c.params = append(c.params, r.PathValue(name))
		}
		chain(c)
	})
	s.router.methods[method] = true
}

// patternKey derives the endpoint key from a ServeMux pattern (r.Pattern):
// the host and the /v1 prefix are dropped and every wildcard becomes {id},
// so "GET /v1/rooms/{id}" is "GET /rooms/{id}" and "DELETE
// /wdm/api/v1/devices/{id}" keeps its path.
func patternKey(pattern string) string {
	method, path, _ := strings.Cut(pattern, " ")
	if i := strings.IndexByte(path, '/'); i > 0 {
		path = path[i:] // drop the host
	}
	if p, ok := strings.CutPrefix(path, "/v1/"); ok {
		path = "/" + p
	}
	return endpointKey(method + " " + path)
}

// buildRouter declares every endpoint.
func (s *Server) buildRouter() {
	s.router = s.newRouter()
	h := s.handle
	// People.
	h("GET /v1/people/me", s.getMe, need(scopePeopleRead))
	h("GET /v1/people", s.listPeople, need(scopePeopleRead))
	h("POST /v1/people", s.createPerson, need(scopeAdminPeopleWrite))
	h("GET /v1/people/{id}", s.getPerson, need(scopePeopleRead))
	h("PUT /v1/people/{id}", s.updatePerson, need(scopeAdminPeopleWrite))
	h("DELETE /v1/people/{id}", s.deletePerson, need(scopeAdminPeopleWrite))
	// Rooms.
	h("GET /v1/rooms", s.listRooms, need(scopeRoomsRead))
	h("POST /v1/rooms", s.createRoom, need(scopeRoomsWrite))
	h("GET /v1/rooms/{id}/meetingInfo", s.getMeetingInfo, need(scopeRoomsRead))
	h("GET /v1/rooms/{id}", s.getRoom, need(scopeRoomsRead))
	h("PUT /v1/rooms/{id}", s.updateRoom, need(scopeRoomsWrite))
	h("DELETE /v1/rooms/{id}", s.deleteRoom, need(scopeRoomsWrite))
	// Memberships.
	h("GET /v1/memberships", s.listMemberships, need(scopeMembershipsRead))
	h("POST /v1/memberships", s.createMembership, need(scopeMembershipsWrite))
	h("GET /v1/memberships/{id}", s.getMembership, need(scopeMembershipsRead))
	h("PUT /v1/memberships/{id}", s.updateMembership, need(scopeMembershipsWrite))
	h("DELETE /v1/memberships/{id}", s.deleteMembership, need(scopeMembershipsWrite))
	// Messages.
	h("GET /v1/messages/direct", s.listDirectMessages, need(scopeMessagesRead))
	h("GET /v1/messages", s.listMessages, need(scopeMessagesRead))
	h("POST /v1/messages", s.createMessage, need(scopeMessagesWrite))
	h("GET /v1/messages/{id}", s.getMessage, need(scopeMessagesRead))
	h("PUT /v1/messages/{id}", s.editMessage, need(scopeMessagesWrite))
	h("DELETE /v1/messages/{id}", s.deleteMessage, need(scopeMessagesWrite))
	h("GET /v1/contents/{id}", s.getContent, need(scopeMessagesRead))
	h("HEAD /v1/contents/{id}", s.getContent, need(scopeMessagesRead))
	// Teams and team memberships.
	h("GET /v1/teams", s.listTeams, need(scopeTeamsRead))
	h("POST /v1/teams", s.createTeam, need(scopeTeamsWrite))
	h("GET /v1/teams/{id}", s.getTeam, need(scopeTeamsRead))
	h("PUT /v1/teams/{id}", s.updateTeam, need(scopeTeamsWrite))
	h("DELETE /v1/teams/{id}", s.deleteTeam, need(scopeTeamsWrite))
	h("GET /v1/team/memberships", s.listTeamMemberships, need(scopeTeamMembershipsRead))
	h("POST /v1/team/memberships", s.createTeamMembership, need(scopeTeamMembershipsWr))
	h("GET /v1/team/memberships/{id}", s.getTeamMembership, need(scopeTeamMembershipsRead))
	h("PUT /v1/team/memberships/{id}", s.updateTeamMembership, need(scopeTeamMembershipsWr))
	h("DELETE /v1/team/memberships/{id}", s.deleteTeamMembership, need(scopeTeamMembershipsWr))
	// Webhooks.
	h("GET /v1/webhooks", s.listWebhooks)
	h("POST /v1/webhooks", s.createWebhook)
	h("GET /v1/webhooks/{id}", s.getWebhook)
	h("PUT /v1/webhooks/{id}", s.updateWebhook)
	h("DELETE /v1/webhooks/{id}", s.deleteWebhook)
	// Compliance events.
	h("GET /v1/events", s.listEvents, need(scopeComplianceEvents))
	h("GET /v1/events/{id}", s.getEvent, need(scopeComplianceEvents))
	// Attachment actions.
	h("POST /v1/attachment/actions", s.createAttachmentAction, need(scopeMessagesWrite))
	h("GET /v1/attachment/actions/{id}", s.getAttachmentAction, need(scopeMessagesRead))
	// Meetings, invitees, participants, recordings, transcripts, summaries.
	s.addMeetingRoutes()
	// OAuth for integrations (oauth.go).
	s.addOAuthRoutes()
	// The realtime side: catalog, devices, websocket, id lookups.
	s.addRealtimeRoutes()
}

// trackingOf returns the TrackingID ServeHTTP gave the response (the
// header is set under its non-canonical spelling, as Webex sends it).
func trackingOf(w http.ResponseWriter) string {
	//lint:ignore SA1008 ServeHTTP sets it under Webex's spelling, as read here
	if v := w.Header()["TrackingID"]; len(v) > 0 {
		return v[0]
	}
	return ""
}
