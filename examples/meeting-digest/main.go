// Command meeting-digest posts a digest to a Webex space after each
// meeting ends: who took part, the recording's link and the first lines of
// the transcript. It listens for the meetings "ended" webhook, then reads
// the participants, recordings and transcripts APIs.
//
// With WEBEX_ACCESS_TOKEN unset it runs a scripted demo against the
// in-memory emulator (a meeting is scheduled, held and ended) and exits:
//
//	go run ./examples/meeting-digest
//
// With a token carrying the meeting scopes it serves until interrupted:
//
//	WEBEX_ACCESS_TOKEN=... go run ./examples/meeting-digest -room ROOM_ID -listen :8080 -public-url https://digest.example.com/webex
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
	room := flag.String("room", "", "id of the space digests are posted to (real Webex)")
	listen := flag.String("listen", "127.0.0.1:8080", "address to receive webhooks on (real Webex)")
	publicURL := flag.String("public-url", "", "public URL that forwards to -listen (real Webex)")
	flag.Parse()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	var err error
	if os.Getenv(webex.TokenEnv) == "" {
		err = demo(ctx)
	} else {
		err = serve(ctx, *room, *listen, *publicURL)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "meeting-digest:", err)
		os.Exit(1)
	}
}

func serve(ctx context.Context, room, listen, publicURL string) error {
	if room == "" || publicURL == "" {
		return errors.New("with a real token, -room and -public-url are required")
	}
	client, err := webex.NewClient()
	if err != nil {
		return err
	}
	d := &digester{client: client, roomID: room}
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		return err
	}
	stopServing, err := d.start(ctx, ln, publicURL)
	if err != nil {
		return err
	}
	defer stopServing()
	fmt.Printf("Listening on %s for %s; digests go to space %s.\n", ln.Addr(), publicURL, room)
	<-ctx.Done()
	return nil
}

// start registers a meetings/ended webhook to targetURL and serves its
// deliveries on ln. The returned function deletes the webhook and stops.
func (d *digester) start(ctx context.Context, ln net.Listener, targetURL string) (func(), error) {
	secret := make([]byte, 16)
	rand.Read(secret)
	key := hex.EncodeToString(secret)
	h, err := webhooks.NewHandler([]byte(key), d.handle)
	if err != nil {
		return nil, err
	}
	srv := &http.Server{Handler: h}
	go srv.Serve(ln)
	hook, err := d.client.Webhooks.Create(ctx, &webhooks.CreateParams{
		Name:      "meeting-digest",
		TargetURL: targetURL,
		Resource:  webhooks.ResourceMeetings,
		Event:     webhooks.EventEnded,
		Secret:    key,
	})
	if err != nil {
		srv.Close()
		return nil, fmt.Errorf("registering the webhook: %w", err)
	}
	return func() {
		d.client.Webhooks.Delete(context.WithoutCancel(ctx), hook.ID)
		srv.Close()
	}, nil
}
