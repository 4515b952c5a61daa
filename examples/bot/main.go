// Command bot is a small ops assistant built with the bot toolkit
// (webex/bot): it greets a space it joins, answers "status <service>",
// asks for confirmation with an Adaptive Card before a "deploy", remembers
// the last deploy per space, and serves only people of an allowed email
// domain.
//
// With WEBEX_ACCESS_TOKEN unset it runs a scripted conversation against the
// in-memory emulator and exits:
//
//	go run ./examples/bot
//
// With a bot token it serves until interrupted, on the realtime listener:
// no public URL needed. -public-url (an HTTPS URL that reaches -listen)
// makes it use webhooks instead; -allow-domain limits whom it serves.
//
//	WEBEX_ACCESS_TOKEN=... go run ./examples/bot -allow-domain example.com -listen :8080 -public-url https://bot.example.com/webex
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"time"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/bot"
	"github.com/gowebex/sdk/webex/realtime"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "bot:", err)
		os.Exit(1)
	}
}

// run is main, for tests.
func run(ctx context.Context, args []string, getenv func(string) string, out io.Writer) error {
	fs := flag.NewFlagSet("bot", flag.ContinueOnError)
	listen := fs.String("listen", "127.0.0.1:8080", "address to receive webhooks on (with -public-url)")
	publicURL := fs.String("public-url", "", "public URL that forwards to -listen: use webhooks instead of the realtime listener")
	domain := fs.String("allow-domain", "", "serve only people with an email address in this domain")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if getenv(webex.TokenEnv) == "" {
		return demo(ctx, out)
	}
	token := getenv(webex.TokenEnv)
	client, err := webex.NewClient(webex.WithToken(token))
	if err != nil {
		return err
	}
	opts := []bot.Option{bot.WithRefusal("Sorry, I only work for my team."),
		bot.WithListener(realtime.WithDeviceName("gowebex-ops-assistant"))}
	if *domain != "" {
		opts = append(opts, bot.WithAccess(bot.Rule{Domains: []string{*domain}}))
	}
	if *publicURL != "" {
		opts = append(opts, bot.WithWebhooks(*publicURL))
	}
	b, err := bot.New(ctx, client, opts...)
	if err != nil {
		return err
	}
	assistant(b)
	if *publicURL != "" {
		ln, err := net.Listen("tcp", *listen)
		if err != nil {
			return err
		}
		srv := &http.Server{Handler: b, ReadHeaderTimeout: 10 * time.Second}
		go srv.Serve(ln)
		defer srv.Close()
	}
	fmt.Fprintf(out, "%s is running; mention it in a space, or message it directly. Ctrl-C stops it.\n", b.Name())
	err = b.Run(ctx)
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}
