package meetings

import (
	"encoding/json"
	"strings"
	"time"
)

// ListParams filters the meetings listed. All fields are optional; a nil
// *ListParams lists the caller's meeting series. MeetingNumber, WebLink and
// RoomID each find particular meetings and exclude one another; with any of
// them Webex ignores the time range, MeetingType, State and Max.
//
// From and To are sent as ISO 8601 in UTC (2024-03-18T01:30:00Z), which
// Webex accepts in place of an offset.
type ListParams struct {
	MeetingNumber string `url:"meetingNumber"`
	// WebLink is the meeting's WebLink (the SDK URL-encodes it).
	WebLink string `url:"webLink"`
	// RoomID lists the meetings of a Webex space.
	RoomID string `url:"roomId"`
	// MeetingSeriesID lists the scheduled meetings and instances of one
	// series.
	MeetingSeriesID string `url:"meetingSeriesId"`
	// MeetingType is [TypeMeetingSeries] (Webex's default),
	// [TypeScheduledMeeting] or [TypeMeeting].
	MeetingType MeetingType `url:"meetingType"`
	// State is one of the State constants.
	State State `url:"state"`
	// ScheduledType is one of the ScheduledType constants.
	ScheduledType ScheduledType `url:"scheduledType"`
	// IsModified lists only modified (true) or unmodified (false)
	// scheduled meetings.
	IsModified *bool `url:"isModified"`
	// The Has filters apply to ended meeting instances.
	HasChat          *bool `url:"hasChat"`
	HasRecording     *bool `url:"hasRecording"`
	HasTranscription *bool `url:"hasTranscription"`
	HasSummary       *bool `url:"hasSummary"`
	HasClosedCaption *bool `url:"hasClosedCaption"`
	HasPolls         *bool `url:"hasPolls"`
	HasQA            *bool `url:"hasQA"`
	HasSlido         *bool `url:"hasSlido"`
	// Current, with MeetingNumber or WebLink, returns the current
	// scheduled meeting of the series rather than the series.
	Current *bool `url:"current"`
	// From is the start of the time range (inclusive).
	From time.Time `url:"from"`
	// To is the end of the time range (exclusive).
	To time.Time `url:"to"`
	// HostEmail lists, with admin scopes, as if that host were calling.
	HostEmail string `url:"hostEmail"`
	// SiteURL lists the meetings of one Webex site only.
	SiteURL string `url:"siteUrl"`
	// IntegrationTag lists the meetings tagged with this external key.
	IntegrationTag string `url:"integrationTag"`
	// Max is the page size, 1 to 100 (zero: Webex's default of 10).
	Max int `url:"max"`
	// Password, sent in Webex's password header, lists a protected
	// meeting found by MeetingNumber or WebLink that the caller neither
	// hosts nor is invited to.
	Password string `url:"-"`
	// Timezone is the IANA time zone (such as "Europe/Paris") the times
	// of the answer are given in, sent in Webex's timezone header; empty:
	// UTC.
	Timezone string `url:"-"`
}

func (p *ListParams) validate() error {
	if p == nil {
		return nil
	}
	if countSet(p.MeetingNumber, p.WebLink, p.RoomID) > 1 {
		return invalid("ListParams.MeetingNumber, WebLink and RoomID exclude one another")
	}
	if err := checkRange("ListParams", "From", "To", p.From, p.To); err != nil {
		return err
	}
	return checkMax("ListParams", p.Max, 100)
}

// GetParams are the options of [Service.Get]. A nil *GetParams gets the
// meeting as it is.
type GetParams struct {
	// Current, for a series, returns its current scheduled meeting (ready
	// to join or start, or the next one) instead of the series.
	Current *bool `url:"current"`
	// HostEmail gets, with admin scopes, a meeting of that host.
	HostEmail string `url:"hostEmail"`
	// Password is the meeting's password, sent in Webex's password header:
	// it is needed to read a protected meeting the caller is neither host
	// nor invitee of.
	Password string `url:"-"`
	// Timezone is the IANA time zone of the answer's times, sent in
	// Webex's timezone header; empty: UTC.
	Timezone string `url:"-"`
}

// TemplateGetParams are the options of [Service.GetTemplate]. A nil
// *TemplateGetParams gets the template as the caller, with times in UTC.
type TemplateGetParams struct {
	// HostEmail gets, with admin scopes, a template of that host's site.
	HostEmail string `url:"hostEmail"`
	// Timezone is the IANA time zone of the answer's times, sent in
	// Webex's timezone header; empty: UTC.
	Timezone string `url:"-"`
}

// CreateParams is a new meeting. Title, Start and End are required, except
// that Start and End may be left zero with a TemplateID, and an ad-hoc
// meeting (Adhoc with RoomID) needs none of them. With Recurrence the
// meeting is a series. Optional settings left nil or empty take the site's
// defaults.
type CreateParams struct {
	// Adhoc creates the ad-hoc meeting of the space RoomID.
	Adhoc *bool `json:"adhoc,omitempty"`
	// RoomID associates the meeting with a Webex space; its members are
	// invited unless Invitees is set.
	RoomID string `json:"roomId,omitempty"`
	// TemplateID starts from a meeting template (see ListTemplates).
	TemplateID string `json:"templateId,omitempty"`
	Title      string `json:"title,omitempty"`
	// Agenda is at most 1300 characters.
	Agenda string `json:"agenda,omitempty"`
	// Password must follow the site's rules; empty: Webex makes one.
	Password string `json:"password,omitempty"`
	// Start and End are sent with their offset, in ISO 8601. They must be
	// in the future, 10 minutes to 23 hours 59 minutes apart; for a series
	// they are the first occurrence.
	Start time.Time `json:"start,omitzero"`
	End   time.Time `json:"end,omitzero"`
	// Timezone is the IANA zone the meeting is scheduled in (such as
	// "Europe/Paris"); it decides when a recurring meeting happens.
	Timezone string `json:"timezone,omitempty"`
	// Recurrence is an RFC 5545 recurrence rule without the "RRULE:"
	// prefix, such as "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,WE;COUNT=10".
	Recurrence string `json:"recurrence,omitempty"`
	// ScheduledType is one of the ScheduledType constants.
	ScheduledType    ScheduledType `json:"scheduledType,omitempty"`
	PanelistPassword string        `json:"panelistPassword,omitempty"`
	// HostEmail schedules, with admin scopes, for that host.
	HostEmail string `json:"hostEmail,omitempty"`
	// SiteURL is the site to create the meeting on; empty: the user's
	// preferred site.
	SiteURL string `json:"siteUrl,omitempty"`
	Settings
	// Invitees are invited as the meeting is created (at most 1000).
	Invitees     []InviteeParams     `json:"invitees,omitempty"`
	Registration *RegistrationParams `json:"registration,omitempty"`
	// IntegrationTags are the caller's own keys for the meeting (at most
	// 3), to list it by with ListParams.IntegrationTag.
	IntegrationTags            []string              `json:"integrationTags,omitempty"`
	SimultaneousInterpretation *InterpretationParams `json:"simultaneousInterpretation,omitempty"`
	BreakoutSessions           []BreakoutSession     `json:"breakoutSessions,omitempty"`
	TrackingCodes              []TrackingCode        `json:"trackingCodes,omitempty"`
}

func (p *CreateParams) validate() error {
	if p == nil {
		return errNil("CreateParams")
	}
	if isTrue(p.Adhoc) {
		if p.RoomID == "" {
			return invalid("CreateParams.RoomID is required for an ad-hoc meeting")
		}
	} else {
		if strings.TrimSpace(p.Title) == "" {
			return invalid("CreateParams.Title is required")
		}
		if p.TemplateID == "" && (p.Start.IsZero() || p.End.IsZero()) {
			return invalid("CreateParams.Start and End are required (unless TemplateID is set)")
		}
	}
	if err := checkTimes("CreateParams", p.Start, p.End, p.Recurrence); err != nil {
		return err
	}
	if len(p.Invitees) > 1000 {
		return invalid("CreateParams.Invitees takes at most 1000 invitees")
	}
	for _, inv := range p.Invitees {
		if strings.TrimSpace(inv.Email) == "" {
			return invalid("CreateParams.Invitees: every invitee needs an Email")
		}
	}
	for _, b := range p.BreakoutSessions {
		if strings.TrimSpace(b.Name) == "" {
			return invalid("CreateParams.BreakoutSessions: every session needs a Name")
		}
	}
	return p.Settings.validate("CreateParams")
}

// UpdateParams is the full new state of a meeting series or scheduled
// meeting for [Service.Update] (PUT): settings left nil or empty go back to
// their defaults, so start from the current meeting. Title, Start and End
// are required. To change only some fields, use [Service.Patch].
type UpdateParams struct {
	Title    string    `json:"title"`
	Agenda   string    `json:"agenda,omitempty"`
	Password string    `json:"password,omitempty"`
	Start    time.Time `json:"start"`
	End      time.Time `json:"end"`
	Timezone string    `json:"timezone,omitempty"`
	// Recurrence is an RFC 5545 rule; changing it (or Start or End) of a
	// series cancels the series' modified occurrences.
	Recurrence       string `json:"recurrence,omitempty"`
	PanelistPassword string `json:"panelistPassword,omitempty"`
	HostEmail        string `json:"hostEmail,omitempty"`
	Settings
	IntegrationTags []string       `json:"integrationTags,omitempty"`
	TrackingCodes   []TrackingCode `json:"trackingCodes,omitempty"`
}

func (p *UpdateParams) validate() error {
	switch {
	case p == nil || strings.TrimSpace(p.Title) == "":
		return invalid("UpdateParams.Title is required (PUT replaces the meeting; use Patch to change some fields)")
	case p.Start.IsZero() || p.End.IsZero():
		return invalid("UpdateParams.Start and End are required (PUT replaces the meeting; use Patch to change some fields)")
	}
	if err := checkTimes("UpdateParams", p.Start, p.End, p.Recurrence); err != nil {
		return err
	}
	return p.Settings.validate("UpdateParams")
}

// PatchParams changes some settings of a meeting series or scheduled
// meeting with [Service.Patch]: only the fields set are sent. A nil pointer
// leaves its field alone. Agenda, Recurrence and TrackingCodes, which Webex
// lets a patch clear, are [Nullable]: leave them zero to leave them alone,
// [Set] them, or clear them with [Null] (sent as JSON null; clearing
// Recurrence makes a series a single meeting). IntegrationTags is sent when
// non-nil: an empty non-nil slice removes every tag.
type PatchParams struct {
	Title    *string          `json:"title,omitempty"`
	Agenda   Nullable[string] `json:"agenda,omitzero"`
	Password *string          `json:"password,omitempty"`
	// Start and End are sent when non-zero.
	Start      time.Time        `json:"start,omitzero"`
	End        time.Time        `json:"end,omitzero"`
	Timezone   *string          `json:"timezone,omitempty"`
	Recurrence Nullable[string] `json:"recurrence,omitzero"`
	// PanelistPassword is a webinar's panelist password.
	PanelistPassword *string `json:"panelistPassword,omitempty"`
	HostEmail        *string `json:"hostEmail,omitempty"`
	Settings
	IntegrationTags []string                 `json:"integrationTags,omitzero"`
	TrackingCodes   Nullable[[]TrackingCode] `json:"trackingCodes,omitzero"`
}

func (p *PatchParams) validate() error {
	if p == nil {
		return errNil("PatchParams")
	}
	if p.Title != nil && strings.TrimSpace(*p.Title) == "" {
		return invalid("PatchParams.Title cannot be set to empty")
	}
	rec, _ := p.Recurrence.Get()
	if err := checkTimes("PatchParams", p.Start, p.End, rec); err != nil {
		return err
	}
	if b, err := json.Marshal(p); err == nil && string(b) == "{}" {
		return invalid("PatchParams sets no field")
	}
	return p.Settings.validate("PatchParams")
}

// DeleteParams are the options of [Service.Delete]. A nil *DeleteParams
// takes Webex's defaults.
type DeleteParams struct {
	// HostEmail deletes, with admin scopes, a meeting of that host.
	HostEmail string `url:"hostEmail"`
	// SendEmail sends cancellation emails to the host and invitees
	// (Webex's default: true).
	SendEmail *bool `url:"sendEmail"`
}

// JoinParams asks for a link to join or start a meeting. Exactly one of
// MeetingID, MeetingNumber and WebLink names the meeting. The SDK always
// asks for the link itself (joinDirectly false) instead of a redirect.
type JoinParams struct {
	MeetingID     string `json:"meetingId,omitempty"`
	MeetingNumber string `json:"meetingNumber,omitempty"`
	WebLink       string `json:"webLink,omitempty"`
	// Email makes the link for that person; empty: for the caller.
	Email string `json:"email,omitempty"`
	// DisplayName needs Email.
	DisplayName string `json:"displayName,omitempty"`
	// Password is needed for a protected meeting the caller is not
	// invited to.
	Password string `json:"password,omitempty"`
	// ExpirationMinutes is how long JoinLink works, 1 to 60.
	ExpirationMinutes int `json:"expirationMinutes,omitempty"`
	// RegistrationID is needed for a webinar with registration IDs.
	RegistrationID string `json:"registrationId,omitempty"`
	// HostEmail acts, with admin scopes or from a service app (where it is
	// required), for that host.
	HostEmail string `json:"hostEmail,omitempty"`
	// CreateJoinLinkAsWebLink returns the meeting's WebLink as JoinLink.
	CreateJoinLinkAsWebLink *bool `json:"createJoinLinkAsWebLink,omitempty"`
	// CreateStartLinkAsWebLink returns the meeting's WebLink as StartLink.
	CreateStartLinkAsWebLink *bool `json:"createStartLinkAsWebLink,omitempty"`
}

func (p *JoinParams) validate() error {
	switch {
	case p == nil || countSet(p.MeetingID, p.MeetingNumber, p.WebLink) == 0:
		return invalid("JoinParams needs MeetingID, MeetingNumber or WebLink")
	case countSet(p.MeetingID, p.MeetingNumber, p.WebLink) > 1:
		return invalid("JoinParams takes only one of MeetingID, MeetingNumber and WebLink")
	case p.DisplayName != "" && p.Email == "":
		return invalid("JoinParams.DisplayName needs Email")
	case p.ExpirationMinutes < 0 || p.ExpirationMinutes > 60:
		return invalid("JoinParams.ExpirationMinutes must be between 1 and 60 (or zero for the default)")
	}
	return nil
}

// joinBody is JoinParams as sent: the link in the answer, not a redirect.
type joinBody struct {
	*JoinParams
	JoinDirectly bool `json:"joinDirectly"`
}

// EndParams are the options of [Service.End]. A nil *EndParams sends no
// reason.
type EndParams struct {
	Reason string `json:"reason,omitempty"`
}

// TemplateListParams filters the meeting templates listed. A nil
// *TemplateListParams lists every template of the user's preferred site in
// en_US.
type TemplateListParams struct {
	// TemplateType is [TemplateTypeMeeting] or [TemplateTypeWebinar].
	TemplateType TemplateType `url:"templateType"`
	// Locale is such as "en_US" (Webex's default) or "fr_FR".
	Locale     string `url:"locale"`
	IsDefault  *bool  `url:"isDefault"`
	IsStandard *bool  `url:"isStandard"`
	HostEmail  string `url:"hostEmail"`
	SiteURL    string `url:"siteUrl"`
}

func checkTimes(name string, start, end time.Time, recurrence string) error {
	if !start.IsZero() && !end.IsZero() && !end.After(start) {
		return invalid(name + ".End must be after Start")
	}
	if recurrence == "" {
		return nil
	}
	up := strings.ToUpper(recurrence)
	switch {
	case strings.HasPrefix(up, "RRULE:"):
		return invalid(name + `.Recurrence takes the rule without the "RRULE:" prefix`)
	case !strings.HasPrefix(up, "FREQ=") && !strings.Contains(up, ";FREQ="):
		return invalid(name + ".Recurrence must be an RFC 5545 rule with FREQ, such as FREQ=WEEKLY;BYDAY=MO;COUNT=10")
	}
	return nil
}

func isTrue(b *bool) bool { return b != nil && *b }
