package events

import (
	"context"
	"iter"
	"net/http"

	"github.com/gowebex/sdk/internal/httpx"
	"github.com/gowebex/sdk/webex/api"
)

// Service is the compliance events API.
//
// A Service is a view of the client it came from; the zero value is not
// usable and fails every call with an error.
type Service httpx.Client

func (s *Service) core() *httpx.Client { return (*httpx.Client)(s) }

// Page is one page of events and the link to the next.
type Page = api.Page[Event]

func listRequest(p *ListParams) *httpx.Request {
	return &httpx.Request{Method: http.MethodGet, Pattern: "/events", Query: httpx.Query(p)}
}

// List returns the events of the organization matching p, newest first,
// across all pages. It needs spark-compliance:events_read (compliance
// officers only). Webex keeps events for a limited time.
//
// Endpoint: GET /events
// See https://developer.webex.com/docs/api/v1/events/list-events.
func (s *Service) List(ctx context.Context, p *ListParams) iter.Seq2[*Event, error] {
	if err := p.validate(); err != nil {
		return httpx.Fail[Event](err)
	}
	return httpx.List[Event](ctx, s.core(), listRequest(p))
}

// ListPage returns one page of events: the first when pageURL is empty,
// otherwise the page at pageURL, a NextURL from an earlier page. A
// compliance archiver can store NextURL and resume there.
//
// Endpoint: GET /events
// See https://developer.webex.com/docs/api/v1/events/list-events.
func (s *Service) ListPage(ctx context.Context, p *ListParams, pageURL string) (*Page, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.GetPage[Event](ctx, s.core(), listRequest(p), pageURL)
}

// Get returns an event by id. It needs spark-compliance:events_read.
//
// Endpoint: GET /events/{eventId}
// See https://developer.webex.com/docs/api/v1/events/get-event-details.
func (s *Service) Get(ctx context.Context, eventID string) (*Event, error) {
	return httpx.Call[Event](ctx, s.core(), &httpx.Request{Method: http.MethodGet, Pattern: "/events/{eventId}", Params: []string{eventID}})
}
