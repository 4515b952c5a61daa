// Package meetings schedules and manages Webex meetings and what they
// leave behind: invitees, participants, recordings, transcripts and AI
// summaries.
//
// Use it through a client: client.Meetings.Create(ctx, …),
// client.MeetingInvitees, client.MeetingParticipants, client.Recordings,
// client.Transcripts and client.MeetingSummaries. Times go in and
// come out as time.Time; the SDK formats them as Webex expects. See
// https://developer.webex.com/docs/meetings.
package meetings

import (
	"context"
	"iter"
	"net/http"

	"github.com/gowebex/sdk/internal/httpx"
	"github.com/gowebex/sdk/webex/api"
)

// Service is the meetings API. Get one from webex.Client.Meetings.
//
// A Service is a view of the client it came from; the zero value is not
// usable and fails every call with an error.
type Service httpx.Client

func (s *Service) core() *httpx.Client { return (*httpx.Client)(s) }

// Page is one page of meetings and the link to the next.
type Page = api.Page[Meeting]

func (s *Service) listRequest(p *ListParams) *httpx.Request {
	r := &httpx.Request{Method: http.MethodGet, Pattern: "/meetings", Query: httpx.Query(p)}
	if p != nil {
		r.Header = header("password", p.Password, "timezone", p.Timezone)
	}
	return r
}

// List returns meetings across all pages: by default the caller's meeting
// series; with ListParams.MeetingType or MeetingSeriesID, scheduled
// meetings or instances. It needs meeting:schedules_read (or
// meeting:admin_schedule_read with HostEmail).
//
// Endpoint: GET /meetings
// See https://developer.webex.com/docs/api/v1/meetings/list-meetings.
func (s *Service) List(ctx context.Context, p *ListParams) iter.Seq2[*Meeting, error] {
	if err := p.validate(); err != nil {
		return httpx.Fail[Meeting](err)
	}
	return httpx.List[Meeting](ctx, s.core(), s.listRequest(p))
}

// ListPage returns one page of meetings: the first when pageURL is empty,
// otherwise the page at pageURL, a NextURL from an earlier page.
//
// Endpoint: GET /meetings
// See https://developer.webex.com/docs/api/v1/meetings/list-meetings.
func (s *Service) ListPage(ctx context.Context, p *ListParams, pageURL string) (*Page, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.GetPage[Meeting](ctx, s.core(), s.listRequest(p), pageURL)
}

// Create schedules a meeting, a recurring series (with Recurrence) or the
// ad-hoc meeting of a space, and invites the invitees. It needs
// meeting:schedules_write. A failed Create is not retried once Webex may
// have received it.
//
// Endpoint: POST /meetings
// See https://developer.webex.com/docs/api/v1/meetings/create-a-meeting.
func (s *Service) Create(ctx context.Context, p *CreateParams) (*Meeting, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.Call[Meeting](ctx, s.core(), &httpx.Request{Method: http.MethodPost, Pattern: "/meetings", Body: p})
}

// Get returns a meeting series, scheduled meeting or meeting instance by
// id. It needs meeting:schedules_read.
//
// Endpoint: GET /meetings/{meetingId}
// See https://developer.webex.com/docs/api/v1/meetings/get-a-meeting.
func (s *Service) Get(ctx context.Context, meetingID string, p *GetParams) (*Meeting, error) {
	r := &httpx.Request{Method: http.MethodGet, Pattern: "/meetings/{meetingId}", Params: []string{meetingID}, Query: httpx.Query(p)}
	if p != nil {
		r.Header = header("password", p.Password, "timezone", p.Timezone)
	}
	return httpx.Call[Meeting](ctx, s.core(), r)
}

// Update replaces a meeting series or scheduled meeting (PUT): settings
// not given go back to their defaults. It needs meeting:schedules_write.
// Webex is retiring PUT in favour of [Service.Patch].
//
// Endpoint: PUT /meetings/{meetingId}
// See https://developer.webex.com/docs/api/v1/meetings/update-a-meeting.
func (s *Service) Update(ctx context.Context, meetingID string, p *UpdateParams) (*Meeting, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.Call[Meeting](ctx, s.core(), &httpx.Request{Method: http.MethodPut, Pattern: "/meetings/{meetingId}", Params: []string{meetingID}, Body: p})
}

// Patch changes only the given settings of a meeting series or scheduled
// meeting: fields left nil or zero in p are not sent, and Agenda,
// Recurrence and TrackingCodes can be cleared (see [PatchParams]). It needs
// meeting:schedules_write.
//
// The body is a JSON merge patch (an object with the fields to change,
// null to clear) sent as application/json. Cisco's OpenAPI spec names the
// media type application/json-patch+json, but that type is RFC 6902's list
// of operations, which this endpoint does not take; Webex's own samples
// and Cisco's Python SDK (wxc_sdk) send the object as application/json.
//
// Endpoint: PATCH /meetings/{meetingId}
// See https://developer.webex.com/docs/api/v1/meetings/patch-a-meeting.
func (s *Service) Patch(ctx context.Context, meetingID string, p *PatchParams) (*Meeting, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.Call[Meeting](ctx, s.core(), &httpx.Request{Method: http.MethodPatch, Pattern: "/meetings/{meetingId}", Params: []string{meetingID}, Body: p})
}

// Delete cancels a meeting series or scheduled meeting and, unless
// DeleteParams.SendEmail is false, emails the host and invitees. It needs
// meeting:schedules_write.
//
// Endpoint: DELETE /meetings/{meetingId}
// See https://developer.webex.com/docs/api/v1/meetings/delete-a-meeting.
func (s *Service) Delete(ctx context.Context, meetingID string, p *DeleteParams) error {
	_, err := s.core().Do(ctx, &httpx.Request{Method: http.MethodDelete, Pattern: "/meetings/{meetingId}", Params: []string{meetingID}, Query: httpx.Query(p)}, nil)
	return err
}

// Join returns a link to join a meeting and, for its host or cohosts, a
// link to start it. It needs meeting:schedules_read.
//
// Endpoint: POST /meetings/join
// See https://developer.webex.com/docs/api/v1/meetings/join-a-meeting.
func (s *Service) Join(ctx context.Context, p *JoinParams) (*JoinLink, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.Call[JoinLink](ctx, s.core(), &httpx.Request{Method: http.MethodPost, Pattern: "/meetings/join", Body: joinBody{JoinParams: p}})
}

// End ends a meeting that is in progress: the current occurrence of a
// series, or the given scheduled meeting. It needs meeting:schedules_write.
//
// Endpoint: POST /meetings/{meetingId}/end
// See https://developer.webex.com/docs/api/v1/meetings/end-a-meeting.
func (s *Service) End(ctx context.Context, meetingID string, p *EndParams) error {
	if p == nil {
		p = &EndParams{}
	}
	_, err := s.core().Do(ctx, &httpx.Request{Method: http.MethodPost, Pattern: "/meetings/{meetingId}/end", Params: []string{meetingID}, Body: p}, nil)
	return err
}

// ListTemplates returns the meeting templates of a site. It needs
// meeting:schedules_read.
//
// Endpoint: GET /meetings/templates
// See https://developer.webex.com/docs/api/v1/meetings/list-meeting-templates.
func (s *Service) ListTemplates(ctx context.Context, p *TemplateListParams) iter.Seq2[*Template, error] {
	return httpx.List[Template](ctx, s.core(), &httpx.Request{Method: http.MethodGet, Pattern: "/meetings/templates", Query: httpx.Query(p)})
}

// GetTemplate returns a meeting template with its settings. It needs
// meeting:schedules_read.
//
// Endpoint: GET /meetings/templates/{templateId}
// See https://developer.webex.com/docs/api/v1/meetings/get-a-meeting-template.
func (s *Service) GetTemplate(ctx context.Context, templateID string, p *TemplateGetParams) (*Template, error) {
	r := &httpx.Request{Method: http.MethodGet, Pattern: "/meetings/templates/{templateId}", Params: []string{templateID}, Query: httpx.Query(p)}
	if p != nil {
		r.Header = header("timezone", p.Timezone)
	}
	return httpx.Call[Template](ctx, s.core(), r)
}
