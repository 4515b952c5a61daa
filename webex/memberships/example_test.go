package memberships_test

import (
	"context"
	"errors"
	"fmt"
	"log"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/memberships"
)

func ExampleService_List() {
	client, err := webex.NewClient() // token from WEBEX_ACCESS_TOKEN
	if err != nil {
		log.Fatal(err)
	}
	// Everyone in a space.
	for m, err := range client.Memberships.List(context.Background(), &memberships.ListParams{RoomID: "ROOM_ID"}) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(m.PersonDisplayName, m.PersonEmail, "moderator:", m.IsModerator)
	}
}

func ExampleService_ListPage() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	p := &memberships.ListParams{RoomID: "ROOM_ID", Max: 100}
	next := "" // a NextURL saved from an earlier run resumes there
	for {
		page, err := client.Memberships.ListPage(ctx, p, next)
		if err != nil {
			log.Fatal(err)
		}
		for _, m := range page.Items {
			fmt.Println(m.PersonEmail)
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
	m, err := client.Memberships.Create(context.Background(), &memberships.CreateParams{
		RoomID:      "ROOM_ID",
		PersonEmail: "ana.lopez@example.org",
		IsModerator: webex.Ptr(true),
	})
	if errors.Is(err, webex.ErrConflict) {
		fmt.Println("already a member")
		return
	}
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("added", m.PersonDisplayName, "membership", m.ID)
}

func ExampleService_Get() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	m, err := client.Memberships.Get(context.Background(), "MEMBERSHIP_ID")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(m.PersonEmail, m.RoomType, m.Created)
}

func ExampleService_Update() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	m, err := client.Memberships.Get(ctx, "MEMBERSHIP_ID")
	if err != nil {
		log.Fatal(err)
	}
	// Webex needs both fields: keep the current ones, change one.
	p := memberships.UpdateParamsFrom(m)
	p.IsModerator = webex.Ptr(true)
	m, err = client.Memberships.Update(ctx, m.ID, p)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(m.PersonEmail, "moderator:", m.IsModerator)
}

func ExampleService_Delete() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	if err := client.Memberships.Delete(context.Background(), "MEMBERSHIP_ID"); err != nil {
		log.Fatal(err)
	}
}
