package bot

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/notify"
	"github.com/gowebex/sdk/webex/webhooks"
)

// neededHooks are the webhooks a bot registers.
var neededHooks = []struct {
	resource webhooks.Resource
	event    webhooks.EventType
}{
	{webhooks.ResourceMessages, webhooks.EventCreated},
	{webhooks.ResourceAttachmentActions, webhooks.EventCreated},
	{webhooks.ResourceMemberships, webhooks.EventCreated},
	{webhooks.ResourceMemberships, webhooks.EventDeleted},
}

// webhookTransport receives events as webhook deliveries on ServeHTTP.
type webhookTransport struct {
	b       *Bot
	handler atomic.Pointer[webhooks.Handler]
	stopped atomic.Bool

	mu  sync.Mutex
	ids []string
}

// start registers the webhooks with a fresh secret (or WithWebhookSecret's),
// reusing those that already deliver the same events to the same URL and
// deleting duplicates among them.
func (w *webhookTransport) start(ctx context.Context) error {
	cfg := &w.b.cfg
	secret := cfg.webhookSecret
	if secret == "" {
		buf := make([]byte, 20)
		if _, err := rand.Read(buf); err != nil {
			return err
		}
		secret = hex.EncodeToString(buf)
	}
	h, err := webhooks.NewHandler([]byte(secret), w.deliver)
	if err != nil {
		return err
	}
	w.handler.Store(h)

	var existing []*webhooks.Webhook
	for hook, err := range w.b.api.webhooks.List(ctx, nil) {
		if err != nil {
			return fmt.Errorf("bot: listing webhooks: %w", err)
		}
		if hook.TargetURL == cfg.webhookURL && hook.Filter == "" && hook.OwnedBy != webhooks.OwnedByOrg {
			existing = append(existing, hook)
		}
	}
	var ids []string
	for _, n := range neededHooks {
		name := fmt.Sprintf("%s %s/%s", cfg.webhookName, n.resource, n.event)
		var same []*webhooks.Webhook
		for _, hook := range existing {
			if hook.Resource == n.resource && hook.Event == n.event {
				same = append(same, hook)
			}
		}
		if len(same) == 0 {
			hook, err := w.b.api.webhooks.Create(ctx, &webhooks.CreateParams{Name: name, TargetURL: cfg.webhookURL,
				Resource: n.resource, Event: n.event, Secret: secret})
			if err != nil {
				return fmt.Errorf("bot: registering the %s/%s webhook: %w", n.resource, n.event, err)
			}
			ids = append(ids, hook.ID)
			continue
		}
		if _, err := w.b.api.webhooks.Update(ctx, same[0].ID, &webhooks.UpdateParams{Name: name, TargetURL: cfg.webhookURL,
			Secret: secret, Status: webhooks.StatusActive}); err != nil {
			return fmt.Errorf("bot: updating the %s/%s webhook: %w", n.resource, n.event, err)
		}
		ids = append(ids, same[0].ID)
		for _, dup := range same[1:] {
			if err := w.b.api.webhooks.Delete(ctx, dup.ID); err != nil && !errors.Is(err, webex.ErrNotFound) {
				return fmt.Errorf("bot: deleting a duplicate webhook: %w", err)
			}
		}
	}
	w.mu.Lock()
	w.ids = ids
	w.mu.Unlock()
	return nil
}

// deliver is the webhook handler's function.
func (w *webhookTransport) deliver(ctx context.Context, ev *notify.Event) error {
	return w.b.HandleEvent(ctx, ev)
}

func (w *webhookTransport) stop(context.Context) error {
	w.stopped.Store(true)
	return nil
}

// remove deletes the webhooks start registered.
func (w *webhookTransport) remove(ctx context.Context) error {
	w.mu.Lock()
	ids := w.ids
	w.ids = nil
	w.mu.Unlock()
	var errs []error
	for _, id := range ids {
		if err := w.b.api.webhooks.Delete(ctx, id); err != nil && !errors.Is(err, webex.ErrNotFound) {
			errs = append(errs, fmt.Errorf("bot: deleting webhook: %w", err))
		}
	}
	return errors.Join(errs...)
}

func (w *webhookTransport) done() <-chan struct{} { return nil }
func (w *webhookTransport) err() error            { return nil }

// ServeHTTP receives webhook deliveries (WithWebhooks): it checks their
// signature, drops redeliveries, and queues the event, answering before
// the handler runs. Before Start and after Shutdown it answers 503, so
// that Webex delivers again later. Without WithWebhooks it answers 404.
func (b *Bot) ServeHTTP(rw http.ResponseWriter, r *http.Request) {
	w, ok := b.tr.(*webhookTransport)
	if !ok {
		http.NotFound(rw, r)
		return
	}
	h := w.handler.Load()
	if h == nil || w.stopped.Load() {
		http.Error(rw, "bot not running", http.StatusServiceUnavailable)
		return
	}
	h.ServeHTTP(rw, r)
}
