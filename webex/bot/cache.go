package bot

import (
	"sync"
	"time"
)

// Sizes and lifetimes of the bot's caches.
const (
	cacheSize = 10_000
	senderTTL = 10 * time.Minute
)

// ttlCache is a small map whose entries expire; when full it starts over,
// which is cheap and keeps memory flat.
type ttlCache[V any] struct {
	ttl time.Duration // 0: entries never expire
	max int

	mu sync.Mutex
	m  map[string]ttlEntry[V]
}

type ttlEntry[V any] struct {
	v       V
	expires time.Time
}

func newTTLCache[V any](ttl time.Duration, max int) *ttlCache[V] {
	return &ttlCache[V]{ttl: ttl, max: max, m: map[string]ttlEntry[V]{}}
}

func (c *ttlCache[V]) get(k string) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[k]
	if !ok || (c.ttl > 0 && time.Now().After(e.expires)) {
		var zero V
		return zero, false
	}
	return e.v, true
}

func (c *ttlCache[V]) put(k string, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= c.max {
		clear(c.m)
	}
	c.m[k] = ttlEntry[V]{v: v, expires: time.Now().Add(c.ttl)}
}
