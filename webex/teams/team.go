package teams

import "time"

// Team is a team, a group of spaces with shared membership, as Webex
// returns it.
// See https://developer.webex.com/docs/api/v1/teams.
type Team struct {
	ID          string    `json:"id"`
	Name        string    `json:"name"`
	Description string    `json:"description,omitempty"`
	Created     time.Time `json:"created,omitzero"`
}
