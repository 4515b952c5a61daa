package bot_test

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex/bot"
	"github.com/gowebex/sdk/webex/bot/bottest"
	"github.com/gowebex/sdk/webex/cards"
)

// approval is the input of the approval card.
type approval struct {
	Decision string `json:"decision"`
	Comment  string `json:"comment"`
}

func approvalCard(what string) *cards.Card {
	return &cards.Card{
		FallbackText: "Approve " + what + "?",
		Body:         []cards.Element{cards.InputText{ID: "comment", Label: "Comment"}},
		Actions: []cards.Action{
			cards.Submit{Title: "Approve", Data: map[string]string{"decision": "approve"}},
			cards.Submit{Title: "Reject", Data: map[string]string{"decision": "reject"}},
		},
	}
}

// cardBot asks for approval with a card and records the decision.
func cardBot(b *bot.Bot, replace bool) {
	b.Command("ask", func(ctx context.Context, c *bot.Context) error {
		_, err := c.ReplyCard(ctx, "approval", approvalCard(c.Rest))
		return err
	}, "ask <what>")
	bot.OnSubmit(b, "approval", func(ctx context.Context, c *bot.Context, in approval) error {
		text := fmt.Sprintf("%s: %s by %s (%s)", in.Decision, in.Comment, c.Sender.DisplayName, c.Sender.Email)
		if replace {
			_, err := c.ReplaceCard(ctx, text)
			return err
		}
		_, err := c.Reply(ctx, text)
		return err
	})
}

func TestCardRoundTrip(t *testing.T) {
	t.Parallel()
	env := bottest.New(t)
	cardBot(env.Bot, false)
	ada := env.User("ada@example.com", "Ada")
	ops := ada.Space("Ops")
	ask := ada.Post(ops, "@Bot ask the budget")
	card := ask.Card()
	require.NotNil(t, card)
	assert.Equal(t, "Approve the budget?", card.Text)

	got := ada.Press(card, "Reject", map[string]string{"comment": "too much"})
	assert.Equal(t, bot.Handled, got.Trace.Outcome)
	assert.Equal(t, "card:approval", got.Trace.Route)
	assert.Equal(t, "reject: too much by Ada (ada@example.com)", got.Text())
	require.Len(t, got.Replies, 1)
	assert.Equal(t, card.ParentID, got.Replies[0].ParentID, "the answer goes in the card's thread")
}

func TestReplaceCardAfterSubmit(t *testing.T) {
	t.Parallel()
	env := bottest.New(t)
	cardBot(env.Bot, true)
	ada := env.User("ada@example.com", "Ada")
	ops := ada.Space("Ops")
	card := ada.Post(ops, "@Bot ask lunch").Card()
	require.NotNil(t, card)
	got := ada.Submit(card, map[string]string{"comment": "yes"})
	assert.Equal(t, "approve: yes by Ada (ada@example.com)", got.Text())
	for _, m := range ada.Messages(ops) {
		assert.NotEqual(t, card.ID, m.ID, "the card is gone")
		assert.Empty(t, m.Attachments)
	}
}

func TestCardSubmitDataIsTagged(t *testing.T) {
	t.Parallel()
	env := bottest.New(t)
	cardBot(env.Bot, false)
	ada := env.User("ada@example.com", "Ada")
	dm, ask := ada.Direct("ask x")
	_ = dm
	card := ask.Card()
	require.NotNil(t, card)
	var doc struct {
		Actions []struct {
			Data map[string]any `json:"data"`
		} `json:"actions"`
	}
	require.NoError(t, json.Unmarshal(card.Attachments[0].Content, &doc))
	require.Len(t, doc.Actions, 2)
	for _, a := range doc.Actions {
		assert.Equal(t, "approval", a.Data["_bot"])
		assert.NotEmpty(t, a.Data["_thread"])
	}
}

func TestMalformedCardSubmissions(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name    string
		raw     string
		quiet   bool
		outcome bot.Outcome
		want    string
	}{
		{"wrong types", `{"_bot":"approval","decision":{"a":1}}`, false, bot.Failed, "Sorry, I couldn't read that form. Please fill it in again."},
		{"wrong types, quiet", `{"_bot":"approval","decision":[1]}`, true, bot.Failed, ""},
		{"unknown card id", `{"_bot":"nope","decision":"approve"}`, false, bot.Ignored, ""},
		{"no routing id", `{"decision":"approve"}`, false, bot.Ignored, ""},
		{"id of the wrong type", `{"_bot":42}`, false, bot.Ignored, ""},
		{"empty object", `{}`, false, bot.Ignored, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var opts []bot.Option
			if tc.quiet {
				opts = append(opts, bot.WithBadCardReply(""))
			}
			env := bottest.New(t, opts...)
			cardBot(env.Bot, false)
			ada := env.User("ada@example.com", "Ada")
			ops := ada.Space("Ops")
			card := ada.Post(ops, "@Bot ask x").Card()
			require.NotNil(t, card)
			got := ada.SubmitRaw(card, tc.raw)
			assert.Equal(t, tc.outcome, got.Trace.Outcome)
			assert.Equal(t, tc.want, got.Text())
		})
	}
}

func TestCardValidationErrorIsAnApology(t *testing.T) {
	t.Parallel()
	env := bottest.New(t)
	env.Bot.Command("bad", func(ctx context.Context, c *bot.Context) error {
		_, err := c.ReplyCard(ctx, "x", &cards.Card{Body: []cards.Element{cards.InputText{}}}) // no id
		return err
	}, "")
	env.Bot.Command("raw", func(ctx context.Context, c *bot.Context) error {
		_, err := c.ReplyCard(ctx, "x", &cards.Card{Actions: []cards.Action{cards.Submit{Title: "Go", Data: "not an object"}}})
		return err
	}, "")
	ada := env.User("ada@example.com", "Ada")
	ops := ada.Space("Ops")
	for _, cmd := range []string{"bad", "raw"} {
		got := ada.Post(ops, "@Bot "+cmd)
		assert.Equal(t, bot.Failed, got.Trace.Outcome, cmd)
		assert.Error(t, got.Trace.Err, cmd)
		assert.Equal(t, "Sorry, something went wrong on my side. Please try again later.", got.Text(), cmd)
	}
}
