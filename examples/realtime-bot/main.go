// Command realtime-bot is a Webex bot with no public URL: it receives
// events over Webex's websocket (package realtime) and answers every
// message that mentions it, in the message's thread.
//
// With WEBEX_ACCESS_TOKEN unset it runs a scripted demo against the
// in-memory emulator and exits 0:
//
//	go run ./examples/realtime-bot
//
// With a bot token it listens until interrupted; mention the bot in a
// space, or write to it directly:
//
//	WEBEX_ACCESS_TOKEN=... go run ./examples/realtime-bot
package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"sync"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/realtime"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Getenv, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "realtime-bot:", err)
		os.Exit(1)
	}
}

// run starts the demo (no token) or the bot (a token), writing what
// happens to stdout and the listener's log to stderr.
func run(ctx context.Context, getenv func(string) string, stdout, stderr io.Writer) error {
	stdout = &lockedWriter{w: stdout} // the handler runs on the listener's goroutines
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	token := getenv(webex.TokenEnv)
	if token == "" {
		return demo(ctx, stdout, log)
	}
	client, err := webex.NewClient(webex.WithToken(token))
	if err != nil {
		return err
	}
	b, err := newBot(ctx, client, stdout)
	if err != nil {
		return err
	}
	l, err := realtime.New(client, realtime.WithToken(token), realtime.WithLogger(log),
		realtime.WithDeviceName("gowebex-realtime-bot"))
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s is listening (no public URL needed); mention it in a space. Ctrl-C stops it.\n", b.me.DisplayName)
	return l.Listen(ctx, b.handle)
}

// lockedWriter serializes writes to w.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

// Write implements io.Writer.
func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
