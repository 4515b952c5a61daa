package meetings

// Summary is the AI summary of an ended meeting instance: notes in HTML
// and action items.
// See https://developer.webex.com/docs/api/v1/meeting-summaries.
type Summary struct {
	ID        string `json:"id"`
	MeetingID string `json:"meetingId,omitempty"`
	// Status is [StatusAvailable] or [StatusDeleted] (compliance officers
	// only see deleted summaries).
	Status      Status       `json:"status,omitempty"`
	Notes       *Notes       `json:"notes,omitempty"`
	ActionItems []ActionItem `json:"actionItems,omitempty"`
}

// Notes is the body of a summary.
type Notes struct {
	// Content is HTML.
	Content string `json:"content"`
}

// ActionItem is one action item of a summary.
type ActionItem struct {
	// Content is plain text.
	Content string `json:"content"`
}
