package redislimit

import (
	"log/slog"
	"time"
)

// An Option configures a [Limiter].
type Option func(*Limiter)

// WithTimeout bounds every Redis call (default 100ms). A call that takes
// longer counts as Redis being down: the limiter falls back to local pacing.
func WithTimeout(d time.Duration) Option {
	return func(l *Limiter) {
		if d > 0 {
			l.timeout = d
		}
	}
}

// WithRetryInterval sets how often, while falling back, the limiter tries
// Redis again (default one second).
func WithRetryInterval(d time.Duration) Option {
	return func(l *Limiter) {
		if d > 0 {
			l.retry = d
		}
	}
}

// WithLogger sets where the limiter reports losing and regaining Redis
// (default slog.Default()). It logs once when Redis fails and once when it
// is back, never per request, and never the token.
func WithLogger(lg *slog.Logger) Option {
	return func(l *Limiter) {
		if lg != nil {
			l.logger = lg
		}
	}
}

// WithKeyPrefix sets the prefix of the limiter's Redis keys (default
// "webex:rl:").
func WithKeyPrefix(prefix string) Option {
	return func(l *Limiter) { l.prefix = prefix }
}
