package meetings

import (
	"strings"
	"time"
)

// ParticipantListParams selects the participants of one meeting.
// MeetingID is required. Times are sent as ISO 8601 in UTC.
type ParticipantListParams struct {
	// MeetingID is a meeting instance, or a series or scheduled meeting
	// (then its last instance, within the MeetingStartTime range).
	MeetingID string `url:"meetingId"`
	// BreakoutSessionID lists one breakout session of an ended instance.
	BreakoutSessionID    string    `url:"breakoutSessionId"`
	MeetingStartTimeFrom time.Time `url:"meetingStartTimeFrom"`
	MeetingStartTimeTo   time.Time `url:"meetingStartTimeTo"`
	HostEmail            string    `url:"hostEmail"`
	// JoinTimeFrom and JoinTimeTo filter by when participants joined.
	JoinTimeFrom time.Time `url:"joinTimeFrom"`
	JoinTimeTo   time.Time `url:"joinTimeTo"`
	// Max is the page size, 1 to 100.
	Max int `url:"max"`
	// Timezone is the IANA time zone (such as "Europe/Paris") the times
	// of the answer are given in, sent in Webex's timezone header; empty:
	// UTC.
	Timezone string `url:"-"`
}

func (p *ParticipantListParams) validate() error {
	if p == nil || p.MeetingID == "" {
		return invalid("ParticipantListParams.MeetingID is required")
	}
	if err := checkRange("ParticipantListParams", "MeetingStartTimeFrom", "MeetingStartTimeTo", p.MeetingStartTimeFrom, p.MeetingStartTimeTo); err != nil {
		return err
	}
	if err := checkRange("ParticipantListParams", "JoinTimeFrom", "JoinTimeTo", p.JoinTimeFrom, p.JoinTimeTo); err != nil {
		return err
	}
	return checkMax("ParticipantListParams", p.Max, 100)
}

// ParticipantQueryParams finds participants of a meeting by email.
// MeetingID and Emails are required.
type ParticipantQueryParams struct {
	MeetingID            string    `url:"meetingId" json:"-"`
	MeetingStartTimeFrom time.Time `url:"meetingStartTimeFrom" json:"-"`
	MeetingStartTimeTo   time.Time `url:"meetingStartTimeTo" json:"-"`
	HostEmail            string    `url:"hostEmail" json:"-"`
	Emails               []string  `json:"emails"`
	JoinTimeFrom         time.Time `json:"joinTimeFrom,omitzero"`
	JoinTimeTo           time.Time `json:"joinTimeTo,omitzero"`
	// Timezone is the IANA time zone (such as "Europe/Paris") the times
	// of the answer are given in, sent in Webex's timezone header; empty:
	// UTC.
	Timezone string `url:"-" json:"-"`
}

func (p *ParticipantQueryParams) validate() error {
	switch {
	case p == nil || p.MeetingID == "":
		return invalid("ParticipantQueryParams.MeetingID is required")
	case len(p.Emails) == 0:
		return invalid("ParticipantQueryParams.Emails is empty")
	}
	for _, e := range p.Emails {
		if strings.TrimSpace(e) == "" {
			return invalid("ParticipantQueryParams.Emails has an empty email")
		}
	}
	if err := checkRange("ParticipantQueryParams", "MeetingStartTimeFrom", "MeetingStartTimeTo", p.MeetingStartTimeFrom, p.MeetingStartTimeTo); err != nil {
		return err
	}
	return checkRange("ParticipantQueryParams", "JoinTimeFrom", "JoinTimeTo", p.JoinTimeFrom, p.JoinTimeTo)
}

// ParticipantUpdateParams changes a participant of a meeting in progress.
// Set at least one field.
type ParticipantUpdateParams struct {
	// Muted mutes (true) or unmutes (false) the participant.
	Muted *bool `json:"muted,omitempty"`
	// Admit lets the participant in from the lobby.
	Admit *bool `json:"admit,omitempty"`
	// Expel removes the participant from the meeting.
	Expel *bool `json:"expel,omitempty"`
}

func (p *ParticipantUpdateParams) validate() error {
	if p == nil || p.Muted == nil && p.Admit == nil && p.Expel == nil {
		return invalid("ParticipantUpdateParams needs Muted, Admit or Expel")
	}
	return nil
}

func validateAdmit(items []AdmitItem) error {
	switch {
	case len(items) == 0:
		return invalid("Admit needs at least one participant")
	case len(items) > 100:
		return invalid("Admit takes at most 100 participants")
	}
	for _, it := range items {
		if it.ParticipantID == "" {
			return invalid("AdmitItem.ParticipantID is required")
		}
	}
	return nil
}
