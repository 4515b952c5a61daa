package redisstore_test

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/gowebex/sdk/internal/testmain"
)

// redisAddr is the Redis every test shares: REDIS_ADDR, or a redis-server
// that TestMain starts on a free loopback port. Empty: no Redis, tests skip.
var redisAddr string

// skipReason says why redisAddr is empty.
var skipReason string

func TestMain(m *testing.M) {
	if os.Getenv(replicaEnv) != "" {
		os.Exit(replicaMain())
	}
	redis.SetLogger(quietLogger{})
	var stop func()
	switch {
	case os.Getenv("REDIS_ADDR") != "":
		redisAddr = os.Getenv("REDIS_ADDR")
	default:
		bin, err := exec.LookPath("redis-server")
		if err != nil {
			skipReason = "no Redis: set REDIS_ADDR or install redis-server (apt-get install -y redis-server; CI does)"
			fmt.Fprintln(os.Stderr, "redisstore tests:", skipReason)
			break
		}
		redisAddr, stop, err = startRedis(bin)
		if err != nil {
			fmt.Fprintln(os.Stderr, "redisstore tests: cannot start redis-server:", err)
			os.Exit(1)
		}
	}
	code := m.Run()
	if stop != nil {
		stop()
	}
	testmain.Exit(code)
}

// startRedis starts redis-server on a free loopback port, without
// persistence, and waits until it answers.
func startRedis(bin string) (string, func(), error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	port := ln.Addr().(*net.TCPAddr).Port
	_ = ln.Close()
	cmd := exec.Command(bin, "--port", strconv.Itoa(port), "--bind", "127.0.0.1",
		"--save", "", "--appendonly", "no", "--loglevel", "warning")
	if err := cmd.Start(); err != nil {
		return "", nil, err
	}
	stop := func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }
	addr := "127.0.0.1:" + strconv.Itoa(port)
	rdb := redis.NewClient(&redis.Options{Addr: addr, MaxRetries: -1})
	defer rdb.Close()
	deadline := time.Now().Add(10 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		err := rdb.Ping(ctx).Err()
		cancel()
		if err == nil {
			return addr, stop, nil
		}
		if time.Now().After(deadline) {
			stop()
			return "", nil, fmt.Errorf("redis-server on %s did not answer: %w", addr, err)
		}
		time.Sleep(20 * time.Millisecond) // a process starting up: nothing to wait on but the port
	}
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

// runID keeps runs sharing one Redis (-count=N, REDIS_ADDR) apart.
var runID = strconv.FormatInt(time.Now().UnixNano(), 36)

// uniquePrefix keeps tests sharing one Redis apart. Call it once per test.
func uniquePrefix(t testing.TB) string {
	return "test:" + runID + ":" + strconv.Itoa(int(prefixSeq.Add(1))) + ":" + strings.ReplaceAll(t.Name(), "/", "_") + ":"
}

var prefixSeq atomic.Int64

// quietLogger drops go-redis's own log lines.
type quietLogger struct{}

func (quietLogger) Printf(context.Context, string, ...any) {}
