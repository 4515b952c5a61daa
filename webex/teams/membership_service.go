package teams

import (
	"context"
	"iter"
	"net/http"

	"github.com/gowebex/sdk/internal/httpx"
	"github.com/gowebex/sdk/webex/api"
)

// MembershipService is the team memberships API. Get one from
// webex.Client.TeamMemberships.
//
// A MembershipService is a view of the client it came from; the zero value is not
// usable and fails every call with an error.
type MembershipService httpx.Client

func (s *MembershipService) core() *httpx.Client { return (*httpx.Client)(s) }

// MembershipPage is one page of team memberships and the link to the next.
type MembershipPage = api.Page[Membership]

func (s *MembershipService) listRequest(p *ListMembershipsParams) *httpx.Request {
	return &httpx.Request{Method: http.MethodGet, Pattern: "/team/memberships", Query: httpx.Query(p)}
}

// List returns the memberships of a team, across all pages. It needs
// spark:team_memberships_read.
//
// Endpoint: GET /team/memberships
// See https://developer.webex.com/docs/api/v1/team-memberships/list-team-memberships.
func (s *MembershipService) List(ctx context.Context, p *ListMembershipsParams) iter.Seq2[*Membership, error] {
	if err := p.validate(); err != nil {
		return httpx.Fail[Membership](err)
	}
	return httpx.List[Membership](ctx, s.core(), s.listRequest(p))
}

// ListPage returns one page of team memberships: the first when pageURL is
// empty, otherwise the page at pageURL, a NextURL from an earlier page.
//
// Endpoint: GET /team/memberships
func (s *MembershipService) ListPage(ctx context.Context, p *ListMembershipsParams, pageURL string) (*MembershipPage, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.GetPage[Membership](ctx, s.core(), s.listRequest(p), pageURL)
}

// Create adds a person to a team, by id or email, optionally as a
// moderator; the person gains access to the team's spaces. It needs
// spark:team_memberships_write. A failed Create is not retried once Webex
// may have received it.
//
// Endpoint: POST /team/memberships
// See https://developer.webex.com/docs/api/v1/team-memberships/create-a-team-membership.
func (s *MembershipService) Create(ctx context.Context, p *CreateMembershipParams) (*Membership, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.Call[Membership](ctx, s.core(), &httpx.Request{Method: http.MethodPost, Pattern: "/team/memberships", Body: p})
}

// Get returns a team membership by id. It needs
// spark:team_memberships_read.
//
// Endpoint: GET /team/memberships/{membershipId}
// See https://developer.webex.com/docs/api/v1/team-memberships/get-team-membership-details.
func (s *MembershipService) Get(ctx context.Context, membershipID string) (*Membership, error) {
	return httpx.Call[Membership](ctx, s.core(), &httpx.Request{Method: http.MethodGet, Pattern: "/team/memberships/{membershipId}", Params: []string{membershipID}})
}

// Update makes a team member a moderator or not. It needs
// spark:team_memberships_write.
//
// Endpoint: PUT /team/memberships/{membershipId}
// See https://developer.webex.com/docs/api/v1/team-memberships/update-a-team-membership.
func (s *MembershipService) Update(ctx context.Context, membershipID string, p *UpdateMembershipParams) (*Membership, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.Call[Membership](ctx, s.core(), &httpx.Request{Method: http.MethodPut, Pattern: "/team/memberships/{membershipId}", Params: []string{membershipID}, Body: p})
}

// Delete removes a person from a team; they lose access to its spaces. The
// last moderator cannot be removed: make someone else a moderator first.
// It needs spark:team_memberships_write.
//
// Endpoint: DELETE /team/memberships/{membershipId}
// See https://developer.webex.com/docs/api/v1/team-memberships/delete-a-team-membership.
func (s *MembershipService) Delete(ctx context.Context, membershipID string) error {
	_, err := s.core().Do(ctx, &httpx.Request{Method: http.MethodDelete, Pattern: "/team/memberships/{membershipId}", Params: []string{membershipID}}, nil)
	return err
}
