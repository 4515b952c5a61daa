package rooms

import "time"

// Room is a Webex space ("room" in the API), as Webex returns it.
// See https://developer.webex.com/docs/api/v1/rooms.
type Room struct {
	ID string `json:"id"`
	// Title is the space's name. For a 1:1 space it is the other person's
	// display name.
	Title string `json:"title,omitempty"`
	// Type is [TypeDirect] or [TypeGroup].
	Type Type `json:"type,omitempty"`
	// IsLocked reports whether the space is moderated.
	IsLocked bool   `json:"isLocked,omitempty"`
	TeamID   string `json:"teamId,omitempty"`
	// LastActivity is when the space last had activity.
	LastActivity time.Time `json:"lastActivity,omitzero"`
	// CreatorID is the id of the person who created the space.
	CreatorID string    `json:"creatorId,omitempty"`
	Created   time.Time `json:"created,omitzero"`
	// OwnerID is the id of the organization that owns the space.
	OwnerID          string `json:"ownerId,omitempty"`
	ClassificationID string `json:"classificationId,omitempty"`
	// IsAnnouncementOnly reports whether only moderators may post.
	IsAnnouncementOnly bool `json:"isAnnouncementOnly,omitempty"`
	// IsReadOnly reports whether a compliance officer made the (direct)
	// space read-only.
	IsReadOnly bool `json:"isReadOnly,omitempty"`
	// IsPublic reports whether anyone in the organization can find and
	// join the space.
	IsPublic bool `json:"isPublic,omitempty"`
	// MadePublic is when the space was made public.
	MadePublic  time.Time `json:"madePublic,omitzero"`
	Description string    `json:"description,omitempty"`
}

// Type is the kind of a space: [Room.Type] and [ListParams.Type]. The
// room types of messages, memberships and events are this type too.
type Type string

// Space types.
const (
	TypeDirect Type = "direct" // a 1:1 space
	TypeGroup  Type = "group"  // a group space
)

// SortBy is the order of a list of spaces: [ListParams.SortBy].
type SortBy string

// Sort orders.
const (
	SortByID           SortBy = "id"
	SortByLastActivity SortBy = "lastactivity" // most recent activity first
	SortByCreated      SortBy = "created"      // most recently created first
)

// MeetingInfo is how to join the Webex meeting of a space.
// See https://developer.webex.com/docs/api/v1/rooms/get-room-meeting-details.
type MeetingInfo struct {
	RoomID string `json:"roomId"`
	// MeetingLink is the meeting's URL.
	MeetingLink   string `json:"meetingLink,omitempty"`
	SIPAddress    string `json:"sipAddress,omitempty"`
	MeetingNumber string `json:"meetingNumber,omitempty"`
	MeetingID     string `json:"meetingId,omitempty"`
	// CallInTollFreeNumber is the toll-free PSTN dial-in number.
	CallInTollFreeNumber string `json:"callInTollFreeNumber,omitempty"`
	// CallInTollNumber is the toll (local) PSTN dial-in number.
	CallInTollNumber string `json:"callInTollNumber,omitempty"`
}
