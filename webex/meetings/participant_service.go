package meetings

import (
	"context"
	"iter"
	"net/http"

	"github.com/gowebex/sdk/internal/httpx"
	"github.com/gowebex/sdk/webex/api"
)

// ParticipantService is the meeting participants API. Get one from
// webex.Client.MeetingParticipants.
//
// A ParticipantService is a view of the client it came from; the zero value is not
// usable and fails every call with an error.
type ParticipantService httpx.Client

func (s *ParticipantService) core() *httpx.Client { return (*httpx.Client)(s) }

// ParticipantPage is one page of participants and the link to the next.
type ParticipantPage = api.Page[Participant]

func (s *ParticipantService) listRequest(p *ParticipantListParams) *httpx.Request {
	return &httpx.Request{Method: http.MethodGet, Pattern: "/meetingParticipants", Query: httpx.Query(p), Header: header("timezone", p.Timezone)}
}

// List returns the participants of a meeting, across all pages. The
// caller must be the host or an admin with
// meeting:admin_participants_read; it needs meeting:participants_read.
//
// Endpoint: GET /meetingParticipants
// See https://developer.webex.com/docs/api/v1/meeting-participants/list-meeting-participants.
func (s *ParticipantService) List(ctx context.Context, p *ParticipantListParams) iter.Seq2[*Participant, error] {
	if err := p.validate(); err != nil {
		return httpx.Fail[Participant](err)
	}
	return httpx.List[Participant](ctx, s.core(), s.listRequest(p))
}

// ListPage returns one page of participants: the first when pageURL is
// empty, otherwise the page at pageURL, a NextURL from an earlier page.
//
// Endpoint: GET /meetingParticipants
// See https://developer.webex.com/docs/api/v1/meeting-participants/list-meeting-participants.
func (s *ParticipantService) ListPage(ctx context.Context, p *ParticipantListParams, pageURL string) (*ParticipantPage, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.GetPage[Participant](ctx, s.core(), s.listRequest(p), pageURL)
}

// QueryByEmail returns the participants of a meeting with the given
// emails. It needs meeting:participants_read.
//
// Endpoint: POST /meetingParticipants/query
// See https://developer.webex.com/docs/api/v1/meeting-participants/query-meeting-participants-with-email.
func (s *ParticipantService) QueryByEmail(ctx context.Context, p *ParticipantQueryParams) iter.Seq2[*Participant, error] {
	if err := p.validate(); err != nil {
		return httpx.Fail[Participant](err)
	}
	return httpx.List[Participant](ctx, s.core(), &httpx.Request{Method: http.MethodPost, Pattern: "/meetingParticipants/query", Query: httpx.Query(p), Body: p, Header: header("timezone", p.Timezone)})
}

// Get returns a participant by id. It needs meeting:participants_read.
//
// Endpoint: GET /meetingParticipants/{participantId}
// See https://developer.webex.com/docs/api/v1/meeting-participants/get-meeting-participant-details.
func (s *ParticipantService) Get(ctx context.Context, participantID string, p *HostParams) (*Participant, error) {
	return httpx.Call[Participant](ctx, s.core(), &httpx.Request{Method: http.MethodGet, Pattern: "/meetingParticipants/{participantId}", Params: []string{participantID}, Query: httpx.Query(p)})
}

// Update mutes, unmutes, admits or expels a participant of a meeting in
// progress. It needs meeting:participants_write.
//
// Endpoint: PUT /meetingParticipants/{participantId}
// See https://developer.webex.com/docs/api/v1/meeting-participants/update-a-participant.
func (s *ParticipantService) Update(ctx context.Context, participantID string, p *ParticipantUpdateParams) (*Participant, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.Call[Participant](ctx, s.core(), &httpx.Request{Method: http.MethodPut, Pattern: "/meetingParticipants/{participantId}", Params: []string{participantID}, Body: p})
}

// Admit lets up to 100 participants of one meeting in from the lobby. It
// needs meeting:participants_write.
//
// Endpoint: POST /meetingParticipants/admit
// See https://developer.webex.com/docs/api/v1/meeting-participants/admit-participants.
func (s *ParticipantService) Admit(ctx context.Context, items []AdmitItem) error {
	if err := validateAdmit(items); err != nil {
		return err
	}
	body := struct {
		Items []AdmitItem `json:"items"`
	}{items}
	_, err := s.core().Do(ctx, &httpx.Request{Method: http.MethodPost, Pattern: "/meetingParticipants/admit", Body: body}, nil)
	return err
}
