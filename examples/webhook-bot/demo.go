package main

import (
	"context"
	"fmt"
	"net"
	"time"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/attachments"
	"github.com/gowebex/sdk/webex/memberships"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/rooms"
	"github.com/gowebex/sdk/webex/webextest"
)

// demo plays both sides against the emulator: a person asks the bot for an
// approval, the bot answers with a card, the person approves, and the bot
// records the decision.
func demo(ctx context.Context) error {
	fmt.Println("WEBEX_ACCESS_TOKEN is not set: running the bot against the in-memory emulator, with a scripted person.")
	srv := webextest.NewServer()
	defer srv.Close()
	_, botToken := srv.NewBotWithToken("approver@webex.bot", "Approver")
	_, userToken := srv.NewUserWithToken("dana@example.com", "Dana")

	botClient, err := webex.NewClient(webex.WithBaseURL(srv.URL()), webex.WithToken(botToken))
	if err != nil {
		return err
	}
	user, err := webex.NewClient(webex.WithBaseURL(srv.URL()), webex.WithToken(userToken))
	if err != nil {
		return err
	}
	b, err := newBot(ctx, botClient)
	if err != nil {
		return err
	}
	posted := make(chan *messages.Message, 4)
	b.posted = func(m *messages.Message) { posted <- m }

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	stop, err := b.start(ctx, ln, "http://"+ln.Addr().String()+"/webex")
	if err != nil {
		return err
	}
	defer stop()
	fmt.Printf("1. The bot %q registered webhooks for messages and card submissions, signed with a secret.\n", b.me.DisplayName)

	room, err := user.Rooms.Create(ctx, &rooms.CreateParams{Title: "Budget approvals"})
	if err != nil {
		return err
	}
	if _, err := user.Memberships.Create(ctx, &memberships.CreateParams{RoomID: room.ID, PersonID: b.me.ID}); err != nil {
		return err
	}
	fmt.Printf("2. Dana created the space %q and added the bot.\n", room.Title)

	ask, err := user.Messages.Create(ctx, &messages.CreateParams{
		RoomID:   room.ID,
		Markdown: messages.MentionPerson(b.me.ID, b.me.DisplayName) + " please approve the Q3 offsite budget of $4,200",
	})
	if err != nil {
		return err
	}
	fmt.Printf("3. Dana asked: %q\n", ask.Text)

	card, err := await(ctx, posted)
	if err != nil {
		return err
	}
	fmt.Printf("4. The bot got the signed delivery, read the message through the API and answered with an approval card (%d attachment).\n", len(card.Attachments))

	if _, err := user.AttachmentActions.Create(ctx, &attachments.CreateParams{
		MessageID: card.ID,
		Inputs:    map[string]string{"decision": "approve", "comment": "Enjoy the offsite"},
	}); err != nil {
		return err
	}
	fmt.Println("5. Dana pressed Approve with a comment.")

	decision, err := await(ctx, posted)
	if err != nil {
		return err
	}
	fmt.Printf("6. The bot recorded the decision in the thread: %q\n", decision.Text)
	return nil
}

func await(ctx context.Context, ch <-chan *messages.Message) (*messages.Message, error) {
	select {
	case m := <-ch:
		return m, nil
	case <-time.After(10 * time.Second):
		return nil, fmt.Errorf("the bot did not answer within 10s")
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
