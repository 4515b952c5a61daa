package attachments_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log"

	"github.com/gowebex/sdk/internal/emu"
	"github.com/gowebex/sdk/webex/attachments"
	"github.com/gowebex/sdk/webex/webextest"
)

// The examples run against the in-memory emulator: with real Webex, build
// the client with webex.NewClient() and a token in WEBEX_ACCESS_TOKEN.

// cardMessage seeds a space where ada posted a card with a name field and a
// subscribe toggle, and returns the message.
func cardMessage(srv *webextest.Server, ada *webextest.Person, members ...*webextest.Person) *webextest.Message {
	card := json.RawMessage(`[{"contentType":"application/vnd.microsoft.card.adaptive","content":{
		"type":"AdaptiveCard","version":"1.3",
		"body":[{"type":"Input.Text","id":"name"},{"type":"Input.Toggle","id":"subscribe","title":"Subscribe"}],
		"actions":[{"type":"Action.Submit","title":"Send"}]}}]`)
	room := srv.NewRoom(ada, "Newsletter", members...)
	return srv.PostMessage(ada, room, webextest.MessageSpec{Text: "Sign up", Attachments: card})
}

func ExampleService_Get() {
	srv := webextest.NewServer()
	defer srv.Close()
	ada, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client := emu.Client(srv, token)
	ann, annToken := srv.NewUserWithToken("ann@example.com", "Ann")
	msg := cardMessage(srv, ada, ann)
	ctx := context.Background()
	submitted, err := emu.Client(srv, annToken).AttachmentActions.Create(ctx, &attachments.CreateParams{
		MessageID: msg.ID, Inputs: map[string]string{"name": "Ann", "subscribe": "true"},
	})
	if err != nil {
		log.Fatal(err)
	}

	// The id comes from an attachmentActions webhook's data.
	action, err := client.AttachmentActions.Get(ctx, submitted.ID)
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
	fmt.Println(action.PersonID == ann.ID, "submitted", form.Name, form.Subscribe == "true")
	// Output: true submitted Ann true
}

func ExampleAction_StringInput() {
	action := &attachments.Action{Inputs: json.RawMessage(`{"email":"ann@example.com","count":3}`)}
	if email, ok := action.StringInput("email"); ok {
		fmt.Println("email:", email)
	}
	_, ok := action.StringInput("count") // not a string: from an Action.Submit's data
	fmt.Println("count as a string:", ok)
	// Output:
	// email: ann@example.com
	// count as a string: false
}

func ExampleService_Create() {
	srv := webextest.NewServer()
	defer srv.Close()
	ada, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client := emu.Client(srv, token)
	msg := cardMessage(srv, ada)

	action, err := client.AttachmentActions.Create(context.Background(), &attachments.CreateParams{
		MessageID: msg.ID,
		Inputs:    map[string]string{"name": "Ada", "subscribe": "true"},
	})
	if err != nil {
		log.Fatal(err)
	}
	name, _ := action.StringInput("name")
	fmt.Println(action.Type, name, action.MessageID == msg.ID)
	// Output: submit Ada true
}
