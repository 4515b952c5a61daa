// The race detector adds its own allocations and makes sync.Pool drop
// buffers at random, so heap figures under -race say nothing about the SDK.

//go:build !race

package bench_test

import (
	"context"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex/messages"
)

// peakLiveHeap lists total messages with list, which calls sample once per
// message; every 100 messages (once a page, mid-page, while that page is
// live) it collects garbage and reads the live heap. It returns the largest
// live heap above the one before listing started.
func peakLiveHeap(t *testing.T, total int, list func(total int, sample func()) (int, error)) uint64 {
	t.Helper()
	var ms runtime.MemStats
	sink = nil // it may hold a message of an earlier page, and so that page
	runtime.GC()
	runtime.ReadMemStats(&ms)
	base, peak := ms.HeapAlloc, ms.HeapAlloc
	seen := 0
	n, err := list(total, func() {
		seen++
		if seen%pageSize != pageSize/2 {
			return
		}
		runtime.GC()
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapAlloc)
	})
	require.NoError(t, err)
	require.Equal(t, total, n)
	return peak - base
}

// Listing 10,000 messages through the SDK keeps about one page live: the
// peak does not grow with the total (compare 1,000 with 10,000).
func TestList10000PeakHeapIsOnePage(t *testing.T) {
	to := loopback(t)
	c := mustClient(t, newSDK, to).(*sdk)
	ctx := context.Background()
	list := func(total int, sample func()) (int, error) {
		n := 0
		for m, err := range c.c.Messages.List(ctx, &messages.ListParams{RoomID: roomOf(total), Max: 100}) {
			if err != nil {
				return n, err
			}
			consume(m)
			sample()
			n++
		}
		return n, nil
	}
	// Warm up: the connection, the client's caches.
	peakLiveHeap(t, 1000, list)
	small := peakLiveHeap(t, 1000, list)
	large := peakLiveHeap(t, 10_000, list)

	// What one page of 100 decoded messages takes, for scale.
	onePage := peakLiveHeap(t, 100, list)
	t.Logf("peak live heap above the start: 100 messages %d B, 1,000 messages %d B, 10,000 messages %d B", onePage, small, large)
	assert.LessOrEqual(t, large, small+32<<10, "the peak grows with the total")
	assert.LessOrEqual(t, large, onePage+onePage/2, "more than about one page is kept")
}

// The measure can fail: a consumer that keeps every message makes the peak
// grow with the total.
func TestPeakHeapDetectsAccumulation(t *testing.T) {
	to := loopback(t)
	c := mustClient(t, newSDK, to).(*sdk)
	ctx := context.Background()
	var kept []*messages.Message
	list := func(total int, sample func()) (int, error) {
		kept = kept[:0]
		for m, err := range c.c.Messages.List(ctx, &messages.ListParams{RoomID: roomOf(total), Max: 100}) {
			if err != nil {
				return len(kept), err
			}
			kept = append(kept, m)
			sample()
		}
		return len(kept), nil
	}
	small := peakLiveHeap(t, 1000, list)
	kept = nil
	large := peakLiveHeap(t, 10_000, list)
	t.Logf("keeping every message: 1,000 messages %d B, 10,000 messages %d B", small, large)
	assert.Greater(t, large, 5*small)
}
