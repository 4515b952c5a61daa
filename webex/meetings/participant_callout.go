package meetings

import (
	"context"
	"net/http"
	"strings"

	"github.com/gowebex/sdk/internal/httpx"
)

// CallOutParams calls a SIP device into a meeting. MeetingID or
// MeetingNumber (one of them), Address and DisplayName are required.
type CallOutParams struct {
	MeetingID     string `json:"meetingId,omitempty"`
	MeetingNumber string `json:"meetingNumber,omitempty"`
	// Address is the SIP address to call, such as "room@example.com".
	Address string `json:"address"`
	// AddressType is [AddressTypeSIP] (the default when empty).
	AddressType AddressType `json:"addressType,omitempty"`
	// DisplayName is the name the participant appears under.
	DisplayName string `json:"displayName"`
	// InvitationCorrelationID is the caller's own id for the call; Webex
	// returns it with the participant.
	InvitationCorrelationID string `json:"invitationCorrelationId,omitempty"`
}

func (p *CallOutParams) validate() error {
	switch {
	case p == nil:
		return errNil("CallOutParams")
	case countSet(p.MeetingID, p.MeetingNumber) != 1:
		return invalid("CallOutParams needs exactly one of MeetingID and MeetingNumber")
	case strings.TrimSpace(p.Address) == "":
		return invalid("CallOutParams.Address is required")
	case strings.TrimSpace(p.DisplayName) == "":
		return invalid("CallOutParams.DisplayName is required")
	}
	return nil
}

// AddressType is the kind of address a call-out dials.
type AddressType string

// Address types.
const (
	AddressTypeSIP AddressType = "sipAddress"
)

// CallOut is a call to a SIP participant, as Webex returns it.
type CallOut struct {
	// ParticipantID names the participant being called; cancel the call
	// with it.
	ParticipantID           string      `json:"participantId"`
	InvitationCorrelationID string      `json:"invitationCorrelationId,omitempty"`
	MeetingNumber           string      `json:"meetingNumber,omitempty"`
	MeetingID               string      `json:"meetingId,omitempty"`
	Address                 string      `json:"address,omitempty"`
	AddressType             AddressType `json:"addressType,omitempty"`
	DisplayName             string      `json:"displayName,omitempty"`
	// State is [CallOutPending] while the device rings.
	State CallOutState `json:"state,omitempty"`
}

// CallOutState is the state of a call-out.
type CallOutState string

// Call-out states.
const (
	CallOutPending CallOutState = "pending"
)

// CallOut calls a SIP device into a meeting in progress; the device rings
// for up to 30 seconds. The caller must host or cohost the meeting and,
// unless it is a service app, be in it. It needs
// meeting:participants_write. A failed call is not retried once Webex may
// have received it.
//
// Endpoint: POST /meetingParticipants/callout
// See https://developer.webex.com/docs/api/v1/meeting-participants/call-out-a-sip-participant.
func (s *ParticipantService) CallOut(ctx context.Context, p *CallOutParams) (*CallOut, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	body := *p
	if body.AddressType == "" {
		body.AddressType = AddressTypeSIP
	}
	return httpx.Call[CallOut](ctx, s.core(), &httpx.Request{Method: http.MethodPost, Pattern: "/meetingParticipants/callout", Body: &body})
}

// CancelCallOut stops calling a SIP participant before the device stops
// ringing. It needs meeting:participants_write.
//
// Endpoint: POST /meetingParticipants/cancelCallout
// See https://developer.webex.com/docs/api/v1/meeting-participants/cancel-calling-out-a-sip-participant.
func (s *ParticipantService) CancelCallOut(ctx context.Context, participantID string) error {
	if participantID == "" {
		return invalid("participantId is required")
	}
	body := struct {
		ParticipantID string `json:"participantId"`
	}{participantID}
	_, err := s.core().Do(ctx, &httpx.Request{Method: http.MethodPost, Pattern: "/meetingParticipants/cancelCallout", Body: body}, nil)
	return err
}
