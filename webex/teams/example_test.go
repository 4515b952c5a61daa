package teams_test

import (
	"context"
	"fmt"
	"log"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/teams"
)

func ExampleService_List() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	for t, err := range client.Teams.List(context.Background(), nil) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(t.ID, t.Name)
	}
}

func ExampleService_ListPage() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	page, err := client.Teams.ListPage(context.Background(), &teams.ListParams{Max: 20}, "")
	if err != nil {
		log.Fatal(err)
	}
	for _, t := range page.Items {
		fmt.Println(t.Name)
	}
	// Pass page.NextURL to ListPage to get the next page, now or later.
	fmt.Println("more:", page.NextURL != "")
}

func ExampleService_Create() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	t, err := client.Teams.Create(context.Background(), &teams.CreateParams{
		Name:        "Product Launch",
		Description: "Everything about the launch",
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("created", t.ID, t.Created)
}

func ExampleService_Update() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	t, err := client.Teams.Update(context.Background(), "TEAM_ID", &teams.UpdateParams{Name: "Engineering - Platform"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(t.Name)
}

func ExampleService_Delete() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	if err := client.Teams.Delete(context.Background(), "TEAM_ID"); err != nil {
		log.Fatal(err)
	}
}

func ExampleMembershipService_Create() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	m, err := client.TeamMemberships.Create(context.Background(), &teams.CreateMembershipParams{
		TeamID:      "TEAM_ID",
		PersonEmail: "dave@example.com",
		IsModerator: webex.Ptr(true),
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(m.PersonDisplayName, "moderator:", m.IsModerator)
}

func ExampleMembershipService_List() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	for m, err := range client.TeamMemberships.List(context.Background(), &teams.ListMembershipsParams{TeamID: "TEAM_ID"}) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(m.PersonEmail, m.IsModerator)
	}
}

func ExampleMembershipService_Update() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	m, err := client.TeamMemberships.Update(context.Background(), "MEMBERSHIP_ID", &teams.UpdateMembershipParams{IsModerator: webex.Ptr(true)})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(m.PersonDisplayName, "is now a moderator")
}

func ExampleMembershipService_Delete() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	if err := client.TeamMemberships.Delete(context.Background(), "MEMBERSHIP_ID"); err != nil {
		log.Fatal(err)
	}
}

func ExampleService_Get() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	t, err := client.Teams.Get(context.Background(), "TEAM_ID")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(t.Name, t.Description)
}

func ExampleMembershipService_Get() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	m, err := client.TeamMemberships.Get(context.Background(), "MEMBERSHIP_ID")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(m.PersonEmail, m.TeamID, m.Created)
}
