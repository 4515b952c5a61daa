package mcpserver

import (
	"context"
	"fmt"
	"strings"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/meetings"
)

// ParticipantListInput is the input of meeting_participants_list.
type ParticipantListInput struct {
	MeetingID string `json:"meetingId" jsonschema:"the meeting instance id (or a series or scheduled meeting: its last instance)"`
	PageInput
}

// ParticipantIDInput names one participant.
type ParticipantIDInput struct {
	ParticipantID string `json:"participantId" jsonschema:"the participant id (from meeting_participants_list)"`
}

// ParticipantQueryInput is the input of meeting_participants_query.
type ParticipantQueryInput struct {
	MeetingID string   `json:"meetingId" jsonschema:"the meeting id"`
	Emails    []string `json:"emails" jsonschema:"the participants' email addresses"`
	Limit     int      `json:"limit,omitempty" jsonschema:"how many participants to return, 1 to 100 (default 50)"`
}

// ParticipantUpdateInput is the input of meeting_participants_update.
type ParticipantUpdateInput struct {
	ParticipantID string `json:"participantId" jsonschema:"the participant id"`
	Muted         *bool  `json:"muted,omitempty" jsonschema:"mute (true) or unmute (false)"`
	Admit         *bool  `json:"admit,omitempty" jsonschema:"true to let the participant in from the lobby"`
	Expel         *bool  `json:"expel,omitempty" jsonschema:"true to remove the participant from the meeting (needs meetings: full)"`
}

// ParticipantAdmitInput is the input of meeting_participants_admit.
type ParticipantAdmitInput struct {
	ParticipantIDs []string `json:"participantIds" jsonschema:"the ids of the participants waiting in the lobby to let in"`
}

func participantSummary(p meetings.Participant) string {
	return fmt.Sprintf("%s <%s>: %s, muted %t", p.DisplayName, p.Email, p.State, p.Muted)
}

func participantTools() []tool {
	read := []string{webex.ScopeMeetingParticipantsRead}
	write := []string{webex.ScopeMeetingParticipantsWrite}
	return []tool{
		&spec[ParticipantListInput, ListOutput[meetings.Participant]]{
			name: "meeting_participants_list", title: "List meeting participants", cap: CapMeetings, level: Read, kind: kindRead, scopes: read,
			desc: "List who joined a meeting (or is waiting in its lobby), with join and leave times, one page at a time. " +
				"Returns up to limit participants and a nextCursor.",
			verb: "list", past: "listed",
			object: func(c *call, in *ParticipantListInput) string {
				return "the participants of " + c.ref("meetingId", "meeting", in.MeetingID)
			},
			run: func(ctx context.Context, c *call, in *ParticipantListInput) (ListOutput[meetings.Participant], error) {
				u, err := c.cursor(in.Cursor)
				if err != nil {
					return ListOutput[meetings.Participant]{}, err
				}
				p, err := c.client().MeetingParticipants.ListPage(ctx, &meetings.ParticipantListParams{MeetingID: in.MeetingID, Max: pageSize(in.Limit)}, u)
				if err != nil {
					return ListOutput[meetings.Participant]{}, err
				}
				return ListOutput[meetings.Participant]{Items: p.Items, NextCursor: c.next(p.NextURL)}, nil
			},
			summary: func(o ListOutput[meetings.Participant]) string {
				return listSummary(len(o.Items), "participants", o.NextCursor)
			},
		},
		&spec[ParticipantIDInput, meetings.Participant]{
			name: "meeting_participants_get", title: "Get a meeting participant", cap: CapMeetings, level: Read, kind: kindRead, scopes: read,
			desc: "Get one meeting participant by id: name, email, state (joined, lobby, end), muted, devices and times.",
			verb: "read", past: "read",
			object: func(c *call, in *ParticipantIDInput) string {
				return c.ref("participantId", "participant", in.ParticipantID)
			},
			run: func(ctx context.Context, c *call, in *ParticipantIDInput) (meetings.Participant, error) {
				p, err := c.client().MeetingParticipants.Get(ctx, in.ParticipantID, nil)
				if err != nil {
					return meetings.Participant{}, err
				}
				return *p, nil
			},
			summary: participantSummary,
		},
		&spec[ParticipantQueryInput, LimitedOutput[meetings.Participant]]{
			name: "meeting_participants_query", title: "Find meeting participants by email", cap: CapMeetings, level: Read, kind: kindRead, scopes: read,
			desc: "Find the participants of a meeting with the given email addresses, up to limit.",
			verb: "look up", past: "looked up",
			object: func(c *call, in *ParticipantQueryInput) string {
				return strings.Join(in.Emails, ", ") + " in " + c.ref("meetingId", "meeting", in.MeetingID)
			},
			run: func(ctx context.Context, c *call, in *ParticipantQueryInput) (LimitedOutput[meetings.Participant], error) {
				return firstN(c.client().MeetingParticipants.QueryByEmail(ctx, &meetings.ParticipantQueryParams{
					MeetingID: in.MeetingID, Emails: in.Emails,
				}), pageSize(in.Limit))
			},
			summary: limitedSummary[meetings.Participant]("participants"),
		},
		&spec[ParticipantUpdateInput, meetings.Participant]{
			name: "meeting_participants_update", title: "Mute, admit or expel a participant", cap: CapMeetings, level: Write, kind: kindUpdate, scopes: write,
			destructive: webex.Ptr(true),
			levelFor: func(in *ParticipantUpdateInput) Level {
				if in.Expel != nil && *in.Expel {
					return Full
				}
				return Write
			},
			desc: "Mute or unmute a participant of a meeting in progress, admit them from the lobby, or expel them (expel needs meetings: full). Host or cohost only.",
			verb: "change", past: "changed",
			object: func(c *call, in *ParticipantUpdateInput) string {
				return c.ref("participantId", "participant", in.ParticipantID)
			},
			run: func(ctx context.Context, c *call, in *ParticipantUpdateInput) (meetings.Participant, error) {
				p, err := c.client().MeetingParticipants.Update(ctx, in.ParticipantID, &meetings.ParticipantUpdateParams{
					Muted: in.Muted, Admit: in.Admit, Expel: in.Expel,
				})
				if err != nil {
					return meetings.Participant{}, err
				}
				return *p, nil
			},
			summary: participantSummary,
		},
		&spec[ParticipantAdmitInput, Done]{
			name: "meeting_participants_admit", title: "Admit participants from the lobby", cap: CapMeetings, level: Write, kind: kindAction, scopes: write,
			desc: "Let several participants waiting in a meeting's lobby in at once. Host or cohost only.",
			verb: "admit", past: "admitted",
			object: func(_ *call, in *ParticipantAdmitInput) string {
				return fmt.Sprintf("%d participants from the lobby", len(in.ParticipantIDs))
			},
			run: func(ctx context.Context, c *call, in *ParticipantAdmitInput) (Done, error) {
				items := make([]meetings.AdmitItem, len(in.ParticipantIDs))
				for i, id := range in.ParticipantIDs {
					items[i] = meetings.AdmitItem{ParticipantID: id}
				}
				if err := c.client().MeetingParticipants.Admit(ctx, items); err != nil {
					return Done{}, err
				}
				return Done{OK: true, Message: fmt.Sprintf("admitted %d participants", len(items))}, nil
			},
			summary: func(d Done) string { return d.Message },
		},
	}
}
