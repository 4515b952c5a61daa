package people_test

import (
	"context"
	"errors"
	"fmt"
	"log"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/people"
)

func ExampleService_Me() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	me, err := client.People.Me(context.Background(), nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(me.DisplayName, me.Emails, me.Type)
}

func ExampleService_List() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	for p, err := range client.People.List(context.Background(), &people.ListParams{DisplayName: "Ada"}) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(p.ID, p.DisplayName, p.Status)
	}
}

func ExampleService_ListPage() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	p := &people.ListParams{Unfiltered: true, Max: 50} // admins only
	page, err := client.People.ListPage(ctx, p, "")
	for err == nil {
		for _, person := range page.Items {
			fmt.Println(person.DisplayName)
		}
		if page.NextURL == "" {
			break
		}
		// page.NextURL can be saved and used later to resume.
		page, err = client.People.ListPage(ctx, p, page.NextURL)
	}
	if err != nil {
		log.Fatal(err)
	}
}

func ExampleService_Lookup() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	r, err := client.People.Lookup(context.Background(), []string{"PERSON_ID_1", "PERSON_ID_2"})
	if err != nil {
		log.Fatal(err)
	}
	for _, p := range r.People {
		fmt.Println(p.ID, p.DisplayName)
	}
	fmt.Println("not found:", r.NotFoundIDs)
}

func ExampleService_Get() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	p, err := client.People.Get(context.Background(), "PERSON_ID", nil)
	if errors.Is(err, webex.ErrNotFound) {
		fmt.Println("no such person")
		return
	}
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(p.DisplayName, p.Created.Format("2006-01-02"))
}

func ExampleService_Create() {
	client, err := webex.NewClient() // an admin token
	if err != nil {
		log.Fatal(err)
	}
	p, err := client.People.Create(context.Background(), &people.CreateParams{
		Emails:      []string{"ada@example.com"},
		DisplayName: "Ada Lovelace",
		FirstName:   "Ada",
		LastName:    "Lovelace",
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("created", p.ID)
}

func ExampleService_Update() {
	client, err := webex.NewClient() // an admin token
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	// Webex replaces every detail: read the person, change, write back.
	p, err := client.People.Get(ctx, "PERSON_ID", nil)
	if err != nil {
		log.Fatal(err)
	}
	u := p.UpdateParams()
	u.Title = "Chief Analyst"
	u.LoginEnabled = webex.Ptr(false)
	p, err = client.People.Update(ctx, p.ID, u)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(p.Title)
}

func ExampleService_Delete() {
	client, err := webex.NewClient() // an admin token
	if err != nil {
		log.Fatal(err)
	}
	if err := client.People.Delete(context.Background(), "PERSON_ID"); err != nil {
		log.Fatal(err)
	}
}
