package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/gowebex/sdk/webex/bot"
)

// traces lets the demo wait until the bot is done with an event.
type traces struct {
	mu      sync.Mutex
	got     map[string]bot.Trace
	waiters map[string]chan bot.Trace
}

func newTraces() *traces {
	return &traces{got: map[string]bot.Trace{}, waiters: map[string]chan bot.Trace{}}
}

// add is the bot's WithTrace function.
func (t *traces) add(tr bot.Trace) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if ch, ok := t.waiters[tr.EventID]; ok {
		delete(t.waiters, tr.EventID)
		ch <- tr
		return
	}
	t.got[tr.EventID] = tr
}

// wait returns the trace of the event with id.
func (t *traces) wait(ctx context.Context, id string) (*bot.Trace, error) {
	t.mu.Lock()
	if tr, ok := t.got[id]; ok {
		t.mu.Unlock()
		return &tr, nil
	}
	ch := make(chan bot.Trace, 1)
	t.waiters[id] = ch
	t.mu.Unlock()
	select {
	case tr := <-ch:
		return &tr, nil
	case <-time.After(10 * time.Second):
		return nil, fmt.Errorf("the bot did not handle event %s within 10s", id)
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
