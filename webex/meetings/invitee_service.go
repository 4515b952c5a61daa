package meetings

import (
	"context"
	"iter"
	"net/http"

	"github.com/gowebex/sdk/internal/httpx"
	"github.com/gowebex/sdk/webex/api"
)

// InviteeService is the meeting invitees API. Get one from
// webex.Client.MeetingInvitees.
//
// A InviteeService is a view of the client it came from; the zero value is not
// usable and fails every call with an error.
type InviteeService httpx.Client

func (s *InviteeService) core() *httpx.Client { return (*httpx.Client)(s) }

// InviteePage is one page of invitees and the link to the next.
type InviteePage = api.Page[Invitee]

func (s *InviteeService) listRequest(p *InviteeListParams) *httpx.Request {
	return &httpx.Request{Method: http.MethodGet, Pattern: "/meetingInvitees", Query: httpx.Query(p)}
}

// List returns the invitees of a meeting, by email, across all pages. It
// needs meeting:schedules_read.
//
// Endpoint: GET /meetingInvitees
// See https://developer.webex.com/docs/api/v1/meeting-invitees/list-meeting-invitees.
func (s *InviteeService) List(ctx context.Context, p *InviteeListParams) iter.Seq2[*Invitee, error] {
	if err := p.validate(); err != nil {
		return httpx.Fail[Invitee](err)
	}
	return httpx.List[Invitee](ctx, s.core(), s.listRequest(p))
}

// ListPage returns one page of invitees: the first when pageURL is empty,
// otherwise the page at pageURL, a NextURL from an earlier page.
//
// Endpoint: GET /meetingInvitees
// See https://developer.webex.com/docs/api/v1/meeting-invitees/list-meeting-invitees.
func (s *InviteeService) ListPage(ctx context.Context, p *InviteeListParams, pageURL string) (*InviteePage, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.GetPage[Invitee](ctx, s.core(), s.listRequest(p), pageURL)
}

// Create invites a person to a meeting series or scheduled meeting. It
// needs meeting:schedules_write.
//
// Endpoint: POST /meetingInvitees
// See https://developer.webex.com/docs/api/v1/meeting-invitees/create-a-meeting-invitee.
func (s *InviteeService) Create(ctx context.Context, p *InviteeCreateParams) (*Invitee, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.Call[Invitee](ctx, s.core(), &httpx.Request{Method: http.MethodPost, Pattern: "/meetingInvitees", Body: p})
}

// BulkInsert invites up to 100 people in one request and returns their
// invitations. It needs meeting:schedules_write.
//
// Endpoint: POST /meetingInvitees/bulkInsert
// See https://developer.webex.com/docs/api/v1/meeting-invitees/create-meeting-invitees.
func (s *InviteeService) BulkInsert(ctx context.Context, p *BulkInviteeParams) ([]Invitee, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	var out struct {
		Items []Invitee `json:"items"`
	}
	if _, err := s.core().Do(ctx, &httpx.Request{Method: http.MethodPost, Pattern: "/meetingInvitees/bulkInsert", Body: p}, &out); err != nil {
		return nil, err
	}
	return out.Items, nil
}

// Get returns an invitation by id. It needs meeting:schedules_read.
//
// Endpoint: GET /meetingInvitees/{meetingInviteeId}
// See https://developer.webex.com/docs/api/v1/meeting-invitees/get-a-meeting-invitee.
func (s *InviteeService) Get(ctx context.Context, inviteeID string, p *HostParams) (*Invitee, error) {
	return httpx.Call[Invitee](ctx, s.core(), &httpx.Request{Method: http.MethodGet, Pattern: "/meetingInvitees/{meetingInviteeId}", Params: []string{inviteeID}, Query: httpx.Query(p)})
}

// Update changes an invitation to a meeting series or scheduled meeting.
// It needs meeting:schedules_write.
//
// Endpoint: PUT /meetingInvitees/{meetingInviteeId}
// See https://developer.webex.com/docs/api/v1/meeting-invitees/update-a-meeting-invitee.
func (s *InviteeService) Update(ctx context.Context, inviteeID string, p *InviteeUpdateParams) (*Invitee, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.Call[Invitee](ctx, s.core(), &httpx.Request{Method: http.MethodPut, Pattern: "/meetingInvitees/{meetingInviteeId}", Params: []string{inviteeID}, Body: p})
}

// Delete withdraws an invitation: from the whole series, or from one
// scheduled meeting. It needs meeting:schedules_write.
//
// Endpoint: DELETE /meetingInvitees/{meetingInviteeId}
// See https://developer.webex.com/docs/api/v1/meeting-invitees/delete-a-meeting-invitee.
func (s *InviteeService) Delete(ctx context.Context, inviteeID string, p *InviteeDeleteParams) error {
	_, err := s.core().Do(ctx, &httpx.Request{Method: http.MethodDelete, Pattern: "/meetingInvitees/{meetingInviteeId}", Params: []string{inviteeID}, Query: httpx.Query(p)}, nil)
	return err
}
