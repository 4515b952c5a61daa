package meetings

import (
	"context"
	"iter"
	"net/http"
	"time"

	"github.com/gowebex/sdk/internal/httpx"
)

// GroupRecordingListParams selects the recordings of one person for a
// service app with group recording access. PersonID or HostEmail is
// required. From and To are sent as ISO 8601 in UTC.
type GroupRecordingListParams struct {
	// PersonID is the person whose recordings are listed.
	PersonID string `url:"personId"`
	// HostEmail is that person's email instead, sent in Webex's hostEmail
	// header.
	HostEmail      string          `url:"-"`
	From           time.Time       `url:"from"`
	To             time.Time       `url:"to"`
	SiteURL        string          `url:"siteUrl"`
	IntegrationTag string          `url:"integrationTag"`
	Topic          string          `url:"topic"`
	Format         RecordingFormat `url:"format"`
	ServiceType    ServiceType     `url:"serviceType"`
	// Max is the page size, 1 to 100.
	Max int `url:"max"`
	// Timezone is the IANA time zone of the answer's times, sent in
	// Webex's timezone header; empty: UTC.
	Timezone string `url:"-"`
}

func (p *GroupRecordingListParams) validate() error {
	if p == nil || (p.PersonID == "" && p.HostEmail == "") {
		return invalid("GroupRecordingListParams needs PersonID or HostEmail")
	}
	if err := checkRange("GroupRecordingListParams", "From", "To", p.From, p.To); err != nil {
		return err
	}
	return checkMax("GroupRecordingListParams", p.Max, 100)
}

// GroupRecordingGetParams names whose recording [RecordingService.GetGroup]
// reads: PersonID or HostEmail is required.
type GroupRecordingGetParams struct {
	PersonID string `url:"personId"`
	// HostEmail is sent in Webex's hostEmail header.
	HostEmail string `url:"-"`
	// Timezone is the IANA time zone of the answer's times, sent in
	// Webex's timezone header; empty: UTC.
	Timezone string `url:"-"`
}

func (s *RecordingService) groupListRequest(p *GroupRecordingListParams) *httpx.Request {
	return &httpx.Request{Method: http.MethodGet, Pattern: "/group/recordings", Query: httpx.Query(p), Header: header("timezone", p.Timezone, "hostEmail", p.HostEmail)}
}

// ListGroup returns the available recordings of one person, newest first,
// across all pages, for a service app with group recording access. It
// needs meeting:admin_recordings_read.
//
// Endpoint: GET /group/recordings
// See https://developer.webex.com/docs/api/v1/recordings/list-group-recordings.
func (s *RecordingService) ListGroup(ctx context.Context, p *GroupRecordingListParams) iter.Seq2[*Recording, error] {
	if err := p.validate(); err != nil {
		return httpx.Fail[Recording](err)
	}
	return httpx.List[Recording](ctx, s.core(), s.groupListRequest(p))
}

// ListGroupPage returns one page of [RecordingService.ListGroup]: the
// first when pageURL is empty, otherwise the page at pageURL, a NextURL
// from an earlier page.
//
// Endpoint: GET /group/recordings
// See https://developer.webex.com/docs/api/v1/recordings/list-group-recordings.
func (s *RecordingService) ListGroupPage(ctx context.Context, p *GroupRecordingListParams, pageURL string) (*RecordingPage, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.GetPage[Recording](ctx, s.core(), s.groupListRequest(p), pageURL)
}

// GetGroup returns a recording of one person, with its temporary direct
// download links, for a service app with group recording access. It needs
// meeting:admin_recordings_read.
//
// Endpoint: GET /group/recordings/{recordingId}
// See https://developer.webex.com/docs/api/v1/recordings/get-group-recording-details.
func (s *RecordingService) GetGroup(ctx context.Context, recordingID string, p *GroupRecordingGetParams) (*Recording, error) {
	if p == nil || (p.PersonID == "" && p.HostEmail == "") {
		return nil, invalid("GroupRecordingGetParams needs PersonID or HostEmail")
	}
	return httpx.Call[Recording](ctx, s.core(), &httpx.Request{
		Method: http.MethodGet, Pattern: "/group/recordings/{recordingId}", Params: []string{recordingID},
		Query: httpx.Query(p), Header: header("timezone", p.Timezone, "hostEmail", p.HostEmail),
	})
}
