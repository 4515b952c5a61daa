package messages

import (
	"time"

	"github.com/gowebex/sdk/internal/httpx"
)

// ListParams filters the messages of one space. RoomID is required.
type ListParams struct {
	RoomID string `url:"roomId"`
	// ParentID lists the replies of a thread.
	ParentID string `url:"parentId"`
	// MentionedPeople lists only messages mentioning these people, by id;
	// "me" stands for the caller. Bots must set it to "me" in group spaces.
	MentionedPeople []string `url:"mentionedPeople"`
	// Before lists messages sent before this time.
	Before time.Time `url:"before"`
	// BeforeMessage lists messages sent before this message, by id.
	BeforeMessage string `url:"beforeMessage"`
	// Max is the page size (at most 100 with MentionedPeople).
	Max int `url:"max"`
}

func (p *ListParams) validate() error {
	if p == nil || p.RoomID == "" {
		return httpx.Invalid("messages", "ListParams.RoomID is required")
	}
	if p.Max < 0 {
		return httpx.Invalid("messages", "ListParams.Max must not be negative")
	}
	return nil
}

// ListDirectParams selects the 1:1 space with one person, by PersonID or
// PersonEmail (exactly one is required).
type ListDirectParams struct {
	PersonID    string `url:"personId"`
	PersonEmail string `url:"personEmail"`
	ParentID    string `url:"parentId"`
}

func (p *ListDirectParams) validate() error {
	switch {
	case p == nil || p.PersonID == "" && p.PersonEmail == "":
		return httpx.Invalid("messages", "ListDirectParams needs PersonID or PersonEmail")
	case p.PersonID != "" && p.PersonEmail != "":
		return httpx.Invalid("messages", "ListDirectParams takes PersonID or PersonEmail, not both")
	}
	return nil
}

// CreateParams is a new message. Exactly one of RoomID, ToPersonID and
// ToPersonEmail names where it goes; it needs Text, Markdown, a file or an
// attachment.
type CreateParams struct {
	RoomID        string `json:"roomId,omitempty"`
	ParentID      string `json:"parentId,omitempty"`
	ToPersonID    string `json:"toPersonId,omitempty"`
	ToPersonEmail string `json:"toPersonEmail,omitempty"`
	Text          string `json:"text,omitempty"`
	// Markdown is the message in Markdown; Text is then the plain-text
	// alternative for clients that cannot render it.
	Markdown string `json:"markdown,omitempty"`
	// Files are public URLs of files to attach (Webex takes one per
	// message). To upload a local file, use [Service.CreateWithFile].
	Files       []string     `json:"files,omitempty"`
	Attachments []Attachment `json:"attachments,omitempty"`
}

func (p *CreateParams) validate(hasUpload bool) error {
	if p == nil {
		return httpx.Invalid("messages", "CreateParams is nil")
	}
	n := 0
	for _, s := range []string{p.RoomID, p.ToPersonID, p.ToPersonEmail} {
		if s != "" {
			n++
		}
	}
	switch {
	case n == 0:
		return httpx.Invalid("messages", "CreateParams needs RoomID, ToPersonID or ToPersonEmail")
	case n > 1:
		return httpx.Invalid("messages", "CreateParams takes only one of RoomID, ToPersonID and ToPersonEmail")
	case p.Text == "" && p.Markdown == "" && len(p.Files) == 0 && len(p.Attachments) == 0 && !hasUpload:
		return httpx.Invalid("messages", "CreateParams needs Text, Markdown, Files or Attachments")
	}
	return nil
}

// EditParams is the new content of a message. RoomID (the message's space)
// is required, and Text or Markdown. Files and attachments cannot be edited.
type EditParams struct {
	RoomID   string `json:"roomId"`
	Text     string `json:"text,omitempty"`
	Markdown string `json:"markdown,omitempty"`
}

func (p *EditParams) validate() error {
	switch {
	case p == nil || p.RoomID == "":
		return httpx.Invalid("messages", "EditParams.RoomID is required")
	case p.Text == "" && p.Markdown == "":
		return httpx.Invalid("messages", "EditParams needs Text or Markdown")
	}
	return nil
}
