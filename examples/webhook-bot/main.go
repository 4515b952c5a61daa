// Command webhook-bot is a Webex bot that answers when it is mentioned by
// posting an approval card, and handles the card's submission: a complete
// webhook round trip with signed deliveries, the full message fetched from
// the API, an Adaptive Card and an attachment action.
//
// With WEBEX_ACCESS_TOKEN unset it runs a scripted demo against the
// in-memory emulator and exits:
//
//	go run ./examples/webhook-bot
//
// With a bot token it serves until interrupted: -listen is the local
// address, -public-url the HTTPS URL on which Webex reaches it.
//
//	WEBEX_ACCESS_TOKEN=... go run ./examples/webhook-bot -listen :8080 -public-url https://bot.example.com/webex
package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/webhooks"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:8080", "address to receive webhooks on (real Webex)")
	publicURL := flag.String("public-url", "", "public URL that forwards to -listen (real Webex)")
	flag.Parse()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	var err error
	if os.Getenv(webex.TokenEnv) == "" {
		err = demo(ctx)
	} else {
		err = serve(ctx, *listen, *publicURL)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "webhook-bot:", err)
		os.Exit(1)
	}
}

// serve runs the bot against real Webex until ctx is done.
func serve(ctx context.Context, listen, publicURL string) error {
	if publicURL == "" {
		return errors.New("-public-url is required with a real token: Webex must be able to reach the bot")
	}
	client, err := webex.NewClient()
	if err != nil {
		return err
	}
	b, err := newBot(ctx, client)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		return err
	}
	stopServing, err := b.start(ctx, ln, publicURL)
	if err != nil {
		return err
	}
	defer stopServing()
	fmt.Printf("%s is listening on %s for %s; mention it in a space.\n", b.me.DisplayName, ln.Addr(), publicURL)
	<-ctx.Done()
	return nil
}

// start registers the bot's webhooks to targetURL and serves deliveries on
// ln. The returned function deletes the webhooks and stops serving.
func (b *bot) start(ctx context.Context, ln net.Listener, targetURL string) (func(), error) {
	secret := randomSecret()
	h, err := webhooks.NewHandler([]byte(secret), b.handle,
		webhooks.FetchMessages(b.client.Messages),
		webhooks.FetchAttachmentActions(b.client.AttachmentActions))
	if err != nil {
		return nil, err
	}
	srv := &http.Server{Handler: h}
	go srv.Serve(ln)
	var ids []string
	cleanup := func() {
		for _, id := range ids {
			b.client.Webhooks.Delete(context.WithoutCancel(ctx), id)
		}
		srv.Close()
	}
	for _, w := range []webhooks.CreateParams{
		{Name: "webhook-bot messages", Resource: webhooks.ResourceMessages, Event: webhooks.EventCreated},
		{Name: "webhook-bot card submissions", Resource: webhooks.ResourceAttachmentActions, Event: webhooks.EventCreated},
	} {
		w.TargetURL, w.Secret = targetURL, secret
		hook, err := b.client.Webhooks.Create(ctx, &w)
		if err != nil {
			cleanup()
			return nil, fmt.Errorf("registering the %s webhook: %w", w.Resource, err)
		}
		ids = append(ids, hook.ID)
	}
	return cleanup, nil
}

func randomSecret() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}
