package people

import (
	"context"
	"iter"
	"net/http"

	"github.com/gowebex/sdk/internal/httpx"
	"github.com/gowebex/sdk/webex/api"
)

// Service is the people API. Get one from webex.Client.People.
//
// A Service is a view of the client it came from; the zero value is not
// usable and fails every call with an error.
type Service httpx.Client

func (s *Service) core() *httpx.Client { return (*httpx.Client)(s) }

// Page is one page of people and the link to the next.
type Page = api.Page[Person]

func (s *Service) listRequest(p *ListParams) *httpx.Request {
	return &httpx.Request{Method: http.MethodGet, Pattern: "/people", Query: httpx.Query(p)}
}

// List returns the people matching p, across all pages. It needs
// spark:people_read; listing without a filter (Unfiltered), by Roles or
// LocationID, or with CallingData needs an admin token
// (spark-admin:people_read). Polling List for presence soon meets 429s.
//
// Endpoint: GET /people
// See https://developer.webex.com/docs/api/v1/people/list-people.
func (s *Service) List(ctx context.Context, p *ListParams) iter.Seq2[*Person, error] {
	if err := p.validate(); err != nil {
		return httpx.Fail[Person](err)
	}
	return httpx.List[Person](ctx, s.core(), s.listRequest(p))
}

// ListPage returns one page of people: the first when pageURL is empty,
// otherwise the page at pageURL, a NextURL from an earlier page.
//
// Endpoint: GET /people
func (s *Service) ListPage(ctx context.Context, p *ListParams, pageURL string) (*Page, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.GetPage[Person](ctx, s.core(), s.listRequest(p), pageURL)
}

// LookupResult is the answer to [Service.Lookup]: the people found and the
// ids Webex did not find.
type LookupResult struct {
	People      []Person `json:"items"`
	NotFoundIDs []string `json:"notFoundIds"`
}

// Lookup returns the people with the given ids (at most MaxListIDs) in one
// request, and the ids that were not found. People looked up by id carry
// no presence information. It needs spark:people_read.
//
// Endpoint: GET /people
// See https://developer.webex.com/docs/api/v1/people/list-people.
func (s *Service) Lookup(ctx context.Context, ids []string) (*LookupResult, error) {
	if len(ids) == 0 {
		return nil, httpx.Invalid("people", "Lookup needs at least one id")
	}
	if err := checkIDs("Lookup ids", ids); err != nil {
		return nil, err
	}
	return httpx.Call[LookupResult](ctx, s.core(), s.listRequest(&ListParams{IDs: ids, Max: MaxListIDs}))
}

// Get returns a person by id; p may be nil. It needs spark:people_read;
// CallingData needs an admin token.
//
// Endpoint: GET /people/{personId}
// See https://developer.webex.com/docs/api/v1/people/get-person-details.
func (s *Service) Get(ctx context.Context, personID string, p *GetParams) (*Person, error) {
	return httpx.Call[Person](ctx, s.core(), &httpx.Request{Method: http.MethodGet, Pattern: "/people/{personId}", Params: []string{personID}, Query: httpx.Query(p)})
}

// Me returns the person the access token belongs to; p may be nil. Any
// token may call it.
//
// Endpoint: GET /people/me
// See https://developer.webex.com/docs/api/v1/people/get-my-own-details.
func (s *Service) Me(ctx context.Context, p *GetParams) (*Person, error) {
	return httpx.Call[Person](ctx, s.core(), &httpx.Request{Method: http.MethodGet, Pattern: "/people/me", Query: httpx.Query(p)})
}

// Create creates a user account in the organization. Only admins may; it
// needs spark-admin:people_write. With MinResponse the returned Person
// holds only the id. A failed Create is not retried once Webex may have
// received it; with calling data Webex may even answer 400 after creating
// the person, so look the email up with List before trying again. SIP
// addresses are assigned later, asynchronously.
//
// Endpoint: POST /people
// See https://developer.webex.com/docs/api/v1/people/create-a-person.
func (s *Service) Create(ctx context.Context, p *CreateParams) (*Person, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.Call[Person](ctx, s.core(), &httpx.Request{Method: http.MethodPost, Pattern: "/people", Query: httpx.Query(p), Body: p})
}

// Update replaces the details of a person: p must hold every detail, not
// only the changed ones (see [Person.UpdateParams]). Only admins may; it
// needs spark-admin:people_write. With MinResponse the returned Person is
// empty. Webex applies an update through several services, so a failed
// Update may still have changed some fields: Get the person to see.
//
// Endpoint: PUT /people/{personId}
// See https://developer.webex.com/docs/api/v1/people/update-a-person.
func (s *Service) Update(ctx context.Context, personID string, p *UpdateParams) (*Person, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.Call[Person](ctx, s.core(), &httpx.Request{Method: http.MethodPut, Pattern: "/people/{personId}", Params: []string{personID}, Query: httpx.Query(p), Body: p})
}

// Delete removes a person from Webex. Only full and user administrators
// (and external full administrators) may; it needs
// spark-admin:people_write.
//
// Endpoint: DELETE /people/{personId}
// See https://developer.webex.com/docs/api/v1/people/delete-a-person.
func (s *Service) Delete(ctx context.Context, personID string) error {
	_, err := s.core().Do(ctx, &httpx.Request{Method: http.MethodDelete, Pattern: "/people/{personId}", Params: []string{personID}}, nil)
	return err
}
