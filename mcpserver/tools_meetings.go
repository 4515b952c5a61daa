package mcpserver

import (
	"context"
	"iter"
	"time"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/meetings"
)

// MeetingListInput is the input of meetings_list.
type MeetingListInput struct {
	MeetingType     string    `json:"meetingType,omitempty" jsonschema:"meetingSeries (default), scheduledMeeting or meeting (instances that happened or are happening)"`
	State           string    `json:"state,omitempty" jsonschema:"only meetings in this state: active, scheduled, ready, lobby, inProgress, ended, missed, expired"`
	From            time.Time `json:"from,omitzero" jsonschema:"start of the time range (RFC 3339)"`
	To              time.Time `json:"to,omitzero" jsonschema:"end of the time range (RFC 3339)"`
	MeetingNumber   string    `json:"meetingNumber,omitempty" jsonschema:"only the meeting with this number"`
	MeetingSeriesID string    `json:"meetingSeriesId,omitempty" jsonschema:"only the meetings of this series"`
	RoomID          string    `json:"roomId,omitempty" jsonschema:"only the meetings of this Webex space id"`
	PageInput
}

// MeetingIDInput names one meeting.
type MeetingIDInput struct {
	MeetingID string `json:"meetingId" jsonschema:"the meeting id (series, scheduled meeting or instance)"`
}

// MeetingCreateInput is the input of meetings_create.
type MeetingCreateInput struct {
	Title                    string    `json:"title" jsonschema:"the meeting's title"`
	Start                    time.Time `json:"start" jsonschema:"when it starts (RFC 3339 with offset, in the future)"`
	End                      time.Time `json:"end" jsonschema:"when it ends (10 minutes to 24 hours after start)"`
	Agenda                   string    `json:"agenda,omitempty" jsonschema:"the agenda (at most 1300 characters)"`
	Timezone                 string    `json:"timezone,omitempty" jsonschema:"IANA time zone such as Europe/Paris"`
	Recurrence               string    `json:"recurrence,omitempty" jsonschema:"RFC 5545 rule without RRULE:, e.g. FREQ=WEEKLY;BYDAY=MO;COUNT=10"`
	Invitees                 []string  `json:"invitees,omitempty" jsonschema:"email addresses to invite"`
	RoomID                   string    `json:"roomId,omitempty" jsonschema:"schedule the meeting for this Webex space id (its members are invited)"`
	Password                 string    `json:"password,omitempty" jsonschema:"the meeting password; Webex makes one when omitted"`
	EnabledAutoRecordMeeting *bool     `json:"enabledAutoRecordMeeting,omitempty" jsonschema:"record automatically when it starts"`
	SendEmail                *bool     `json:"sendEmail,omitempty" jsonschema:"email the invitations (default true)"`
}

// MeetingUpdateInput is the input of meetings_update.
type MeetingUpdateInput struct {
	MeetingID                string    `json:"meetingId" jsonschema:"the meeting series or scheduled meeting id"`
	Title                    *string   `json:"title,omitempty" jsonschema:"new title; unchanged when omitted"`
	Agenda                   *string   `json:"agenda,omitempty" jsonschema:"new agenda; unchanged when omitted"`
	Password                 *string   `json:"password,omitempty" jsonschema:"new password; unchanged when omitted"`
	Start                    time.Time `json:"start,omitzero" jsonschema:"new start (RFC 3339); unchanged when omitted"`
	End                      time.Time `json:"end,omitzero" jsonschema:"new end (RFC 3339); unchanged when omitted"`
	Timezone                 *string   `json:"timezone,omitempty" jsonschema:"new IANA time zone; unchanged when omitted"`
	Recurrence               *string   `json:"recurrence,omitempty" jsonschema:"new RFC 5545 rule; unchanged when omitted"`
	EnabledAutoRecordMeeting *bool     `json:"enabledAutoRecordMeeting,omitempty" jsonschema:"record automatically or not; unchanged when omitted"`
	SendEmail                *bool     `json:"sendEmail,omitempty" jsonschema:"email the update to invitees (default true)"`
}

// MeetingDeleteInput is the input of meetings_delete.
type MeetingDeleteInput struct {
	MeetingID string `json:"meetingId" jsonschema:"the meeting series or scheduled meeting id to cancel"`
	SendEmail *bool  `json:"sendEmail,omitempty" jsonschema:"email the cancellation to host and invitees (default true)"`
}

// MeetingEndInput is the input of meetings_end.
type MeetingEndInput struct {
	MeetingID string `json:"meetingId" jsonschema:"the id of the meeting in progress"`
	Reason    string `json:"reason,omitempty" jsonschema:"why it is ended"`
}

// MeetingJoinInput is the input of meetings_join.
type MeetingJoinInput struct {
	MeetingID         string `json:"meetingId,omitempty" jsonschema:"the meeting id (or give meetingNumber or webLink)"`
	MeetingNumber     string `json:"meetingNumber,omitempty" jsonschema:"the meeting number"`
	WebLink           string `json:"webLink,omitempty" jsonschema:"the meeting's web link"`
	Email             string `json:"email,omitempty" jsonschema:"make the link for this person; the agent itself when omitted"`
	DisplayName       string `json:"displayName,omitempty" jsonschema:"the name shown for that person (needs email)"`
	ExpirationMinutes int    `json:"expirationMinutes,omitempty" jsonschema:"how long the link works, 1 to 60 minutes"`
}

// TemplateListInput is the input of meeting_templates_list.
type TemplateListInput struct {
	TemplateType string `json:"templateType,omitempty" jsonschema:"meeting or webinar"`
	Locale       string `json:"locale,omitempty" jsonschema:"such as en_US (default) or fr_FR"`
	Limit        int    `json:"limit,omitempty" jsonschema:"how many templates to return, 1 to 100 (default 50)"`
}

// TemplateIDInput names one meeting template.
type TemplateIDInput struct {
	TemplateID string `json:"templateId" jsonschema:"the template id"`
}

// LimitedOutput is the result of a list tool Webex cannot resume: up to
// limit items, and whether there were more.
type LimitedOutput[T any] struct {
	Items []T  `json:"items"`
	More  bool `json:"more,omitempty" jsonschema:"true when more items exist than limit allowed; narrow the filters"`
}

// firstN collects up to n items of seq, reading one more to learn whether
// there are more. It never walks further.
func firstN[T any](seq iter.Seq2[*T, error], n int) (LimitedOutput[T], error) {
	out := LimitedOutput[T]{Items: []T{}}
	for v, err := range seq {
		if err != nil {
			return LimitedOutput[T]{}, err
		}
		if len(out.Items) == n {
			out.More = true
			break
		}
		out.Items = append(out.Items, *v)
	}
	return out, nil
}

func limitedSummary[T any](noun string) func(LimitedOutput[T]) string {
	return func(o LimitedOutput[T]) string {
		s := listSummary(len(o.Items), noun, "")
		if o.More {
			s += "; more exist: narrow the filters"
		}
		return s
	}
}

func meetingSummary(m meetings.Meeting) string {
	return "meeting " + m.Title + " (" + m.ID + "), " + string(m.State) + ", starts " + m.Start.Format(time.RFC3339)
}

// setIfGiven turns an optional input into a patch field: nil leaves the
// field alone.
func setIfGiven(s *string) meetings.Nullable[string] {
	if s == nil {
		return meetings.Nullable[string]{}
	}
	return meetings.Set(*s)
}

func meetingTools() []tool {
	read := []string{webex.ScopeMeetingSchedulesRead}
	write := []string{webex.ScopeMeetingSchedulesWrite}
	return []tool{
		&spec[MeetingListInput, ListOutput[meetings.Meeting]]{
			name: "meetings_list", title: "List meetings", cap: CapMeetings, level: Read, kind: kindRead, scopes: read,
			desc: "List the agent's meetings one page at a time: series (default), scheduled occurrences or instances that took place (meetingType meeting), " +
				"filtered by state, time range, number, series or space. Returns up to limit meetings and a nextCursor.",
			verb: "list", past: "listed",
			object: func(c *call, in *MeetingListInput) string {
				if in.RoomID != "" {
					return "meetings of " + c.space(in.RoomID)
				}
				return "meetings"
			},
			guard: func(_ context.Context, c *call, in *MeetingListInput) error {
				if in.RoomID == "" {
					return nil
				}
				return c.allowSpace(in.RoomID)
			},
			run: func(ctx context.Context, c *call, in *MeetingListInput) (ListOutput[meetings.Meeting], error) {
				u, err := c.cursor(in.Cursor)
				if err != nil {
					return ListOutput[meetings.Meeting]{}, err
				}
				p, err := c.client().Meetings.ListPage(ctx, &meetings.ListParams{
					MeetingType: meetings.MeetingType(in.MeetingType), State: meetings.State(in.State), From: in.From, To: in.To, MeetingNumber: in.MeetingNumber,
					MeetingSeriesID: in.MeetingSeriesID, RoomID: in.RoomID, Max: pageSize(in.Limit),
				}, u)
				if err != nil {
					return ListOutput[meetings.Meeting]{}, err
				}
				return ListOutput[meetings.Meeting]{Items: p.Items, NextCursor: c.next(p.NextURL)}, nil
			},
			summary: func(o ListOutput[meetings.Meeting]) string {
				return listSummary(len(o.Items), "meetings", o.NextCursor)
			},
		},
		&spec[MeetingIDInput, meetings.Meeting]{
			name: "meetings_get", title: "Get a meeting", cap: CapMeetings, level: Read, kind: kindRead, scopes: read,
			desc: "Get one meeting by id: title, agenda, start and end, state, host, join link and settings.",
			verb: "read", past: "read",
			object: func(c *call, in *MeetingIDInput) string { return c.ref("meetingId", "meeting", in.MeetingID) },
			run: func(ctx context.Context, c *call, in *MeetingIDInput) (meetings.Meeting, error) {
				m, err := c.client().Meetings.Get(ctx, in.MeetingID, nil)
				if err != nil {
					return meetings.Meeting{}, err
				}
				return *m, nil
			},
			summary: meetingSummary,
		},
		&spec[MeetingCreateInput, meetings.Meeting]{
			name: "meetings_create", title: "Schedule a meeting", cap: CapMeetings, level: Write, kind: kindCreate, scopes: write,
			desc: "Schedule a meeting (or a recurring series) with a title, start and end, optionally an agenda, invitees by email, " +
				"a time zone and recurrence, or for a Webex space. Invitations are emailed unless sendEmail is false. Calling it twice schedules twice.",
			verb: "schedule", past: "scheduled",
			object: func(c *call, in *MeetingCreateInput) string {
				s := "meeting " + in.Title
				if in.RoomID != "" {
					s += " for " + c.space(in.RoomID)
				}
				return s
			},
			guard: func(_ context.Context, c *call, in *MeetingCreateInput) error {
				if in.RoomID == "" {
					return nil
				}
				return c.allowSpace(in.RoomID)
			},
			run: func(ctx context.Context, c *call, in *MeetingCreateInput) (meetings.Meeting, error) {
				p := &meetings.CreateParams{
					Title: in.Title, Start: in.Start, End: in.End, Agenda: in.Agenda, Timezone: in.Timezone,
					Recurrence: in.Recurrence, RoomID: in.RoomID, Password: in.Password,
					Settings: meetings.Settings{EnabledAutoRecordMeeting: in.EnabledAutoRecordMeeting, SendEmail: in.SendEmail},
				}
				for _, e := range in.Invitees {
					p.Invitees = append(p.Invitees, meetings.InviteeParams{Email: e})
				}
				m, err := c.client().Meetings.Create(ctx, p)
				if err != nil {
					return meetings.Meeting{}, err
				}
				c.target("meetingId", m.ID)
				return *m, nil
			},
			summary: meetingSummary,
		},
		&spec[MeetingUpdateInput, meetings.Meeting]{
			name: "meetings_update", title: "Change a meeting", cap: CapMeetings, level: Write, kind: kindUpdate, scopes: write,
			desc: "Change a scheduled meeting or series: only the fields given change (title, agenda, password, start, end, time zone, recurrence, auto-record).",
			verb: "change", past: "changed",
			object: func(c *call, in *MeetingUpdateInput) string { return c.ref("meetingId", "meeting", in.MeetingID) },
			run: func(ctx context.Context, c *call, in *MeetingUpdateInput) (meetings.Meeting, error) {
				m, err := c.client().Meetings.Patch(ctx, in.MeetingID, &meetings.PatchParams{
					Title: in.Title, Agenda: setIfGiven(in.Agenda), Password: in.Password, Start: in.Start, End: in.End,
					Timezone: in.Timezone, Recurrence: setIfGiven(in.Recurrence),
					Settings: meetings.Settings{EnabledAutoRecordMeeting: in.EnabledAutoRecordMeeting, SendEmail: in.SendEmail},
				})
				if err != nil {
					return meetings.Meeting{}, err
				}
				return *m, nil
			},
			summary: meetingSummary,
		},
		&spec[MeetingDeleteInput, Done]{
			name: "meetings_delete", title: "Cancel a meeting", cap: CapMeetings, level: Full, kind: kindDelete, scopes: write,
			desc: "Cancel a scheduled meeting or a whole series; invitees are emailed unless sendEmail is false. Cannot be undone.",
			verb: "cancel", past: "cancelled",
			object: func(c *call, in *MeetingDeleteInput) string { return c.ref("meetingId", "meeting", in.MeetingID) },
			run: func(ctx context.Context, c *call, in *MeetingDeleteInput) (Done, error) {
				if err := c.client().Meetings.Delete(ctx, in.MeetingID, &meetings.DeleteParams{SendEmail: in.SendEmail}); err != nil {
					return Done{}, err
				}
				return Done{OK: true, Message: "cancelled meeting " + in.MeetingID}, nil
			},
			summary: func(d Done) string { return d.Message },
		},
		&spec[MeetingEndInput, Done]{
			name: "meetings_end", title: "End a meeting", cap: CapMeetings, level: Full, kind: kindAction, scopes: write,
			destructive: webex.Ptr(true),
			desc:        "End a meeting in progress for everyone in it (host or cohost only).",
			verb:        "end", past: "ended",
			object: func(c *call, in *MeetingEndInput) string { return c.ref("meetingId", "meeting", in.MeetingID) },
			run: func(ctx context.Context, c *call, in *MeetingEndInput) (Done, error) {
				if err := c.client().Meetings.End(ctx, in.MeetingID, &meetings.EndParams{Reason: in.Reason}); err != nil {
					return Done{}, err
				}
				return Done{OK: true, Message: "ended meeting " + in.MeetingID}, nil
			},
			summary: func(d Done) string { return d.Message },
		},
		&spec[MeetingJoinInput, meetings.JoinLink]{
			name: "meetings_join", title: "Get a join link", cap: CapMeetings, level: Write, kind: kindAction, scopes: write,
			desc: "Make a link that joins (or, for hosts, starts) a meeting without signing in, for the agent or for a person by email. " +
				"Anyone with the link can join as that person until it expires.",
			verb: "make", past: "made",
			object: func(c *call, in *MeetingJoinInput) string {
				s := "a join link for " + c.ref("meetingId", "meeting", firstNonEmpty(in.MeetingID, in.MeetingNumber, in.WebLink))
				if in.Email != "" {
					s += " for " + c.person("", in.Email)
				}
				return s
			},
			run: func(ctx context.Context, c *call, in *MeetingJoinInput) (meetings.JoinLink, error) {
				l, err := c.client().Meetings.Join(ctx, &meetings.JoinParams{
					MeetingID: in.MeetingID, MeetingNumber: in.MeetingNumber, WebLink: in.WebLink, Email: in.Email,
					DisplayName: in.DisplayName, ExpirationMinutes: in.ExpirationMinutes,
				})
				if err != nil {
					return meetings.JoinLink{}, err
				}
				return *l, nil
			},
			summary: func(l meetings.JoinLink) string { return "join link expires " + l.Expiration.Format(time.RFC3339) },
		},
		&spec[TemplateListInput, LimitedOutput[meetings.Template]]{
			name: "meeting_templates_list", title: "List meeting templates", set: "meeting_details", cap: CapMeetings, level: Read, kind: kindRead, scopes: read,
			desc: "List the meeting or webinar templates the agent can schedule from, up to limit.",
			verb: "list", past: "listed", object: func(*call, *TemplateListInput) string { return "meeting templates" },
			run: func(ctx context.Context, c *call, in *TemplateListInput) (LimitedOutput[meetings.Template], error) {
				return firstN(c.client().Meetings.ListTemplates(ctx, &meetings.TemplateListParams{
					TemplateType: meetings.TemplateType(in.TemplateType), Locale: in.Locale,
				}), pageSize(in.Limit))
			},
			summary: limitedSummary[meetings.Template]("templates"),
		},
		&spec[TemplateIDInput, meetings.Template]{
			name: "meeting_templates_get", title: "Get a meeting template", set: "meeting_details", cap: CapMeetings, level: Read, kind: kindRead, scopes: read,
			desc: "Get one meeting template with its settings.",
			verb: "read", past: "read",
			object: func(c *call, in *TemplateIDInput) string {
				return c.ref("templateId", "meeting template", in.TemplateID)
			},
			run: func(ctx context.Context, c *call, in *TemplateIDInput) (meetings.Template, error) {
				t, err := c.client().Meetings.GetTemplate(ctx, in.TemplateID, nil)
				if err != nil {
					return meetings.Template{}, err
				}
				return *t, nil
			},
			summary: func(t meetings.Template) string { return "template " + t.Name },
		},
	}
}
