// The helpers of package bottest, tested here so that they share the bot
// package's test binary.

package bot_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex/bot"
	"github.com/gowebex/sdk/webex/bot/bottest"
	"github.com/gowebex/sdk/webex/cards"
	"github.com/gowebex/sdk/webex/rooms"
)

func TestConversation(t *testing.T) {
	t.Parallel()
	env := bottest.New(t)
	env.Bot.Command("echo", func(ctx context.Context, c *bot.Context) error {
		_, err := c.Reply(ctx, c.Rest)
		return err
	}, "")
	ada := env.User("ada@example.com", "Ada")
	ops := ada.Space("Ops")
	assert.Equal(t, rooms.TypeGroup, ops.Type)
	got := ada.Post(ops, "@Bot echo hi there")
	assert.Equal(t, "hi there", got.Text())
	assert.Equal(t, bot.KindMessage, got.Trace.Kind)
	assert.Nil(t, got.Card())
	msgs := ada.Messages(ops)
	require.Len(t, msgs, 2)
	assert.Equal(t, "Bot echo hi there", msgs[0].Text, "@Bot became a mention")
	assert.Equal(t, env.Person.ID, msgs[1].PersonID)
}

func TestPressByTitle(t *testing.T) {
	t.Parallel()
	env := bottest.New(t)
	type choice struct {
		Pick string `json:"pick"`
		Size string `json:"size"`
	}
	env.Bot.Command("menu", func(ctx context.Context, c *bot.Context) error {
		_, err := c.SayCard(ctx, "menu", &cards.Card{
			Body: []cards.Element{cards.InputText{ID: "size", Label: "Size"}},
			Actions: []cards.Action{
				cards.Submit{Title: "Tea", Data: map[string]string{"pick": "tea"}},
				cards.Submit{Title: "Coffee", Data: map[string]string{"pick": "coffee"}},
			}})
		return err
	}, "")
	bot.OnSubmit(env.Bot, "menu", func(ctx context.Context, c *bot.Context, in choice) error {
		_, err := c.Reply(ctx, in.Size+" "+in.Pick)
		return err
	})
	ada := env.User("ada@example.com", "Ada")
	_, got := ada.Direct("menu")
	card := got.Card()
	require.NotNil(t, card)
	assert.Equal(t, "large coffee", ada.Press(card, "Coffee", map[string]string{"size": "large"}).Text())
	assert.Equal(t, "small tea", ada.Submit(card, map[string]string{"size": "small"}).Text())
	reply := ada.Submit(card, nil).Replies[0]
	assert.Equal(t, card.ID, reply.ParentID, "a card said in the space starts the thread")
}

func TestWaitForAnEventMadeByHand(t *testing.T) {
	t.Parallel()
	env := bottest.New(t)
	env.Bot.OnJoined(func(ctx context.Context, c *bot.Context) error {
		_, err := c.Say(ctx, "hi "+c.Member.DisplayName)
		return err
	})
	ada := env.User("ada@example.com", "Ada")
	bob := env.User("bob@example.com", "Bob")
	ops := ada.Space("Ops")
	assert.Equal(t, "hi Bob", ada.Invite(ops, bob).Text())
}

// BenchmarkNew is what one table case pays for its own environment:
// emulator, bot account, bot, webhooks, one user and one space.
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		env := bottest.New(b)
		env.User("ada@example.com", "Ada").Space("Ops")
	}
}
