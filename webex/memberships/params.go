package memberships

import "github.com/gowebex/sdk/internal/httpx"

// ListParams filters the memberships listed. A nil *ListParams lists the
// caller's own memberships, one per space. RoomID lists a space's members;
// PersonID or PersonEmail (one of them) narrows that to one person. Webex
// requires RoomID with them, except for compliance officers, who may list
// all of a person's memberships.
type ListParams struct {
	RoomID      string `url:"roomId"`
	PersonID    string `url:"personId"`
	PersonEmail string `url:"personEmail"`
	// Max is the page size (zero: Webex's default of 100).
	Max int `url:"max"`
}

func (p *ListParams) validate() error {
	switch {
	case p == nil:
		return nil
	case p.PersonID != "" && p.PersonEmail != "":
		return httpx.Invalid("memberships", "ListParams takes PersonID or PersonEmail, not both")
	case p.Max < 0:
		return httpx.Invalid("memberships", "ListParams.Max must not be negative")
	}
	return nil
}

// CreateParams adds a person to a space: RoomID and exactly one of PersonID
// and PersonEmail are required.
type CreateParams struct {
	RoomID      string `json:"roomId"`
	PersonID    string `json:"personId,omitempty"`
	PersonEmail string `json:"personEmail,omitempty"`
	// IsModerator makes the person a moderator of the space.
	IsModerator *bool `json:"isModerator,omitempty"`
}

func (p *CreateParams) validate() error {
	switch {
	case p == nil || p.RoomID == "":
		return httpx.Invalid("memberships", "CreateParams.RoomID is required")
	case p.PersonID == "" && p.PersonEmail == "":
		return httpx.Invalid("memberships", "CreateParams needs PersonID or PersonEmail")
	case p.PersonID != "" && p.PersonEmail != "":
		return httpx.Invalid("memberships", "CreateParams takes PersonID or PersonEmail, not both")
	}
	return nil
}

// UpdateParams is the new state of a membership. Webex requires both
// fields on every update; [UpdateParamsFrom] fills them from the current
// membership so that only the one to change need be set.
type UpdateParams struct {
	// IsModerator makes the person a moderator of the space, or not.
	IsModerator *bool `json:"isModerator"`
	// IsRoomHidden hides a direct space in the person's Webex clients until
	// the next message arrives, or shows it again.
	IsRoomHidden *bool `json:"isRoomHidden"`
}

// UpdateParamsFrom returns update parameters holding m's current values.
func UpdateParamsFrom(m *Membership) *UpdateParams {
	if m == nil {
		return &UpdateParams{}
	}
	moderator, hidden := m.IsModerator, m.IsRoomHidden
	return &UpdateParams{IsModerator: &moderator, IsRoomHidden: &hidden}
}

func (p *UpdateParams) validate() error {
	switch {
	case p == nil || p.IsModerator == nil:
		return httpx.Invalid("memberships", "UpdateParams.IsModerator is required (Webex needs both fields; UpdateParamsFrom keeps the current values)")
	case p.IsRoomHidden == nil:
		return httpx.Invalid("memberships", "UpdateParams.IsRoomHidden is required (Webex needs both fields; UpdateParamsFrom keeps the current values)")
	}
	return nil
}
