package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/webextest"
	"github.com/gowebex/sdk/webex/webhooks"
)

// env is what the story runs against: a client, someone to add, and, when
// deliveries can reach us, a webhook receiver.
type env struct {
	client      *webex.Client
	memberEmail string
	emulated    bool

	// webhookURL is where Webex should post; empty skips the webhook step.
	webhookURL string
	secret     string
	events     chan *webhooks.Event

	closers []func()
}

func (e *env) close() {
	for i := len(e.closers) - 1; i >= 0; i-- {
		e.closers[i]()
	}
}

func setup(ctx context.Context, out io.Writer, token, member, webhookURL, listen string) (*env, error) {
	e := &env{events: make(chan *webhooks.Event, 16), secret: randomSecret()}
	var opts []webex.Option
	if token == "" {
		fmt.Fprintln(out, "WEBEX_ACCESS_TOKEN is not set, so I started the Webex emulator in this process (webex/webextest).")
		fmt.Fprintln(out, "Nothing leaves this machine. Set WEBEX_ACCESS_TOKEN to run the same steps against real Webex.")
		srv := webextest.NewServer()
		e.closers = append(e.closers, srv.Close)
		_, tok := srv.NewUserWithToken("you@example.com", "Quinn Quickstart")
		srv.NewUser(nil, "ada@example.com", "Ada Lovelace")
		opts = append(opts, webex.WithBaseURL(srv.URL()), webex.WithToken(tok))
		e.memberEmail, e.emulated = "ada@example.com", true
	} else {
		if member == "" {
			return nil, errors.New("with a real token, name a person to add: -member someone@example.com (or WEBEX_QUICKSTART_MEMBER)")
		}
		opts = append(opts, webex.WithToken(token))
		e.memberEmail = member
	}
	client, err := webex.NewClient(opts...)
	if err != nil {
		return nil, err
	}
	e.client = client

	if e.emulated || webhookURL != "" {
		url, err := e.startReceiver(listen)
		if err != nil {
			return nil, err
		}
		e.webhookURL = url
		if webhookURL != "" {
			e.webhookURL = webhookURL
		}
	}
	return e, nil
}

// startReceiver serves a webhooks.Handler, which checks each delivery's
// X-Spark-Signature against the secret before handing it over.
func (e *env) startReceiver(listen string) (string, error) {
	h, err := webhooks.NewHandler([]byte(e.secret), func(ctx context.Context, ev *webhooks.Event) error {
		e.events <- ev
		return nil
	})
	if err != nil {
		return "", err
	}
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		return "", fmt.Errorf("webhook receiver: %w", err)
	}
	srv := &http.Server{Handler: h}
	go srv.Serve(ln)
	e.closers = append(e.closers, func() { srv.Close() })
	return "http://" + ln.Addr().String() + "/webhook", nil
}

func randomSecret() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}
