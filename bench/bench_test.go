package bench_test

import (
	"context"
	"net/http"
	"os"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// A target is where the clients send requests: the URL they are given, and
// the HTTP client each gets.
type target struct {
	url        string
	httpClient func() *http.Client
}

// loopback is the server process, over a loopback TCP connection.
func loopback(tb testing.TB) target { return target{serverURL(tb), newHTTPClient} }

// inMemory is the same handler in this process, behind an in-memory
// transport.
func inMemory() target {
	t := memTransport{newHandler(inMemoryURL)}
	return target{inMemoryURL, func() *http.Client { return &http.Client{Transport: t} }}
}

// run runs one case for every client as sub-benchmarks named
// client=<name>, so that benchstat lines them up. Besides sec/op, B/op and
// allocs/op it reports cpu-ns/op, the client process's CPU time per op.
//
// With BENCH_ROTATE=n in the environment the clients run in table order
// rotated by n places, so that passes run with n = 0, 1, 2, … give each
// client each place in turn.
func run(b *testing.B, to target, op func(ctx context.Context, c client) error) {
	ctx := context.Background()
	order := clients
	if n, err := strconv.Atoi(os.Getenv("BENCH_ROTATE")); err == nil && n > 0 {
		n %= len(clients)
		order = append(clients[n:len(clients):len(clients)], clients[:n]...)
	}
	for _, cl := range order {
		b.Run("client="+cl.name, func(b *testing.B) {
			c := mustClient(b, cl.new, to)
			if err := op(ctx, c); err != nil { // warm the connection
				b.Fatal(err)
			}
			b.ReportAllocs()
			cpu0 := cpuTime()
			for b.Loop() {
				if err := op(ctx, c); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
		})
	}
}

// cpuTime is the CPU time (user and system, every thread, the garbage
// collector included) this process has used. The server runs in another
// process, so per op it is the client's own cost, and unlike sec/op it does
// not count time spent waiting for a CPU that other work on the machine
// holds.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func mustClient(tb testing.TB, newClient func(string, *http.Client) (client, error), to target) client {
	tb.Helper()
	c, err := newClient(to.url, to.httpClient())
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// The four cases, as functions of a client.
func getMessage(ctx context.Context, c client) error    { return c.get(ctx) }
func createMessage(ctx context.Context, c client) error { return c.create(ctx) }

func listPage100(ctx context.Context, c client) error {
	n, err := c.listPage(ctx)
	if err == nil && n != pageSize {
		err = errCount(n, pageSize)
	}
	return err
}

func list10000(ctx context.Context, c client) error {
	n, err := c.listAll(ctx, 10_000)
	if err == nil && n != 10_000 {
		err = errCount(n, 10_000)
	}
	return err
}

// The cases over loopback TCP to the server process: what a user sees.

func BenchmarkGetMessage(b *testing.B)    { run(b, loopback(b), getMessage) }
func BenchmarkCreateMessage(b *testing.B) { run(b, loopback(b), createMessage) }
func BenchmarkListPage100(b *testing.B)   { run(b, loopback(b), listPage100) }
func BenchmarkList10000(b *testing.B)     { run(b, loopback(b), list10000) }

// The same cases in memory, without the network: each client's own cost,
// which on loopback is a small part of a round trip and is hidden by the
// machine's noise.

func BenchmarkInMemoryGetMessage(b *testing.B)    { run(b, inMemory(), getMessage) }
func BenchmarkInMemoryCreateMessage(b *testing.B) { run(b, inMemory(), createMessage) }
func BenchmarkInMemoryListPage100(b *testing.B)   { run(b, inMemory(), listPage100) }
func BenchmarkInMemoryList10000(b *testing.B)     { run(b, inMemory(), list10000) }
