package meetings

import (
	"context"

	"net/http"

	"github.com/gowebex/sdk/internal/httpx"
)

// SummaryService is the meeting summaries API. Get one from
// webex.Client.MeetingSummaries.
//
// A SummaryService is a view of the client it came from; the zero value is not
// usable and fails every call with an error.
type SummaryService httpx.Client

func (s *SummaryService) core() *httpx.Client { return (*httpx.Client)(s) }

// List returns the summaries of an ended meeting instance the caller may
// see (usually one; none when there is no summary). It needs
// meeting:summaries_read.
// See https://developer.webex.com/docs/api/v1/meeting-summaries/get-summary-by-meeting-id.
func (s *SummaryService) List(ctx context.Context, meetingID string) ([]Summary, error) {
	return s.list(ctx, "/meetingSummaries", meetingID)
}

// ListAdmin returns the available and deleted summaries of an ended
// meeting instance, for a compliance officer.
// See https://developer.webex.com/docs/api/v1/meeting-summaries/get-summary-for-compliance-officer.
func (s *SummaryService) ListAdmin(ctx context.Context, meetingID string) ([]Summary, error) {
	return s.list(ctx, "/admin/meetingSummaries", meetingID)
}

func (s *SummaryService) list(ctx context.Context, pattern, meetingID string) ([]Summary, error) {
	if meetingID == "" {
		return nil, errNoMeetingID
	}
	var out []Summary
	for sm, err := range httpx.List[Summary](ctx, s.core(), &httpx.Request{Method: http.MethodGet, Pattern: pattern, Query: httpx.Query(struct {
		MeetingID string `url:"meetingId"`
	}{meetingID})}) {
		if err != nil {
			return nil, err
		}
		out = append(out, *sm)
	}
	return out, nil
}

// Delete deletes a summary for good: hosts and attendees no longer see
// it. It needs meeting:summaries_write.
// See https://developer.webex.com/docs/api/v1/meeting-summaries/delete-a-summary.
func (s *SummaryService) Delete(ctx context.Context, summaryID string) error {
	_, err := s.core().Do(ctx, &httpx.Request{Method: http.MethodDelete, Pattern: "/meetingSummaries/{summaryId}", Params: []string{summaryID}}, nil)
	return err
}
