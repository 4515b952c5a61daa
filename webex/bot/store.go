package bot

import (
	"context"
	"errors"
	"strings"
	"sync"
	"time"
)

// ErrNotFound is returned by [Store.Get] for a key that is absent or has
// expired.
var ErrNotFound = errors.New("bot: no such key")

// Store keeps a bot's state and the marks that deduplicate events. Keys are
// opaque strings the bot builds ("space/<id>/<name>", "person/<id>/<name>",
// "seen/<event>"); values are bytes. A ttl of zero or less means no expiry.
//
// [MemoryStore] keeps everything in the process. The redisstore package
// keeps it in Redis, so that several replicas of one bot share state and
// each event is handled by exactly one of them. Implementations are safe
// for concurrent use.
type Store interface {
	// Get returns the value of key, or ErrNotFound.
	Get(ctx context.Context, key string) ([]byte, error)
	// Set stores value under key for ttl.
	Set(ctx context.Context, key string, value []byte, ttl time.Duration) error
	// Delete removes key; removing an absent key is not an error.
	Delete(ctx context.Context, key string) error
	// DeletePrefix removes every key that starts with prefix.
	DeletePrefix(ctx context.Context, prefix string) error
	// Claim sets key for ttl only if it is absent, and reports whether this
	// call set it: of several callers racing for one key, exactly one gets
	// true until the key expires or is deleted.
	Claim(ctx context.Context, key string, ttl time.Duration) (bool, error)
}

// MemoryStore is a [Store] in the process's memory. Expired keys are
// dropped when read and swept now and then as keys are written. With the
// default dedupe TTL of an hour, a bot handling 10 events a second keeps
// about 36,000 small keys.
type MemoryStore struct {
	now func() time.Time

	mu     sync.Mutex
	items  map[string]memItem
	writes int
}

type memItem struct {
	value   []byte
	expires time.Time // zero: never
}

// MemoryOption configures a [MemoryStore].
type MemoryOption func(*MemoryStore)

// WithClock makes the store read the time from now, for tests with a fake
// clock.
func WithClock(now func() time.Time) MemoryOption {
	return func(s *MemoryStore) { s.now = now }
}

// NewMemoryStore returns an empty MemoryStore.
func NewMemoryStore(opts ...MemoryOption) *MemoryStore {
	s := &MemoryStore{now: time.Now, items: map[string]memItem{}}
	for _, o := range opts {
		if o != nil {
			o(s)
		}
	}
	return s
}

// sweepEvery is how many writes pass between two sweeps of expired keys.
const sweepEvery = 512

func (s *MemoryStore) expiry(ttl time.Duration) time.Time {
	if ttl <= 0 {
		return time.Time{}
	}
	return s.now().Add(ttl)
}

// live returns the item under key if it has not expired; callers hold mu.
func (s *MemoryStore) live(key string, now time.Time) (memItem, bool) {
	it, ok := s.items[key]
	if !ok {
		return memItem{}, false
	}
	if !it.expires.IsZero() && !now.Before(it.expires) {
		delete(s.items, key)
		return memItem{}, false
	}
	return it, true
}

// wrote counts a write and sweeps now and then: after sweepEvery writes,
// or half as many writes as there are keys, whichever is more, so that a
// write costs O(1) on average however many keys there are. Callers hold mu.
func (s *MemoryStore) wrote(now time.Time) {
	s.writes++
	if s.writes < sweepEvery || s.writes < len(s.items)/2 {
		return
	}
	s.writes = 0
	for k, it := range s.items {
		if !it.expires.IsZero() && !now.Before(it.expires) {
			delete(s.items, k)
		}
	}
}

// Get returns the value of key, or ErrNotFound.
func (s *MemoryStore) Get(_ context.Context, key string) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	it, ok := s.live(key, s.now())
	if !ok {
		return nil, ErrNotFound
	}
	return append([]byte(nil), it.value...), nil
}

// Set stores a copy of value under key for ttl.
func (s *MemoryStore) Set(_ context.Context, key string, value []byte, ttl time.Duration) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	s.items[key] = memItem{value: append([]byte(nil), value...), expires: s.expiry(ttl)}
	s.wrote(now)
	return nil
}

// Delete removes key.
func (s *MemoryStore) Delete(_ context.Context, key string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.items, key)
	return nil
}

// DeletePrefix removes every key starting with prefix.
func (s *MemoryStore) DeletePrefix(_ context.Context, prefix string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for k := range s.items {
		if strings.HasPrefix(k, prefix) {
			delete(s.items, k)
		}
	}
	return nil
}

// Claim sets key for ttl if it is absent and reports whether it did.
func (s *MemoryStore) Claim(_ context.Context, key string, ttl time.Duration) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	if _, ok := s.live(key, now); ok {
		return false, nil
	}
	s.items[key] = memItem{value: []byte{1}, expires: s.expiry(ttl)}
	s.wrote(now)
	return true, nil
}

// Len reports how many keys the store holds, expired ones included until
// they are swept.
func (s *MemoryStore) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.items)
}
