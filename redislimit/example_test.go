package redislimit_test

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/redis/go-redis/v9"

	"github.com/gowebex/sdk/redislimit"
	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/messages"
)

// Every replica of a bot builds its client like this: they share each
// endpoint's budget, and a 429 seen by one pauses that endpoint for all.
func Example() {
	token := os.Getenv("WEBEX_ACCESS_TOKEN")
	rdb := redis.NewClient(&redis.Options{Addr: "localhost:6379", ContextTimeoutEnabled: true})
	defer rdb.Close()

	lim := redislimit.New(rdb, token, redislimit.DefaultRateLimit,
		map[string]webex.RateLimit{"POST /messages": {PerMinute: 600, Burst: 5}})
	client, err := webex.NewClient(webex.WithToken(token), webex.WithLimiter(lim))
	if err != nil {
		log.Fatal(err)
	}
	msg, err := client.Messages.Create(context.Background(), &messages.CreateParams{
		ToPersonEmail: "alice@example.com",
		Text:          "hello from one of several replicas",
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(msg.ID)
}

// Processes that should not hold the token can share the budget through
// its hash.
func ExampleNewForHash() {
	rdb := redis.NewClient(&redis.Options{Addr: "localhost:6379", ContextTimeoutEnabled: true})
	defer rdb.Close()
	hash := redislimit.TokenHash(os.Getenv("WEBEX_ACCESS_TOKEN"))
	lim := redislimit.NewForHash(rdb, hash, redislimit.DefaultRateLimit, nil)
	fmt.Println(lim.Key("POST /messages"))
}
