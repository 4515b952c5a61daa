package bot

import (
	"context"
	"errors"
	"sync"

	"github.com/gowebex/sdk/webex/realtime"
)

// WithListener passes options to the realtime listener, the default
// transport: realtime.WithDeviceName, realtime.WithConcurrency... The
// listener takes its token from the bot's client.
func WithListener(opts ...realtime.Option) Option {
	return func(c *config) { c.listener = append(c.listener, opts...) }
}

// listenerTransport receives events over the realtime websocket: no public
// URL needed.
type listenerTransport struct {
	b *Bot

	mu     sync.Mutex
	cancel context.CancelFunc
	doneCh chan struct{}
	failed error
}

// start connects the listener in the background; events flow once the
// websocket is up (it retries with backoff until then).
func (l *listenerTransport) start(ctx context.Context) error {
	if l.b.api.client == nil {
		return errors.New("bot: the realtime listener needs the client given to New")
	}
	opts := append([]realtime.Option{realtime.WithLogger(l.b.log)}, l.b.cfg.listener...)
	lis, err := realtime.New(l.b.api.client, opts...)
	if err != nil {
		return err
	}
	lctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	done := make(chan struct{})
	l.mu.Lock()
	l.cancel, l.doneCh = cancel, done
	l.mu.Unlock()
	go func() {
		err := lis.Listen(lctx, l.b.HandleEvent)
		l.mu.Lock()
		l.failed = err
		l.mu.Unlock()
		close(done)
	}()
	return nil
}

// stop disconnects: the listener waits for the events it is handing over
// and deletes its device.
func (l *listenerTransport) stop(ctx context.Context) error {
	l.mu.Lock()
	cancel, done := l.cancel, l.doneCh
	l.mu.Unlock()
	if cancel == nil {
		return nil
	}
	cancel()
	select {
	case <-done:
		return l.err()
	case <-ctx.Done():
		return ctx.Err()
	}
}

// remove has nothing left to do: stop deleted the device.
func (l *listenerTransport) remove(context.Context) error { return nil }

func (l *listenerTransport) done() <-chan struct{} {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.doneCh
}

func (l *listenerTransport) err() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.failed
}
