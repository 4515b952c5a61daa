package meetings

import (
	"context"
	"fmt"
	"iter"
	"net/http"
	"strconv"
	"strings"

	"github.com/gowebex/sdk/internal/httpx"
)

// AdminListParams finds meetings of the caller's sites for an admin, by
// MeetingNumber or WebLink (exactly one).
type AdminListParams struct {
	MeetingNumber string `url:"meetingNumber"`
	// WebLink is the meeting's WebLink (the SDK URL-encodes it).
	WebLink string `url:"webLink"`
	// Current returns the current scheduled meeting of a series rather
	// than the series.
	Current *bool `url:"current"`
	// Timezone is the IANA time zone of the answer's times, sent in
	// Webex's timezone header; empty: UTC.
	Timezone string `url:"-"`
}

func (p *AdminListParams) validate() error {
	if p == nil || countSet(p.MeetingNumber, p.WebLink) != 1 {
		return invalid("AdminListParams needs exactly one of MeetingNumber and WebLink")
	}
	return nil
}

// AdminGetParams are the options of [Service.GetAdmin]. A nil
// *AdminGetParams gets the meeting as it is, with times in UTC.
type AdminGetParams struct {
	// Current, for a series, returns its current scheduled meeting.
	Current *bool `url:"current"`
	// Timezone is the IANA time zone of the answer's times, sent in
	// Webex's timezone header; empty: UTC.
	Timezone string `url:"-"`
}

func adminListRequest(p *AdminListParams) *httpx.Request {
	return &httpx.Request{Method: http.MethodGet, Pattern: "/admin/meetings", Query: httpx.Query(p), Header: header("timezone", p.Timezone)}
}

// ListAdmin returns, for an admin, the meetings of a site the caller
// manages that have a meeting number or web link, whoever hosts them.
// Webex hides their passwords, links and registration. It needs
// meeting:admin_schedule_read.
//
// Endpoint: GET /admin/meetings
// See https://developer.webex.com/docs/api/v1/meetings/list-meetings-by-an-admin.
func (s *Service) ListAdmin(ctx context.Context, p *AdminListParams) iter.Seq2[*Meeting, error] {
	if err := p.validate(); err != nil {
		return httpx.Fail[Meeting](err)
	}
	return httpx.List[Meeting](ctx, s.core(), adminListRequest(p))
}

// GetAdmin returns, for an admin, a meeting of a site the caller manages,
// whoever hosts it. Webex hides its passwords, links and registration. It
// needs meeting:admin_schedule_read.
//
// Endpoint: GET /admin/meetings/{meetingId}
// See https://developer.webex.com/docs/api/v1/meetings/get-a-meeting-by-an-admin.
func (s *Service) GetAdmin(ctx context.Context, meetingID string, p *AdminGetParams) (*Meeting, error) {
	r := &httpx.Request{Method: http.MethodGet, Pattern: "/admin/meetings/{meetingId}", Params: []string{meetingID}, Query: httpx.Query(p)}
	if p != nil {
		r.Header = header("timezone", p.Timezone)
	}
	return httpx.Call[Meeting](ctx, s.core(), r)
}

// ReassignHostParams gives meetings of one site to a new host.
type ReassignHostParams struct {
	// HostEmail is the new host.
	HostEmail string `json:"hostEmail"`
	// MeetingIDs are meeting series or scheduled meetings (at most 100).
	MeetingIDs []string `json:"meetingIds"`
	// SiteURL is the meetings' site, sent in Webex's siteUrl header;
	// empty: the admin's preferred site.
	SiteURL string `json:"-"`
}

func (p *ReassignHostParams) validate() error {
	switch {
	case p == nil:
		return errNil("ReassignHostParams")
	case strings.TrimSpace(p.HostEmail) == "":
		return invalid("ReassignHostParams.HostEmail is required")
	case len(p.MeetingIDs) == 0:
		return invalid("ReassignHostParams.MeetingIDs is required")
	case len(p.MeetingIDs) > 100:
		return invalid("ReassignHostParams.MeetingIDs takes at most 100 ids")
	}
	for _, id := range p.MeetingIDs {
		if id == "" {
			return invalid("ReassignHostParams.MeetingIDs holds an empty id")
		}
	}
	return nil
}

// ReassignResult is what [Service.ReassignHost] did: when some meetings
// could not be reassigned (Webex's 207), Items says what happened to each
// meeting; when all were (204), Items is empty.
type ReassignResult struct {
	Items []ReassignItem `json:"items,omitempty"`
}

// Failed returns the items whose meeting was not reassigned.
func (r *ReassignResult) Failed() []ReassignItem {
	var out []ReassignItem
	for _, it := range r.Items {
		if it.HTTPStatus < 200 || it.HTTPStatus > 299 {
			out = append(out, it)
		}
	}
	return out
}

// ReassignItem is the outcome for one meeting of a reassignment.
type ReassignItem struct {
	MeetingID string `json:"meetingId"`
	// HTTPStatus is the status of this meeting's reassignment, such as
	// 200 or 404.
	HTTPStatus HTTPStatus `json:"httpStatus"`
	Message    string     `json:"message,omitempty"`
	// Errors explain a failure.
	Errors []ReassignError `json:"errors,omitempty"`
}

// HTTPStatus is an HTTP status code that Webex may send as a number or as
// a string (Cisco's spec says string, its example a number).
type HTTPStatus int

// UnmarshalJSON takes 404 and "404".
func (h *HTTPStatus) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	if s == "" || s == "null" {
		*h = 0
		return nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return fmt.Errorf("meetings: httpStatus %s is not a status code", b)
	}
	*h = HTTPStatus(n)
	return nil
}

// ReassignError is one reason a meeting was not reassigned.
type ReassignError struct {
	Description string `json:"description"`
}

// ReassignHost makes HostEmail the host of the meetings given, for an
// admin of their site. Meetings that could not be reassigned are listed in
// the result, not returned as an error. It needs
// meeting:admin_schedule_write. A failed call is not retried once Webex may
// have received it.
//
// Endpoint: POST /meetings/reassignHost
// See https://developer.webex.com/docs/api/v1/meetings/reassign-meetings-to-a-new-host.
func (s *Service) ReassignHost(ctx context.Context, p *ReassignHostParams) (*ReassignResult, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	out := &ReassignResult{}
	if _, err := s.core().Do(ctx, &httpx.Request{Method: http.MethodPost, Pattern: "/meetings/reassignHost", Body: p, Header: header("siteUrl", p.SiteURL)}, out); err != nil {
		return nil, err
	}
	return out, nil
}
