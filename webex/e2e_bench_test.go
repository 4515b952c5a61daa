package webex_test

import (
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/messages"
)

// BenchmarkEmulatorThroughSDK measures the whole stack under parallel load:
// SDK (pacing off, no retries) → loopback HTTP → emulator. Half the
// operations get a message, half post one. It reports requests per second.
func BenchmarkEmulatorThroughSDK(b *testing.B) {
	srv := newServer(b)
	alice, tok := srv.NewUserWithToken("", "Alice")
	room := srv.NewRoom(alice, "Bench")
	msg := srv.NewMessage(alice, room, "hello")
	tr := newTransport()
	tr.MaxIdleConns = 256
	tr.MaxIdleConnsPerHost = 256
	b.Cleanup(tr.CloseIdleConnections)
	c, err := webex.NewClient(webex.WithBaseURL(srv.URL()), webex.WithToken(tok),
		webex.WithHTTPClient(&http.Client{Transport: tr}), webex.WithDefaultRateLimit(0, 0),
		webex.WithRetries(0, 0, 0))
	require.NoError(b, err)
	ctx := b.Context()
	create := &messages.CreateParams{RoomID: room.ID, Text: "benchmark"}

	var failures atomic.Int64
	var n atomic.Int64
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			var err error
			if n.Add(1)%2 == 0 {
				_, err = c.Messages.Get(ctx, msg.ID)
			} else {
				_, err = c.Messages.Create(ctx, create)
			}
			if err != nil {
				failures.Add(1)
			}
		}
	})
	elapsed := time.Since(start)
	b.StopTimer()
	if f := failures.Load(); f > 0 {
		b.Fatalf("%d of %d requests failed", f, b.N)
	}
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
}
