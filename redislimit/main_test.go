package redislimit_test

import (
	"os"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/gowebex/sdk/internal/redistest"
	"github.com/gowebex/sdk/internal/testmain"
)

// redisAddr is the Redis every test shares: REDIS_ADDR, or a redis-server
// that TestMain starts on a free loopback port. Empty: no Redis, tests skip.
var redisAddr string

// skipReason says why redisAddr is empty.
var skipReason string

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) != "" {
		testmain.Exit(m.Run())
	}
	var stop func()
	redisAddr, skipReason, stop = redistest.Shared("redislimit")
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
	return dial(t, redisAddr)
}

// dial returns a client of the Redis at addr, closed with the test.
func dial(t testing.TB, addr string) *redis.Client {
	t.Helper()
	rdb := redis.NewClient(&redis.Options{
		Addr:                  addr,
		ContextTimeoutEnabled: true,
		DialTimeout:           200 * time.Millisecond,
		MaxRetries:            -1,
	})
	t.Cleanup(func() { _ = rdb.Close() })
	return rdb
}
