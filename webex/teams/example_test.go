package teams_test

import (
	"context"
	"errors"
	"fmt"
	"log"

	"github.com/gowebex/sdk/internal/emu"
	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/teams"
	"github.com/gowebex/sdk/webex/webextest"
)

// The examples run against the in-memory emulator: with real Webex, build
// the client with webex.NewClient() and a token in WEBEX_ACCESS_TOKEN.

func ExampleService_List() {
	srv := webextest.NewServer()
	defer srv.Close()
	ada, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client := emu.Client(srv, token)
	srv.NewTeam(ada, "Engineering")
	srv.NewTeam(ada, "Product")

	for t, err := range client.Teams.List(context.Background(), nil) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(t.Name)
	}
	// Unordered output:
	// Engineering
	// Product
}

func ExampleService_ListPage() {
	srv := webextest.NewServer()
	defer srv.Close()
	ada, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client := emu.Client(srv, token)
	for _, name := range []string{"Engineering", "Product", "Sales"} {
		srv.NewTeam(ada, name)
	}

	page, err := client.Teams.ListPage(context.Background(), &teams.ListParams{Max: 2}, "")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(page.Items), "teams")
	// Pass page.NextURL to ListPage to get the next page, now or later.
	fmt.Println("more:", page.NextURL != "")
	// Output:
	// 2 teams
	// more: true
}

func ExampleService_Create() {
	srv := webextest.NewServer()
	defer srv.Close()
	client := emu.ClientAs(srv, "ada@example.com", "Ada Lovelace")

	t, err := client.Teams.Create(context.Background(), &teams.CreateParams{
		Name:        "Product Launch",
		Description: "Everything about the launch",
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("created", t.Name)
	// Output: created Product Launch
}

func ExampleService_Get() {
	srv := webextest.NewServer()
	defer srv.Close()
	ada, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client := emu.Client(srv, token)
	team := srv.NewTeam(ada, "Engineering")

	t, err := client.Teams.Get(context.Background(), team.ID)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(t.Name)
	// Output: Engineering
}

func ExampleService_Update() {
	srv := webextest.NewServer()
	defer srv.Close()
	ada, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client := emu.Client(srv, token)
	team := srv.NewTeam(ada, "Engineering")

	t, err := client.Teams.Update(context.Background(), team.ID, &teams.UpdateParams{Name: "Engineering - Platform"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(t.Name)
	// Output: Engineering - Platform
}

func ExampleService_Delete() {
	srv := webextest.NewServer()
	defer srv.Close()
	ada, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client := emu.Client(srv, token)
	team := srv.NewTeam(ada, "Scratch")
	ctx := context.Background()

	if err := client.Teams.Delete(ctx, team.ID); err != nil {
		log.Fatal(err)
	}
	_, err := client.Teams.Get(ctx, team.ID)
	fmt.Println("deleted:", errors.Is(err, webex.ErrNotFound))
	// Output: deleted: true
}

func ExampleMembershipService_Create() {
	srv := webextest.NewServer()
	defer srv.Close()
	ada, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client := emu.Client(srv, token)
	team := srv.NewTeam(ada, "Engineering")
	srv.NewUser(nil, "dave@example.com", "Dave Cutler")

	m, err := client.TeamMemberships.Create(context.Background(), &teams.CreateMembershipParams{
		TeamID:      team.ID,
		PersonEmail: "dave@example.com",
		IsModerator: webex.Ptr(true),
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(m.PersonDisplayName, "moderator:", m.IsModerator)
	// Output: Dave Cutler moderator: true
}

func ExampleMembershipService_List() {
	srv := webextest.NewServer()
	defer srv.Close()
	ada, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client := emu.Client(srv, token)
	team := srv.NewTeam(ada, "Engineering", srv.NewUser(nil, "dave@example.com", "Dave Cutler"))

	for m, err := range client.TeamMemberships.List(context.Background(), &teams.ListMembershipsParams{TeamID: team.ID}) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(m.PersonEmail, "moderator:", m.IsModerator)
	}
	// Unordered output:
	// ada@example.com moderator: true
	// dave@example.com moderator: false
}

func ExampleMembershipService_Get() {
	srv := webextest.NewServer()
	defer srv.Close()
	ada, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client := emu.Client(srv, token)
	team := srv.NewTeam(ada, "Engineering")
	srv.NewUser(nil, "dave@example.com", "Dave Cutler")
	ctx := context.Background()
	added, err := client.TeamMemberships.Create(ctx, &teams.CreateMembershipParams{TeamID: team.ID, PersonEmail: "dave@example.com"})
	if err != nil {
		log.Fatal(err)
	}

	m, err := client.TeamMemberships.Get(ctx, added.ID)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(m.PersonEmail, m.TeamID == team.ID)
	// Output: dave@example.com true
}

func ExampleMembershipService_Update() {
	srv := webextest.NewServer()
	defer srv.Close()
	ada, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client := emu.Client(srv, token)
	team := srv.NewTeam(ada, "Engineering")
	srv.NewUser(nil, "dave@example.com", "Dave Cutler")
	ctx := context.Background()
	added, err := client.TeamMemberships.Create(ctx, &teams.CreateMembershipParams{TeamID: team.ID, PersonEmail: "dave@example.com"})
	if err != nil {
		log.Fatal(err)
	}

	m, err := client.TeamMemberships.Update(ctx, added.ID, &teams.UpdateMembershipParams{IsModerator: webex.Ptr(true)})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(m.PersonDisplayName, "moderator:", m.IsModerator)
	// Output: Dave Cutler moderator: true
}

func ExampleMembershipService_Delete() {
	srv := webextest.NewServer()
	defer srv.Close()
	ada, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client := emu.Client(srv, token)
	team := srv.NewTeam(ada, "Engineering")
	srv.NewUser(nil, "dave@example.com", "Dave Cutler")
	ctx := context.Background()
	added, err := client.TeamMemberships.Create(ctx, &teams.CreateMembershipParams{TeamID: team.ID, PersonEmail: "dave@example.com"})
	if err != nil {
		log.Fatal(err)
	}

	if err := client.TeamMemberships.Delete(ctx, added.ID); err != nil {
		log.Fatal(err)
	}
	_, err = client.TeamMemberships.Get(ctx, added.ID)
	fmt.Println("removed:", errors.Is(err, webex.ErrNotFound))
	// Output: removed: true
}
