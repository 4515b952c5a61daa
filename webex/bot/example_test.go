package bot_test

import (
	"context"
	"fmt"
	"log"
	"regexp"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/bot"
	"github.com/gowebex/sdk/webex/cards"
)

// A bot with a command, run until ctx ends.
func Example() {
	ctx := context.Background()
	client, err := webex.NewClient() // the bot's token, from WEBEX_ACCESS_TOKEN
	if err != nil {
		log.Fatal(err)
	}
	b, err := bot.New(ctx, client)
	if err != nil {
		log.Fatal(err)
	}
	b.Command("deploy", func(ctx context.Context, c *bot.Context) error {
		_, err := c.Reply(ctx, "Deploying **"+c.Rest+"**")
		return err
	}, "deploy <service>: deploy a service")
	log.Fatal(b.Run(ctx))
}

func ExampleBot_Hears() {
	var b *bot.Bot // from bot.New
	ticket := regexp.MustCompile(`\b(OPS-\d+)\b`)
	b.Hears(ticket, func(ctx context.Context, c *bot.Context) error {
		_, err := c.Reply(ctx, fmt.Sprintf("[%s](https://tracker.example.com/%s)", c.Matches[1], c.Matches[1]))
		return err
	})
}

func ExampleOnSubmit() {
	var b *bot.Bot // from bot.New
	type vote struct {
		Choice string `json:"choice"`
	}
	b.Command("poll", func(ctx context.Context, c *bot.Context) error {
		card := &cards.Card{
			FallbackText: "Lunch?",
			Body: []cards.Element{cards.InputChoiceSet{ID: "choice", Label: "Lunch?", Choices: []cards.Choice{
				{Title: "Pizza", Value: "pizza"}, {Title: "Sushi", Value: "sushi"}}}},
			Actions: []cards.Action{cards.Submit{Title: "Vote"}},
		}
		_, err := c.ReplyCard(ctx, "lunch-poll", card)
		return err
	}, "poll: ask what's for lunch")
	bot.OnSubmit(b, "lunch-poll", func(ctx context.Context, c *bot.Context, v vote) error {
		_, err := c.Reply(ctx, c.Sender.DisplayName+" votes "+v.Choice)
		return err
	})
}

func ExampleWithAccess() {
	ctx := context.Background()
	var client *webex.Client // the bot's
	b, err := bot.New(ctx, client,
		// Only example.com people, anywhere.
		bot.WithAccess(bot.Rule{Domains: []string{"example.com"}}),
		// In group spaces, only in the ops space.
		bot.WithGroupAccess(bot.Rule{Domains: []string{"example.com"}, Spaces: []string{"OPS_SPACE_ID"}}),
		bot.WithRefusal("Sorry, I only work for the ops team."))
	if err != nil {
		log.Fatal(err)
	}
	_ = b
}
