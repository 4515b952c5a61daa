package messages_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"strings"

	"github.com/gowebex/sdk/internal/emu"
	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/webextest"
)

// The examples run against the in-memory emulator: with real Webex, build
// the client with webex.NewClient() and a token in WEBEX_ACCESS_TOKEN.

// A bot in a group space sees only the messages that mention it.
func ExampleService_List() {
	srv := webextest.NewServer()
	defer srv.Close()
	bot, token := srv.NewBotWithToken("helper@webex.bot", "Helper")
	client := emu.Client(srv, token)
	ada := srv.NewUser(nil, "ada@example.com", "Ada Lovelace")
	room := srv.NewRoom(ada, "Launch", bot)
	srv.NewMessage(ada, room, "Lunch, anyone?")
	srv.PostMessage(ada, room, webextest.MessageSpec{Markdown: messages.MentionPerson(bot.ID, "Helper") + " deploy v2.1"})

	p := &messages.ListParams{RoomID: room.ID, MentionedPeople: []string{"me"}}
	n := 0
	for m, err := range client.Messages.List(context.Background(), p) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(m.PersonEmail, m.Text)
		if n++; n == 50 {
			break // no more pages are fetched
		}
	}
	// Output: ada@example.com Helper deploy v2.1
}

func ExampleService_ListPage() {
	srv := webextest.NewServer()
	defer srv.Close()
	ada, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client := emu.Client(srv, token)
	room := srv.NewRoom(ada, "Launch")
	for i := range 5 {
		srv.NewMessage(ada, room, fmt.Sprint("update ", i))
	}

	ctx := context.Background()
	p := &messages.ListParams{RoomID: room.ID, Max: 2}
	next := "" // or a NextURL saved by an earlier run
	for {
		page, err := client.Messages.ListPage(ctx, p, next)
		if err != nil {
			log.Fatal(err)
		}
		for _, m := range page.Items { // newest first
			fmt.Print(m.Text, "; ")
		}
		fmt.Println("more:", page.NextURL != "")
		if page.NextURL == "" {
			break
		}
		next = page.NextURL
	}
	// Output:
	// update 4; update 3; more: true
	// update 2; update 1; more: true
	// update 0; more: false
}

func ExampleService_ListDirect() {
	srv := webextest.NewServer()
	defer srv.Close()
	client := emu.ClientAs(srv, "ada@example.com", "Ada Lovelace")
	srv.NewUser(nil, "julie@example.com", "Julie")
	ctx := context.Background()
	if _, err := client.Messages.Create(ctx, &messages.CreateParams{ToPersonEmail: "julie@example.com", Text: "Got a minute?"}); err != nil {
		log.Fatal(err)
	}

	for m, err := range client.Messages.ListDirect(ctx, &messages.ListDirectParams{PersonEmail: "julie@example.com"}) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(m.PersonEmail, m.RoomType, m.Text)
	}
	// Output: ada@example.com direct Got a minute?
}

func ExampleService_Create() {
	srv := webextest.NewServer()
	defer srv.Close()
	ada, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client := emu.Client(srv, token)
	room := srv.NewRoom(ada, "Builds")

	m, err := client.Messages.Create(context.Background(), &messages.CreateParams{
		RoomID:   room.ID,
		Text:     "Build 142 passed",
		Markdown: "Build **142** passed",
	})
	var apiErr *webex.APIError
	switch {
	case errors.As(err, &apiErr):
		log.Fatalf("Webex said %d %s (trackingId %s)", apiErr.StatusCode, apiErr.Message, apiErr.TrackingID)
	case err != nil:
		log.Fatal(err)
	}
	fmt.Println("posted:", m.Text)
	// Output: posted: Build 142 passed
}

func ExampleCardAttachment() {
	srv := webextest.NewServer()
	defer srv.Close()
	client := emu.ClientAs(srv, "ada@example.com", "Ada Lovelace")
	srv.NewUser(nil, "julie@example.com", "Julie")

	card, err := messages.CardAttachment(map[string]any{
		"type":    "AdaptiveCard",
		"version": "1.3",
		"body":    []map[string]any{{"type": "TextBlock", "text": "Deploy to production?"}},
		"actions": []map[string]any{{"type": "Action.Submit", "title": "Deploy", "data": map[string]string{"action": "deploy"}}},
	})
	if err != nil {
		log.Fatal(err)
	}
	m, err := client.Messages.Create(context.Background(), &messages.CreateParams{
		ToPersonEmail: "julie@example.com",
		Text:          "Deploy to production? (your client cannot show cards)",
		Attachments:   []messages.Attachment{card},
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("card sent:", len(m.Attachments), m.Attachments[0].ContentType)
	// Output: card sent: 1 application/vnd.microsoft.card.adaptive
}

func ExampleService_CreateWithFile() {
	srv := webextest.NewServer()
	defer srv.Close()
	ada, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client := emu.Client(srv, token)
	room := srv.NewRoom(ada, "Reports")
	report := strings.NewReader("week 48: all green\n") // or an *os.File

	// The file is streamed, never read into memory whole. The request is
	// not retried: on a 429, wait for the error's RetryAfter and reopen the
	// file.
	m, err := client.Messages.CreateWithFile(context.Background(),
		&messages.CreateParams{RoomID: room.ID, Text: "This week's report"},
		messages.File{Name: "report.txt", ContentType: "text/plain", Body: report})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("uploaded", len(m.Files), "file with:", m.Text)
	// Output: uploaded 1 file with: This week's report
}

func ExampleService_Get() {
	srv := webextest.NewServer()
	defer srv.Close()
	ada, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client := emu.Client(srv, token)
	posted := srv.NewMessage(ada, srv.NewRoom(ada, "Launch"), "We are go")
	ctx := context.Background()

	m, err := client.Messages.Get(ctx, posted.ID)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(m.PersonEmail, m.Text)

	missing := webex.ID{Cluster: "us", Type: "MESSAGE", UUID: "00000000-0000-0000-0000-000000000000"}.String()
	if _, err := client.Messages.Get(ctx, missing); errors.Is(err, webex.ErrNotFound) {
		fmt.Println("deleted, or not visible to this token")
	}
	// Output:
	// ada@example.com We are go
	// deleted, or not visible to this token
}

func ExampleService_Edit() {
	srv := webextest.NewServer()
	defer srv.Close()
	ada, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client := emu.Client(srv, token)
	room := srv.NewRoom(ada, "Builds")
	posted := srv.NewMessage(ada, room, "Build 142 passed")

	m, err := client.Messages.Edit(context.Background(), posted.ID, &messages.EditParams{
		RoomID:   room.ID,
		Markdown: "Build **142** passed (edited)",
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(m.Text, "edited:", !m.Updated.IsZero())
	// Output: Build 142 passed (edited) edited: true
}

func ExampleService_Delete() {
	srv := webextest.NewServer()
	defer srv.Close()
	ada, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client := emu.Client(srv, token)
	posted := srv.NewMessage(ada, srv.NewRoom(ada, "Launch"), "oops")
	ctx := context.Background()

	if err := client.Messages.Delete(ctx, posted.ID); err != nil {
		log.Fatal(err)
	}
	_, err := client.Messages.Get(ctx, posted.ID)
	fmt.Println("deleted:", errors.Is(err, webex.ErrNotFound))
	// Output: deleted: true
}
