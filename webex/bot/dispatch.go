package bot

import (
	"context"
	"errors"
	"sync"
)

// ErrShuttingDown is returned for an event offered after Shutdown began;
// in webhook mode Webex then gets a 503 and delivers it again later.
var ErrShuttingDown = errors.New("bot: shutting down")

// ErrBusy is returned for an event offered while the queue is full.
var ErrBusy = errors.New("bot: too many events in hand")

// dispatcher runs events one at a time per space, in the order offered,
// and different spaces in parallel, at most limit at once.
type dispatcher struct {
	run   func(*event)
	slots chan struct{}
	max   int

	mu      sync.Mutex
	queues  map[string][]*event // pending events of spaces with a worker
	pending int
	closed  bool
	idle    chan struct{} // closed when closed and nothing is pending
}

func newDispatcher(limit, maxPending int, run func(*event)) *dispatcher {
	return &dispatcher{run: run, slots: make(chan struct{}, limit), max: maxPending,
		queues: map[string][]*event{}, idle: make(chan struct{})}
}

// offer queues ev behind the other events of its space.
func (d *dispatcher) offer(ev *event) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	switch {
	case d.closed:
		return ErrShuttingDown
	case d.pending >= d.max:
		return ErrBusy
	}
	d.pending++
	q, running := d.queues[ev.spaceID]
	d.queues[ev.spaceID] = append(q, ev)
	if !running {
		go d.work(ev.spaceID)
	}
	return nil
}

// work drains the queue of one space, holding a slot while it runs.
func (d *dispatcher) work(space string) {
	d.slots <- struct{}{}
	defer func() { <-d.slots }()
	for {
		d.mu.Lock()
		q := d.queues[space]
		if len(q) == 0 {
			delete(d.queues, space)
			d.mu.Unlock()
			return
		}
		ev := q[0]
		q[0] = nil
		d.queues[space] = q[1:]
		d.mu.Unlock()

		d.run(ev)

		d.mu.Lock()
		d.pending--
		if d.closed && d.pending == 0 {
			d.signalIdle()
		}
		d.mu.Unlock()
	}
}

// signalIdle closes idle once; callers hold mu.
func (d *dispatcher) signalIdle() {
	select {
	case <-d.idle:
	default:
		close(d.idle)
	}
}

// close refuses new events and waits until those in hand are done or ctx
// ends.
func (d *dispatcher) close(ctx context.Context) error {
	d.mu.Lock()
	d.closed = true
	if d.pending == 0 {
		d.signalIdle()
	}
	d.mu.Unlock()
	select {
	case <-d.idle:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// inHand reports how many events are queued or running.
func (d *dispatcher) inHand() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.pending
}
