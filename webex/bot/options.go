package bot

import (
	"log/slog"
	"time"

	"github.com/gowebex/sdk/webex/realtime"
)

// Option configures a [Bot].
type Option func(*config)

type config struct {
	webhookURL    string
	webhookSecret string
	webhookName   string
	listener      []realtime.Option

	store        Store
	logger       *slog.Logger
	trace        func(Trace)
	concurrency  int
	maxPending   int
	timeout      time.Duration
	dedupeTTL    time.Duration
	maxTextBytes int
	noHelp       bool
	access       access

	replyUnknown string
	replyEmpty   string
	replyApology string
	replyBadCard string
	replyTooLong string
}

func defaultConfig() config {
	return config{
		webhookName:  "gowebex bot",
		concurrency:  16,
		maxPending:   10_000,
		timeout:      time.Minute,
		dedupeTTL:    time.Hour,
		maxTextBytes: 8 << 10,
		replyUnknown: "Sorry, I don't know that command. Say **help** to see what I can do.",
		replyEmpty:   "Hi! Say **help** to see what I can do.",
		replyApology: "Sorry, something went wrong on my side. Please try again later.",
		replyBadCard: "Sorry, I couldn't read that form. Please fill it in again.",
		replyTooLong: "Sorry, that message is too long for me.",
	}
}

// WithWebhooks runs the bot on webhooks instead of the realtime listener:
// [Bot.Start] registers webhooks that deliver to targetURL (an absolute
// http or https URL Webex can reach) and the Bot, an http.Handler, must be
// served there.
func WithWebhooks(targetURL string) Option {
	return func(c *config) { c.webhookURL = targetURL }
}

// WithWebhookSecret sets the secret the webhooks are signed with instead
// of a fresh random one at every Start. Give the same secret to replicas
// that share one target URL behind a load balancer.
func WithWebhookSecret(secret string) Option {
	return func(c *config) { c.webhookSecret = secret }
}

// WithWebhookName sets the name the webhooks are registered under
// (default "gowebex bot"); the resource and event are appended.
func WithWebhookName(name string) Option {
	return func(c *config) { c.webhookName = name }
}

// WithStore sets where state and the marks of handled events are kept
// (default: a fresh [MemoryStore]). With a shared store, such as the
// redisstore package's, replicas share state and each event is handled by
// exactly one of them.
func WithStore(s Store) Option {
	return func(c *config) { c.store = s }
}

// WithLogger sets the logger for handler failures, refusals and transport
// errors (default slog.Default()). Nothing logged contains a token or a
// message's text.
func WithLogger(l *slog.Logger) Option {
	return func(c *config) { c.logger = l }
}

// WithTrace calls fn after each event the bot took in, with what became of
// it: for metrics, and for tests that wait for the bot (see bottest). fn
// runs on the worker's goroutine and must be quick.
func WithTrace(fn func(Trace)) Option {
	return func(c *config) { c.trace = fn }
}

// WithConcurrency sets how many spaces are served at once (default 16).
// Events of one space are always handled one at a time, in order.
func WithConcurrency(n int) Option {
	return func(c *config) {
		if n > 0 {
			c.concurrency = n
		}
	}
}

// WithQueueLimit sets how many events may wait (default 10,000); beyond
// it new events are refused with [ErrBusy] (a 503 in webhook mode).
func WithQueueLimit(n int) Option {
	return func(c *config) {
		if n > 0 {
			c.maxPending = n
		}
	}
}

// WithHandlerTimeout bounds the time one handler may take (default 1
// minute); its context is then cancelled.
func WithHandlerTimeout(d time.Duration) Option {
	return func(c *config) {
		if d > 0 {
			c.timeout = d
		}
	}
}

// WithDedupeTTL sets how long an event is remembered as handled (default
// 1 hour), which must outlast Webex's redeliveries.
func WithDedupeTTL(d time.Duration) Option {
	return func(c *config) {
		if d > 0 {
			c.dedupeTTL = d
		}
	}
}

// WithMaxTextBytes sets the longest message text the bot routes (default
// 8 KiB); a longer one gets the too-long reply.
func WithMaxTextBytes(n int) Option {
	return func(c *config) {
		if n > 0 {
			c.maxTextBytes = n
		}
	}
}

// WithoutHelp turns off the generated "help" command.
func WithoutHelp() Option {
	return func(c *config) { c.noHelp = true }
}

// WithAccess serves only whom rule allows, in direct and group spaces;
// see [Rule]. The last of WithAccess, WithDirectAccess and WithGroupAccess
// for a kind of space wins.
func WithAccess(rule Rule) Option {
	return func(c *config) { c.access.direct, c.access.group = rule, rule }
}

// WithDirectAccess sets the rule for direct (1:1) spaces.
func WithDirectAccess(rule Rule) Option {
	return func(c *config) { c.access.direct = rule }
}

// WithGroupAccess sets the rule for group spaces.
func WithGroupAccess(rule Rule) Option {
	return func(c *config) { c.access.group = rule }
}

// WithRefusal makes the bot answer text to people its rules refuse
// (default: they are ignored). Every refusal is logged either way.
func WithRefusal(text string) Option {
	return func(c *config) { c.access.refusal = text }
}

// WithUnknownReply sets the answer to a command nothing handles when no
// Fallback is set; "" stays silent.
func WithUnknownReply(text string) Option {
	return func(c *config) { c.replyUnknown = text }
}

// WithEmptyReply sets the answer to a message with nothing but the bot's
// mention; "" stays silent.
func WithEmptyReply(text string) Option {
	return func(c *config) { c.replyEmpty = text }
}

// WithApology sets the answer when a handler fails or panics; "" stays
// silent (the failure is logged either way).
func WithApology(text string) Option {
	return func(c *config) { c.replyApology = text }
}

// WithBadCardReply sets the answer to a card submission whose inputs do
// not decode; "" stays silent.
func WithBadCardReply(text string) Option {
	return func(c *config) { c.replyBadCard = text }
}

// WithTooLongReply sets the answer to a message longer than
// WithMaxTextBytes; "" stays silent.
func WithTooLongReply(text string) Option {
	return func(c *config) { c.replyTooLong = text }
}
