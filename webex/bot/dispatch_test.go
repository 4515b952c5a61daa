package bot

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDispatcherKeepsOrderPerSpace(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	got := map[string][]string{}
	d := newDispatcher(4, 1000, func(ev *event) {
		mu.Lock()
		got[ev.spaceID] = append(got[ev.spaceID], ev.id)
		mu.Unlock()
	})
	want := map[string][]string{}
	for i := range 300 {
		space := fmt.Sprint("s", i%7)
		id := fmt.Sprint(i)
		want[space] = append(want[space], id)
		require.NoError(t, d.offer(&event{spaceID: space, id: id}))
	}
	require.NoError(t, d.close(context.Background()))
	assert.Equal(t, want, got)
	assert.ErrorIs(t, d.offer(&event{spaceID: "s"}), ErrShuttingDown)
}

func TestDispatcherLimitsParallelSpaces(t *testing.T) {
	t.Parallel()
	const limit = 3
	var running, peak atomic.Int32
	release := make(chan struct{})
	started := make(chan struct{}, 10)
	d := newDispatcher(limit, 1000, func(*event) {
		n := running.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		started <- struct{}{}
		<-release
		running.Add(-1)
	})
	for i := range 10 {
		require.NoError(t, d.offer(&event{spaceID: fmt.Sprint(i)}))
	}
	for range limit {
		<-started
	}
	assert.Equal(t, 10, d.inHand())
	close(release)
	require.NoError(t, d.close(context.Background()))
	assert.Equal(t, int32(limit), peak.Load())
}

func TestDispatcherBusyAndDrainTimeout(t *testing.T) {
	t.Parallel()
	block := make(chan struct{})
	d := newDispatcher(1, 2, func(*event) { <-block })
	require.NoError(t, d.offer(&event{spaceID: "a"}))
	require.NoError(t, d.offer(&event{spaceID: "a"}))
	assert.ErrorIs(t, d.offer(&event{spaceID: "b"}), ErrBusy)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	assert.ErrorIs(t, d.close(ctx), context.Canceled, "events still in hand")
	close(block)
	require.NoError(t, d.close(context.Background()))
}

func TestDedupeKeysAndTTLs(t *testing.T) {
	t.Parallel()
	at := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	msg := &event{kind: KindMessage, id: "m1", created: at}
	assert.Equal(t, "seen/message/m1", msg.dedupeKey())
	assert.Equal(t, time.Hour, msg.dedupeTTL(time.Hour))
	joined := &event{kind: KindJoined, id: "mem1", created: at}
	assert.Equal(t, "seen/joined/mem1/2026-01-01T00:00:00Z", joined.dedupeKey())
	assert.Equal(t, time.Hour, joined.dedupeTTL(time.Hour))
	left := &event{kind: KindLeft, id: "mem1"}
	assert.Equal(t, "seen/left/mem1", left.dedupeKey())
	assert.Equal(t, time.Minute, left.dedupeTTL(time.Hour), "no creation time: remembered briefly")
	assert.Equal(t, time.Second, left.dedupeTTL(time.Second))
}
