package rooms_test

import (
	"context"
	"errors"
	"fmt"
	"log"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/rooms"
)

func ExampleService_List() {
	client, err := webex.NewClient() // token from WEBEX_ACCESS_TOKEN
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	p := &rooms.ListParams{Type: rooms.TypeGroup, SortBy: rooms.SortByLastActivity}
	for room, err := range client.Rooms.List(ctx, p) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(room.Title, room.LastActivity.Format("2006-01-02"))
	}
}

func ExampleService_ListPage() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	p := &rooms.ListParams{Max: 50}
	next := "" // a NextURL saved from an earlier run resumes there
	for {
		page, err := client.Rooms.ListPage(ctx, p, next)
		if err != nil {
			log.Fatal(err)
		}
		for _, room := range page.Items {
			fmt.Println(room.ID, room.Title)
		}
		if page.NextURL == "" {
			break
		}
		next = page.NextURL
	}
}

func ExampleService_Create() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	room, err := client.Rooms.Create(context.Background(), &rooms.CreateParams{
		Title:       "Release planning",
		Description: "Where we plan the next release",
		IsLocked:    webex.Ptr(true),
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("created", room.ID, "locked:", room.IsLocked)
}

func ExampleService_Get() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	room, err := client.Rooms.Get(context.Background(), "ROOM_ID")
	if errors.Is(err, webex.ErrNotFound) {
		fmt.Println("no such space, or the token cannot see it")
		return
	}
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(room.Title, room.Type, room.Created)
}

func ExampleService_Update() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	room, err := client.Rooms.Get(ctx, "ROOM_ID")
	if err != nil {
		log.Fatal(err)
	}
	// Webex needs the title on every update: keep the current one and
	// turn announcement mode off.
	room, err = client.Rooms.Update(ctx, room.ID, &rooms.UpdateParams{
		Title:              room.Title,
		IsAnnouncementOnly: webex.Ptr(false),
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(room.Title, "announcement only:", room.IsAnnouncementOnly)
}

func ExampleService_Delete() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	if err := client.Rooms.Delete(context.Background(), "ROOM_ID"); err != nil {
		log.Fatal(err)
	}
}
