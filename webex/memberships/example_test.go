package memberships_test

import (
	"context"
	"errors"
	"fmt"
	"log"

	"github.com/gowebex/sdk/internal/emu"
	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/memberships"
	"github.com/gowebex/sdk/webex/webextest"
)

// The examples run against the in-memory emulator: with real Webex, build
// the client with webex.NewClient() and a token in WEBEX_ACCESS_TOKEN.

func ExampleService_List() {
	srv := webextest.NewServer()
	defer srv.Close()
	ada, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client := emu.Client(srv, token)
	room := srv.NewRoom(ada, "Launch", srv.NewUser(nil, "bob@example.com", "Bob Kahn"))

	// Everyone in a space.
	for m, err := range client.Memberships.List(context.Background(), &memberships.ListParams{RoomID: room.ID}) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(m.PersonDisplayName, m.PersonEmail, "moderator:", m.IsModerator)
	}
	// Unordered output:
	// Ada Lovelace ada@example.com moderator: true
	// Bob Kahn bob@example.com moderator: false
}

func ExampleService_ListPage() {
	srv := webextest.NewServer()
	defer srv.Close()
	ada, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client := emu.Client(srv, token)
	room := srv.NewRoom(ada, "Launch", srv.NewUser(nil, "bob@example.com", "Bob"), srv.NewUser(nil, "cy@example.com", "Cy"))

	ctx := context.Background()
	p := &memberships.ListParams{RoomID: room.ID, Max: 2}
	next := "" // a NextURL saved from an earlier run resumes there
	for {
		page, err := client.Memberships.ListPage(ctx, p, next)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(len(page.Items), "members, more:", page.NextURL != "")
		if page.NextURL == "" {
			break
		}
		next = page.NextURL
	}
	// Output:
	// 2 members, more: true
	// 1 members, more: false
}

func ExampleService_Create() {
	srv := webextest.NewServer()
	defer srv.Close()
	ada, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client := emu.Client(srv, token)
	room := srv.NewRoom(ada, "Launch")
	srv.NewUser(nil, "ana.lopez@example.org", "Ana López")

	ctx := context.Background()
	p := &memberships.CreateParams{RoomID: room.ID, PersonEmail: "ana.lopez@example.org", IsModerator: webex.Ptr(true)}
	m, err := client.Memberships.Create(ctx, p)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("added", m.PersonDisplayName, "moderator:", m.IsModerator)

	if _, err := client.Memberships.Create(ctx, p); errors.Is(err, webex.ErrConflict) {
		fmt.Println("already a member")
	}
	// Output:
	// added Ana López moderator: true
	// already a member
}

func ExampleService_Get() {
	srv := webextest.NewServer()
	defer srv.Close()
	ada, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client := emu.Client(srv, token)
	added := srv.AddMember(srv.NewRoom(ada, "Launch"), srv.NewUser(nil, "bob@example.com", "Bob Kahn"), false)

	m, err := client.Memberships.Get(context.Background(), added.ID)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(m.PersonEmail, m.RoomType)
	// Output: bob@example.com group
}

func ExampleService_Update() {
	srv := webextest.NewServer()
	defer srv.Close()
	ada, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client := emu.Client(srv, token)
	added := srv.AddMember(srv.NewRoom(ada, "Launch"), srv.NewUser(nil, "bob@example.com", "Bob Kahn"), false)

	ctx := context.Background()
	m, err := client.Memberships.Get(ctx, added.ID)
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
	// Output: bob@example.com moderator: true
}

func ExampleService_Delete() {
	srv := webextest.NewServer()
	defer srv.Close()
	ada, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client := emu.Client(srv, token)
	added := srv.AddMember(srv.NewRoom(ada, "Launch"), srv.NewUser(nil, "bob@example.com", "Bob Kahn"), false)

	ctx := context.Background()
	if err := client.Memberships.Delete(ctx, added.ID); err != nil {
		log.Fatal(err)
	}
	_, err := client.Memberships.Get(ctx, added.ID)
	fmt.Println("removed:", errors.Is(err, webex.ErrNotFound))
	// Output: removed: true
}
