package memberships

import (
	"time"

	"github.com/gowebex/sdk/webex/rooms"
)

// Membership is one person's membership of a space, as Webex returns it.
// See https://developer.webex.com/docs/api/v1/memberships.
type Membership struct {
	ID                string `json:"id"`
	RoomID            string `json:"roomId"`
	PersonID          string `json:"personId,omitempty"`
	PersonEmail       string `json:"personEmail,omitempty"`
	PersonDisplayName string `json:"personDisplayName,omitempty"`
	PersonOrgID       string `json:"personOrgId,omitempty"`
	IsModerator       bool   `json:"isModerator,omitempty"`
	// IsRoomHidden reports whether the person hid the (direct) space in
	// their Webex clients.
	IsRoomHidden bool `json:"isRoomHidden,omitempty"`
	// RoomType is [RoomTypeDirect] or [RoomTypeGroup].
	RoomType RoomType `json:"roomType,omitempty"`
	// IsMonitor reports whether the member is a monitoring bot
	// (deprecated by Webex).
	IsMonitor bool      `json:"isMonitor,omitempty"`
	Created   time.Time `json:"created,omitzero"`
}

// RoomType is the kind of a membership's space: [Membership.RoomType]. It
// is [rooms.Type].
type RoomType = rooms.Type

// Space types of [Membership.RoomType].
const (
	RoomTypeDirect = rooms.TypeDirect // a 1:1 space
	RoomTypeGroup  = rooms.TypeGroup  // a group space
)
