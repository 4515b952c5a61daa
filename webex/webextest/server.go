package webextest

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
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

	router  *router
	faults  faultSet
	limiter *rateLimiter
	hooks   *deliverer

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
	}
	s.router = s.buildRouter()
	s.limiter = newRateLimiter(cfg.limits)
	s.hooks = newDeliverer(s, cfg.client, cfg.failureLimit)
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
	tok    *token
	me     *person
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

// ServeHTTP implements http.Handler.
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
	path, ok := strings.CutPrefix(r.URL.Path, "/v1/")
	if !ok {
		writeError(w, tid, http.StatusNotFound, msgNotFound)
		return
	}
	rt, params, status := s.router.match(r.Method, path)
	if rt == nil {
		if status == http.StatusMethodNotAllowed {
			writeError(w, tid, status, "The requested method is not allowed for this resource.")
			return
		}
		writeError(w, tid, http.StatusNotFound, msgNotFound)
		return
	}
	rt.hits.Add(1)
	c := &reqCtx{s: s, w: w, r: r, tid: tid, route: rt, params: params}
	if f := s.faults.take(rt.key); f != nil {
		if s.applyFault(c, f) {
			return
		}
	}
	s.serveRoute(c)
}

// serveRoute authenticates, rate-limits and runs the route's handler.
func (s *Server) serveRoute(c *reqCtx) {
	if !s.authenticate(c) {
		return
	}
	if wait, limited := s.limiter.allow(c.route.key, c.tok.value, s.now()); limited {
		secs := int((wait + time.Second - 1) / time.Second)
		if secs < 1 {
			secs = 1
		}
		c.w.Header().Set("Retry-After", fmt.Sprint(secs))
		c.fail(http.StatusTooManyRequests, msgRateLimited)
		return
	}
	c.route.h(c)
}

// RequestCount reports how many requests the emulator has received for
// endpoint ("METHOD /template"), including rejected and faulted ones.
func (s *Server) RequestCount(endpoint string) int {
	if rt := s.router.byKey[endpointKey(endpoint)]; rt != nil {
		return int(rt.hits.Load())
	}
	return 0
}
