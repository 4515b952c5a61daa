package bot_test

import (
	"context"
	"io"
	"log/slog"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/bot"
	"github.com/gowebex/sdk/webex/bot/bottest"
	"github.com/gowebex/sdk/webex/memberships"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/notify"
	"github.com/gowebex/sdk/webex/realtime"
	"github.com/gowebex/sdk/webex/rooms"
	"github.com/gowebex/sdk/webex/webextest"
	"github.com/gowebex/sdk/webex/webhooks"
)

// BenchmarkCommandRoundTrip measures one command through the emulator: a
// person posts "@Bot ping", the webhook reaches the bot, which fetches the
// message, routes it and posts its reply, stored by the emulator.
func BenchmarkCommandRoundTrip(b *testing.B) { benchRoundTrip(b, bottest.New(b)) }

// BenchmarkCommandRoundTripListener is BenchmarkCommandRoundTrip on the
// realtime listener: the activity pushed over the websocket, resolved and
// fetched by the listener, then routed.
func BenchmarkCommandRoundTripListener(b *testing.B) { benchRoundTrip(b, bottest.NewListening(b)) }

func benchRoundTrip(b *testing.B, env *bottest.Env) {
	env.Bot.Command("ping", func(ctx context.Context, c *bot.Context) error {
		_, err := c.Reply(ctx, "pong")
		return err
	}, "")
	ada := env.User("ada@example.com", "Ada")
	ops := ada.Space("Ops")
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if got := ada.Post(ops, "@Bot ping"); len(got.Replies) != 1 {
			b.Fatalf("no reply: %+v", got.Trace)
		}
	}
}

// BenchmarkHandRolledRoundTrip is the same round trip with no toolkit: a
// webhooks.Handler whose function drops its own messages, fetches the
// message and posts the reply. It is the floor the toolkit is measured
// against.
func BenchmarkHandRolledRoundTrip(b *testing.B) {
	ctx := context.Background()
	srv := webextest.NewServer()
	b.Cleanup(srv.Close)
	botPerson, botToken := srv.NewBotWithToken("bot@webex.bot", "Bot")
	_, adaToken := srv.NewUserWithToken("ada@example.com", "Ada")
	botClient, err := webex.NewClient(webex.WithBaseURL(srv.URL()), webex.WithToken(botToken))
	require.NoError(b, err)
	ada, err := webex.NewClient(webex.WithBaseURL(srv.URL()), webex.WithToken(adaToken))
	require.NoError(b, err)
	done := make(chan struct{}, 1)
	h, err := webhooks.NewHandler([]byte("s3cret"), func(ctx context.Context, ev *webhooks.Event) error {
		d, err := ev.Message()
		if err != nil || d.PersonID == botPerson.ID {
			return err
		}
		m, err := botClient.Messages.Get(ctx, d.ID)
		if err != nil {
			return err
		}
		if _, err := botClient.Messages.Create(ctx, &messages.CreateParams{RoomID: m.RoomID, ParentID: m.ID, Markdown: "pong"}); err != nil {
			return err
		}
		done <- struct{}{}
		return nil
	})
	require.NoError(b, err)
	hooks := httptest.NewServer(h)
	b.Cleanup(hooks.Close)
	_, err = botClient.Webhooks.Create(ctx, &webhooks.CreateParams{Name: "m", TargetURL: hooks.URL,
		Resource: webhooks.ResourceMessages, Event: webhooks.EventCreated, Secret: "s3cret"})
	require.NoError(b, err)
	room, err := ada.Rooms.Create(ctx, &rooms.CreateParams{Title: "Ops"})
	require.NoError(b, err)
	_, err = ada.Memberships.Create(ctx, &memberships.CreateParams{RoomID: room.ID, PersonID: botPerson.ID})
	require.NoError(b, err)
	md := messages.MentionPerson(botPerson.ID, "Bot") + " ping"
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := ada.Messages.Create(ctx, &messages.CreateParams{RoomID: room.ID, Markdown: md}); err != nil {
			b.Fatal(err)
		}
		<-done
	}
}

// BenchmarkHandRolledRoundTripListener is the floor on the listener: a
// realtime listener whose handler drops its own messages and posts the
// reply to the message it already fetched.
func BenchmarkHandRolledRoundTripListener(b *testing.B) {
	ctx := context.Background()
	srv := webextest.NewServer()
	b.Cleanup(srv.Close)
	botPerson, botToken := srv.NewBotWithToken("bot@webex.bot", "Bot")
	_, adaToken := srv.NewUserWithToken("ada@example.com", "Ada")
	botClient, err := webex.NewClient(webex.WithBaseURL(srv.URL()), webex.WithToken(botToken))
	require.NoError(b, err)
	ada, err := webex.NewClient(webex.WithBaseURL(srv.URL()), webex.WithToken(adaToken))
	require.NoError(b, err)
	room, err := ada.Rooms.Create(ctx, &rooms.CreateParams{Title: "Ops"})
	require.NoError(b, err)
	_, err = ada.Memberships.Create(ctx, &memberships.CreateParams{RoomID: room.ID, PersonID: botPerson.ID})
	require.NoError(b, err)
	l, err := realtime.New(botClient, realtime.WithToken(botToken),
		realtime.WithCatalogURL(strings.TrimSuffix(srv.URL(), "/v1")+"/u2c/api/v1/catalog"),
		realtime.WithLogger(slog.New(slog.NewTextHandler(io.Discard, nil))))
	require.NoError(b, err)
	done := make(chan struct{}, 1)
	lctx, cancel := context.WithCancel(ctx)
	stopped := make(chan error, 1)
	go func() {
		stopped <- l.Listen(lctx, func(ctx context.Context, ev *notify.Event) error {
			m := ev.FullMessage
			if m == nil || m.PersonID == botPerson.ID {
				return nil
			}
			if _, err := botClient.Messages.Create(ctx, &messages.CreateParams{RoomID: m.RoomID, ParentID: m.ID, Markdown: "pong"}); err != nil {
				return err
			}
			done <- struct{}{}
			return nil
		})
	}()
	b.Cleanup(func() { cancel(); <-stopped })
	require.Eventually(b, func() bool { return srv.RealtimeStats().Connected == 1 }, 10*time.Second, time.Millisecond)
	md := messages.MentionPerson(botPerson.ID, "Bot") + " ping"
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := ada.Messages.Create(ctx, &messages.CreateParams{RoomID: room.ID, Markdown: md}); err != nil {
			b.Fatal(err)
		}
		<-done
	}
}
