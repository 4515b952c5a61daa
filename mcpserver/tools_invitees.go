package mcpserver

import (
	"context"
	"fmt"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/meetings"
)

// InviteeListInput is the input of meeting_invitees_list.
type InviteeListInput struct {
	MeetingID string `json:"meetingId" jsonschema:"the meeting id whose invitees to list"`
	PageInput
}

// InviteeIDInput names one meeting invitee.
type InviteeIDInput struct {
	InviteeID string `json:"inviteeId" jsonschema:"the meeting invitee id (from meeting_invitees_list)"`
}

// InviteeCreateInput is the input of meeting_invitees_create.
type InviteeCreateInput struct {
	MeetingID   string `json:"meetingId" jsonschema:"the meeting id"`
	Email       string `json:"email" jsonschema:"the invitee's email address"`
	DisplayName string `json:"displayName,omitempty" jsonschema:"the invitee's name"`
	CoHost      *bool  `json:"coHost,omitempty" jsonschema:"make the invitee a cohost"`
	SendEmail   *bool  `json:"sendEmail,omitempty" jsonschema:"email the invitation (default true)"`
}

// InviteeBulkInput is the input of meeting_invitees_create_bulk.
type InviteeBulkInput struct {
	MeetingID string             `json:"meetingId" jsonschema:"the meeting id"`
	Invitees  []InviteeItemInput `json:"invitees" jsonschema:"the people to invite"`
}

// InviteeItemInput is one invitee of meeting_invitees_create_bulk.
type InviteeItemInput struct {
	Email       string `json:"email" jsonschema:"the invitee's email address"`
	DisplayName string `json:"displayName,omitempty" jsonschema:"the invitee's name"`
	CoHost      *bool  `json:"coHost,omitempty" jsonschema:"make the invitee a cohost"`
	SendEmail   *bool  `json:"sendEmail,omitempty" jsonschema:"email the invitation (default true)"`
}

// InviteeUpdateInput is the input of meeting_invitees_update.
type InviteeUpdateInput struct {
	InviteeID   string `json:"inviteeId" jsonschema:"the meeting invitee id"`
	Email       string `json:"email" jsonschema:"the invitee's email address (required by Webex even when unchanged)"`
	DisplayName string `json:"displayName,omitempty" jsonschema:"the invitee's name"`
	CoHost      *bool  `json:"coHost,omitempty" jsonschema:"make the invitee a cohost or not"`
	SendEmail   *bool  `json:"sendEmail,omitempty" jsonschema:"email the change (default true)"`
}

// InviteeDeleteInput is the input of meeting_invitees_delete.
type InviteeDeleteInput struct {
	InviteeID string `json:"inviteeId" jsonschema:"the meeting invitee id"`
	SendEmail *bool  `json:"sendEmail,omitempty" jsonschema:"email the person that the invitation is withdrawn (default true)"`
}

// InviteeBulkOutput is the result of meeting_invitees_create_bulk.
type InviteeBulkOutput struct {
	Items []meetings.Invitee `json:"items"`
}

func inviteeSummary(i meetings.Invitee) string {
	return "invitee " + i.Email + " (" + i.ID + ")"
}

func inviteeTools() []tool {
	read := []string{webex.ScopeMeetingSchedulesRead}
	write := []string{webex.ScopeMeetingSchedulesWrite}
	return []tool{
		&spec[InviteeListInput, ListOutput[meetings.Invitee]]{
			name: "meeting_invitees_list", title: "List meeting invitees", cap: CapMeetings, level: Read, kind: kindRead, scopes: read,
			desc: "List the people invited to a meeting, one page at a time. Returns up to limit invitees and a nextCursor.",
			verb: "list", past: "listed",
			object: func(c *call, in *InviteeListInput) string {
				return "the invitees of " + c.ref("meetingId", "meeting", in.MeetingID)
			},
			run: func(ctx context.Context, c *call, in *InviteeListInput) (ListOutput[meetings.Invitee], error) {
				u, err := c.cursor(in.Cursor)
				if err != nil {
					return ListOutput[meetings.Invitee]{}, err
				}
				p, err := c.client().MeetingInvitees.ListPage(ctx, &meetings.InviteeListParams{MeetingID: in.MeetingID, Max: pageSize(in.Limit)}, u)
				if err != nil {
					return ListOutput[meetings.Invitee]{}, err
				}
				return ListOutput[meetings.Invitee]{Items: p.Items, NextCursor: c.next(p.NextURL)}, nil
			},
			summary: func(o ListOutput[meetings.Invitee]) string {
				return listSummary(len(o.Items), "invitees", o.NextCursor)
			},
		},
		&spec[InviteeIDInput, meetings.Invitee]{
			name: "meeting_invitees_get", title: "Get a meeting invitee", cap: CapMeetings, level: Read, kind: kindRead, scopes: read,
			desc: "Get one meeting invitee by id: email, name and whether they are a cohost.",
			verb: "read", past: "read",
			object: func(c *call, in *InviteeIDInput) string { return c.ref("inviteeId", "invitee", in.InviteeID) },
			run: func(ctx context.Context, c *call, in *InviteeIDInput) (meetings.Invitee, error) {
				i, err := c.client().MeetingInvitees.Get(ctx, in.InviteeID, nil)
				if err != nil {
					return meetings.Invitee{}, err
				}
				return *i, nil
			},
			summary: inviteeSummary,
		},
		&spec[InviteeCreateInput, meetings.Invitee]{
			name: "meeting_invitees_create", title: "Invite a person to a meeting", cap: CapMeetings, level: Write, kind: kindCreate, scopes: write,
			desc: "Invite a person to a meeting by email, optionally as cohost; they are emailed unless sendEmail is false.",
			verb: "invite", past: "invited",
			object: func(c *call, in *InviteeCreateInput) string {
				return c.person("", in.Email) + " to " + c.ref("meetingId", "meeting", in.MeetingID)
			},
			run: func(ctx context.Context, c *call, in *InviteeCreateInput) (meetings.Invitee, error) {
				i, err := c.client().MeetingInvitees.Create(ctx, &meetings.InviteeCreateParams{
					MeetingID: in.MeetingID, Email: in.Email, DisplayName: in.DisplayName, CoHost: in.CoHost, SendEmail: in.SendEmail,
				})
				if err != nil {
					return meetings.Invitee{}, err
				}
				c.target("inviteeId", i.ID)
				return *i, nil
			},
			summary: inviteeSummary,
		},
		&spec[InviteeBulkInput, InviteeBulkOutput]{
			name: "meeting_invitees_create_bulk", title: "Invite several people to a meeting", cap: CapMeetings, level: Write, kind: kindCreate, scopes: write,
			desc: "Invite several people to a meeting in one call, each by email, optionally as cohosts.",
			verb: "invite", past: "invited",
			object: func(c *call, in *InviteeBulkInput) string {
				return fmt.Sprintf("%d people to %s", len(in.Invitees), c.ref("meetingId", "meeting", in.MeetingID))
			},
			run: func(ctx context.Context, c *call, in *InviteeBulkInput) (InviteeBulkOutput, error) {
				p := &meetings.BulkInviteeParams{MeetingID: in.MeetingID}
				for _, i := range in.Invitees {
					p.Items = append(p.Items, meetings.BulkInvitee{Email: i.Email, DisplayName: i.DisplayName, CoHost: i.CoHost, SendEmail: i.SendEmail})
				}
				out, err := c.client().MeetingInvitees.BulkInsert(ctx, p)
				if err != nil {
					return InviteeBulkOutput{}, err
				}
				return InviteeBulkOutput{Items: out}, nil
			},
			summary: func(o InviteeBulkOutput) string { return fmt.Sprintf("invited %d people", len(o.Items)) },
		},
		&spec[InviteeUpdateInput, meetings.Invitee]{
			name: "meeting_invitees_update", title: "Change a meeting invitee", cap: CapMeetings, level: Write, kind: kindUpdate, scopes: write,
			desc: "Change a meeting invitee: their name or whether they are a cohost (email is always required).",
			verb: "change", past: "changed",
			object: func(c *call, in *InviteeUpdateInput) string { return c.ref("inviteeId", "invitee", in.InviteeID) },
			run: func(ctx context.Context, c *call, in *InviteeUpdateInput) (meetings.Invitee, error) {
				i, err := c.client().MeetingInvitees.Update(ctx, in.InviteeID, &meetings.InviteeUpdateParams{
					Email: in.Email, DisplayName: in.DisplayName, CoHost: in.CoHost, SendEmail: in.SendEmail,
				})
				if err != nil {
					return meetings.Invitee{}, err
				}
				return *i, nil
			},
			summary: inviteeSummary,
		},
		&spec[InviteeDeleteInput, Done]{
			name: "meeting_invitees_delete", title: "Withdraw a meeting invitation", cap: CapMeetings, level: Full, kind: kindDelete, scopes: write,
			desc: "Withdraw a person's invitation to a meeting; they are emailed unless sendEmail is false.",
			verb: "uninvite", past: "uninvited",
			object: func(c *call, in *InviteeDeleteInput) string { return c.ref("inviteeId", "invitee", in.InviteeID) },
			run: func(ctx context.Context, c *call, in *InviteeDeleteInput) (Done, error) {
				if err := c.client().MeetingInvitees.Delete(ctx, in.InviteeID, &meetings.InviteeDeleteParams{SendEmail: in.SendEmail}); err != nil {
					return Done{}, err
				}
				return Done{OK: true, Message: "withdrew invitation " + in.InviteeID}, nil
			},
			summary: func(d Done) string { return d.Message },
		},
	}
}
