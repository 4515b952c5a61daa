package bench_test

import (
	"context"
	"syscall"
	"testing"
	"time"
)

// run runs one case for every client as sub-benchmarks named
// client=<name>, so that benchstat lines them up. Besides sec/op, B/op and
// allocs/op it reports cpu-ns/op, the client's CPU time per op.
func run(b *testing.B, op func(ctx context.Context, c client) error) {
	url := serverURL(b)
	ctx := context.Background()
	for _, cl := range clients {
		b.Run("client="+cl.name, func(b *testing.B) {
			c := mustClient(b, cl.new, url)
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

func mustClient(tb testing.TB, newClient func(string) (client, error), url string) client {
	tb.Helper()
	c, err := newClient(url)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

func BenchmarkGetMessage(b *testing.B) {
	run(b, func(ctx context.Context, c client) error { return c.get(ctx) })
}

func BenchmarkCreateMessage(b *testing.B) {
	run(b, func(ctx context.Context, c client) error { return c.create(ctx) })
}

func BenchmarkListPage100(b *testing.B) {
	run(b, func(ctx context.Context, c client) error {
		n, err := c.listPage(ctx)
		if err == nil && n != pageSize {
			err = errCount(n, pageSize)
		}
		return err
	})
}

func BenchmarkList10000(b *testing.B) {
	run(b, func(ctx context.Context, c client) error {
		n, err := c.listAll(ctx, 10_000)
		if err == nil && n != 10_000 {
			err = errCount(n, 10_000)
		}
		return err
	})
}
