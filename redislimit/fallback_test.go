package redislimit_test

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/internal/redistest"
	"github.com/gowebex/sdk/redislimit"
	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/webextest"
)

// Redis is killed while requests flow: they keep flowing through the local
// fallback, one line is logged, and the limiter goes back to Redis once it
// is restarted.
func TestRedisKilledMidRunFallsBackAndRecovers(t *testing.T) {
	t.Parallel()
	rs := redistest.Own(t)
	rdb := dial(t, rs.Addr)
	logger, logs := newLogger()
	// Paced, but fast enough not to slow the test: 30,000 a minute.
	rates := map[string]webex.RateLimit{"POST /messages": {PerMinute: 30000, Burst: 5}}
	lim := redislimit.New(rdb, "bot-token", redislimit.DefaultRateLimit, rates,
		redislimit.WithLogger(logger), redislimit.WithTimeout(2*time.Second), // a killed Redis fails at once; a busy machine must not look like an outage
		redislimit.WithRetryInterval(50*time.Millisecond))

	srv := webextest.NewServer()
	defer srv.Close()
	user, token := srv.NewUserWithToken("", "Bot")
	room := srv.NewRoom(user, "fallback")
	client, err := webex.NewClient(webex.WithToken(token), webex.WithBaseURL(srv.URL()), webex.WithLimiter(lim))
	require.NoError(t, err)

	var created, failed atomic.Int64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
				_, err := client.Messages.Create(ctx, &messages.CreateParams{RoomID: room.ID, Text: "hi"})
				cancel()
				if err != nil {
					failed.Add(1)
					t.Log(err)
					continue
				}
				created.Add(1)
			}
		})
	}
	defer func() { close(stop); wg.Wait() }()

	waitFor := func(what string, cond func() bool) {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for !cond() {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s", what)
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	tatKey := lim.Key("POST /messages") + "tat"
	hasTat := func() bool { n, err := rdb.Exists(context.Background(), tatKey).Result(); return err == nil && n == 1 }

	// Through Redis.
	waitFor("requests through Redis", func() bool { return created.Load() >= 20 })
	assert.False(t, lim.Fallback())
	assert.True(t, hasTat(), "the budget is kept in Redis")

	// Kill Redis mid-run.
	rs.Stop()
	atKill := created.Load()
	waitFor("the fallback", lim.Fallback)
	waitFor("requests during the outage", func() bool { return created.Load() >= atKill+100 })
	assert.True(t, lim.Fallback())
	assert.Equal(t, 1, logs.count("WARN"), "logged once, not per request:\n%s", logs.String())

	// Restart it on the same port: empty, as after a crash.
	rs2, err := redistest.Start(rs.Port)
	require.NoError(t, err)
	t.Cleanup(rs2.Stop)
	atRestart := created.Load()
	waitFor("recovery", func() bool { return !lim.Fallback() })
	waitFor("requests after recovery", func() bool { return created.Load() >= atRestart+50 })
	assert.False(t, lim.Fallback())
	assert.True(t, hasTat(), "the budget is back in Redis")

	close(stop)
	wg.Wait()
	stop = make(chan struct{})
	assert.Zero(t, failed.Load(), "no request failed because Redis did")
	assert.Equal(t, 1, logs.count("WARN"), logs.String())
	assert.Equal(t, 1, logs.count("INFO"), logs.String())
	assert.Equal(t, int(created.Load()), srv.RequestCount("POST /messages"))
}
