package events_test

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/events"
)

func ExampleService_List() {
	client, err := webex.NewClient() // a compliance officer's token, from WEBEX_ACCESS_TOKEN
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	p := &events.ListParams{
		Resource: events.ResourceMessages,
		Type:     events.TypeCreated,
		From:     time.Now().Add(-24 * time.Hour),
	}
	for e, err := range client.Events.List(ctx, p) {
		if err != nil {
			log.Fatal(err)
		}
		m, err := e.Message()
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(e.Created.Format(time.RFC3339), m.PersonEmail, m.Text)
	}
}

func ExampleService_ListPage() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	p := &events.ListParams{Resource: events.ResourceMemberships, Max: 1000}
	next := "" // a NextURL saved by an earlier run resumes the archive there
	for {
		page, err := client.Events.ListPage(ctx, p, next)
		if err != nil {
			log.Fatal(err)
		}
		for _, e := range page.Items {
			m, err := e.Membership()
			if err != nil {
				log.Fatal(err)
			}
			fmt.Println(e.Type, m.PersonEmail, m.RoomID)
		}
		if page.NextURL == "" {
			break
		}
		next = page.NextURL
	}
}

func ExampleService_Get() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	e, err := client.Events.Get(context.Background(), "EVENT_ID")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(e.Resource, e.Type, e.ActorID, e.Created)
}

func ExampleEvent_Message() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	e, err := client.Events.Get(context.Background(), "EVENT_ID")
	if err != nil {
		log.Fatal(err)
	}
	switch e.Resource {
	case events.ResourceMessages:
		m, err := e.Message()
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println("message", m.ID, "in", m.RoomID, "by", m.PersonEmail, "files:", m.Files)
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
		fmt.Println(e.Resource, data)
	}
}
