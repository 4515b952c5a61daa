package bot_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/bot"
	"github.com/gowebex/sdk/webex/bot/redisstore"
	"github.com/gowebex/sdk/webex/realtime"
)

// The environment of a replica process: the test binary run again with
// replicaEnv set becomes one replica of the bot instead of running tests.
const (
	replicaEnv    = "BOT_REPLICA"        // the replica's number
	replicaAPI    = "BOT_REPLICA_API"    // the emulator's URL
	replicaToken  = "BOT_REPLICA_TOKEN"  // the bot's token
	replicaRedis  = "BOT_REPLICA_REDIS"  // the shared Redis
	replicaPrefix = "BOT_REPLICA_PREFIX" // the store's key prefix
	replicaMode   = "BOT_REPLICA_MODE"   // "webhooks" or "listener"
)

// replicaLine is what a replica writes on stdout, one JSON object a line:
// "ready" once it started (its webhooks registered, or its listener
// connecting), then one line per event.
type replicaLine struct {
	Replica int         `json:"replica"`
	Ready   bool        `json:"ready,omitempty"`
	Event   string      `json:"event,omitempty"`
	Kind    bot.Kind    `json:"kind,omitempty"`
	Outcome bot.Outcome `json:"outcome,omitempty"`
	Posted  int         `json:"posted,omitempty"`
}

// replicaMain runs one replica until its stdin closes, then shuts down,
// handling the events in hand, and exits 0.
func replicaMain() int {
	n, _ := strconv.Atoi(os.Getenv(replicaEnv))
	if err := runReplica(n, os.Stdin, os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "replica %d: %v\n", n, err)
		return 1
	}
	return 0
}

func runReplica(n int, stdin io.Reader, stdout io.Writer) error {
	ctx := context.Background()
	client, err := webex.NewClient(webex.WithBaseURL(os.Getenv(replicaAPI)), webex.WithToken(os.Getenv(replicaToken)))
	if err != nil {
		return err
	}
	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv(replicaRedis)})
	defer rdb.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	lines := make(chan replicaLine, 1024)
	enc := json.NewEncoder(stdout)
	written := make(chan struct{})
	go func() {
		defer close(written)
		for l := range lines {
			_ = enc.Encode(l)
		}
	}()
	transport := bot.WithWebhooks("http://" + ln.Addr().String() + "/webex")
	if os.Getenv(replicaMode) == "listener" {
		catalog := strings.TrimSuffix(os.Getenv(replicaAPI), "/v1") + "/u2c/api/v1/catalog"
		transport = bot.WithListener(realtime.WithToken(os.Getenv(replicaToken)), realtime.WithCatalogURL(catalog),
			realtime.WithDeviceName(fmt.Sprint("replica-", n)), realtime.WithBackoff(5*time.Millisecond, 100*time.Millisecond))
	}
	b, err := bot.New(ctx, client, transport,
		bot.WithWebhookName(fmt.Sprint("replica ", n)),
		bot.WithStore(redisstore.New(rdb, redisstore.WithPrefix(os.Getenv(replicaPrefix)))),
		bot.WithLogger(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))),
		bot.WithTrace(func(t bot.Trace) {
			lines <- replicaLine{Replica: n, Event: t.EventID, Kind: t.Kind, Outcome: t.Outcome, Posted: len(t.Posted)}
		}))
	if err != nil {
		return err
	}
	b.Command("ping", func(ctx context.Context, c *bot.Context) error {
		_, err := c.Reply(ctx, fmt.Sprintf("pong %s from replica %d", c.Rest, n))
		return err
	}, "ping: pong")
	srv := &http.Server{Handler: b, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	if err := b.Start(ctx); err != nil {
		return err
	}
	lines <- replicaLine{Replica: n, Ready: true}
	_, _ = io.Copy(io.Discard, bufio.NewReader(stdin)) // until the test closes stdin
	sctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	err = b.Stop(sctx)
	_ = srv.Shutdown(sctx)
	close(lines)
	<-written
	return err
}
