// Command quickstart shows the Webex SDK for Go at work in one run: it finds
// out who it is, creates a space, adds a member, posts a message that
// mentions them, replies in a thread, lists the space's messages page by
// page, receives a signed webhook delivery, and deletes what it made.
//
// With WEBEX_ACCESS_TOKEN unset it starts the in-memory Webex emulator
// (webex/webextest) in-process, so it needs no account and no network:
//
//	go run ./examples/quickstart
//
// With a token it talks to real Webex; name someone to add with -member
// (an email address), and, to see a webhook delivery, a public HTTPS URL
// that forwards to this machine with -webhook-url.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"
)

func main() {
	member := flag.String("member", os.Getenv("WEBEX_QUICKSTART_MEMBER"), "email of a person to add to the space (real Webex only)")
	webhookURL := flag.String("webhook-url", "", "public URL that reaches -listen, for the webhook step (real Webex only)")
	listen := flag.String("listen", "127.0.0.1:0", "address the webhook receiver listens on")
	flag.Parse()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()

	if err := run(ctx, os.Stdout, os.Getenv("WEBEX_ACCESS_TOKEN"), *member, *webhookURL, *listen); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart failed:", err)
		os.Exit(1)
	}
}

// run sets up, tells the story to out, and ends by naming the code to read
// next.
func run(ctx context.Context, out io.Writer, token, member, webhookURL, listen string) error {
	env, err := setup(ctx, out, token, member, webhookURL, listen)
	if err != nil {
		return err
	}
	defer env.close()
	if err := story(ctx, env, out); err != nil {
		return err
	}
	fmt.Fprintln(out, "\nThe code of these steps is examples/quickstart/story.go (setup.go starts the emulator).")
	fmt.Fprintln(out, "To write your own program, start from the 30-line one in README.md (\"Example\"): it posts a message and lists a space.")
	return nil
}
