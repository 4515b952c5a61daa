package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"regexp"
	"strings"
	"sync"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/people"
	"github.com/gowebex/sdk/webex/rooms"
)

// HandlerFunc handles one event; see [Context] for what it can read and do.
// An error (or a panic) makes the bot apologise in the space and log it.
type HandlerFunc func(ctx context.Context, c *Context) error

// Bot is a Webex bot: its identity, its handlers and a transport that
// brings it events. Register handlers, then Start (or Run) it. A Bot is
// safe for concurrent use; handlers registered after Start take effect for
// later events.
type Bot struct {
	cfg   config
	me    identity
	api   apis
	store Store
	log   *slog.Logger

	routes   routes
	accessMu sync.RWMutex // guards cfg.access
	senders  *ttlCache[*people.Person]
	spaces   *ttlCache[rooms.Type] // space id → "direct" or "group"
	disp     *dispatcher

	life    sync.Mutex
	started bool
	ctx     context.Context // parent of the handlers' contexts
	cancel  context.CancelFunc
	tr      transport
}

// New returns a bot on client, which must hold the bot's token. It asks
// Webex who the bot is (people/me). By default the bot receives events
// through the realtime listener; [WithWebhooks] switches it to webhooks.
func New(ctx context.Context, client *webex.Client, opts ...Option) (*Bot, error) {
	if client == nil {
		return nil, errors.New("bot: New needs a client")
	}
	return newBot(ctx, clientAPIs(client), opts...)
}

// newBot is New on any implementation of the APIs.
func newBot(ctx context.Context, api apis, opts ...Option) (*Bot, error) {
	cfg := defaultConfig()
	for _, o := range opts {
		if o != nil {
			o(&cfg)
		}
	}
	me, err := api.people.Me(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("bot: who am I (people/me): %w", err)
	}
	b := &Bot{cfg: cfg, api: api, store: cfg.store, log: cfg.logger,
		senders: newTTLCache[*people.Person](senderTTL, cacheSize),
		spaces:  newTTLCache[rooms.Type](0, cacheSize)}
	b.me = identity{ID: me.ID, Email: primaryEmail(me), DisplayName: me.DisplayName, NickName: me.NickName}
	if id, err := webex.ParseID(me.ID); err == nil {
		b.me.UUID = id.UUID
	}
	if b.store == nil {
		b.store = NewMemoryStore()
	}
	if b.log == nil {
		b.log = slog.Default()
	}
	b.routes.init()
	b.disp = newDispatcher(cfg.concurrency, cfg.maxPending, b.run)
	if cfg.webhookURL != "" {
		b.tr = &webhookTransport{b: b}
	} else {
		b.tr = &listenerTransport{b: b}
	}
	return b, nil
}

func primaryEmail(p *people.Person) string {
	if len(p.Emails) > 0 {
		return p.Emails[0]
	}
	return ""
}

// ID returns the bot's person id.
func (b *Bot) ID() string { return b.me.ID }

// Email returns the bot's email address.
func (b *Bot) Email() string { return b.me.Email }

// Name returns the bot's display name.
func (b *Bot) Name() string { return b.me.DisplayName }

// Client returns the client the bot was made with.
func (b *Bot) Client() *webex.Client { return b.api.client }

// isMe reports whether a person id is the bot's.
func (b *Bot) isMe(personID string) bool { return b.me.is(personID) }

// Command handles messages whose first word (after the bot's mention) is
// name, in any case. help is the line "help" shows for it, such as
// "deploy <service>: deploy the service"; "" hides the command from help.
// Registering a name again replaces its handler.
func (b *Bot) Command(name string, h HandlerFunc, help string) {
	b.routes.command(strings.ToLower(strings.TrimSpace(name)), h, help)
}

// Hears handles messages matching re that no command took, in the order
// the patterns were registered; [Context.Matches] holds the submatches.
func (b *Bot) Hears(re *regexp.Regexp, h HandlerFunc) { b.routes.hears(re, h) }

// Fallback handles messages that neither a command nor a pattern took.
// Without one, the bot answers with the unknown-command reply.
func (b *Bot) Fallback(h HandlerFunc) { b.routes.setFallback(h) }

// OnAdded runs when the bot is added to a space, such as to greet it;
// [Context.Sender] is who added it.
func (b *Bot) OnAdded(h HandlerFunc) { b.routes.hook(KindAdded, h) }

// OnRemoved runs when the bot is removed from a space (it can no longer
// post there). The space's state is deleted after h returns.
func (b *Bot) OnRemoved(h HandlerFunc) { b.routes.hook(KindRemoved, h) }

// OnJoined runs when someone else joins a space of the bot;
// [Context.Member] is who joined.
func (b *Bot) OnJoined(h HandlerFunc) { b.routes.hook(KindJoined, h) }

// OnLeft runs when someone else leaves a space of the bot.
func (b *Bot) OnLeft(h HandlerFunc) { b.routes.hook(KindLeft, h) }

// SpaceState returns the state of a space in the bot's store.
func (b *Bot) SpaceState(spaceID string) State {
	return State{store: b.store, prefix: spacePrefix(spaceID)}
}

// PersonState returns the state of a person in the bot's store.
func (b *Bot) PersonState(personID string) State {
	return State{store: b.store, prefix: personPrefix(personID)}
}

// Store returns the bot's store.
func (b *Bot) Store() Store { return b.store }
