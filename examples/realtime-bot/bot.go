package main

import (
	"context"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/notify"
	"github.com/gowebex/sdk/webex/people"
)

// bot answers the messages that mention it.
type bot struct {
	client *webex.Client
	me     *people.Person
	out    io.Writer
}

// newBot learns who the bot is.
func newBot(ctx context.Context, client *webex.Client, out io.Writer) (*bot, error) {
	me, err := client.People.Me(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("who am I: %w", err)
	}
	return &bot{client: client, me: me, out: out}, nil
}

// handle is the notify.Handler: the same function would serve webhooks.
func (b *bot) handle(ctx context.Context, ev *notify.Event) error {
	if ev.Resource != notify.ResourceMessages || ev.Event != notify.EventCreated || ev.FullMessage == nil {
		return nil
	}
	m := ev.FullMessage
	if m.PersonID == b.me.ID {
		return nil // its own answers
	}
	text := strings.TrimSpace(stripMention(m.Text, b.me.DisplayName))
	reply := fmt.Sprintf("You said %q. I heard it over the websocket, with no public URL.", text)
	parent := m.ID
	if m.ParentID != "" {
		parent = m.ParentID
	}
	if _, err := b.client.Messages.Create(ctx, &messages.CreateParams{RoomID: m.RoomID, ParentID: parent, Text: reply}); err != nil {
		return err // not acknowledged: the listener logs it and Webex sends the event again
	}
	fmt.Fprintf(b.out, "answered %s\n", m.PersonEmail)
	return nil
}

// stripMention removes the bot's name where a mention put it at the start.
func stripMention(text, name string) string {
	if name == "" {
		return text
	}
	re := regexp.MustCompile(`^\s*@?` + regexp.QuoteMeta(name) + `\b`)
	if loc := re.FindStringIndex(text); loc != nil {
		return text[loc[1]:]
	}
	first, _, _ := strings.Cut(name, " ")
	return strings.TrimPrefix(strings.TrimSpace(text), first)
}
