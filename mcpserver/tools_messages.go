package mcpserver

import (
	"context"
	"fmt"
	"time"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/messages"
)

// MessageListInput is the input of messages_list.
type MessageListInput struct {
	RoomID          string    `json:"roomId" jsonschema:"the space (room) id whose messages to list; required"`
	ParentID        string    `json:"parentId,omitempty" jsonschema:"list only the replies of this thread's parent message id"`
	MentionedPeople []string  `json:"mentionedPeople,omitempty" jsonschema:"list only messages mentioning these person ids; 'me' is the caller (bots in group spaces must use 'me')"`
	Before          time.Time `json:"before,omitzero" jsonschema:"list only messages sent before this time (RFC 3339, e.g. 2026-01-31T09:00:00Z)"`
	BeforeMessage   string    `json:"beforeMessage,omitempty" jsonschema:"list only messages sent before this message id"`
	PageInput
}

// MessageListDirectInput is the input of messages_list_direct.
type MessageListDirectInput struct {
	PersonID    string `json:"personId,omitempty" jsonschema:"the other person's id (give this or personEmail)"`
	PersonEmail string `json:"personEmail,omitempty" jsonschema:"the other person's email (give this or personId)"`
	ParentID    string `json:"parentId,omitempty" jsonschema:"list only the replies of this thread's parent message id"`
	Limit       int    `json:"limit,omitempty" jsonschema:"how many messages to return, 1 to 100 (default 50)"`
}

// DirectListOutput is the result of messages_list_direct.
type DirectListOutput struct {
	Items []messages.Message `json:"items"`
	// More says there are older messages; list them with messages_list and
	// the roomId of these messages.
	More bool `json:"more,omitempty" jsonschema:"true when older messages exist: use messages_list with the roomId of these messages to page further"`
}

// MessageIDInput names one message.
type MessageIDInput struct {
	MessageID string `json:"messageId" jsonschema:"the message id"`
}

// MessageCreateInput is the input of messages_create.
type MessageCreateInput struct {
	RoomID        string         `json:"roomId,omitempty" jsonschema:"the space (room) id to post to; or give toPersonId or toPersonEmail for a direct message"`
	ToPersonID    string         `json:"toPersonId,omitempty" jsonschema:"send a direct (1:1) message to this person id"`
	ToPersonEmail string         `json:"toPersonEmail,omitempty" jsonschema:"send a direct (1:1) message to this email address"`
	ParentID      string         `json:"parentId,omitempty" jsonschema:"reply in the thread of this parent message id"`
	Text          string         `json:"text,omitempty" jsonschema:"the message in plain text (with markdown: the plain-text alternative)"`
	Markdown      string         `json:"markdown,omitempty" jsonschema:"the message in Markdown; mention people with <@personEmail:addr> or everyone with <@all>"`
	Files         []string       `json:"files,omitempty" jsonschema:"public URL of one file to attach"`
	Card          map[string]any `json:"card,omitempty" jsonschema:"an Adaptive Card (JSON object with type AdaptiveCard) to attach; text is then the fallback"`
	File          *FileUpload    `json:"file,omitempty" jsonschema:"a file to upload with the message (instead of files)"`
}

// FileUpload is a file an agent posts, its content in base64.
type FileUpload struct {
	Name   string `json:"name" jsonschema:"the file name Webex shows, e.g. report.pdf"`
	Type   string `json:"type,omitempty" jsonschema:"its media type, e.g. application/pdf"`
	Base64 string `json:"base64" jsonschema:"the content, base64 (standard alphabet)"`
}

// MessageEditInput is the input of messages_edit.
type MessageEditInput struct {
	MessageID string `json:"messageId" jsonschema:"the id of the message to edit (only its author may)"`
	RoomID    string `json:"roomId,omitempty" jsonschema:"the message's space id; looked up when omitted"`
	Text      string `json:"text,omitempty" jsonschema:"the new plain text"`
	Markdown  string `json:"markdown,omitempty" jsonschema:"the new Markdown text"`
}

func messageTools() []tool {
	return []tool{
		&spec[MessageListInput, ListOutput[messages.Message]]{
			name: "messages_list", title: "List messages in a space", cap: CapMessages, level: Read, kind: kindRead,
			scopes: []string{webex.ScopeMessagesRead},
			desc: "List the messages of one space, newest first, one page at a time. roomId is required (find it with spaces_list). " +
				"Returns up to limit messages and a nextCursor for older ones. Bots in group spaces see only messages that mention them.",
			verb: "list", past: "listed",
			object: func(c *call, in *MessageListInput) string { return "messages in " + c.space(in.RoomID) },
			guard: func(_ context.Context, c *call, in *MessageListInput) error {
				if in.RoomID == "" {
					return fmt.Errorf("roomId is required: messages_list lists the messages of one space (find it with spaces_list)")
				}
				return c.allowSpace(in.RoomID)
			},
			run: func(ctx context.Context, c *call, in *MessageListInput) (ListOutput[messages.Message], error) {
				url, err := c.cursor(in.Cursor)
				if err != nil {
					return ListOutput[messages.Message]{}, err
				}
				p, err := c.client().Messages.ListPage(ctx, &messages.ListParams{
					RoomID: in.RoomID, ParentID: in.ParentID, MentionedPeople: in.MentionedPeople,
					Before: in.Before, BeforeMessage: in.BeforeMessage, Max: pageSize(in.Limit),
				}, url)
				if err != nil {
					return ListOutput[messages.Message]{}, err
				}
				return ListOutput[messages.Message]{Items: p.Items, NextCursor: c.next(p.NextURL)}, nil
			},
			summary: func(o ListOutput[messages.Message]) string {
				return listSummary(len(o.Items), "messages", o.NextCursor)
			},
		},
		&spec[MessageListDirectInput, DirectListOutput]{
			name: "messages_list_direct", title: "List direct messages with a person", cap: CapMessages, level: Read, kind: kindRead,
			scopes: []string{webex.ScopeMessagesRead},
			desc: "List the messages of the 1:1 (direct) space with one person, by personId or personEmail, newest first, up to limit. " +
				"When more is true, page further with messages_list and the roomId of the returned messages.",
			verb: "list", past: "listed",
			object: func(c *call, in *MessageListDirectInput) string {
				return "direct messages with " + c.person(in.PersonID, in.PersonEmail)
			},
			guard: func(_ context.Context, c *call, _ *MessageListDirectInput) error {
				return c.confined("read direct messages")
			},
			run: func(ctx context.Context, c *call, in *MessageListDirectInput) (DirectListOutput, error) {
				n := pageSize(in.Limit)
				out := DirectListOutput{Items: []messages.Message{}}
				for m, err := range c.client().Messages.ListDirect(ctx, &messages.ListDirectParams{
					PersonID: in.PersonID, PersonEmail: in.PersonEmail, ParentID: in.ParentID,
				}) {
					if err != nil {
						return DirectListOutput{}, err
					}
					if len(out.Items) == n {
						out.More = true
						break
					}
					out.Items = append(out.Items, *m)
				}
				return out, nil
			},
			summary: func(o DirectListOutput) string {
				s := fmt.Sprintf("%d direct messages", len(o.Items))
				if o.More {
					s += "; older ones exist (use messages_list with their roomId)"
				}
				return s
			},
		},
		&spec[MessageIDInput, messages.Message]{
			name: "messages_get", title: "Get a message", cap: CapMessages, level: Read, kind: kindRead,
			scopes: []string{webex.ScopeMessagesRead},
			desc:   "Get one message by id: its text, author, space, files and cards.",
			verb:   "read", past: "read",
			object: func(c *call, in *MessageIDInput) string {
				return c.ref("messageId", "message", in.MessageID) + c.where()
			},
			guard: guardMessage(func(in *MessageIDInput) string { return in.MessageID }),
			run: func(ctx context.Context, c *call, in *MessageIDInput) (messages.Message, error) {
				if m, ok := prefetched[messages.Message](c); ok {
					return *m, nil
				}
				m, err := c.client().Messages.Get(ctx, in.MessageID)
				if err != nil {
					return messages.Message{}, err
				}
				c.room = m.RoomID
				return *m, nil
			},
			summary: func(m messages.Message) string { return "message " + m.ID + " from " + m.PersonEmail },
		},
		&spec[MessageCreateInput, messages.Message]{
			name: "messages_create", title: "Post a message", cap: CapMessages, level: Write, kind: kindCreate,
			scopes: []string{webex.ScopeMessagesWrite},
			desc: "Post a message to a space (roomId) or a direct message to a person (toPersonId or toPersonEmail), " +
				"as text and/or Markdown, optionally replying in a thread (parentId), with one file (by public URL, or uploaded as base64) or an Adaptive Card. " +
				"Calling it twice posts twice.",
			verb: "post", past: "posted",
			object: func(c *call, in *MessageCreateInput) string {
				if in.RoomID == "" && (in.ToPersonID != "" || in.ToPersonEmail != "") {
					return "a direct message to " + c.person(in.ToPersonID, in.ToPersonEmail)
				}
				return "a message to " + c.space(in.RoomID)
			},
			guard: func(_ context.Context, c *call, in *MessageCreateInput) error {
				c.content = firstNonEmpty(in.Markdown, in.Text)
				if in.RoomID == "" {
					return c.confined("send direct messages")
				}
				return c.allowSpace(in.RoomID)
			},
			run: func(ctx context.Context, c *call, in *MessageCreateInput) (messages.Message, error) {
				p := &messages.CreateParams{
					RoomID: in.RoomID, ToPersonID: in.ToPersonID, ToPersonEmail: in.ToPersonEmail,
					ParentID: in.ParentID, Text: in.Text, Markdown: in.Markdown, Files: in.Files,
				}
				if in.File != nil {
					return postFile(ctx, c, p, in)
				}
				if in.Card != nil {
					a, err := messages.CardAttachment(in.Card)
					if err != nil {
						return messages.Message{}, err
					}
					p.Attachments = []messages.Attachment{a}
				}
				m, err := c.client().Messages.Create(ctx, p)
				if err != nil {
					return messages.Message{}, err
				}
				c.target("messageId", m.ID)
				return *m, nil
			},
			summary: func(m messages.Message) string { return "posted message " + m.ID },
		},
		&spec[MessageEditInput, messages.Message]{
			name: "messages_edit", title: "Edit a message", cap: CapMessages, level: Write, kind: kindUpdate,
			scopes: []string{webex.ScopeMessagesWrite},
			desc:   "Replace the text of a message the agent posted (Webex allows editing only one's own messages). roomId is looked up when omitted.",
			verb:   "edit", past: "edited",
			object: func(c *call, in *MessageEditInput) string {
				return c.ref("messageId", "message", in.MessageID) + c.where()
			},
			guard: func(ctx context.Context, c *call, in *MessageEditInput) error {
				c.content = firstNonEmpty(in.Markdown, in.Text)
				if in.RoomID != "" && !c.rt.agent.Confined() {
					c.room = in.RoomID
					return nil
				}
				if err := fetchMessage(ctx, c, in.MessageID); err != nil {
					return err
				}
				if err := c.allowSpace(c.room); err != nil {
					return err
				}
				if in.RoomID != "" && in.RoomID != c.room {
					// Said without naming the message's real space.
					return c.deny("roomId is not the space of this message")
				}
				return nil
			},
			run: func(ctx context.Context, c *call, in *MessageEditInput) (messages.Message, error) {
				m, err := c.client().Messages.Edit(ctx, in.MessageID, &messages.EditParams{RoomID: c.room, Text: in.Text, Markdown: in.Markdown})
				if err != nil {
					return messages.Message{}, err
				}
				return *m, nil
			},
			summary: func(m messages.Message) string { return "edited message " + m.ID },
		},
		&spec[MessageIDInput, Done]{
			name: "messages_delete", title: "Delete a message", cap: CapMessages, level: Full, kind: kindDelete,
			scopes: []string{webex.ScopeMessagesWrite},
			desc:   "Delete a message for everyone. Authors may delete their own messages; moderators any message in their space. Cannot be undone.",
			verb:   "delete", past: "deleted",
			object: func(c *call, in *MessageIDInput) string {
				return c.ref("messageId", "message", in.MessageID) + c.where()
			},
			guard: guardMessage(func(in *MessageIDInput) string { return in.MessageID }),
			run: func(ctx context.Context, c *call, in *MessageIDInput) (Done, error) {
				if err := c.client().Messages.Delete(ctx, in.MessageID); err != nil {
					return Done{}, err
				}
				return Done{OK: true, Message: "deleted message " + in.MessageID}, nil
			},
			summary: func(d Done) string { return d.Message },
		},
	}
}

// guardMessage returns a guard for tools naming a message by id: for a
// confined agent, it fetches the message to learn its space and checks it.
func guardMessage[In any](id func(*In) string) func(context.Context, *call, *In) error {
	return func(ctx context.Context, c *call, in *In) error {
		if !c.rt.agent.Confined() {
			return nil
		}
		if err := fetchMessage(ctx, c, id(in)); err != nil {
			return err
		}
		return c.allowSpace(c.room)
	}
}

// fetchMessage fetches a message to learn its space (c.room); the message
// is kept in c.pre.
func fetchMessage(ctx context.Context, c *call, id string) error {
	m, err := c.client().Messages.Get(ctx, id)
	if err != nil {
		return err
	}
	c.pre, c.room = m, m.RoomID
	return nil
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
