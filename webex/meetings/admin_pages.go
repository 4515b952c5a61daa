package meetings

import (
	"context"
	"net/http"

	"github.com/gowebex/sdk/internal/httpx"
)

// The ListPage companions of the admin and query lists: every list is an
// iterator with a method that pages by hand and resumes from a NextURL.

// ListAdminPage returns one page of [Service.ListAdmin]: the first when
// pageURL is empty, otherwise the page at pageURL, a NextURL from an
// earlier page.
//
// Endpoint: GET /admin/meetings
// See https://developer.webex.com/docs/api/v1/meetings/list-meetings-by-an-admin.
func (s *Service) ListAdminPage(ctx context.Context, p *AdminListParams, pageURL string) (*Page, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.GetPage[Meeting](ctx, s.core(), adminListRequest(p), pageURL)
}

// ListAdminPage returns one page of [RecordingService.ListAdmin]: the
// first when pageURL is empty, otherwise the page at pageURL, a NextURL
// from an earlier page.
//
// Endpoint: GET /admin/recordings
// See https://developer.webex.com/docs/api/v1/recordings/list-recordings-for-an-admin-or-compliance-officer.
func (s *RecordingService) ListAdminPage(ctx context.Context, p *RecordingListParams, pageURL string) (*RecordingPage, error) {
	if err := p.validate(true); err != nil {
		return nil, err
	}
	return httpx.GetPage[Recording](ctx, s.core(), s.listRequest("/admin/recordings", p), pageURL)
}

// ListAdminPage returns one page of [TranscriptService.ListAdmin]: the
// first when pageURL is empty, otherwise the page at pageURL, a NextURL
// from an earlier page.
//
// Endpoint: GET /admin/meetingTranscripts
// See https://developer.webex.com/docs/api/v1/meeting-transcripts/list-meeting-transcripts-for-compliance-officer.
func (s *TranscriptService) ListAdminPage(ctx context.Context, p *TranscriptAdminListParams, pageURL string) (*TranscriptPage, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.GetPage[Transcript](ctx, s.core(), &httpx.Request{Method: http.MethodGet, Pattern: "/admin/meetingTranscripts", Query: httpx.Query(p)}, pageURL)
}

// ListAdminPage returns one page of [SummaryService.ListAdmin]: the first
// when pageURL is empty, otherwise the page at pageURL, a NextURL from an
// earlier page.
//
// Endpoint: GET /admin/meetingSummaries
// See https://developer.webex.com/docs/api/v1/meeting-summaries/get-summary-for-compliance-officer.
func (s *SummaryService) ListAdminPage(ctx context.Context, meetingID, pageURL string) (*SummaryPage, error) {
	if meetingID == "" {
		return nil, errNoMeetingID
	}
	return httpx.GetPage[Summary](ctx, s.core(), summaryRequest("/admin/meetingSummaries", meetingID), pageURL)
}

// QueryByEmailPage returns one page of [ParticipantService.QueryByEmail]:
// the first when pageURL is empty, otherwise the page at pageURL, a
// NextURL from an earlier page.
//
// Endpoint: POST /meetingParticipants/query
// See https://developer.webex.com/docs/api/v1/meeting-participants/query-meeting-participants-with-email.
func (s *ParticipantService) QueryByEmailPage(ctx context.Context, p *ParticipantQueryParams, pageURL string) (*ParticipantPage, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.GetPage[Participant](ctx, s.core(), &httpx.Request{Method: http.MethodPost, Pattern: "/meetingParticipants/query", Query: httpx.Query(p), Body: p, Header: header("timezone", p.Timezone)}, pageURL)
}
