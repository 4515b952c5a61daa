package events_test

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/gowebex/sdk/internal/emu"
	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/events"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/rooms"
	"github.com/gowebex/sdk/webex/webextest"
)

// The examples run against the in-memory emulator: with real Webex, build
// the client with webex.NewClient() and a compliance officer's token in
// WEBEX_ACCESS_TOKEN.

// officer returns a client acting as a compliance officer of srv's default
// organization, after ada@example.com has created a space and posted in it.
func officer(srv *webextest.Server, posts ...string) *webex.Client {
	ada := emu.ClientAs(srv, "ada@example.com", "Ada Lovelace")
	ctx := context.Background()
	room, err := ada.Rooms.Create(ctx, &rooms.CreateParams{Title: "Launch"})
	if err != nil {
		log.Fatal(err)
	}
	for _, text := range posts {
		if _, err := ada.Messages.Create(ctx, &messages.CreateParams{RoomID: room.ID, Text: text}); err != nil {
			log.Fatal(err)
		}
	}
	co := srv.NewComplianceOfficer(nil, "officer@example.com", "Compliance Officer")
	return emu.Client(srv, srv.NewToken(co, "spark-compliance:events_read"))
}

func ExampleService_List() {
	srv := webextest.NewServer()
	defer srv.Close()
	client := officer(srv, "We are go", "Launch at noon")

	// Every message posted in the last day, text included.
	p := &events.ListParams{
		Resource: events.ResourceMessages,
		Type:     events.TypeCreated,
		From:     time.Now().Add(-24 * time.Hour),
	}
	for e, err := range client.Events.List(context.Background(), p) {
		if err != nil {
			log.Fatal(err)
		}
		m, err := e.Message()
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(m.PersonEmail, m.Text)
	}
	// Unordered output:
	// ada@example.com We are go
	// ada@example.com Launch at noon
}

func ExampleService_ListPage() {
	srv := webextest.NewServer()
	defer srv.Close()
	client := officer(srv, "one", "two", "three")

	ctx := context.Background()
	p := &events.ListParams{Resource: events.ResourceMessages, Max: 2}
	next := "" // a NextURL saved by an earlier run resumes the archive there
	for {
		page, err := client.Events.ListPage(ctx, p, next)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(len(page.Items), "events, more:", page.NextURL != "")
		if page.NextURL == "" {
			break
		}
		next = page.NextURL
	}
	// Output:
	// 2 events, more: true
	// 1 events, more: false
}

func ExampleService_Get() {
	srv := webextest.NewServer()
	defer srv.Close()
	client := officer(srv)
	ctx := context.Background()
	page, err := client.Events.ListPage(ctx, &events.ListParams{Resource: events.ResourceRooms, Max: 1}, "")
	if err != nil {
		log.Fatal(err)
	}

	e, err := client.Events.Get(ctx, page.Items[0].ID)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(e.Resource, e.Type)
	// Output: rooms created
}

func ExampleEvent_Message() {
	srv := webextest.NewServer()
	defer srv.Close()
	client := officer(srv, "We are go")

	for e, err := range client.Events.List(context.Background(), &events.ListParams{Type: events.TypeCreated}) {
		if err != nil {
			log.Fatal(err)
		}
		switch e.Resource {
		case events.ResourceMessages:
			m, err := e.Message()
			if err != nil {
				log.Fatal(err)
			}
			fmt.Println("message by", m.PersonEmail+":", m.Text)
		case events.ResourceMeetingMessages:
			m, err := e.MeetingMessage()
			if err != nil {
				log.Fatal(err)
			}
			fmt.Println("meeting message", m.Text, "to", len(m.Recipients), "recipients")
		default:
			var data map[string]any
			if err := e.DecodeData(&data); err != nil {
				log.Fatal(err)
			}
			fmt.Println(e.Resource, "with", len(data) > 0, "data")
		}
	}
	// Unordered output:
	// message by ada@example.com: We are go
	// memberships with true data
	// rooms with true data
}
