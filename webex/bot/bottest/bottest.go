// Package bottest runs a bot against the webextest emulator and talks to it
// as people would, so that a bot's tests read like a conversation:
//
//	env := bottest.New(t)
//	env.Bot.Command("deploy", deploy, "deploy <service>")
//	ada := env.User("ada@example.com", "Ada")
//	ops := ada.Space("Ops")
//	got := ada.Post(ops, "@Bot deploy api")
//	require.Equal(t, "Deploying api", got.Text())
//
// Each call returns once the bot has finished with the event it caused, with
// the messages the bot posted meanwhile: no sleeps, no polling. An
// environment (emulator, bot, webhooks, a user and a space) costs a few
// milliseconds to set up, so table tests can give each case its own.
package bottest

import (
	"context"
	"log/slog"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/bot"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/webextest"
)

// BotName and BotEmail are the bot's identity in the emulator.
const (
	BotName  = "Bot"
	BotEmail = "bot@webex.bot"
)

// Timeout is how long a call waits for the bot before failing the test.
const Timeout = 10 * time.Second

// Env is a bot running against an emulator.
type Env struct {
	t testing.TB
	// Server is the emulator; seed it or inject faults directly.
	Server *webextest.Server
	// Person is the bot's account in the emulator.
	Person *webextest.Person
	// Client is the bot's client.
	Client *webex.Client
	// Bot is the bot under test, started; register handlers on it.
	Bot *bot.Bot

	traces traceBox
}

// transport is how the bot under test gets its events.
type transport int

const (
	webhooks  transport = iota // the emulator POSTs to the bot's handler
	listening                  // the emulator pushes over the websocket
)

// New starts an emulator, a bot account and a bot with opts (plus the
// options bottest sets: WithWebhooks, WithTrace and a logger writing to the
// test's log), receiving its events through webhooks served on loopback.
// Everything stops when the test ends. NewListening runs the bot on the
// realtime listener instead.
func New(t testing.TB, opts ...bot.Option) *Env {
	t.Helper()
	return newEnv(t, webhooks, opts)
}

func newEnv(t testing.TB, mode transport, opts []bot.Option) *Env {
	t.Helper()
	srv := webextest.NewServer()
	t.Cleanup(srv.Close)
	person, token := srv.NewBotWithToken(BotEmail, BotName)
	client, err := webex.NewClient(webex.WithBaseURL(srv.URL()), webex.WithToken(token))
	if err != nil {
		t.Fatalf("bottest: %v", err)
	}
	e := &Env{t: t, Server: srv, Person: person, Client: client}
	e.traces.init()
	logger := slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
	all := []bot.Option{bot.WithLogger(logger)}
	var ready atomic.Pointer[bot.Bot]
	if mode == webhooks {
		hooks := httptest.NewServer(handlerFunc(ready.Load))
		t.Cleanup(hooks.Close)
		all = append(all, bot.WithWebhooks(hooks.URL+"/webex"))
	} else {
		all = append(all, e.listenerOptions(token))
	}
	all = append(append(all, opts...), bot.WithTrace(e.traces.add))
	ctx := context.Background()
	b, err := bot.New(ctx, client, all...)
	if err != nil {
		t.Fatalf("bottest: %v", err)
	}
	e.Bot = b
	ready.Store(b)
	if err := b.Start(ctx); err != nil {
		t.Fatalf("bottest: starting the bot: %v", err)
	}
	t.Cleanup(func() {
		sctx, cancel := context.WithTimeout(context.Background(), Timeout)
		defer cancel()
		if err := b.Stop(sctx); err != nil {
			t.Errorf("bottest: stopping the bot: %v", err)
		}
	})
	if mode == listening {
		e.awaitConnected()
	}
	return e
}

// User creates a person with a client of their own.
func (e *Env) User(email, name string) *User {
	e.t.Helper()
	p, token := e.Server.NewUserWithToken(email, name)
	c, err := webex.NewClient(webex.WithBaseURL(e.Server.URL()), webex.WithToken(token))
	if err != nil {
		e.t.Fatalf("bottest: %v", err)
	}
	return &User{env: e, Person: p, Client: c}
}

// Wait returns what the bot did about the event with id (a message,
// attachment action or membership id), once it is done, failing the test
// after Timeout. Use it for events caused other than through a User.
func (e *Env) Wait(id string) *Answer {
	e.t.Helper()
	return answerOf(e.wait(id))
}

// wait returns the trace of the event with id, failing the test after
// Timeout.
func (e *Env) wait(id string) bot.Trace {
	e.t.Helper()
	tr, ok := e.traces.wait(id, Timeout)
	if !ok {
		e.t.Fatalf("bottest: the bot did not handle event %s within %s", id, Timeout)
	}
	return tr
}

// mention turns "@Bot" (the bot's display name after an @) in text into
// mention markup, and reports whether there was one.
func (e *Env) mention(text string) (string, bool) {
	at := "@" + BotName
	if !strings.Contains(text, at) {
		return text, false
	}
	return strings.ReplaceAll(text, at, messages.MentionPerson(e.Person.ID, BotName)), true
}

// Answer is what the bot did about one event.
type Answer struct {
	// Trace is the bot's own account of the event; zero when the bot could
	// not see the event (a group message without its mention).
	Trace bot.Trace
	// Replies are the messages the bot posted while handling it.
	Replies []*messages.Message
}

// Text returns the text of the replies, one per line.
func (a *Answer) Text() string {
	var parts []string
	for _, m := range a.Replies {
		parts = append(parts, m.Text)
	}
	return strings.Join(parts, "\n")
}

// Card returns the last reply carrying a card, or nil.
func (a *Answer) Card() *messages.Message {
	for i := len(a.Replies) - 1; i >= 0; i-- {
		if len(a.Replies[i].Attachments) > 0 {
			return a.Replies[i]
		}
	}
	return nil
}

func answerOf(t bot.Trace) *Answer { return &Answer{Trace: t, Replies: t.Posted} }

// traceBox hands traces to whoever waits for them, whichever comes first.
type traceBox struct {
	mu      sync.Mutex
	got     map[string]bot.Trace
	waiting map[string]chan bot.Trace
}

func (b *traceBox) init() {
	b.got = map[string]bot.Trace{}
	b.waiting = map[string]chan bot.Trace{}
}

func (b *traceBox) add(t bot.Trace) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if ch, ok := b.waiting[t.EventID]; ok {
		delete(b.waiting, t.EventID)
		ch <- t
		return
	}
	if _, dup := b.got[t.EventID]; !dup {
		b.got[t.EventID] = t
	}
}

func (b *traceBox) wait(id string, timeout time.Duration) (bot.Trace, bool) {
	b.mu.Lock()
	if t, ok := b.got[id]; ok {
		delete(b.got, id)
		b.mu.Unlock()
		return t, true
	}
	ch := make(chan bot.Trace, 1)
	b.waiting[id] = ch
	b.mu.Unlock()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case t := <-ch:
		return t, true
	case <-timer.C:
		b.mu.Lock()
		delete(b.waiting, id)
		b.mu.Unlock()
		return bot.Trace{}, false
	}
}

// testWriter sends the bot's log lines to the test's log.
type testWriter struct{ t testing.TB }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSuffix(string(p), "\n"))
	return len(p), nil
}
