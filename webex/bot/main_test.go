package bot_test

import (
	"os"
	"testing"

	"github.com/redis/go-redis/v9"

	"github.com/gowebex/sdk/internal/redistest"
	"github.com/gowebex/sdk/internal/testmain"
)

// redisAddr is the Redis the Redis store's tests (redisstore_test.go,
// replicas_test.go) share: REDIS_ADDR, or a redis-server that TestMain
// starts on a free loopback port. Empty: no Redis, those tests skip.
var redisAddr string

// skipReason says why redisAddr is empty.
var skipReason string

// TestMain runs the tests, or, started by TestThreeReplicasAnswerEachCommandOnce
// with replicaEnv set, one replica of a bot.
func TestMain(m *testing.M) {
	if os.Getenv(replicaEnv) != "" {
		os.Exit(replicaMain())
	}
	var stop func()
	redisAddr, skipReason, stop = redistest.Shared("webex/bot")
	code := m.Run()
	stop()
	testmain.Exit(code)
}

// newRedis returns a client of the shared Redis, or skips the test.
func newRedis(t testing.TB) *redis.Client {
	t.Helper()
	if redisAddr == "" {
		t.Skip(skipReason)
	}
	rdb := redis.NewClient(&redis.Options{Addr: redisAddr, ContextTimeoutEnabled: true})
	t.Cleanup(func() { _ = rdb.Close() })
	return rdb
}
