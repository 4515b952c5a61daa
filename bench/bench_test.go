package bench_test

import (
	"context"
	"net/http/httptest"
	"testing"
)

// run runs one case for every client as sub-benchmarks named
// client=<name>, so that benchstat lines them up.
func run(b *testing.B, op func(ctx context.Context, c client) error) {
	srv := newServer(b)
	ctx := context.Background()
	for _, cl := range clients {
		b.Run("client="+cl.name, func(b *testing.B) {
			c := mustClient(b, cl.new, srv)
			if err := op(ctx, c); err != nil { // warm the connection
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if err := op(ctx, c); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func mustClient(tb testing.TB, newClient func(*httptest.Server) (client, error), srv *httptest.Server) client {
	tb.Helper()
	c, err := newClient(srv)
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
