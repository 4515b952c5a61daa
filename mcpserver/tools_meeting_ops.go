package mcpserver

import (
	"context"
	"fmt"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/meetings"
)

// Tools for the operations the SDK added for issue 11 that an agent uses
// in a meeting or after it: lock and record a live meeting, call a SIP
// device in, share a recording and bring one back from the recycle bin.

// Scopes of meeting controls (the SDK's scope list has no constant yet).
const (
	ScopeMeetingControlsRead  = "meeting:controls_read"
	ScopeMeetingControlsWrite = "meeting:controls_write"
)

// LiveMeetingInput names a meeting in progress.
type LiveMeetingInput struct {
	MeetingID string `json:"meetingId" jsonschema:"the meeting in progress (an instance, or its series or scheduled meeting)"`
}

// ControlsUpdateInput is the input of meeting_controls_update.
type ControlsUpdateInput struct {
	MeetingID        string `json:"meetingId" jsonschema:"the meeting in progress"`
	Locked           *bool  `json:"locked,omitempty" jsonschema:"lock (true) or unlock (false) the meeting"`
	RecordingStarted *bool  `json:"recordingStarted,omitempty" jsonschema:"start (true) or stop (false) recording"`
	RecordingPaused  *bool  `json:"recordingPaused,omitempty" jsonschema:"pause (true) or resume (false) the recording"`
}

// CallOutInput is the input of meeting_participants_call_out.
type CallOutInput struct {
	MeetingID   string `json:"meetingId" jsonschema:"the meeting in progress"`
	Address     string `json:"address" jsonschema:"the SIP address to call, such as room@example.com"`
	DisplayName string `json:"displayName" jsonschema:"the name the device appears under"`
}

// RecordingShareInput is the input of recordings_share.
type RecordingShareInput struct {
	RecordingID  string   `json:"recordingId" jsonschema:"the recording id"`
	AddEmails    []string `json:"addEmails,omitempty" jsonschema:"people to share it with, by email (at most 100)"`
	RemoveEmails []string `json:"removeEmails,omitempty" jsonschema:"people to stop sharing it with, by email (at most 100)"`
	SendEmail    bool     `json:"sendEmail,omitempty" jsonschema:"email the people added"`
}

func controlsSummary(c meetings.Controls) string {
	return fmt.Sprintf("locked %t, recording %t, paused %t", c.Locked, c.RecordingStarted, c.RecordingPaused)
}

// meetingOpsTools are the tools of the meeting_details toolset added with
// controls and call-outs.
func meetingOpsTools() []tool {
	return []tool{
		&spec[LiveMeetingInput, meetings.Controls]{
			name: "meeting_controls_get", title: "Get a live meeting's controls", cap: CapMeetings, level: Read, kind: kindRead,
			scopes: []string{ScopeMeetingControlsRead},
			desc:   "Tell whether a meeting in progress is locked and whether it is being recorded (or paused).",
			verb:   "read", past: "read",
			object: func(c *call, in *LiveMeetingInput) string {
				return "the controls of " + c.ref("meetingId", "meeting", in.MeetingID)
			},
			run: func(ctx context.Context, c *call, in *LiveMeetingInput) (meetings.Controls, error) {
				ct, err := c.client().Meetings.GetControls(ctx, in.MeetingID)
				if err != nil {
					return meetings.Controls{}, err
				}
				return *ct, nil
			},
			summary: controlsSummary,
		},
		&spec[ControlsUpdateInput, meetings.Controls]{
			name: "meeting_controls_update", title: "Lock a live meeting or drive its recording", cap: CapMeetings, level: Write, kind: kindUpdate,
			scopes: []string{ScopeMeetingControlsWrite},
			desc: "Lock or unlock a meeting in progress, and start, pause, resume or stop its recording; only the fields given change. " +
				"Host or cohost only. Returns the controls as they are then.",
			verb: "change", past: "changed",
			object: func(c *call, in *ControlsUpdateInput) string {
				return "the controls of " + c.ref("meetingId", "meeting", in.MeetingID)
			},
			run: func(ctx context.Context, c *call, in *ControlsUpdateInput) (meetings.Controls, error) {
				ct, err := c.client().Meetings.UpdateControls(ctx, in.MeetingID, &meetings.ControlsUpdateParams{
					Locked: in.Locked, RecordingStarted: in.RecordingStarted, RecordingPaused: in.RecordingPaused,
				})
				if err != nil {
					return meetings.Controls{}, err
				}
				return *ct, nil
			},
			summary: controlsSummary,
		},
		&spec[CallOutInput, meetings.CallOut]{
			name: "meeting_participants_call_out", title: "Call a SIP device into a meeting", cap: CapMeetings, level: Write, kind: kindAction,
			scopes: []string{webex.ScopeMeetingParticipantsWrite},
			desc: "Call a video device or SIP address into a meeting in progress; it rings for up to 30 seconds. " +
				"Host or cohost only. Returns the participantId, which meeting_participants_cancel_call_out takes.",
			verb: "call", past: "called",
			object: func(c *call, in *CallOutInput) string {
				return in.Address + " into " + c.ref("meetingId", "meeting", in.MeetingID)
			},
			run: func(ctx context.Context, c *call, in *CallOutInput) (meetings.CallOut, error) {
				co, err := c.client().MeetingParticipants.CallOut(ctx, &meetings.CallOutParams{MeetingID: in.MeetingID, Address: in.Address, DisplayName: in.DisplayName})
				if err != nil {
					return meetings.CallOut{}, err
				}
				return *co, nil
			},
			summary: func(co meetings.CallOut) string { return "calling " + co.Address + " (" + string(co.State) + ")" },
		},
		&spec[ParticipantIDInput, Done]{
			name: "meeting_participants_cancel_call_out", title: "Cancel a SIP call-out", cap: CapMeetings, level: Write, kind: kindAction,
			scopes: []string{webex.ScopeMeetingParticipantsWrite},
			desc:   "Stop calling a SIP device into a meeting before it answers (the participantId from meeting_participants_call_out).",
			verb:   "cancel", past: "cancelled",
			object: func(c *call, in *ParticipantIDInput) string {
				return "the call-out " + c.ref("participantId", "participant", in.ParticipantID)
			},
			run: func(ctx context.Context, c *call, in *ParticipantIDInput) (Done, error) {
				if err := c.client().MeetingParticipants.CancelCallOut(ctx, in.ParticipantID); err != nil {
					return Done{}, err
				}
				return Done{OK: true, Message: "cancelled the call-out " + in.ParticipantID}, nil
			},
			summary: func(d Done) string { return d.Message },
		},
	}
}

// recordingOpsTools are the tools of the recordings toolset added with
// sharing and the recycle bin.
func recordingOpsTools() []tool {
	write := []string{webex.ScopeMeetingRecordingsWrite}
	return []tool{
		&spec[RecordingShareInput, Done]{
			name: "recordings_share", title: "Share a recording", cap: CapRecordings, level: Write, kind: kindUpdate, scopes: write,
			desc: "Share one of the agent's meeting recordings with people by email, or stop sharing it with some.",
			verb: "share", past: "shared",
			object: func(c *call, in *RecordingShareInput) string {
				return c.ref("recordingId", "recording", in.RecordingID)
			},
			run: func(ctx context.Context, c *call, in *RecordingShareInput) (Done, error) {
				p := &meetings.ShareParams{AddEmails: in.AddEmails, RemoveEmails: in.RemoveEmails}
				if in.SendEmail {
					p.SendEmail = webex.Ptr(true)
				}
				if err := c.client().Recordings.Share(ctx, in.RecordingID, p); err != nil {
					return Done{}, err
				}
				return Done{OK: true, Message: fmt.Sprintf("shared recording %s with %d, unshared with %d", in.RecordingID, len(in.AddEmails), len(in.RemoveEmails))}, nil
			},
			summary: func(d Done) string { return d.Message },
		},
		&spec[RecordingIDInput, Done]{
			name: "recordings_restore", title: "Restore a recording from the recycle bin", cap: CapRecordings, level: Write, kind: kindUpdate, scopes: write,
			desc: "Bring a recording the agent deleted (recordings_delete) back from the recycle bin.",
			verb: "restore", past: "restored",
			object: func(c *call, in *RecordingIDInput) string { return c.ref("recordingId", "recording", in.RecordingID) },
			run: func(ctx context.Context, c *call, in *RecordingIDInput) (Done, error) {
				if err := c.client().Recordings.Restore(ctx, &meetings.RecycleBinParams{RecordingIDs: []string{in.RecordingID}}); err != nil {
					return Done{}, err
				}
				return Done{OK: true, Message: "restored recording " + in.RecordingID}, nil
			},
			summary: func(d Done) string { return d.Message },
		},
	}
}
