package teams

import (
	"context"
	"iter"
	"net/http"

	"github.com/gowebex/sdk/internal/httpx"
	"github.com/gowebex/sdk/webex/api"
)

// Service is the teams API. Get one from webex.Client.Teams.
//
// A Service is a view of the client it came from; the zero value is not
// usable and fails every call with an error.
type Service httpx.Client

func (s *Service) core() *httpx.Client { return (*httpx.Client)(s) }

// Page is one page of teams and the link to the next.
type Page = api.Page[Team]

func (s *Service) listRequest(p *ListParams) *httpx.Request {
	return &httpx.Request{Method: http.MethodGet, Pattern: "/teams", Query: httpx.Query(p)}
}

// List returns the teams the caller belongs to, across all pages; p may be
// nil. It needs spark:teams_read.
//
// Endpoint: GET /teams
// See https://developer.webex.com/docs/api/v1/teams/list-teams.
func (s *Service) List(ctx context.Context, p *ListParams) iter.Seq2[*Team, error] {
	if err := p.validate(); err != nil {
		return httpx.Fail[Team](err)
	}
	return httpx.List[Team](ctx, s.core(), s.listRequest(p))
}

// ListPage returns one page of teams: the first when pageURL is empty,
// otherwise the page at pageURL, a NextURL from an earlier page.
//
// Endpoint: GET /teams
func (s *Service) ListPage(ctx context.Context, p *ListParams, pageURL string) (*Page, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.GetPage[Team](ctx, s.core(), s.listRequest(p), pageURL)
}

// Create creates a team; the caller becomes its first member and
// moderator. It needs spark:teams_write. A failed Create is not retried
// once Webex may have received it, so a team is not created twice.
//
// Endpoint: POST /teams
// See https://developer.webex.com/docs/api/v1/teams/create-a-team.
func (s *Service) Create(ctx context.Context, p *CreateParams) (*Team, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.Call[Team](ctx, s.core(), &httpx.Request{Method: http.MethodPost, Pattern: "/teams", Body: p})
}

// Get returns a team by id. It needs spark:teams_read.
//
// Endpoint: GET /teams/{teamId}
// See https://developer.webex.com/docs/api/v1/teams/get-team-details.
func (s *Service) Get(ctx context.Context, teamID string) (*Team, error) {
	return httpx.Call[Team](ctx, s.core(), &httpx.Request{Method: http.MethodGet, Pattern: "/teams/{teamId}", Params: []string{teamID}})
}

// Update renames a team or changes its description. Name is sent in full
// every time. It needs spark:teams_write.
//
// Endpoint: PUT /teams/{teamId}
// See https://developer.webex.com/docs/api/v1/teams/update-a-team.
func (s *Service) Update(ctx context.Context, teamID string, p *UpdateParams) (*Team, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.Call[Team](ctx, s.core(), &httpx.Request{Method: http.MethodPut, Pattern: "/teams/{teamId}", Params: []string{teamID}, Body: p})
}

// Delete deletes a team. It needs spark:teams_write.
//
// Endpoint: DELETE /teams/{teamId}
// See https://developer.webex.com/docs/api/v1/teams/delete-a-team.
func (s *Service) Delete(ctx context.Context, teamID string) error {
	_, err := s.core().Do(ctx, &httpx.Request{Method: http.MethodDelete, Pattern: "/teams/{teamId}", Params: []string{teamID}}, nil)
	return err
}
