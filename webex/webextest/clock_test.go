package webextest

import (
	"encoding/json"
	"io"
	"sync"
	"time"
)

// fakeClock is a manually advanced clock.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

// newFakeClock starts at a fixed instant.
func newFakeClock() *fakeClock {
	return &fakeClock{t: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)}
}

// Now returns the current fake time.
func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// Advance moves the clock by ms milliseconds.
func (c *fakeClock) Advance(ms int) {
	c.mu.Lock()
	c.t = c.t.Add(time.Duration(ms) * time.Millisecond)
	c.mu.Unlock()
}

// jsonDecode decodes r into v.
func jsonDecode(r io.Reader, v any) error { return json.NewDecoder(r).Decode(v) }
