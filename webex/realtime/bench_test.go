package realtime_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/notify"
	"github.com/gowebex/sdk/webex/realtime"
	"github.com/gowebex/sdk/webex/webextest"
)

// BenchmarkEventsEndToEnd measures events through the emulator end to
// end, spread over 8 spaces. It reports events/s, the heap in use at the
// end (the whole process: the emulator's stored messages and compliance
// log grow with b.N) and, for pushed, how much the heap grew while the
// events were handled (flat memory: near zero for any b.N).
//
//   - pushed: the messages are posted first while the websocket is held
//     silent; the clock runs from the moment the activities are pushed to
//     the last one handled: frame → id lookup → REST fetch of the message
//     → handler → ack.
//   - posted: the clock includes posting each message over REST too.
func BenchmarkEventsEndToEnd(b *testing.B) {
	b.Run("pushed", func(b *testing.B) { benchEvents(b, true) })
	b.Run("posted", func(b *testing.B) { benchEvents(b, false) })
}

// benchEvents runs one BenchmarkEventsEndToEnd case.
func benchEvents(b *testing.B, pushed bool) {
	const spaces = 8
	w := newWorld(b)
	rooms := make([]*webextest.Room, spaces)
	for i := range rooms {
		rooms[i] = w.srv.NewRoom(w.alice, fmt.Sprint("Space ", i), w.bot)
	}
	var handled atomic.Int64
	all := make(chan struct{})
	target := int64(b.N)
	l := w.listener(b, realtime.WithLogger(slog.New(slog.NewTextHandler(io.Discard, nil))),
		realtime.WithKeepAlive(time.Minute, time.Minute))
	w.listen(b, l, func(ctx context.Context, ev *notify.Event) error {
		if handled.Add(1) == target {
			close(all)
		}
		return errConsumed
	})
	post := func() {
		var wg sync.WaitGroup
		for i := range spaces {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for n := i; n < b.N; n += spaces {
					_, err := w.as.Messages.Create(context.Background(), &messages.CreateParams{RoomID: rooms[i].ID, Markdown: mention + "bench"})
					if err != nil {
						b.Error(err)
						return
					}
				}
			}()
		}
		wg.Wait()
	}
	b.ReportAllocs()
	if pushed {
		w.srv.SetRealtimeFaults(webextest.RealtimeFaults{Silent: true})
		post()
	}
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	start := time.Now()
	if pushed {
		w.srv.SetRealtimeFaults(webextest.RealtimeFaults{})
	} else {
		post()
	}
	select {
	case <-all:
	case <-time.After(2 * time.Minute):
		b.Fatalf("handled %d of %d", handled.Load(), b.N)
	}
	elapsed := time.Since(start)
	b.StopTimer()
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "events/s")
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heap-MiB")
	if pushed {
		// What handling the events left behind: the frames the emulator
		// queued are gone by now, its stored messages were there before.
		b.ReportMetric((float64(ms.HeapInuse)-float64(before.HeapInuse))/(1<<20), "heap-delta-MiB")
	}
}

// BenchmarkReconnect measures the time from a dropped connection to the
// next event handled, with the default backoff (1 s, jittered), while
// messages keep being posted; at the end every posted message has been
// handled exactly once.
func BenchmarkReconnect(b *testing.B) {
	w := newWorld(b)
	var mu sync.Mutex
	seen := map[string]int{}
	got := make(chan string, 1024)
	l := w.listener(b, realtime.WithBackoff(time.Second, 32*time.Second),
		realtime.WithLogger(slog.New(slog.NewTextHandler(io.Discard, nil))))
	w.listen(b, l, func(ctx context.Context, ev *notify.Event) error {
		mu.Lock()
		seen[ev.FullMessage.ID]++
		mu.Unlock()
		select {
		case got <- ev.FullMessage.ID:
		default:
		}
		return errConsumed
	})
	ctx, stop := context.WithCancel(context.Background())
	var posted []string
	var pmu sync.Mutex
	var bg sync.WaitGroup
	bg.Add(1)
	go func() { // background traffic during the drops
		defer bg.Done()
		for ctx.Err() == nil {
			m, err := w.as.Messages.Create(context.Background(), &messages.CreateParams{RoomID: w.room.ID, Markdown: mention + "traffic"})
			if err != nil {
				b.Error(err)
				return
			}
			pmu.Lock()
			posted = append(posted, m.ID)
			pmu.Unlock()
			time.Sleep(5 * time.Millisecond) // a steady trickle, not a flood
		}
	}()
	var worst time.Duration
	b.ResetTimer()
	for range b.N {
		w.srv.DropRealtime()
		start := time.Now()
		m := w.post(b, "after the drop")
		pmu.Lock()
		posted = append(posted, m.ID)
		pmu.Unlock()
		for id := range got {
			if id == m.ID {
				break
			}
		}
		worst = max(worst, time.Since(start))
	}
	b.StopTimer()
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/resume")
	b.ReportMetric(float64(worst.Milliseconds()), "worst-ms")
	stop()
	bg.Wait()
	require.Eventually(b, func() bool {
		mu.Lock()
		defer mu.Unlock()
		pmu.Lock()
		defer pmu.Unlock()
		return len(seen) == len(posted)
	}, 30*time.Second, 10*time.Millisecond)
	mu.Lock()
	defer mu.Unlock()
	for _, id := range posted {
		require.Equal(b, 1, seen[id], "message %s handled %d times", id, seen[id])
	}
}
