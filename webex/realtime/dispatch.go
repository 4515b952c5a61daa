package realtime

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
	"time"

	"github.com/gowebex/sdk/webex/notify"
)

// resolveTries is how many times a failed conversion (a lookup or fetch
// that answered 5xx, or did not answer) is tried before the event is left
// unacknowledged; the waits between tries follow the backoff from
// resolveWait.
const (
	resolveTries = 3
	resolveWait  = 100 * time.Millisecond
)

// maxInFlight bounds the events read but not yet handled; the reader
// waits when it is reached.
const maxInFlight = 4096

// job is one activity to handle, with the way to acknowledge it on the
// connection it came from.
type job struct {
	env *envelope
	ack func(envelopeID string)
}

// dispatcher hands events to the handler: one space's events in order,
// up to concurrency spaces at a time, each activity once.
type dispatcher struct {
	ctx     context.Context
	handler notify.Handler
	conv    *converter
	log     *slog.Logger
	slots   chan struct{} // one per space being handled
	room    chan struct{} // one per event in flight
	seen    *recent

	mu     sync.Mutex
	queues map[string]*spaceQueue // by conversation uuid
	wg     sync.WaitGroup
}

// spaceQueue is one space's pending jobs; guarded by dispatcher.mu.
type spaceQueue struct {
	jobs    []job
	running bool
}

// newDispatcher returns a dispatcher whose handlers run with ctx.
func newDispatcher(ctx context.Context, h notify.Handler, conv *converter, log *slog.Logger, concurrency, dedupe int) *dispatcher {
	return &dispatcher{ctx: ctx, handler: h, conv: conv, log: log,
		slots: make(chan struct{}, concurrency), room: make(chan struct{}, maxInFlight),
		seen: newRecent(dedupe), queues: map[string]*spaceQueue{}}
}

// dispatch queues j behind its space's earlier events. It blocks while
// maxInFlight events are pending, and returns false if ctx ends first.
func (d *dispatcher) dispatch(ctx context.Context, j job) bool {
	select {
	case d.room <- struct{}{}:
	case <-ctx.Done():
		return false
	}
	key := j.env.Data.Activity.Target.ID
	d.mu.Lock()
	q := d.queues[key]
	if q == nil {
		q = &spaceQueue{}
		d.queues[key] = q
	}
	q.jobs = append(q.jobs, j)
	if !q.running {
		q.running = true
		d.wg.Add(1)
		go d.drain(key, q)
	}
	d.mu.Unlock()
	return true
}

// drain handles q's jobs in order, holding a slot for each.
func (d *dispatcher) drain(key string, q *spaceQueue) {
	defer d.wg.Done()
	for {
		d.mu.Lock()
		if len(q.jobs) == 0 {
			q.running = false
			delete(d.queues, key)
			d.mu.Unlock()
			return
		}
		j := q.jobs[0]
		q.jobs[0] = job{}
		q.jobs = q.jobs[1:]
		d.mu.Unlock()
		d.slots <- struct{}{}
		d.handle(j)
		<-d.slots
		<-d.room
	}
}

// wait blocks until every queued event has been handled.
func (d *dispatcher) wait() { d.wg.Wait() }

// handle converts and hands one activity to the handler, then
// acknowledges it, unless the conversion may succeed later or the handler
// failed.
func (d *dispatcher) handle(j job) {
	a := j.env.Data.Activity
	attrs := []any{"activity", a.ID, "verb", a.Verb, "envelope", j.env.ID}
	if d.seen.has(a.ID) {
		d.log.Debug("realtime: duplicate activity skipped", attrs...)
		j.ack(j.env.ID)
		return
	}
	ev, err := d.convert(a)
	switch {
	case errors.Is(err, errGarbage):
		d.log.Warn("realtime: activity skipped", append(attrs, "error", err)...)
		d.seen.add(a.ID)
		j.ack(j.env.ID)
		return
	case err != nil:
		if d.ctx.Err() == nil {
			d.log.Warn("realtime: resolving an activity failed; it stays unacknowledged", append(attrs, "error", err)...)
		}
		return
	case ev == nil:
		d.seen.add(a.ID)
		j.ack(j.env.ID)
		return
	}
	if err := d.call(ev); err != nil {
		d.log.Error("realtime: handler failed; the event stays unacknowledged",
			append(attrs, "resource", ev.Resource, "event", ev.Event, "error", err)...)
		return
	}
	d.seen.add(a.ID)
	j.ack(j.env.ID)
}

// convert converts a, trying again after failures that may pass.
func (d *dispatcher) convert(a *activity) (*notify.Event, error) {
	for try := 0; ; try++ {
		ev, err := d.conv.convert(d.ctx, a)
		if err == nil || errors.Is(err, errGarbage) || try+1 >= resolveTries || d.ctx.Err() != nil {
			return ev, err
		}
		t := time.NewTimer(backoff(try, resolveWait, 10*resolveWait))
		select {
		case <-d.ctx.Done():
			t.Stop()
			return nil, err
		case <-t.C:
		}
	}
}

// call runs the handler, turning a panic into an error.
func (d *dispatcher) call(ev *notify.Event) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("panic: %v\n%s", v, debug.Stack())
		}
	}()
	return d.handler(d.ctx, ev)
}

// recent is a fixed-size set of the latest keys.
type recent struct {
	mu   sync.Mutex
	set  map[string]struct{}
	ring []string
	next int
}

// newRecent returns a set remembering n keys.
func newRecent(n int) *recent {
	return &recent{set: make(map[string]struct{}, n), ring: make([]string, n)}
}

// has reports whether k is remembered.
func (r *recent) has(k string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	_, ok := r.set[k]
	return ok
}

// add remembers k, forgetting the oldest key when full.
func (r *recent) add(k string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.set[k]; ok {
		return
	}
	if old := r.ring[r.next]; old != "" {
		delete(r.set, old)
	}
	r.ring[r.next] = k
	r.set[k] = struct{}{}
	r.next = (r.next + 1) % len(r.ring)
}
