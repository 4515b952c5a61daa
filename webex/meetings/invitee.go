package meetings

// Invitee is a person invited to a meeting, as the invitees API
// ([InviteeService]) returns it. Inviting people as a meeting is created
// takes [InviteeParams]; inviting to an existing meeting takes
// [InviteeCreateParams], or [BulkInvitee] items in bulk.
// See https://developer.webex.com/docs/api/v1/meeting-invitees.
type Invitee struct {
	ID          string `json:"id"`
	Email       string `json:"email,omitempty"`
	DisplayName string `json:"displayName,omitempty"`
	// CoHost reports whether the invitee is an alternate host.
	CoHost bool `json:"coHost,omitempty"`
	// MeetingID is the meeting series, scheduled meeting or instance the
	// invitation is for.
	MeetingID string `json:"meetingId,omitempty"`
	// Panelist reports whether the invitee is a webinar panelist.
	Panelist bool `json:"panelist,omitempty"`
}

// MeetingInvitee is the old name of [Invitee].
//
// Deprecated: use Invitee.
type MeetingInvitee = Invitee
