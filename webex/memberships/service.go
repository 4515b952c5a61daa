package memberships

import (
	"context"
	"iter"
	"net/http"

	"github.com/gowebex/sdk/internal/httpx"
	"github.com/gowebex/sdk/webex/api"
)

// Service is the memberships API. Get one from webex.Client.Memberships.
//
// A Service is a view of the client it came from; the zero value is not
// usable and fails every call with an error.
type Service httpx.Client

func (s *Service) core() *httpx.Client { return (*httpx.Client)(s) }

// Page is one page of memberships and the link to the next.
type Page = api.Page[Membership]

func (s *Service) listRequest(p *ListParams) *httpx.Request {
	return &httpx.Request{Method: http.MethodGet, Pattern: "/memberships", Query: httpx.Query(p)}
}

// List returns memberships across all pages: the members of a space with
// RoomID, otherwise the caller's own memberships. It needs
// spark:memberships_read. In a moderated team space that the caller sees
// only as a team member, Webex lists only the moderators.
//
// Endpoint: GET /memberships
// See https://developer.webex.com/docs/api/v1/memberships/list-memberships.
func (s *Service) List(ctx context.Context, p *ListParams) iter.Seq2[*Membership, error] {
	if err := p.validate(); err != nil {
		return httpx.Fail[Membership](err)
	}
	return httpx.List[Membership](ctx, s.core(), s.listRequest(p))
}

// ListPage returns one page of memberships: the first when pageURL is
// empty, otherwise the page at pageURL, a NextURL from an earlier page.
//
// Endpoint: GET /memberships
func (s *Service) ListPage(ctx context.Context, p *ListParams, pageURL string) (*Page, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.GetPage[Membership](ctx, s.core(), s.listRequest(p), pageURL)
}

// Create adds a person to a space, by id or email, optionally as a
// moderator. It needs spark:memberships_write. Adding someone who is
// already a member fails with a 409 (webex.ErrConflict). A failed Create is
// not retried once Webex may have received it.
//
// Endpoint: POST /memberships
// See https://developer.webex.com/docs/api/v1/memberships/create-a-membership.
func (s *Service) Create(ctx context.Context, p *CreateParams) (*Membership, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.Call[Membership](ctx, s.core(), &httpx.Request{Method: http.MethodPost, Pattern: "/memberships", Body: p})
}

// Get returns a membership by id. It needs spark:memberships_read.
//
// Endpoint: GET /memberships/{membershipId}
// See https://developer.webex.com/docs/api/v1/memberships/get-membership-details.
func (s *Service) Get(ctx context.Context, membershipID string) (*Membership, error) {
	return httpx.Call[Membership](ctx, s.core(), &httpx.Request{Method: http.MethodGet, Pattern: "/memberships/{membershipId}", Params: []string{membershipID}})
}

// Update makes a member a moderator or not, and hides or shows a direct
// space. Both fields of p are required. It needs spark:memberships_write.
//
// Endpoint: PUT /memberships/{membershipId}
// See https://developer.webex.com/docs/api/v1/memberships/update-a-membership.
func (s *Service) Update(ctx context.Context, membershipID string, p *UpdateParams) (*Membership, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.Call[Membership](ctx, s.core(), &httpx.Request{Method: http.MethodPut, Pattern: "/memberships/{membershipId}", Params: []string{membershipID}, Body: p})
}

// Delete removes a person from a space. The last moderator of a team's
// General space cannot be removed. It needs spark:memberships_write.
//
// Endpoint: DELETE /memberships/{membershipId}
// See https://developer.webex.com/docs/api/v1/memberships/delete-a-membership.
func (s *Service) Delete(ctx context.Context, membershipID string) error {
	_, err := s.core().Do(ctx, &httpx.Request{Method: http.MethodDelete, Pattern: "/memberships/{membershipId}", Params: []string{membershipID}}, nil)
	return err
}
