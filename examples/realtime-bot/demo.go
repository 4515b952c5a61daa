package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/notify"
	"github.com/gowebex/sdk/webex/realtime"
	"github.com/gowebex/sdk/webex/webextest"
)

// demo runs the bot against the emulator: Ada mentions it twice and
// writes without a mention once, and the demo prints the answers.
func demo(ctx context.Context, out io.Writer, log *slog.Logger) error {
	srv := webextest.NewServer()
	defer srv.Close()
	botP, botTok := srv.NewBotWithToken("helper@example.com", "Helper")
	ada, adaTok := srv.NewUserWithToken("ada@example.com", "Ada")
	room := srv.NewRoom(ada, "Ops", botP)

	botClient, err := webex.NewClient(webex.WithToken(botTok), webex.WithBaseURL(srv.URL()))
	if err != nil {
		return err
	}
	adaClient, err := webex.NewClient(webex.WithToken(adaTok), webex.WithBaseURL(srv.URL()))
	if err != nil {
		return err
	}
	b, err := newBot(ctx, botClient, out)
	if err != nil {
		return err
	}
	// The emulator serves the catalog on its own host; that host is the
	// client's API host, so the token may go there.
	connected := make(chan struct{}, 1)
	l, err := realtime.New(botClient, realtime.WithToken(botTok), realtime.WithLogger(log),
		realtime.WithCatalogURL(strings.TrimSuffix(srv.URL(), "/v1")+"/u2c/api/v1/catalog"),
		realtime.OnConnect(func() {
			select {
			case connected <- struct{}{}:
			default:
			}
		}))
	if err != nil {
		return err
	}
	answered := make(chan struct{}, 8)
	ctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() {
		done <- l.Listen(ctx, func(ctx context.Context, ev *notify.Event) error {
			err := b.handle(ctx, ev)
			if err == nil && ev.FullMessage != nil && ev.FullMessage.PersonID != b.me.ID {
				answered <- struct{}{}
			}
			return err
		})
	}()
	select {
	case <-connected:
	case err := <-done:
		stop()
		return fmt.Errorf("the listener stopped: %w", err)
	}
	fmt.Fprintf(out, "%s listens over the emulator's websocket.\n", b.me.DisplayName)

	for _, text := range []string{"<@personEmail:helper@example.com|Helper> status of the api?", "no mention: a bot does not see this", "<@personEmail:helper@example.com|Helper> thanks"} {
		if _, err := adaClient.Messages.Create(ctx, &messages.CreateParams{RoomID: room.ID, Markdown: text}); err != nil {
			stop()
			return err
		}
		fmt.Fprintf(out, "Ada: %s\n", text)
		if !strings.Contains(text, "<@") {
			continue
		}
		select {
		case <-answered:
		case <-time.After(30 * time.Second):
			stop()
			return fmt.Errorf("the bot did not answer")
		}
	}
	for m, err := range adaClient.Messages.List(ctx, &messages.ListParams{RoomID: room.ID}) {
		if err != nil {
			stop()
			return err
		}
		if m.PersonID == b.me.ID {
			fmt.Fprintf(out, "Helper (in the thread): %s\n", m.Text)
		}
	}
	stop()
	if err := <-done; err != nil {
		return err
	}
	fmt.Fprintf(out, "Stopped; devices left registered: %d.\n", len(srv.Devices(botP)))
	return nil
}
