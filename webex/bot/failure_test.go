package bot_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/bot"
	"github.com/gowebex/sdk/webex/bot/bottest"
	"github.com/gowebex/sdk/webex/messages"
)

const apology = "Sorry, something went wrong on my side. Please try again later."

func TestHandlerErrorAndPanicBecomeAnApology(t *testing.T) {
	t.Parallel()
	logger, logs := newLog()
	env := bottest.New(t, bot.WithLogger(logger))
	env.Bot.Command("fail", func(context.Context, *bot.Context) error {
		return errors.New("database down")
	}, "")
	env.Bot.Command("panic", func(context.Context, *bot.Context) error {
		var items []string
		_ = items[len(items)] // out of range: panics
		return nil
	}, "")
	ada := env.User("ada@example.com", "Ada")
	ops := ada.Space("Ops")
	for _, cmd := range []string{"fail", "panic"} {
		got := ada.Post(ops, "@Bot "+cmd+" secret-argument")
		assert.Equal(t, bot.Failed, got.Trace.Outcome, cmd)
		assert.Error(t, got.Trace.Err, cmd)
		assert.Equal(t, apology, got.Text(), cmd)
	}
	assert.Contains(t, logs.String(), "database down")
	assert.Contains(t, logs.String(), "handler panicked")
	assert.NotContains(t, logs.String(), "secret-argument", "the log never holds message text")
	// Still serving.
	env.Bot.Command("ok", func(ctx context.Context, c *bot.Context) error {
		_, err := c.Reply(ctx, "fine")
		return err
	}, "")
	assert.Equal(t, "fine", ada.Post(ops, "@Bot ok").Text())
}

func TestBadInput(t *testing.T) {
	t.Parallel()
	huge := "@Bot deploy " + strings.Repeat("x", 7000)
	cases := []struct {
		name  string
		opts  []bot.Option
		text  string
		route string
		want  string
	}{
		{"huge text", nil, huge, "too-long", "Sorry, that message is too long for me."},
		{"huge text, quiet", []bot.Option{bot.WithTooLongReply("")}, huge, "too-long", ""},
		{"mention only, quiet", []bot.Option{bot.WithEmptyReply("")}, "@Bot", "empty", ""},
		{"unknown, quiet", []bot.Option{bot.WithUnknownReply("")}, "@Bot frobnicate", "unknown", ""},
		{"unknown, custom", []bot.Option{bot.WithUnknownReply("Eh?")}, "@Bot frobnicate", "unknown", "Eh?"},
		{"help turned off", []bot.Option{bot.WithoutHelp(), bot.WithUnknownReply("Eh?")}, "@Bot help", "unknown", "Eh?"},
		{"punctuation only", nil, "@Bot ?!", "unknown", "Sorry, I don't know that command. Say help to see what I can do."},
		{"emoji and markup", nil, "@Bot **deploy** ✅", "command:deploy", "deploying ✅"},
		{"mention with comma", nil, "@Bot, deploy api", "command:deploy", "deploying api"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env := bottest.New(t, append(tc.opts, bot.WithMaxTextBytes(4000))...)
			echoBot(env.Bot)
			ada := env.User("ada@example.com", "Ada")
			ops := ada.Space("Ops")
			got := ada.Post(ops, tc.text)
			assert.Equal(t, tc.route, got.Trace.Route)
			assert.Equal(t, tc.want, got.Text())
			assert.NotEqual(t, bot.Failed, got.Trace.Outcome)
		})
	}
}

func TestFallbackTakesWhatNothingElseDoes(t *testing.T) {
	t.Parallel()
	env := bottest.New(t)
	echoBot(env.Bot)
	env.Bot.Fallback(func(ctx context.Context, c *bot.Context) error {
		_, err := c.Reply(ctx, "you said: "+c.Text)
		return err
	})
	ada := env.User("ada@example.com", "Ada")
	_, got := ada.Direct("what is up")
	assert.Equal(t, "fallback", got.Trace.Route)
	assert.Equal(t, "you said: what is up", got.Text())
}

func TestBotNeverAnswersBots(t *testing.T) {
	t.Parallel()
	env := bottest.New(t)
	echoBot(env.Bot)
	ada := env.User("ada@example.com", "Ada")
	ops := ada.Space("Ops")
	ctx := context.Background()
	for _, who := range []struct{ email, name string }{
		{"other@webex.bot", "Other"},   // known by its address
		{"robot@example.com", "Robot"}, // known by its person type
	} {
		p, token := env.Server.NewBotWithToken(who.email, who.name)
		other, err := webex.NewClient(webex.WithBaseURL(env.Server.URL()), webex.WithToken(token))
		require.NoError(t, err)
		ada.Invite(ops, &bottest.User{Person: p, Client: other})
		m, err := other.Messages.Create(ctx, &messages.CreateParams{RoomID: ops.ID,
			Markdown: messages.MentionPerson(env.Person.ID, "Bot") + " deploy api"})
		require.NoError(t, err)
		got := env.Wait(m.ID)
		assert.Equal(t, bot.Ignored, got.Trace.Outcome, who.email)
		assert.Equal(t, "other-bot", got.Trace.Route, who.email)
		assert.Empty(t, got.Replies, who.email)
	}
}

func TestOwnMessagesAreNeverFetched(t *testing.T) {
	t.Parallel()
	env := bottest.New(t)
	echoBot(env.Bot)
	ada := env.User("ada@example.com", "Ada")
	ops := ada.Space("Ops")
	for range 3 {
		require.Equal(t, "deploying api", ada.Post(ops, "@Bot deploy api").Text())
	}
	env.Server.Flush() // the bot's own replies have been delivered to it too
	assert.Equal(t, 3, env.Server.RequestCount("GET /messages/{id}"), "only the user's messages were fetched")
}
