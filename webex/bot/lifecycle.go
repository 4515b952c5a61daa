package bot

import (
	"context"
	"errors"
	"time"
)

// transport brings events to the bot: the realtime listener or webhooks.
type transport interface {
	// start begins taking events; for webhooks it registers them.
	start(ctx context.Context) error
	// stop stops taking events (the listener disconnects; the webhook
	// handler answers 503). It does not remove webhooks.
	stop(ctx context.Context) error
	// remove undoes the registration: webhooks deleted, device removed.
	remove(ctx context.Context) error
	// done is closed when the transport can take no more events on its
	// own (the listener gave up); nil if it never does.
	done() <-chan struct{}
	// err says why done was closed.
	err() error
}

// ErrAlreadyStarted is returned by a second Start.
var ErrAlreadyStarted = errors.New("bot: already started")

// Start makes the bot take events: in webhook mode it registers the
// webhooks (reusing those of an earlier run) and serves them through
// ServeHTTP, and returns once they are registered; otherwise it starts the
// realtime listener, which connects in the background and retries with
// backoff until it can. ctx bounds only the start itself.
func (b *Bot) Start(ctx context.Context) error {
	b.life.Lock()
	defer b.life.Unlock()
	if b.started {
		return ErrAlreadyStarted
	}
	b.ctx, b.cancel = context.WithCancel(context.WithoutCancel(ctx))
	if err := b.tr.start(ctx); err != nil {
		b.cancel()
		return err
	}
	b.started = true
	return nil
}

// baseContext is the parent of the handlers' contexts.
func (b *Bot) baseContext() context.Context {
	b.life.Lock()
	defer b.life.Unlock()
	if b.ctx == nil {
		return context.Background()
	}
	return b.ctx
}

// Shutdown stops taking events and waits for those in hand to be handled,
// or for ctx to end, when the handlers' contexts are cancelled and ctx's
// error is returned. Webhooks stay registered, so that the next run (or
// another replica) reuses them; [Bot.Stop] removes them.
func (b *Bot) Shutdown(ctx context.Context) error {
	terr := b.tr.stop(ctx)
	derr := b.disp.close(ctx)
	if derr != nil {
		b.life.Lock()
		if b.cancel != nil {
			b.cancel()
		}
		b.life.Unlock()
	}
	return errors.Join(derr, terr)
}

// Stop is Shutdown, then removes what Start registered: the webhooks, or
// the listener's device.
func (b *Bot) Stop(ctx context.Context) error {
	err := b.Shutdown(ctx)
	return errors.Join(err, b.tr.remove(context.WithoutCancel(ctx)))
}

// ShutdownTimeout is how long [Bot.Run] waits for events in hand after its
// context ends.
const ShutdownTimeout = 30 * time.Second

// Run starts the bot and handles events until ctx ends or the transport
// fails, then shuts down, waiting up to ShutdownTimeout for the events in
// hand. Webhooks stay registered for the next run.
func (b *Bot) Run(ctx context.Context) error {
	if err := b.Start(ctx); err != nil {
		return err
	}
	var terr error
	select {
	case <-ctx.Done():
	case <-b.tr.done():
		terr = b.tr.err()
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), ShutdownTimeout)
	defer cancel()
	return errors.Join(terr, b.Shutdown(sctx))
}
