package httpx

import (
	"context"
	"net/http"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// bigBody serves a JSON body of n bytes without a Content-Length, in
// 1 MiB writes, as a proxy that streams would.
func bigBody(n int) http.HandlerFunc {
	chunk := []byte(strings.Repeat("a", 1<<20))
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"items":[],"text":"`))
		for sent := 0; sent < n; sent += len(chunk) {
			w.Write(chunk)
			w.(http.Flusher).Flush()
		}
		w.Write([]byte(`"}`))
	}
}

// A response over the size limit fails with ErrResponseTooLarge on every
// path: a get, a page and a list.
func TestResponseTooLargeOnEveryPath(t *testing.T) {
	t.Parallel()
	c, _ := newTestClient(t, bigBody(4<<20), func(c *Config) { c.MaxResponseBytes = 1 << 20 })
	ctx := context.Background()
	var out map[string]any
	_, err := c.Do(ctx, get("/messages/{messageId}", "m"), &out)
	assert.ErrorIs(t, err, ErrResponseTooLarge, "get")
	_, err = GetPage[item](ctx, c, get("/messages"), "")
	assert.ErrorIs(t, err, ErrResponseTooLarge, "page")
	_, err = collect(t, List[item](ctx, c, get("/messages")))
	assert.ErrorIs(t, err, ErrResponseTooLarge, "list")
	assert.ErrorContains(t, err, "larger than 1048576 bytes")
}

// Rejecting a body over the limit allocates about the limit, not the two
// to four times a buffer doubling as it grows takes. Not parallel: it
// reads the process's allocation counters.
func TestResponseTooLargeHeap(t *testing.T) {
	const limit = 32 << 20
	c, _ := newTestClient(t, bigBody(2*limit), func(c *Config) { c.MaxResponseBytes = limit })
	var out map[string]any
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := c.Do(context.Background(), get("/messages/{messageId}", "m"), &out)
	runtime.ReadMemStats(&after)
	require.ErrorIs(t, err, ErrResponseTooLarge)
	grew := after.TotalAlloc - before.TotalAlloc
	t.Logf("rejecting a %d MiB body with a %d MiB limit allocated %.1f MiB", 2*limit>>20, limit>>20, float64(grew)/(1<<20))
	assert.Less(t, grew, uint64(limit*13/10), "allocated %d bytes for a limit of %d", grew, limit)
}
