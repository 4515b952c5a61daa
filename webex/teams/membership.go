package teams

import "time"

// Membership is a person's membership of a team, as Webex returns it.
// See https://developer.webex.com/docs/api/v1/team-memberships.
type Membership struct {
	ID                string    `json:"id"`
	TeamID            string    `json:"teamId"`
	PersonID          string    `json:"personId"`
	PersonEmail       string    `json:"personEmail,omitempty"`
	PersonDisplayName string    `json:"personDisplayName,omitempty"`
	PersonOrgID       string    `json:"personOrgId,omitempty"`
	IsModerator       bool      `json:"isModerator"`
	Created           time.Time `json:"created,omitzero"`
}
