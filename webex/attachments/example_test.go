package attachments_test

import (
	"context"
	"fmt"
	"log"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/attachments"
)

func ExampleService_Get() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	// The id comes from an attachmentActions webhook's data.
	action, err := client.AttachmentActions.Get(context.Background(), "ACTION_ID")
	if err != nil {
		log.Fatal(err)
	}
	var form struct {
		Name      string `json:"name"`
		Subscribe string `json:"subscribe"` // Input.Toggle: "true" or "false"
	}
	if err := action.DecodeInputs(&form); err != nil {
		log.Fatal(err)
	}
	fmt.Println(action.PersonID, "submitted", form.Name, form.Subscribe == "true")
}

func ExampleAction_StringInput() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	action, err := client.AttachmentActions.Get(context.Background(), "ACTION_ID")
	if err != nil {
		log.Fatal(err)
	}
	if email, ok := action.StringInput("email"); ok {
		fmt.Println("email:", email)
	}
}

func ExampleService_Create() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	action, err := client.AttachmentActions.Create(context.Background(), &attachments.CreateParams{
		MessageID: "MESSAGE_ID",
		Inputs:    map[string]string{"name": "Ann", "subscribe": "true"},
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(action.ID, action.Created)
}
