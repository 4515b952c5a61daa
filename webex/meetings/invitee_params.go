package meetings

import "strings"

// InviteeListParams selects the invitees of one meeting. MeetingID is
// required.
type InviteeListParams struct {
	// MeetingID is a meeting series, scheduled meeting, or an ended or
	// ongoing instance.
	MeetingID string `url:"meetingId"`
	// Max is the page size, 1 to 100.
	Max       int    `url:"max"`
	HostEmail string `url:"hostEmail"`
	// Panelist, for webinars, lists only invitees (true) or only
	// attendees (false).
	Panelist *bool `url:"panelist"`
}

func (p *InviteeListParams) validate() error {
	if p == nil || p.MeetingID == "" {
		return invalid("InviteeListParams.MeetingID is required")
	}
	return checkMax("InviteeListParams", p.Max, 100)
}

// InviteeCreateParams invites a person to a meeting series or scheduled
// meeting. MeetingID and Email are required.
type InviteeCreateParams struct {
	MeetingID string `json:"meetingId"`
	Email     string `json:"email"`
	// DisplayName is at most 128 characters.
	DisplayName string `json:"displayName,omitempty"`
	// CoHost makes the invitee an alternate host.
	CoHost    *bool  `json:"coHost,omitempty"`
	HostEmail string `json:"hostEmail,omitempty"`
	// SendEmail emails the invitation (Webex's default: true).
	SendEmail *bool `json:"sendEmail,omitempty"`
	// Panelist makes the invitee a webinar panelist.
	Panelist *bool `json:"panelist,omitempty"`
}

func (p *InviteeCreateParams) validate() error {
	switch {
	case p == nil || p.MeetingID == "":
		return invalid("InviteeCreateParams.MeetingID is required")
	case strings.TrimSpace(p.Email) == "":
		return invalid("InviteeCreateParams.Email is required")
	}
	return nil
}

// BulkInviteeParams invites up to 100 people at once. MeetingID and at
// least one item are required; each item needs a unique Email.
type BulkInviteeParams struct {
	MeetingID string        `json:"meetingId"`
	HostEmail string        `json:"hostEmail,omitempty"`
	Items     []BulkInvitee `json:"items"`
}

// BulkInvitee is one person of a [BulkInviteeParams].
type BulkInvitee struct {
	Email       string `json:"email"`
	DisplayName string `json:"displayName,omitempty"`
	CoHost      *bool  `json:"coHost,omitempty"`
	// SendEmail emails the invitation (Webex's default: true).
	SendEmail *bool `json:"sendEmail,omitempty"`
	Panelist  *bool `json:"panelist,omitempty"`
}

// InviteeItem is the old name of [BulkInvitee].
//
// Deprecated: use BulkInvitee.
type InviteeItem = BulkInvitee

func (p *BulkInviteeParams) validate() error {
	switch {
	case p == nil || p.MeetingID == "":
		return invalid("BulkInviteeParams.MeetingID is required")
	case len(p.Items) == 0:
		return invalid("BulkInviteeParams.Items is empty")
	case len(p.Items) > 100:
		return invalid("BulkInviteeParams.Items takes at most 100 invitees")
	}
	seen := make(map[string]bool, len(p.Items))
	for i, it := range p.Items {
		e := strings.ToLower(strings.TrimSpace(it.Email))
		if e == "" {
			return invalid("BulkInviteeParams.Items: every item needs an Email")
		}
		if seen[e] {
			return invalid("BulkInviteeParams.Items: " + p.Items[i].Email + " is listed twice")
		}
		seen[e] = true
	}
	return nil
}

// InviteeUpdateParams is the new state of an invitation (PUT). Email is
// required.
type InviteeUpdateParams struct {
	Email       string `json:"email"`
	DisplayName string `json:"displayName,omitempty"`
	CoHost      *bool  `json:"coHost,omitempty"`
	HostEmail   string `json:"hostEmail,omitempty"`
	SendEmail   *bool  `json:"sendEmail,omitempty"`
	Panelist    *bool  `json:"panelist,omitempty"`
}

func (p *InviteeUpdateParams) validate() error {
	if p == nil || strings.TrimSpace(p.Email) == "" {
		return invalid("InviteeUpdateParams.Email is required")
	}
	return nil
}

// InviteeDeleteParams are the options of [InviteeService.Delete].
type InviteeDeleteParams struct {
	HostEmail string `url:"hostEmail"`
	// SendEmail emails the person that the invitation is withdrawn.
	SendEmail *bool `url:"sendEmail"`
}
