package bottest

import (
	"context"
	"encoding/json"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/attachments"
	"github.com/gowebex/sdk/webex/memberships"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/rooms"
	"github.com/gowebex/sdk/webex/webextest"
)

// User is a person talking to the bot through the emulator's API, as a
// Webex client would.
type User struct {
	env *Env
	// Person is the user's account.
	Person *webextest.Person
	// Client is the user's own client.
	Client *webex.Client
}

// Space is a space the user made.
type Space struct {
	ID   string
	Type rooms.Type // rooms.TypeGroup or rooms.TypeDirect
	// Greeting is what the bot did when it was added (group spaces).
	Greeting *Answer
}

// Space creates a group space titled title, adds the bot and returns once
// the bot has handled being added.
func (u *User) Space(title string) *Space {
	u.env.t.Helper()
	ctx := context.Background()
	r, err := u.Client.Rooms.Create(ctx, &rooms.CreateParams{Title: title})
	if err != nil {
		u.env.t.Fatalf("bottest: creating a space: %v", err)
	}
	m, err := u.Client.Memberships.Create(ctx, &memberships.CreateParams{RoomID: r.ID, PersonID: u.env.Person.ID})
	if err != nil {
		u.env.t.Fatalf("bottest: adding the bot: %v", err)
	}
	return &Space{ID: r.ID, Type: rooms.TypeGroup, Greeting: answerOf(u.env.wait(m.ID))}
}

// Invite adds another user to the space and returns what the bot did. A
// User made by hand needs only Person.
func (u *User) Invite(s *Space, other *User) *Answer {
	u.env.t.Helper()
	m, err := u.Client.Memberships.Create(context.Background(), &memberships.CreateParams{RoomID: s.ID, PersonID: other.Person.ID})
	if err != nil {
		u.env.t.Fatalf("bottest: adding %s: %v", other.Person.Email, err)
	}
	return answerOf(u.env.wait(m.ID))
}

// RemoveBot removes the bot from the space and returns what the bot did.
func (u *User) RemoveBot(s *Space) *Answer {
	u.env.t.Helper()
	ctx := context.Background()
	var id string
	for m, err := range u.Client.Memberships.List(ctx, &memberships.ListParams{RoomID: s.ID, PersonID: u.env.Person.ID}) {
		if err != nil {
			u.env.t.Fatalf("bottest: finding the bot's membership: %v", err)
		}
		id = m.ID
	}
	if err := u.Client.Memberships.Delete(ctx, id); err != nil {
		u.env.t.Fatalf("bottest: removing the bot: %v", err)
	}
	return answerOf(u.env.wait(id))
}

// Post posts text in the space and returns what the bot did about it.
// "@Bot" in text becomes a mention of the bot. In a group space the bot
// sees only messages that mention it: Post then returns an empty Answer
// at once.
func (u *User) Post(s *Space, text string) *Answer {
	u.env.t.Helper()
	md, mentioned := u.env.mention(text)
	m, err := u.Client.Messages.Create(context.Background(), &messages.CreateParams{RoomID: s.ID, Markdown: md})
	if err != nil {
		u.env.t.Fatalf("bottest: posting: %v", err)
	}
	if s.Type == rooms.TypeGroup && !mentioned {
		return &Answer{}
	}
	return answerOf(u.env.wait(m.ID))
}

// Direct posts text to the bot in their 1:1 space (creating it on first
// use) and returns the space and what the bot did.
func (u *User) Direct(text string) (*Space, *Answer) {
	u.env.t.Helper()
	md, _ := u.env.mention(text)
	m, err := u.Client.Messages.Create(context.Background(), &messages.CreateParams{ToPersonID: u.env.Person.ID, Markdown: md})
	if err != nil {
		u.env.t.Fatalf("bottest: posting to the bot: %v", err)
	}
	return &Space{ID: m.RoomID, Type: rooms.TypeDirect}, answerOf(u.env.wait(m.ID))
}

// Submit presses the first Submit button of the card carried by msg with
// inputs (a map or a struct of the input values) and returns what the bot
// did. As a Webex client does, it merges the button's data into the
// inputs.
func (u *User) Submit(msg *messages.Message, inputs any) *Answer {
	u.env.t.Helper()
	return u.Press(msg, "", inputs)
}

// Press is Submit with the Submit button titled title ("" for the first).
func (u *User) Press(msg *messages.Message, title string, inputs any) *Answer {
	u.env.t.Helper()
	if msg == nil {
		u.env.t.Fatalf("bottest: Press: no card message")
	}
	merged, err := submission(msg, title, inputs)
	if err != nil {
		u.env.t.Fatalf("bottest: %v", err)
	}
	a, err := u.Client.AttachmentActions.Create(context.Background(), &attachments.CreateParams{MessageID: msg.ID, Inputs: merged})
	if err != nil {
		u.env.t.Fatalf("bottest: submitting the card: %v", err)
	}
	return answerOf(u.env.wait(a.ID))
}

// SubmitRaw submits raw JSON (an object) as a card's inputs, as is:
// nothing of the card's Submit data is added. For tests of malformed or
// forged submissions.
func (u *User) SubmitRaw(msg *messages.Message, raw string) *Answer {
	u.env.t.Helper()
	a, err := u.Client.AttachmentActions.Create(context.Background(), &attachments.CreateParams{MessageID: msg.ID, Inputs: json.RawMessage(raw)})
	if err != nil {
		u.env.t.Fatalf("bottest: submitting the card: %v", err)
	}
	return answerOf(u.env.wait(a.ID))
}

// Messages lists the space's messages as the user sees them, oldest first.
func (u *User) Messages(s *Space) []*messages.Message {
	u.env.t.Helper()
	var out []*messages.Message
	for m, err := range u.Client.Messages.List(context.Background(), &messages.ListParams{RoomID: s.ID}) {
		if err != nil {
			u.env.t.Fatalf("bottest: listing messages: %v", err)
		}
		out = append(out, m)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}
