package rooms

import (
	"context"
	"iter"
	"net/http"

	"github.com/gowebex/sdk/internal/httpx"
	"github.com/gowebex/sdk/webex/api"
)

// Service is the rooms API. Get one from webex.Client.Rooms.
//
// A Service is a view of the client it came from; the zero value is not
// usable and fails every call with an error.
type Service httpx.Client

func (s *Service) core() *httpx.Client { return (*httpx.Client)(s) }

// Page is one page of spaces and the link to the next.
type Page = api.Page[Room]

func (s *Service) listRequest(p *ListParams) *httpx.Request {
	return &httpx.Request{Method: http.MethodGet, Pattern: "/rooms", Query: httpx.Query(p)}
}

// List returns the spaces the caller belongs to (or, with OrgPublicSpaces,
// the organization's public spaces), across all pages. It needs
// spark:rooms_read. The title of a 1:1 space is the other person's name.
//
// Endpoint: GET /rooms
// See https://developer.webex.com/docs/api/v1/rooms/list-rooms.
func (s *Service) List(ctx context.Context, p *ListParams) iter.Seq2[*Room, error] {
	if err := p.validate(); err != nil {
		return httpx.Fail[Room](err)
	}
	return httpx.List[Room](ctx, s.core(), s.listRequest(p))
}

// ListPage returns one page of spaces: the first when pageURL is empty,
// otherwise the page at pageURL, a NextURL from an earlier page.
//
// Endpoint: GET /rooms
func (s *Service) ListPage(ctx context.Context, p *ListParams, pageURL string) (*Page, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.GetPage[Room](ctx, s.core(), s.listRequest(p), pageURL)
}

// Create creates a group space and makes the caller a member. It needs
// spark:rooms_write. Bots cannot classify a space as they create it. A
// failed Create is not retried once Webex may have received it.
//
// Endpoint: POST /rooms
// See https://developer.webex.com/docs/api/v1/rooms/create-a-room.
func (s *Service) Create(ctx context.Context, p *CreateParams) (*Room, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.Call[Room](ctx, s.core(), &httpx.Request{Method: http.MethodPost, Pattern: "/rooms", Body: p})
}

// Get returns a space by id. It needs spark:rooms_read.
//
// Endpoint: GET /rooms/{roomId}
// See https://developer.webex.com/docs/api/v1/rooms/get-room-details.
func (s *Service) Get(ctx context.Context, roomID string) (*Room, error) {
	return httpx.Call[Room](ctx, s.core(), &httpx.Request{Method: http.MethodGet, Pattern: "/rooms/{roomId}", Params: []string{roomID}})
}

// GetMeetingInfo returns how to join a space's Webex meeting: its link, SIP
// address, meeting number and dial-in numbers. It needs spark:rooms_read.
//
// Endpoint: GET /rooms/{roomId}/meetingInfo
// See https://developer.webex.com/docs/api/v1/rooms/get-room-meeting-details.
//
// Deprecated: Webex has retired this endpoint (end of life 31 January
// 2025). Schedule a meeting with the meetings API, which gives its SIP
// address.
func (s *Service) GetMeetingInfo(ctx context.Context, roomID string) (*MeetingInfo, error) {
	return httpx.Call[MeetingInfo](ctx, s.core(), &httpx.Request{Method: http.MethodGet, Pattern: "/rooms/{roomId}/meetingInfo", Params: []string{roomID}})
}

// Update changes a space: its title, description, lock, announcement mode,
// visibility, classification or team. It needs spark:rooms_write. Title is
// required even when unchanged.
//
// Endpoint: PUT /rooms/{roomId}
// See https://developer.webex.com/docs/api/v1/rooms/update-a-room.
func (s *Service) Update(ctx context.Context, roomID string, p *UpdateParams) (*Room, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.Call[Room](ctx, s.core(), &httpx.Request{Method: http.MethodPut, Pattern: "/rooms/{roomId}", Params: []string{roomID}, Body: p})
}

// Delete deletes a space for good. When the caller is not a moderator,
// Webex removes the caller from the space instead; a team's space is
// archived. It needs spark:rooms_write.
//
// Endpoint: DELETE /rooms/{roomId}
// See https://developer.webex.com/docs/api/v1/rooms/delete-a-room.
func (s *Service) Delete(ctx context.Context, roomID string) error {
	_, err := s.core().Do(ctx, &httpx.Request{Method: http.MethodDelete, Pattern: "/rooms/{roomId}", Params: []string{roomID}}, nil)
	return err
}
