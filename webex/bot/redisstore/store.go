// Package redisstore is a bot.Store in Redis, so that several replicas of
// one bot share their state and handle each event exactly once: each
// replica claims an event with SET NX before handling it, and only the one
// that set the key goes on.
//
//	rdb := redis.NewClient(&redis.Options{Addr: "localhost:6379"})
//	b, err := bot.New(ctx, client, bot.WithStore(redisstore.New(rdb)))
//
// Keys are the bot's keys behind a prefix ("webexbot:" unless
// [WithPrefix] says otherwise); give each bot sharing a Redis its own.
//
// Its tests run with the bot's, in webex/bot (redisstore_test.go, and
// replicas_test.go: three bot processes on one Redis), so that they share
// one test binary.
package redisstore

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/gowebex/sdk/webex/bot"
)

// DefaultPrefix starts every key unless WithPrefix says otherwise.
const DefaultPrefix = "webexbot:"

// Store is a bot.Store in Redis. It is safe for concurrent use.
type Store struct {
	rdb    redis.UniversalClient
	prefix string
}

var _ bot.Store = (*Store)(nil)

// Option configures a Store.
type Option func(*Store)

// WithPrefix puts prefix before every key instead of DefaultPrefix.
func WithPrefix(prefix string) Option {
	return func(s *Store) { s.prefix = prefix }
}

// New returns a Store on rdb (a client, a cluster client or a failover
// client).
func New(rdb redis.UniversalClient, opts ...Option) *Store {
	s := &Store{rdb: rdb, prefix: DefaultPrefix}
	for _, o := range opts {
		if o != nil {
			o(s)
		}
	}
	return s
}

// ttl turns the bot's "no expiry" (<= 0) into Redis's (0).
func ttl(d time.Duration) time.Duration {
	if d <= 0 {
		return 0
	}
	return d
}

// Get returns the value of key, or bot.ErrNotFound.
func (s *Store) Get(ctx context.Context, key string) ([]byte, error) {
	v, err := s.rdb.Get(ctx, s.prefix+key).Bytes()
	if errors.Is(err, redis.Nil) {
		return nil, bot.ErrNotFound
	}
	return v, err
}

// Set stores value under key for ttl (<= 0: no expiry).
func (s *Store) Set(ctx context.Context, key string, value []byte, d time.Duration) error {
	return s.rdb.Set(ctx, s.prefix+key, value, ttl(d)).Err()
}

// Delete removes key.
func (s *Store) Delete(ctx context.Context, key string) error {
	return s.rdb.Del(ctx, s.prefix+key).Err()
}

// scanBatch is how many keys one SCAN step asks for.
const scanBatch = 500

// DeletePrefix removes every key starting with prefix, scanning for them
// (never KEYS, which blocks Redis).
func (s *Store) DeletePrefix(ctx context.Context, prefix string) error {
	match := globEscape(s.prefix+prefix) + "*"
	var cursor uint64
	for {
		keys, next, err := s.rdb.Scan(ctx, cursor, match, scanBatch).Result()
		if err != nil {
			return err
		}
		if len(keys) > 0 {
			if err := s.rdb.Unlink(ctx, keys...).Err(); err != nil {
				return err
			}
		}
		if next == 0 {
			return nil
		}
		cursor = next
	}
}

// Claim sets key with SET NX for ttl and reports whether this call set it.
func (s *Store) Claim(ctx context.Context, key string, d time.Duration) (bool, error) {
	return s.rdb.SetNX(ctx, s.prefix+key, 1, ttl(d)).Result()
}

// globEscape escapes the characters SCAN's MATCH gives a meaning.
func globEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `*`, `\*`, `?`, `\?`, `[`, `\[`, `]`, `\]`).Replace(s)
}
