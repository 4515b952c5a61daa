package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/gowebex/sdk/webex/bot"
	"github.com/gowebex/sdk/webex/cards"
)

// environments are where a service can be deployed.
var environments = []string{"staging", "prod"}

// deployRequest is what the confirmation card submits: the environment
// chosen, and the service, carried in the card's Submit data.
type deployRequest struct {
	Service string `json:"service"`
	Env     string `json:"env"`
	Note    string `json:"note"`
}

// lastDeploy is kept in each space's state.
type lastDeploy struct {
	Service, Env, By string
	At               time.Time
}

// assistant registers the ops assistant's handlers on b: a greeting,
// "status <service>", "deploy <service> [env]" with a confirmation card,
// and "last".
func assistant(b *bot.Bot) {
	b.OnAdded(func(ctx context.Context, c *bot.Context) error {
		_, err := c.Say(ctx, fmt.Sprintf("Hello! I'm %s, your ops assistant. Say **help** to see what I can do.", b.Name()))
		return err
	})
	b.Command("status", func(ctx context.Context, c *bot.Context) error {
		if len(c.Args) == 0 {
			_, err := c.Reply(ctx, "Which service? Try **status api**.")
			return err
		}
		_, err := c.Reply(ctx, fmt.Sprintf("**%s**: 3/3 instances healthy, p99 120 ms.", c.Args[0]))
		return err
	}, "status <service>: health of a service")
	b.Command("deploy", func(ctx context.Context, c *bot.Context) error {
		if len(c.Args) == 0 {
			_, err := c.Reply(ctx, "Which service? Try **deploy api prod**.")
			return err
		}
		env := "staging"
		if len(c.Args) > 1 {
			env = strings.ToLower(c.Args[1])
		}
		_, err := c.ReplyCard(ctx, "deploy", confirmCard(c.Args[0], env))
		return err
	}, "deploy <service> [staging|prod]: deploy, after confirmation")
	bot.OnSubmit(b, "deploy", func(ctx context.Context, c *bot.Context, in deployRequest) error {
		if in.Service == "" || !contains(environments, in.Env) {
			_, err := c.Reply(ctx, "That form is incomplete; say **deploy <service>** again.")
			return err
		}
		last := lastDeploy{Service: in.Service, Env: in.Env, By: c.Sender.DisplayName, At: time.Now().UTC()}
		if err := c.SpaceState().Set(ctx, "last-deploy", last, 30*24*time.Hour); err != nil {
			return err
		}
		text := fmt.Sprintf("🚀 **%s** deployed to **%s** by %s.", in.Service, in.Env, c.Sender.DisplayName)
		if in.Note != "" {
			text += " Note: " + in.Note
		}
		_, err := c.ReplaceCard(ctx, text)
		return err
	})
	b.Command("last", func(ctx context.Context, c *bot.Context) error {
		var last lastDeploy
		ok, err := c.SpaceState().Get(ctx, "last-deploy", &last)
		if err != nil {
			return err
		}
		text := "Nothing deployed from this space yet."
		if ok {
			text = fmt.Sprintf("Last deploy: **%s** to **%s** by %s.", last.Service, last.Env, last.By)
		}
		_, err = c.Reply(ctx, text)
		return err
	}, "last: the last deploy made from this space")
}

// confirmCard asks to confirm a deploy of service, to env by default.
func confirmCard(service, env string) *cards.Card {
	choices := make([]cards.Choice, 0, len(environments))
	for _, e := range environments {
		choices = append(choices, cards.Choice{Title: e, Value: e})
	}
	if !contains(environments, env) {
		env = "staging"
	}
	return &cards.Card{
		FallbackText: "Confirm the deploy of " + service,
		Body: []cards.Element{
			cards.TextBlock{Text: "Deploy " + service + "?", Size: cards.SizeLarge, Weight: cards.WeightBolder},
			cards.InputChoiceSet{ID: "env", Label: "Environment", Choices: choices, Value: env},
			cards.InputText{ID: "note", Label: "Note", Placeholder: "Optional"},
		},
		Actions: []cards.Action{
			cards.Submit{Title: "Deploy", Data: map[string]string{"service": service}, Style: cards.ActionStylePositive},
		},
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
