package meetings

import (
	"context"
	"net/http"
	"strings"

	"github.com/gowebex/sdk/internal/httpx"
)

// ShareParams shares a recording with people, or stops sharing it, by
// email ([RecordingService.Share]). Set AddEmails, RemoveEmails or both.
type ShareParams struct {
	// AddEmails are the people to share the recording with (at most 100).
	AddEmails []string `json:"addEmails,omitempty"`
	// RemoveEmails are the people to stop sharing it with (at most 100).
	RemoveEmails []string `json:"removeEmails,omitempty"`
	// SendEmail tells the people added by email (Webex's default: false).
	SendEmail *bool `json:"sendEmail,omitempty"`
	// HostEmail acts, with admin scopes, for the recording's host.
	HostEmail string `json:"hostEmail,omitempty"`
}

func (p *ShareParams) validate(name string) error {
	if p == nil {
		return errNil(name)
	}
	if len(p.AddEmails) == 0 && len(p.RemoveEmails) == 0 {
		return invalid(name + " needs AddEmails or RemoveEmails")
	}
	for _, list := range [][]string{p.AddEmails, p.RemoveEmails} {
		if len(list) > 100 {
			return invalid(name + ".AddEmails and RemoveEmails take at most 100 emails each")
		}
		for _, e := range list {
			if strings.TrimSpace(e) == "" {
				return invalid(name + " holds an empty email")
			}
		}
	}
	return nil
}

// ShareByLinkParams shares the recording behind a web share link
// ([RecordingService.ShareByLink]), as ShareParams does by id.
type ShareByLinkParams struct {
	// WebShareLink is the recording's share link, as the Webex app shows
	// it.
	WebShareLink string `json:"webShareLink"`
	ShareParams
}

// Share shares a recording of a meeting the caller hosted with people, or
// stops sharing it, by email. It needs meeting:recordings_write.
//
// Endpoint: POST /recordings/{recordingId}/accessList
// See https://developer.webex.com/docs/api/v1/recordings/share-a-recording.
func (s *RecordingService) Share(ctx context.Context, recordingID string, p *ShareParams) error {
	if err := p.validate("ShareParams"); err != nil {
		return err
	}
	_, err := s.core().Do(ctx, &httpx.Request{Method: http.MethodPost, Pattern: "/recordings/{recordingId}/accessList", Params: []string{recordingID}, Body: p}, nil)
	return err
}

// ShareByLink shares the recording behind a web share link with people, or
// stops sharing it, by email: for callers who have the link a person
// pasted rather than the recording's id. It needs meeting:recordings_write.
//
// Endpoint: POST /recordings/accessList
// See https://developer.webex.com/docs/api/v1/recordings/share-a-recording-link.
func (s *RecordingService) ShareByLink(ctx context.Context, p *ShareByLinkParams) error {
	if p == nil {
		return errNil("ShareByLinkParams")
	}
	if strings.TrimSpace(p.WebShareLink) == "" {
		return invalid("ShareByLinkParams.WebShareLink is required")
	}
	if err := p.ShareParams.validate("ShareByLinkParams"); err != nil {
		return err
	}
	_, err := s.core().Do(ctx, &httpx.Request{Method: http.MethodPost, Pattern: "/recordings/accessList", Body: p}, nil)
	return err
}
