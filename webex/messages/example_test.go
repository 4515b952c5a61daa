package messages_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/messages"
)

func ExampleService_List() {
	client, err := webex.NewClient() // token from WEBEX_ACCESS_TOKEN
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	// A bot in a group space sees only the messages that mention it.
	p := &messages.ListParams{
		RoomID:          "Y2lzY29zcGFyazovL3VzL1JPT00vZXhhbXBsZQ",
		MentionedPeople: []string{"me"},
		Before:          time.Now().Add(-24 * time.Hour),
	}
	n := 0
	for m, err := range client.Messages.List(ctx, p) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(m.Created.Format(time.RFC3339), m.PersonEmail, m.Text)
		if n++; n == 50 {
			break // no more pages are fetched
		}
	}
}

func ExampleService_ListPage() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	p := &messages.ListParams{RoomID: "Y2lzY29zcGFyazovL3VzL1JPT00vZXhhbXBsZQ", Max: 100}
	next := "" // or a NextURL saved by an earlier run
	for {
		page, err := client.Messages.ListPage(ctx, p, next)
		if err != nil {
			log.Fatal(err)
		}
		for _, m := range page.Items {
			fmt.Println(m.ID, m.Text)
		}
		if page.NextURL == "" {
			break
		}
		next = page.NextURL
	}
}

func ExampleService_ListDirect() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	for m, err := range client.Messages.ListDirect(context.Background(), &messages.ListDirectParams{PersonEmail: "julie@example.com"}) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(m.PersonEmail, m.Text)
	}
}

func ExampleService_Create() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	m, err := client.Messages.Create(context.Background(), &messages.CreateParams{
		RoomID:   "Y2lzY29zcGFyazovL3VzL1JPT00vZXhhbXBsZQ",
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
	fmt.Println("posted", m.ID)
}

func ExampleCardAttachment() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
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
	fmt.Println("card sent", m.ID)
}

func ExampleService_CreateWithFile() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	f, err := os.Open("report.pdf")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	// The file is streamed, never read into memory whole. The request is
	// not retried: on a 429, wait for the error's RetryAfter and reopen the
	// file.
	m, err := client.Messages.CreateWithFile(context.Background(),
		&messages.CreateParams{RoomID: "Y2lzY29zcGFyazovL3VzL1JPT00vZXhhbXBsZQ", Text: "This week's report"},
		messages.File{Name: "report.pdf", ContentType: "application/pdf", Body: f})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("uploaded", m.Files)
}

func ExampleService_Get() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	m, err := client.Messages.Get(context.Background(), "Y2lzY29zcGFyazovL3VzL01FU1NBR0UvZXhhbXBsZQ")
	if errors.Is(err, webex.ErrNotFound) {
		fmt.Println("deleted, or not visible to this token")
		return
	}
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(m.PersonEmail, m.Created.Format(time.RFC3339), m.Text)
}

func ExampleService_Edit() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	m, err := client.Messages.Edit(context.Background(), "Y2lzY29zcGFyazovL3VzL01FU1NBR0UvZXhhbXBsZQ", &messages.EditParams{
		RoomID:   "Y2lzY29zcGFyazovL3VzL1JPT00vZXhhbXBsZQ",
		Markdown: "Build **142** passed (edited)",
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("edited at", m.Updated.Format(time.RFC3339))
}

func ExampleService_Delete() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	if err := client.Messages.Delete(context.Background(), "Y2lzY29zcGFyazovL3VzL01FU1NBR0UvZXhhbXBsZQ"); err != nil {
		log.Fatal(err)
	}
	fmt.Println("deleted")
}
