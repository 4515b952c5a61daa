package messages

import (
	"encoding/json"
	"time"

	"github.com/gowebex/sdk/webex/rooms"
)

// Message is a message in a space, as Webex returns it.
// See https://developer.webex.com/docs/api/v1/messages.
type Message struct {
	ID              string       `json:"id"`
	ParentID        string       `json:"parentId,omitempty"`
	RoomID          string       `json:"roomId"`
	RoomType        RoomType     `json:"roomType,omitempty"` // RoomTypeDirect or RoomTypeGroup
	ToPersonID      string       `json:"toPersonId,omitempty"`
	ToPersonEmail   string       `json:"toPersonEmail,omitempty"`
	Text            string       `json:"text,omitempty"`
	Markdown        string       `json:"markdown,omitempty"`
	HTML            string       `json:"html,omitempty"`
	Files           []string     `json:"files,omitempty"`
	PersonID        string       `json:"personId,omitempty"`
	PersonEmail     string       `json:"personEmail,omitempty"`
	MentionedPeople []string     `json:"mentionedPeople,omitempty"`
	MentionedGroups []string     `json:"mentionedGroups,omitempty"`
	Attachments     []Attachment `json:"attachments,omitempty"`
	Created         time.Time    `json:"created,omitzero"`
	Updated         time.Time    `json:"updated,omitzero"`
	IsVoiceClip     bool         `json:"isVoiceClip,omitempty"`
}

// RoomType is the kind of a message's space: [Message.RoomType]. It is
// [rooms.Type].
type RoomType = rooms.Type

// Room types of [Message.RoomType].
const (
	RoomTypeDirect = rooms.TypeDirect // a 1:1 space
	RoomTypeGroup  = rooms.TypeGroup  // a group space
)

// Attachment is a content attachment of a message: an Adaptive Card. Content
// holds the card JSON; build it with any card builder or by hand.
type Attachment struct {
	ContentType string          `json:"contentType"`
	Content     json.RawMessage `json:"content"`
}

// ContentTypeAdaptiveCard is the content type of an Adaptive Card attachment.
const ContentTypeAdaptiveCard = "application/vnd.microsoft.card.adaptive"

// CardAttachment returns an Adaptive Card attachment whose content is card
// marshalled to JSON.
func CardAttachment(card any) (Attachment, error) {
	b, err := json.Marshal(card)
	if err != nil {
		return Attachment{}, err
	}
	return Attachment{ContentType: ContentTypeAdaptiveCard, Content: b}, nil
}
