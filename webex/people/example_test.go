package people_test

import (
	"context"
	"errors"
	"fmt"
	"log"

	"github.com/gowebex/sdk/internal/emu"
	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/people"
	"github.com/gowebex/sdk/webex/webextest"
)

// The examples run against the in-memory emulator: with real Webex, build
// the client with webex.NewClient() and a token in WEBEX_ACCESS_TOKEN.

// adminClient returns a client acting as a full administrator of srv's
// default organization, as Create, Update and Delete require.
func adminClient(srv *webextest.Server) *webex.Client {
	admin := srv.NewAdmin(nil, "admin@example.com", "Org Admin")
	return emu.Client(srv, srv.NewToken(admin, "spark:all", "spark-admin:people_write", "spark-admin:people_read"))
}

func ExampleService_Me() {
	srv := webextest.NewServer()
	defer srv.Close()
	client := emu.ClientAs(srv, "ada@example.com", "Ada Lovelace")

	me, err := client.People.Me(context.Background(), nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(me.DisplayName, me.Emails, me.Type)
	// Output: Ada Lovelace [ada@example.com] person
}

func ExampleService_List() {
	srv := webextest.NewServer()
	defer srv.Close()
	client := emu.ClientAs(srv, "ada@example.com", "Ada Lovelace")
	srv.NewUser(nil, "adam@example.com", "Adam Smith")
	srv.NewUser(nil, "bob@example.com", "Bob Kahn")

	// Names starting with "Ada".
	for p, err := range client.People.List(context.Background(), &people.ListParams{DisplayName: "Ada"}) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(p.DisplayName, p.Emails)
	}
	// Unordered output:
	// Ada Lovelace [ada@example.com]
	// Adam Smith [adam@example.com]
}

func ExampleService_ListPage() {
	srv := webextest.NewServer()
	defer srv.Close()
	client := adminClient(srv)
	for _, name := range []string{"Ada", "Bob", "Cy", "Dee"} {
		srv.NewUser(nil, name+"@example.com", name)
	}

	// Everyone in the organization, as only admins may list.
	ctx := context.Background()
	p := &people.ListParams{Unfiltered: true, Max: 2}
	page, err := client.People.ListPage(ctx, p, "")
	for err == nil {
		fmt.Println(len(page.Items), "people, more:", page.NextURL != "")
		if page.NextURL == "" {
			break
		}
		// page.NextURL can be saved and used later to resume.
		page, err = client.People.ListPage(ctx, p, page.NextURL)
	}
	if err != nil {
		log.Fatal(err)
	}
	// Output:
	// 2 people, more: true
	// 2 people, more: true
	// 1 people, more: false
}

func ExampleService_Lookup() {
	srv := webextest.NewServer()
	defer srv.Close()
	client := emu.ClientAs(srv, "ada@example.com", "Ada Lovelace")
	bob := srv.NewUser(nil, "bob@example.com", "Bob Kahn")
	gone := webex.ID{Cluster: "us", Type: "PEOPLE", UUID: "00000000-0000-0000-0000-000000000000"}.String()

	r, err := client.People.Lookup(context.Background(), []string{bob.ID, gone})
	if err != nil {
		log.Fatal(err)
	}
	for _, p := range r.People {
		fmt.Println("found", p.DisplayName)
	}
	fmt.Println("not found:", len(r.NotFoundIDs), r.NotFoundIDs[0] == gone)
	// Output:
	// found Bob Kahn
	// not found: 1 true
}

func ExampleService_Get() {
	srv := webextest.NewServer()
	defer srv.Close()
	client := emu.ClientAs(srv, "ada@example.com", "Ada Lovelace")
	bob := srv.NewUser(nil, "bob@example.com", "Bob Kahn")
	ctx := context.Background()

	p, err := client.People.Get(ctx, bob.ID, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(p.DisplayName, p.Emails)

	missing := webex.ID{Cluster: "us", Type: "PEOPLE", UUID: "00000000-0000-0000-0000-000000000000"}.String()
	if _, err := client.People.Get(ctx, missing, nil); errors.Is(err, webex.ErrNotFound) {
		fmt.Println("no such person")
	}
	// Output:
	// Bob Kahn [bob@example.com]
	// no such person
}

func ExampleService_Create() {
	srv := webextest.NewServer()
	defer srv.Close()
	client := adminClient(srv)

	p, err := client.People.Create(context.Background(), &people.CreateParams{
		Emails:      []string{"ada@example.com"},
		DisplayName: "Ada Lovelace",
		FirstName:   "Ada",
		LastName:    "Lovelace",
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("created", p.DisplayName, p.Emails)
	// Output: created Ada Lovelace [ada@example.com]
}

func ExampleService_Update() {
	srv := webextest.NewServer()
	defer srv.Close()
	client := adminClient(srv)
	ada := srv.NewUser(nil, "ada@example.com", "Ada Lovelace")
	ctx := context.Background()

	// Webex replaces every detail: read the person, change, write back.
	p, err := client.People.Get(ctx, ada.ID, nil)
	if err != nil {
		log.Fatal(err)
	}
	u := p.UpdateParams()
	u.DisplayName = "Ada King"
	p, err = client.People.Update(ctx, p.ID, u)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(p.DisplayName, p.Emails)
	// Output: Ada King [ada@example.com]
}

func ExampleService_Delete() {
	srv := webextest.NewServer()
	defer srv.Close()
	client := adminClient(srv)
	ada := srv.NewUser(nil, "ada@example.com", "Ada Lovelace")
	ctx := context.Background()

	if err := client.People.Delete(ctx, ada.ID); err != nil {
		log.Fatal(err)
	}
	_, err := client.People.Get(ctx, ada.ID, nil)
	fmt.Println("deleted:", errors.Is(err, webex.ErrNotFound))
	// Output: deleted: true
}
