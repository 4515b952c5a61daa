package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/attachments"
	"github.com/gowebex/sdk/webex/bot"
	"github.com/gowebex/sdk/webex/memberships"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/realtime"
	"github.com/gowebex/sdk/webex/rooms"
	"github.com/gowebex/sdk/webex/webextest"
)

// demo runs the assistant against the emulator, on the realtime listener
// as with real Webex, and plays a short conversation with it: Ada adds it to a space, asks for a status, deploys
// with the confirmation card, and Eve, from another company, is turned
// away.
func demo(ctx context.Context, out io.Writer) error {
	fmt.Fprintln(out, "WEBEX_ACCESS_TOKEN is not set: running the assistant against the in-memory emulator.")
	srv := webextest.NewServer()
	defer srv.Close()
	botPerson, botToken := srv.NewBotWithToken("opsbot@webex.bot", "OpsBot")
	_, adaToken := srv.NewUserWithToken("ada@example.com", "Ada")
	eve, eveToken := srv.NewUserWithToken("eve@elsewhere.org", "Eve")
	botClient, err := client(srv, botToken)
	if err != nil {
		return err
	}
	ada, err := client(srv, adaToken)
	if err != nil {
		return err
	}
	eveClient, err := client(srv, eveToken)
	if err != nil {
		return err
	}

	done := newTraces()
	catalog := strings.TrimSuffix(srv.URL(), "/v1") + "/u2c/api/v1/catalog"
	b, err := bot.New(ctx, botClient,
		// The default transport, the realtime listener, pointed at the
		// emulator: no public URL, no webhooks.
		bot.WithListener(realtime.WithToken(botToken), realtime.WithCatalogURL(catalog), realtime.WithDeviceName("ops-assistant-demo")),
		bot.WithAccess(bot.Rule{Domains: []string{"example.com"}}),
		bot.WithRefusal("Sorry, I only work for example.com."),
		bot.WithLogger(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))),
		bot.WithTrace(done.add))
	if err != nil {
		return err
	}
	assistant(b)
	if err := b.Start(ctx); err != nil {
		return err
	}
	if err := connected(ctx, srv); err != nil {
		return err
	}
	fmt.Fprintln(out, "0. OpsBot is listening on the realtime websocket: no public URL, no webhooks.")
	defer b.Stop(context.WithoutCancel(ctx))

	say := func(who *webex.Client, roomID, text string) (*bot.Trace, error) {
		m, err := who.Messages.Create(ctx, &messages.CreateParams{RoomID: roomID,
			Markdown: messages.MentionPerson(botPerson.ID, "OpsBot") + " " + text})
		if err != nil {
			return nil, err
		}
		return done.wait(ctx, m.ID)
	}
	show := func(step string, t *bot.Trace) {
		fmt.Fprintln(out, step)
		for _, m := range t.Posted {
			fmt.Fprintf(out, "   OpsBot: %s\n", m.Text)
		}
	}

	space, err := ada.Rooms.Create(ctx, &rooms.CreateParams{Title: "Ops"})
	if err != nil {
		return err
	}
	added, err := ada.Memberships.Create(ctx, &memberships.CreateParams{RoomID: space.ID, PersonID: botPerson.ID})
	if err != nil {
		return err
	}
	t, err := done.wait(ctx, added.ID)
	if err != nil {
		return err
	}
	show("1. Ada created the space \"Ops\" and added OpsBot.", t)

	if t, err = say(ada, space.ID, "status api"); err != nil {
		return err
	}
	show("2. Ada: @OpsBot status api", t)

	if t, err = say(ada, space.ID, "deploy api prod"); err != nil {
		return err
	}
	show("3. Ada: @OpsBot deploy api prod", t)
	if len(t.Posted) != 1 || len(t.Posted[0].Attachments) != 1 {
		return errors.New("expected a confirmation card")
	}
	inputs, err := pressSubmit(t.Posted[0], map[string]string{"env": "prod", "note": "release 2.4"})
	if err != nil {
		return err
	}
	action, err := ada.AttachmentActions.Create(ctx, &attachments.CreateParams{MessageID: t.Posted[0].ID, Inputs: inputs})
	if err != nil {
		return err
	}
	if t, err = done.wait(ctx, action.ID); err != nil {
		return err
	}
	show("4. Ada pressed Deploy on the card; the card is replaced by the result.", t)

	if t, err = say(ada, space.ID, "last"); err != nil {
		return err
	}
	show("5. Ada: @OpsBot last", t)

	if _, err := ada.Memberships.Create(ctx, &memberships.CreateParams{RoomID: space.ID, PersonID: eve.ID}); err != nil {
		return err
	}
	if t, err = say(eveClient, space.ID, "deploy api prod"); err != nil {
		return err
	}
	show("6. Eve (elsewhere.org) was added and tried: @OpsBot deploy api prod", t)
	if t.Outcome != bot.Refused {
		return fmt.Errorf("the outsider was not refused: %s", t.Outcome)
	}
	fmt.Fprintln(out, "Done: the assistant handled every event; its device is removed on exit.")
	return nil
}

// connected waits until the bot's websocket is up: only the emulator
// knows.
func connected(ctx context.Context, srv *webextest.Server) error {
	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	deadline := time.After(10 * time.Second)
	for srv.RealtimeStats().Connected == 0 {
		select {
		case <-tick.C:
		case <-deadline:
			return errors.New("the bot did not connect within 10s")
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

func client(srv *webextest.Server, token string) (*webex.Client, error) {
	return webex.NewClient(webex.WithBaseURL(srv.URL()), webex.WithToken(token))
}

// pressSubmit returns what a Webex client submits when the card's first
// Submit button is pressed: the inputs merged with the button's data.
func pressSubmit(card *messages.Message, inputs map[string]string) (map[string]any, error) {
	var doc struct {
		Actions []struct {
			Type string         `json:"type"`
			Data map[string]any `json:"data"`
		} `json:"actions"`
	}
	if err := json.Unmarshal(card.Attachments[0].Content, &doc); err != nil {
		return nil, err
	}
	for _, a := range doc.Actions {
		if a.Type == "Action.Submit" {
			out := map[string]any{}
			for k, v := range a.Data {
				out[k] = v
			}
			for k, v := range inputs {
				out[k] = v
			}
			return out, nil
		}
	}
	return nil, errors.New("the card has no Submit button")
}
