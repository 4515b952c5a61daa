package meetings

// MeetingInvitee is a person invited to a meeting, as Webex returns it.
// See https://developer.webex.com/docs/api/v1/meeting-invitees.
type MeetingInvitee struct {
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
