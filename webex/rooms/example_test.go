package rooms_test

import (
	"context"
	"errors"
	"fmt"
	"log"

	"github.com/gowebex/sdk/internal/emu"
	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/rooms"
	"github.com/gowebex/sdk/webex/webextest"
)

// The examples run against the in-memory emulator: with real Webex, build
// the client with webex.NewClient() and a token in WEBEX_ACCESS_TOKEN.

func ExampleService_List() {
	srv := webextest.NewServer()
	defer srv.Close()
	client := emu.ClientAs(srv, "ada@example.com", "Ada Lovelace")
	ctx := context.Background()
	for _, title := range []string{"Launch", "Retro"} {
		if _, err := client.Rooms.Create(ctx, &rooms.CreateParams{Title: title}); err != nil {
			log.Fatal(err)
		}
	}

	// Group spaces, the most recently active first.
	p := &rooms.ListParams{Type: rooms.TypeGroup, SortBy: rooms.SortByLastActivity}
	for room, err := range client.Rooms.List(ctx, p) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(room.Title, room.Type)
	}
	// Output:
	// Retro group
	// Launch group
}

func ExampleService_ListPage() {
	srv := webextest.NewServer()
	defer srv.Close()
	client := emu.ClientAs(srv, "ada@example.com", "Ada Lovelace")
	ctx := context.Background()
	for i := range 5 {
		if _, err := client.Rooms.Create(ctx, &rooms.CreateParams{Title: fmt.Sprint("Space ", i)}); err != nil {
			log.Fatal(err)
		}
	}

	p := &rooms.ListParams{Max: 2, SortBy: rooms.SortByCreated}
	next := "" // a NextURL saved from an earlier run resumes there
	for {
		page, err := client.Rooms.ListPage(ctx, p, next)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(len(page.Items), "spaces, more:", page.NextURL != "")
		if page.NextURL == "" {
			break
		}
		next = page.NextURL
	}
	// Output:
	// 2 spaces, more: true
	// 2 spaces, more: true
	// 1 spaces, more: false
}

func ExampleService_Create() {
	srv := webextest.NewServer()
	defer srv.Close()
	client := emu.ClientAs(srv, "ada@example.com", "Ada Lovelace")

	room, err := client.Rooms.Create(context.Background(), &rooms.CreateParams{
		Title:       "Release planning",
		Description: "Where we plan the next release",
		IsLocked:    webex.Ptr(true),
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("created", room.Title, "locked:", room.IsLocked)
	// Output: created Release planning locked: true
}

func ExampleService_Get() {
	srv := webextest.NewServer()
	defer srv.Close()
	client := emu.ClientAs(srv, "ada@example.com", "Ada Lovelace")
	ctx := context.Background()
	created, err := client.Rooms.Create(ctx, &rooms.CreateParams{Title: "Launch"})
	if err != nil {
		log.Fatal(err)
	}

	room, err := client.Rooms.Get(ctx, created.ID)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(room.Title, room.Type)

	missing := webex.ID{Cluster: "us", Type: "ROOM", UUID: "00000000-0000-0000-0000-000000000000"}.String()
	if _, err := client.Rooms.Get(ctx, missing); errors.Is(err, webex.ErrNotFound) {
		fmt.Println("no such space, or the token cannot see it")
	}
	// Output:
	// Launch group
	// no such space, or the token cannot see it
}

func ExampleService_Update() {
	srv := webextest.NewServer()
	defer srv.Close()
	client := emu.ClientAs(srv, "ada@example.com", "Ada Lovelace")
	ctx := context.Background()
	room, err := client.Rooms.Create(ctx, &rooms.CreateParams{Title: "Announcements", IsAnnouncementOnly: webex.Ptr(true), IsLocked: webex.Ptr(true)})
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
	// Output: Announcements announcement only: false
}

func ExampleService_Delete() {
	srv := webextest.NewServer()
	defer srv.Close()
	client := emu.ClientAs(srv, "ada@example.com", "Ada Lovelace")
	ctx := context.Background()
	room, err := client.Rooms.Create(ctx, &rooms.CreateParams{Title: "Scratch"})
	if err != nil {
		log.Fatal(err)
	}

	if err := client.Rooms.Delete(ctx, room.ID); err != nil {
		log.Fatal(err)
	}
	_, err = client.Rooms.Get(ctx, room.ID)
	fmt.Println("deleted:", errors.Is(err, webex.ErrNotFound))
	// Output: deleted: true
}
