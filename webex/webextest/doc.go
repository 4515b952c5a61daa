// Package webextest provides an in-memory emulator of the Cisco Webex REST
// API (messaging and meetings) for tests, examples and local development.
//
// The emulator serves the /v1 API on loopback (NewServer) or as a plain
// http.Handler (New). It models organizations, people, spaces (rooms),
// memberships, messages and their file contents, teams, team memberships,
// webhooks (with signed, asynchronous delivery), compliance events,
// attachment actions, and meetings with their invitees, participants,
// recordings, transcripts and summaries (drive a meeting through its states
// with StartMeeting, JoinMeeting and EndMeeting), and enforces Webex's access rules: bearer tokens and
// scopes, membership-based visibility (a hidden resource is a 404), bots
// only seeing group-space messages that mention them, moderator rights and
// admin / compliance-officer roles.
//
// Tests seed state directly through the Server's methods (NewOrg, NewUser,
// NewBot, NewRoom, NewMessage, NewToken, ...), then talk to Server.URL()
// with any HTTP client. Seeding bypasses HTTP and therefore neither records
// compliance events nor delivers webhooks.
//
// Faults (InjectFault) and per-endpoint rate limits (WithRateLimit) are
// keyed by endpoint strings of the form "METHOD /path-template", where the
// template is the path below /v1 with every identifier written as {id}:
//
//	"POST /messages", "GET /messages", "GET /messages/{id}",
//	"GET /rooms/{id}/meetingInfo", "DELETE /team/memberships/{id}"
//
// The SDK's names, which follow the API reference ("GET
// /messages/{messageId}"), are accepted too.
//
// Routes are http.ServeMux method patterns ("GET /v1/rooms/{id}"); the
// endpoint key is the pattern below /v1. Each request goes through the
// route's middleware: an injected fault, then authentication (a bearer
// token by default; none, or an OAuth client's id and secret for the
// routes that need it), then the route's scopes, then its rate limit.
// Tokens can expire (SetTokenExpiry). Every change made through the API is
// published on an internal bus whose subscribers keep the compliance log
// and deliver webhooks.
//
// Integrations can run Webex's OAuth code flow against the emulator
// (oauth.go): register one with RegisterIntegration, send the person to
// /v1/authorize (a consent page, or a redirect at once with ConsentParam,
// or Server.Authorize in Go), and exchange the code at /v1/access_token.
// Access tokens expire (14 days, or SetOAuthTokenLifetimes) and are then
// answered 401; each refresh returns a new refresh token and spends the
// old one. See the ExampleServer_Authorize for golang.org/x/oauth2.
//
// The emulator also speaks the protocol of Webex's own clients, which the
// realtime package uses: a service catalog (/u2c/api/v1/catalog), device
// registration (/wdm/api/v1/devices), a websocket per device that pushes
// conversation activities for everything done through the API (bots see
// only what mentions them in group spaces, as with webhooks) and keeps
// what the client has not acknowledged for its next connection, and the
// conversation service's id lookups. SetRealtimeFaults, DropRealtime and
// PushRealtimeFrame inject the websocket's faults; InjectFault works on
// these routes too (a 404 on the handshake, a slow or garbage lookup).
//
// Every response carries a TrackingID header, and every error body has the
// Webex shape {"message":...,"errors":[{"description":...}],"trackingId":...}.
package webextest
