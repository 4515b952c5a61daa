package meetings

import (
	"time"
)

// RecordingListParams filters the recordings listed. All fields are
// optional. From and To are sent as ISO 8601 in UTC.
type RecordingListParams struct {
	// MeetingID lists the recordings of a series, scheduled meeting or
	// instance.
	MeetingID string    `url:"meetingId"`
	From      time.Time `url:"from"`
	To        time.Time `url:"to"`
	// HostEmail lists, with admin scopes, the recordings of that host.
	// ListAdmin does not take it.
	HostEmail      string `url:"hostEmail"`
	SiteURL        string `url:"siteUrl"`
	IntegrationTag string `url:"integrationTag"`
	// Topic filters by topic, ignoring case.
	Topic string `url:"topic"`
	// Format is [RecordingFormatMP4] or [RecordingFormatARF].
	Format RecordingFormat `url:"format"`
	// ServiceType is one of the ServiceType constants.
	ServiceType ServiceType `url:"serviceType"`
	// Status is [StatusAvailable] (the default), [StatusDeleted] (in the
	// recycle bin) or, for admins, [StatusPurged].
	Status Status `url:"status"`
	// Max is the page size, 1 to 100.
	Max int `url:"max"`
	// Timezone is the IANA time zone (such as "Europe/Paris") the times
	// of the answer are given in, sent in Webex's timezone header; empty:
	// UTC.
	Timezone string `url:"-"`
}

// RecordingGetParams are the options of [RecordingService.Get]. A nil
// *RecordingGetParams gets the recording as the caller.
type RecordingGetParams struct {
	// HostEmail gets, with admin scopes, a recording of that host.
	HostEmail string `url:"hostEmail"`
	// Timezone is the IANA time zone of the answer's times, sent in
	// Webex's timezone header; empty: UTC.
	Timezone string `url:"-"`
	// SiteURL is the site of the recording, sent in Webex's siteUrl
	// header; empty: the caller's preferred site.
	SiteURL string `url:"-"`
}

func (p *RecordingListParams) validate(admin bool) error {
	if p == nil {
		return nil
	}
	name := "RecordingListParams"
	if admin && p.HostEmail != "" {
		return invalid("RecordingListParams.HostEmail is not taken by ListAdmin")
	}
	if err := checkRange(name, "From", "To", p.From, p.To); err != nil {
		return err
	}
	if admin && !p.From.IsZero() && !p.To.IsZero() && p.To.Sub(p.From) > 30*24*time.Hour {
		return invalid("RecordingListParams: ListAdmin takes a From-To range of at most 30 days")
	}
	return checkMax(name, p.Max, 100)
}

// RecordingDeleteParams are the options of [RecordingService.Delete]. A
// compliance officer deleting another user's recording must give Reason.
type RecordingDeleteParams struct {
	HostEmail string `url:"hostEmail" json:"-"`
	Reason    string `url:"-" json:"reason,omitempty"`
	// Comment is at most 255 characters.
	Comment string `url:"-" json:"comment,omitempty"`
}

func (p *RecordingDeleteParams) validate() error {
	if p != nil && len([]rune(p.Comment)) > 255 {
		return invalid("RecordingDeleteParams.Comment is longer than 255 characters")
	}
	return nil
}
