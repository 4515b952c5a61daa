// Package redistest starts the redis-server that the SDK's Redis tests
// (redislimit, and the bot's Redis store in webex/bot) run against. Only
// tests import it.
//
// A package's TestMain calls [Shared] once: it returns REDIS_ADDR when set,
// or starts a redis-server on a free loopback port, or says why there is
// none, so that the tests skip with that reason.
package redistest

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
)

// Server is a redis-server process started for tests.
type Server struct {
	Addr string // host:port on 127.0.0.1
	Port int
	cmd  *exec.Cmd
}

// Binary returns the path of redis-server, or "" if it is not installed.
func Binary() string {
	p, err := exec.LookPath("redis-server")
	if err != nil {
		return ""
	}
	return p
}

// Start starts redis-server on 127.0.0.1:port (a free port if 0), without
// persistence, and waits until it answers.
func Start(port int) (*Server, error) {
	bin := Binary()
	if bin == "" {
		return nil, fmt.Errorf("redis-server not installed (apt-get install -y redis-server; .ci/install-deps.sh does)")
	}
	if port == 0 {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, err
		}
		port = ln.Addr().(*net.TCPAddr).Port
		_ = ln.Close()
	}
	cmd := exec.Command(bin, "--port", strconv.Itoa(port), "--bind", "127.0.0.1",
		"--save", "", "--appendonly", "no", "--loglevel", "warning")
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &Server{Addr: "127.0.0.1:" + strconv.Itoa(port), Port: port, cmd: cmd}
	rdb := redis.NewClient(&redis.Options{Addr: s.Addr, MaxRetries: -1})
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
			s.Stop()
			return nil, fmt.Errorf("redis-server on %s did not answer: %w", s.Addr, err)
		}
		time.Sleep(20 * time.Millisecond) // a process starting up: nothing to wait on but the port
	}
}

// Stop kills the server and waits for it to exit.
func (s *Server) Stop() {
	_ = s.cmd.Process.Kill()
	_ = s.cmd.Wait()
}

// Shared returns the Redis a package's tests share, for its TestMain to
// call once: REDIS_ADDR, or a redis-server it starts (stop ends it; call
// it after m.Run). Without either, addr is empty and skip says why, for
// the tests to skip with; it is printed once, after pkg. A redis-server
// that will not start ends the test binary with status 1. Shared also
// silences go-redis's own logging, which reports every failed dial of the
// outage tests.
func Shared(pkg string) (addr, skip string, stop func()) {
	redis.SetLogger(quiet{})
	if a := os.Getenv("REDIS_ADDR"); a != "" {
		return a, "", func() {}
	}
	if Binary() == "" {
		skip = "no Redis: set REDIS_ADDR or install redis-server (apt-get install -y redis-server; .ci/install-deps.sh does)"
		fmt.Fprintln(os.Stderr, pkg+" tests:", skip)
		return "", skip, func() {}
	}
	s, err := Start(0)
	if err != nil {
		fmt.Fprintln(os.Stderr, pkg+" tests: cannot start redis-server:", err)
		os.Exit(1)
	}
	return s.Addr, "", s.Stop
}

// Own starts a redis-server for one test, which may kill and restart it,
// and stops it when the test ends; it skips the test if redis-server is
// not installed.
func Own(t *testing.T) *Server {
	t.Helper()
	if Binary() == "" {
		t.Skip("redis-server not installed (apt-get install -y redis-server; .ci/install-deps.sh does)")
	}
	s, err := Start(0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Stop)
	return s
}

// runID keeps runs sharing one Redis (-count=N, REDIS_ADDR) apart.
var runID = strconv.FormatInt(time.Now().UnixNano(), 36)

var prefixSeq atomic.Int64

// Prefix returns a key prefix of the test's own, so that tests (and runs)
// sharing one Redis never see each other's keys.
func Prefix(t testing.TB) string {
	return "test:" + runID + ":" + strconv.Itoa(int(prefixSeq.Add(1))) + ":" + strings.ReplaceAll(t.Name(), "/", "_") + ":"
}

// quiet drops go-redis's own log lines.
type quiet struct{}

func (quiet) Printf(context.Context, string, ...any) {}
