package meetings

import (
	"context"
	"iter"
	"net/http"

	"github.com/gowebex/sdk/internal/httpx"
	"github.com/gowebex/sdk/webex/api"
)

// SummaryService is the meeting summaries API. Get one from
// webex.Client.MeetingSummaries.
//
// A SummaryService is a view of the client it came from; the zero value is not
// usable and fails every call with an error.
type SummaryService httpx.Client

func (s *SummaryService) core() *httpx.Client { return (*httpx.Client)(s) }

// SummaryPage is one page of summaries and the link to the next.
type SummaryPage = api.Page[Summary]

func summaryRequest(pattern, meetingID string) *httpx.Request {
	return &httpx.Request{Method: http.MethodGet, Pattern: pattern, Query: httpx.Query(struct {
		MeetingID string `url:"meetingId"`
	}{meetingID})}
}

// List returns the summaries of an ended meeting instance the caller may
// see (usually one; none when there is no summary), across all pages. It
// needs meeting:summaries_read.
//
// Endpoint: GET /meetingSummaries
// See https://developer.webex.com/docs/api/v1/meeting-summaries/get-summary-by-meeting-id.
func (s *SummaryService) List(ctx context.Context, meetingID string) iter.Seq2[*Summary, error] {
	if meetingID == "" {
		return httpx.Fail[Summary](errNoMeetingID)
	}
	return httpx.List[Summary](ctx, s.core(), summaryRequest("/meetingSummaries", meetingID))
}

// ListPage returns one page of the summaries of an ended meeting
// instance: the first when pageURL is empty, otherwise the page at
// pageURL, a NextURL from an earlier page.
//
// Endpoint: GET /meetingSummaries
// See https://developer.webex.com/docs/api/v1/meeting-summaries/get-summary-by-meeting-id.
func (s *SummaryService) ListPage(ctx context.Context, meetingID, pageURL string) (*SummaryPage, error) {
	if meetingID == "" {
		return nil, errNoMeetingID
	}
	return httpx.GetPage[Summary](ctx, s.core(), summaryRequest("/meetingSummaries", meetingID), pageURL)
}

// ListAdmin returns the available and deleted summaries of an ended
// meeting instance, for a compliance officer, across all pages. It needs
// spark-compliance:meetings_read.
//
// Endpoint: GET /admin/meetingSummaries
// See https://developer.webex.com/docs/api/v1/meeting-summaries/get-summary-for-compliance-officer.
func (s *SummaryService) ListAdmin(ctx context.Context, meetingID string) iter.Seq2[*Summary, error] {
	if meetingID == "" {
		return httpx.Fail[Summary](errNoMeetingID)
	}
	return httpx.List[Summary](ctx, s.core(), summaryRequest("/admin/meetingSummaries", meetingID))
}

// Delete deletes a summary for good: hosts and attendees no longer see
// it. It needs meeting:summaries_write.
//
// Endpoint: DELETE /meetingSummaries/{summaryId}
// See https://developer.webex.com/docs/api/v1/meeting-summaries/delete-a-summary.
func (s *SummaryService) Delete(ctx context.Context, summaryID string) error {
	_, err := s.core().Do(ctx, &httpx.Request{Method: http.MethodDelete, Pattern: "/meetingSummaries/{summaryId}", Params: []string{summaryID}}, nil)
	return err
}
