package webextest

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path"
	"strings"
	"sync"
	"time"
)

// Server is an in-memory Webex API emulator. It implements http.Handler
// and serves the API under /v1. Create one with NewServer (listening on
// loopback) or New (handler only). All methods are safe for concurrent use.
type Server struct {
	mu     sync.RWMutex
	now    func() time.Time
	logger *slog.Logger
	seq    uint64

	orgs       map[string]*org
	defaultOrg *org
	people     map[string]*person
	byEmail    map[string]*person
	peopleList []*person
	tokens     map[string]*token
	rooms      map[string]*room
	direct     map[string]*room
	messages   map[string]*message
	teams      map[string]*team
	webhooks   map[string]*webhook
	events     []*event
	eventByID  map[string]*event
	contents   map[string]*content
	actions    map[string]*attachmentAction
	mtg        *meetingStore
	appID      string

	integrations map[string]string // OAuth client id → secret
	oauth        *oauthState       // codes and refresh tokens (oauth.go)

	router  *router
	faults  faultSet
	limiter *rateLimiter
	hooks   *deliverer
	hub     *hub
	bus     bus

	ts   *httptest.Server
	base string
}

// New returns an emulator that is not listening anywhere; mount it as an
// http.Handler (it serves /v1/...). Links it generates (pagination, file
// URLs) use the host of the request being served.
func New(opts ...Option) *Server {
	cfg := config{now: time.Now, failureLimit: 5}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.client == nil {
		cfg.client = &http.Client{Timeout: 10 * time.Second}
	}
	logger := cfg.logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	s := &Server{
		now:       cfg.now,
		logger:    logger,
		orgs:      map[string]*org{},
		people:    map[string]*person{},
		byEmail:   map[string]*person{},
		tokens:    map[string]*token{},
		rooms:     map[string]*room{},
		direct:    map[string]*room{},
		messages:  map[string]*message{},
		teams:     map[string]*team{},
		webhooks:  map[string]*webhook{},
		eventByID: map[string]*event{},
		contents:  map[string]*content{},
		actions:   map[string]*attachmentAction{},
		mtg:       newMeetingStore(),
		appID:     encodeID(typeApplication, newUUID()),

		integrations: map[string]string{},
		oauth:        newOAuthState(),
	}
	s.buildRouter()
	s.limiter = newRateLimiter(cfg.limits)
	s.hooks = newDeliverer(s, cfg.client, cfg.failureLimit)
	s.bus.subscribe(s.logCompliance)
	s.bus.subscribe(s.deliverHooks)
	s.hub = newHub(s)
	s.bus.subscribe(s.hub.publish)
	s.defaultOrg = s.orgs[s.NewOrg("Emulated Organization").uuid]
	return s
}

// NewServer starts an emulator on a random loopback port. Call Close when
// done.
func NewServer(opts ...Option) *Server {
	s := New(opts...)
	s.ts = httptest.NewServer(s)
	s.base = s.ts.URL + "/v1"
	return s
}

// URL returns the API base URL including /v1, e.g.
// http://127.0.0.1:PORT/v1. It is empty for a Server made with New.
func (s *Server) URL() string { return s.base }

// Close stops the listener (if any) and webhook delivery. Pending webhook
// deliveries are abandoned.
func (s *Server) Close() {
	s.hooks.close()
	s.hub.close()
	if s.ts != nil {
		s.ts.Close()
	}
}

// nextSeq returns a monotonically increasing sequence number. Callers hold mu.
func (s *Server) nextSeq() uint64 {
	s.seq++
	return s.seq
}

// reqCtx carries one request through the handlers.
type reqCtx struct {
	s      *Server
	w      http.ResponseWriter
	r      *http.Request
	tid    string
	route  *route
	params []string
	tok    *token  // bearer routes
	me     *person // bearer routes
	client string  // client-secret routes: the OAuth client id
}

// ctx returns the request context.
func (c *reqCtx) ctx() context.Context { return c.r.Context() }

// base returns the absolute API base for links, taken from the request.
func (c *reqCtx) base() string {
	scheme := "http"
	if c.r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + c.r.Host + "/v1"
}

// fail writes an error response.
func (c *reqCtx) fail(status int, format string, args ...any) {
	writeError(c.w, c.tid, status, fmt.Sprintf(format, args...))
}

// failErr writes e as an error response.
func (c *reqCtx) failErr(e *apiError) { writeError(c.w, c.tid, e.status, e.msg) }

// noContent writes a 204.
func (c *reqCtx) noContent() { c.w.WriteHeader(http.StatusNoContent) }

// ServeHTTP implements http.Handler. It gives every response a
// TrackingID, turns a panic into a Webex 500 and hands the request to the
// route's ServeMux pattern (see handle). Paths that are not clean answer
// 404 rather than ServeMux's redirect, and a trailing slash is ignored.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	tid := newTrackingID()
	w.Header()["TrackingID"] = []string{tid}
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.logger.Error("webextest: panic while serving", "method", r.Method, "path", r.URL.Path, "panic", v)
			writeError(w, tid, http.StatusInternalServerError, "Internal server error.")
		}
	}()
	p := r.URL.Path
	if len(p) > 1 && strings.HasSuffix(p, "/") {
		p = strings.TrimSuffix(p, "/")
		u := *r.URL
		u.Path, u.RawPath = p, strings.TrimSuffix(u.RawPath, "/")
		r = r.Clone(r.Context())
		r.URL = &u
	}
	if p == "" || p[0] != '/' || path.Clean(p) != p || r.Method == http.MethodConnect {
		writeError(w, tid, http.StatusNotFound, msgNotFound)
		return
	}
	s.router.mux.ServeHTTP(w, r)
}

// RequestCount reports how many requests the emulator has received for
// endpoint ("METHOD /template"), including rejected and faulted ones.
func (s *Server) RequestCount(endpoint string) int {
	if rt := s.router.byKey[endpointKey(endpoint)]; rt != nil {
		return int(rt.hits.Load())
	}
	return 0
}
