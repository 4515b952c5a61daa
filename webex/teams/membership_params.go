package teams

import (
	"strings"

	"github.com/gowebex/sdk/internal/httpx"
)

// ListMembershipsParams selects the memberships of one team. TeamID is
// required.
type ListMembershipsParams struct {
	TeamID string `url:"teamId"`
	// Max is the page size.
	Max int `url:"max"`
}

func (p *ListMembershipsParams) validate() error {
	switch {
	case p == nil || strings.TrimSpace(p.TeamID) == "":
		return httpx.Invalid("teams", "ListMembershipsParams.TeamID is required")
	case p.Max < 0:
		return httpx.Invalid("teams", "ListMembershipsParams.Max must not be negative")
	}
	return nil
}

// CreateMembershipParams adds a person to a team. TeamID is required, and
// one of PersonID and PersonEmail.
type CreateMembershipParams struct {
	TeamID      string `json:"teamId"`
	PersonID    string `json:"personId,omitempty"`
	PersonEmail string `json:"personEmail,omitempty"`
	// IsModerator makes the person a team moderator; nil leaves the
	// Webex default (not a moderator).
	IsModerator *bool `json:"isModerator,omitempty"`
}

func (p *CreateMembershipParams) validate() error {
	switch {
	case p == nil || strings.TrimSpace(p.TeamID) == "":
		return httpx.Invalid("teams", "CreateMembershipParams.TeamID is required")
	case p.PersonID == "" && p.PersonEmail == "":
		return httpx.Invalid("teams", "CreateMembershipParams needs PersonID or PersonEmail")
	case p.PersonID != "" && p.PersonEmail != "":
		return httpx.Invalid("teams", "CreateMembershipParams takes PersonID or PersonEmail, not both")
	}
	return nil
}

// UpdateMembershipParams is the new state of a team membership. IsModerator
// is required, so that a membership is never demoted by a forgotten field.
type UpdateMembershipParams struct {
	IsModerator *bool `json:"isModerator"`
}

func (p *UpdateMembershipParams) validate() error {
	if p == nil || p.IsModerator == nil {
		return httpx.Invalid("teams", "UpdateMembershipParams.IsModerator is required")
	}
	return nil
}
