package cards_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log"

	"github.com/gowebex/sdk/internal/emu"
	"github.com/gowebex/sdk/webex/cards"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/webextest"
)

// Post a card, here to the in-memory emulator: with real Webex, build the
// client with webex.NewClient() and a token in WEBEX_ACCESS_TOKEN.
func ExampleCard_Attachment() {
	srv := webextest.NewServer()
	defer srv.Close()
	ada, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client := emu.Client(srv, token)
	room := srv.NewRoom(ada, "Releases")

	card := &cards.Card{
		Body: []cards.Element{
			cards.TextBlock{Text: "Deploy v2.1 to production?", Size: cards.SizeMedium, Weight: cards.WeightBolder, Wrap: true},
			cards.FactSet{Facts: []cards.Fact{{Title: "Build", Value: "#1042"}, {Title: "Tests", Value: "all green"}}},
			cards.InputText{ID: "comment", Label: "Comment", Placeholder: "Optional", IsMultiline: true},
			cards.InputChoiceSet{ID: "window", Label: "When", Value: "now", Choices: []cards.Choice{
				{Title: "Now", Value: "now"}, {Title: "Tonight", Value: "tonight"},
			}},
		},
		Actions: []cards.Action{
			cards.Submit{Title: "Approve", Data: map[string]string{"decision": "approve"}, Style: cards.ActionStylePositive},
			cards.Submit{Title: "Reject", Data: map[string]string{"decision": "reject"}, Style: cards.ActionStyleDestructive},
		},
	}
	att, err := card.Attachment() // validates the card
	if err != nil {
		log.Fatal(err)
	}
	msg, err := client.Messages.Create(context.Background(), &messages.CreateParams{
		RoomID:      room.ID,
		Text:        "Deploy v2.1 to production? (open in Webex to answer)",
		Attachments: []messages.Attachment{att},
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("posted", msg.Attachments[0].ContentType)
	// Output: posted application/vnd.microsoft.card.adaptive
}

func ExampleCard_Validate() {
	card := &cards.Card{
		Body: []cards.Element{
			cards.InputText{ID: "name"},
			cards.InputToggle{ID: "name", Title: "Subscribe"},
		},
	}
	fmt.Println(card.Validate())
	// Output:
	// cards: body[1] (Input.Toggle): id "name" is already used by body[0] (Input.Text)
	// cards: card: it has inputs but no Submit action to send them
}

func ExampleCard_MarshalJSON() {
	card := cards.Card{Body: []cards.Element{cards.TextBlock{Text: "Hello", Wrap: true}}}
	b, err := json.Marshal(card)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(b))
	// Output:
	// {"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.3","body":[{"type":"TextBlock","text":"Hello","wrap":true}]}
}

func ExampleShowCard() {
	card := &cards.Card{
		Body: []cards.Element{cards.TextBlock{Text: "Incident #88 opened", Color: cards.ColorAttention}},
		Actions: []cards.Action{
			cards.OpenURL{Title: "Runbook", URL: "https://wiki.example.com/runbooks/88"},
			cards.ShowCard{Title: "Acknowledge", Card: &cards.Card{
				Body: []cards.Element{
					cards.InputDate{ID: "eta", Label: "Fix by", Min: "2024-05-01"},
					cards.InputToggle{ID: "page", Title: "Page the on-call engineer"},
				},
				Actions: []cards.Action{cards.Submit{Title: "Acknowledge"}},
			}},
		},
	}
	fmt.Println(card.Validate())
	// Output: <nil>
}
