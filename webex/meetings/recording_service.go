package meetings

import (
	"context"
	"iter"
	"net/http"

	"github.com/gowebex/sdk/internal/httpx"
	"github.com/gowebex/sdk/webex/api"
)

// RecordingService is the recordings API. Get one from
// webex.Client.Recordings.
//
// A RecordingService is a view of the client it came from; the zero value is not
// usable and fails every call with an error.
type RecordingService httpx.Client

func (s *RecordingService) core() *httpx.Client { return (*httpx.Client)(s) }

// RecordingPage is one page of recordings and the link to the next.
type RecordingPage = api.Page[Recording]

func (s *RecordingService) listRequest(pattern string, p *RecordingListParams) *httpx.Request {
	r := &httpx.Request{Method: http.MethodGet, Pattern: pattern, Query: httpx.Query(p)}
	if p != nil {
		r.Header = header("timezone", p.Timezone)
	}
	return r
}

// List returns the recordings of meetings the caller hosted or that were
// shared with the caller, newest first, across all pages. It needs
// meeting:recordings_read.
//
// Endpoint: GET /recordings
// See https://developer.webex.com/docs/api/v1/recordings/list-recordings.
func (s *RecordingService) List(ctx context.Context, p *RecordingListParams) iter.Seq2[*Recording, error] {
	if err := p.validate(false); err != nil {
		return httpx.Fail[Recording](err)
	}
	return httpx.List[Recording](ctx, s.core(), s.listRequest("/recordings", p))
}

// ListPage returns one page of recordings: the first when pageURL is
// empty, otherwise the page at pageURL, a NextURL from an earlier page.
//
// Endpoint: GET /recordings
// See https://developer.webex.com/docs/api/v1/recordings/list-recordings.
func (s *RecordingService) ListPage(ctx context.Context, p *RecordingListParams, pageURL string) (*RecordingPage, error) {
	if err := p.validate(false); err != nil {
		return nil, err
	}
	return httpx.GetPage[Recording](ctx, s.core(), s.listRequest("/recordings", p), pageURL)
}

// ListAdmin returns the recordings of the organization for an admin or
// compliance officer, across all pages; From and To may be at most 30
// days apart. It needs meeting:admin_recordings_read.
//
// Endpoint: GET /admin/recordings
// See https://developer.webex.com/docs/api/v1/recordings/list-recordings-for-an-admin-or-compliance-officer.
func (s *RecordingService) ListAdmin(ctx context.Context, p *RecordingListParams) iter.Seq2[*Recording, error] {
	if err := p.validate(true); err != nil {
		return httpx.Fail[Recording](err)
	}
	return httpx.List[Recording](ctx, s.core(), s.listRequest("/admin/recordings", p))
}

// Get returns a recording with its temporary direct download links. It
// needs meeting:recordings_read.
//
// Endpoint: GET /recordings/{recordingId}
// See https://developer.webex.com/docs/api/v1/recordings/get-recording-details.
func (s *RecordingService) Get(ctx context.Context, recordingID string, p *RecordingGetParams) (*Recording, error) {
	r := &httpx.Request{Method: http.MethodGet, Pattern: "/recordings/{recordingId}", Params: []string{recordingID}, Query: httpx.Query(p)}
	if p != nil {
		r.Header = header("timezone", p.Timezone, "siteUrl", p.SiteURL)
	}
	return httpx.Call[Recording](ctx, s.core(), r)
}

// Delete moves a recording to the recycle bin. Hosts may delete their own
// recordings; a compliance officer deleting another's gives a Reason. It
// needs meeting:recordings_write.
//
// Endpoint: DELETE /recordings/{recordingId}
// See https://developer.webex.com/docs/api/v1/recordings/delete-a-recording.
func (s *RecordingService) Delete(ctx context.Context, recordingID string, p *RecordingDeleteParams) error {
	if err := p.validate(); err != nil {
		return err
	}
	r := &httpx.Request{Method: http.MethodDelete, Pattern: "/recordings/{recordingId}", Params: []string{recordingID}, Query: httpx.Query(p)}
	if p != nil && (p.Reason != "" || p.Comment != "") {
		r.Body = p
	}
	_, err := s.core().Do(ctx, r, nil)
	return err
}
