package meetings

import (
	"context"
	"net/http"

	"github.com/gowebex/sdk/internal/httpx"
)

// Controls are the state of a live meeting that its host controls:
// whether it is locked and whether it is being recorded.
type Controls struct {
	// Locked keeps out anyone not already in the meeting (people not
	// invited wait in the lobby).
	Locked bool `json:"locked"`
	// RecordingStarted reports a recording in progress, RecordingPaused
	// one that is paused.
	RecordingStarted bool `json:"recordingStarted"`
	RecordingPaused  bool `json:"recordingPaused"`
}

// ControlsUpdateParams changes the controls of a live meeting: set the
// fields to change. RecordingStarted true starts recording and false stops
// it; RecordingPaused pauses and resumes it.
type ControlsUpdateParams struct {
	Locked           *bool `json:"locked,omitempty"`
	RecordingStarted *bool `json:"recordingStarted,omitempty"`
	RecordingPaused  *bool `json:"recordingPaused,omitempty"`
}

func (p *ControlsUpdateParams) validate() error {
	if p == nil || (p.Locked == nil && p.RecordingStarted == nil && p.RecordingPaused == nil) {
		return invalid("ControlsUpdateParams sets no field")
	}
	return nil
}

func controlsRequest(method, meetingID string) *httpx.Request {
	return &httpx.Request{Method: method, Pattern: "/meetings/controls", Query: httpx.Query(struct {
		MeetingID string `url:"meetingId"`
	}{meetingID})}
}

// GetControls returns whether a meeting in progress is locked and being
// recorded. It needs meeting:controls_read.
//
// Endpoint: GET /meetings/controls
// See https://developer.webex.com/docs/api/v1/meetings/get-meeting-control-status.
func (s *Service) GetControls(ctx context.Context, meetingID string) (*Controls, error) {
	if meetingID == "" {
		return nil, errNoMeetingID
	}
	return httpx.Call[Controls](ctx, s.core(), controlsRequest(http.MethodGet, meetingID))
}

// UpdateControls locks or unlocks a meeting in progress, and starts,
// pauses, resumes or stops its recording; it returns the controls as they
// are then. The caller must host or cohost the meeting. It needs
// meeting:controls_write.
//
// Endpoint: PUT /meetings/controls
// See https://developer.webex.com/docs/api/v1/meetings/update-meeting-control-status.
func (s *Service) UpdateControls(ctx context.Context, meetingID string, p *ControlsUpdateParams) (*Controls, error) {
	if meetingID == "" {
		return nil, errNoMeetingID
	}
	if err := p.validate(); err != nil {
		return nil, err
	}
	r := controlsRequest(http.MethodPut, meetingID)
	r.Body = p
	return httpx.Call[Controls](ctx, s.core(), r)
}
