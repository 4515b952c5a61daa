package redislimit_test

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
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
	if os.Getenv(childEnv) != "" {
		testmain.Exit(m.Run())
	}
	// go-redis reports each failed dial itself; the outage tests make
	// many on purpose.
	redis.SetLogger(quietLogger{})
	var srv *redisServer
	switch {
	case os.Getenv("REDIS_ADDR") != "":
		redisAddr = os.Getenv("REDIS_ADDR")
	case redisBinary() != "":
		var err error
		srv, err = startRedis(0)
		if err != nil {
			fmt.Fprintln(os.Stderr, "redislimit tests: cannot start redis-server:", err)
			os.Exit(1)
		}
		redisAddr = srv.addr
	default:
		skipReason = "no Redis: set REDIS_ADDR or install redis-server (apt-get install -y redis-server; see ci.sh)"
		fmt.Fprintln(os.Stderr, "redislimit tests:", skipReason)
	}
	code := m.Run()
	if srv != nil {
		srv.stop()
	}
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

// redisBinary returns the path of redis-server, or "".
func redisBinary() string {
	p, err := exec.LookPath("redis-server")
	if err != nil {
		return ""
	}
	return p
}

// redisServer is a redis-server process the tests started.
type redisServer struct {
	addr string
	port int
	cmd  *exec.Cmd
}

// startRedis starts redis-server on 127.0.0.1:port (a free port if 0),
// without persistence, and waits until it answers.
func startRedis(port int) (*redisServer, error) {
	if port == 0 {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, err
		}
		port = ln.Addr().(*net.TCPAddr).Port
		_ = ln.Close()
	}
	cmd := exec.Command(redisBinary(),
		"--port", strconv.Itoa(port), "--bind", "127.0.0.1",
		"--save", "", "--appendonly", "no", "--loglevel", "warning")
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &redisServer{addr: "127.0.0.1:" + strconv.Itoa(port), port: port, cmd: cmd}
	rdb := redis.NewClient(&redis.Options{Addr: s.addr, MaxRetries: -1})
	defer rdb.Close()
	deadline := time.Now().Add(10 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		err := rdb.Ping(ctx).Err()
		cancel()
		if err == nil {
			return s, nil
		}
		if time.Now().After(deadline) {
			s.stop()
			return nil, fmt.Errorf("redis-server on %s did not answer: %w", s.addr, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// stop kills the server and waits for it to exit.
func (s *redisServer) stop() {
	_ = s.cmd.Process.Kill()
	_ = s.cmd.Wait()
}

// ownRedis starts a redis-server for one test, which may kill and restart
// it; it skips the test if redis-server is not installed.
func ownRedis(t *testing.T) *redisServer {
	t.Helper()
	if redisBinary() == "" {
		t.Skip("redis-server not installed (apt-get install -y redis-server; see ci.sh)")
	}
	s, err := startRedis(0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.stop)
	return s
}

// quietLogger drops go-redis's own log lines.
type quietLogger struct{}

func (quietLogger) Printf(context.Context, string, ...any) {}
