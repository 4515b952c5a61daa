package bot

import (
	"context"
	"errors"
)

// errNoListener is what Start says until the realtime listener is wired in.
var errNoListener = errors.New("bot: the realtime listener is not available yet; use WithWebhooks")

// listenerTransport receives events over the realtime websocket.
type listenerTransport struct {
	b *Bot
}

func (l *listenerTransport) start(context.Context) error  { return errNoListener }
func (l *listenerTransport) stop(context.Context) error   { return nil }
func (l *listenerTransport) remove(context.Context) error { return nil }
func (l *listenerTransport) done() <-chan struct{}        { return nil }
func (l *listenerTransport) err() error                   { return nil }
