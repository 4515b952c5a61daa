package bot_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex/bot"
)

// The Store contract, on the MemoryStore with a fake clock.
func TestMemoryStoreContract(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var mu sync.Mutex
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	advance := func(d time.Duration) { mu.Lock(); now = now.Add(d); mu.Unlock() }
	s := bot.NewMemoryStore(bot.WithClock(clock))
	ctx := context.Background()

	_, err := s.Get(ctx, "k")
	assert.ErrorIs(t, err, bot.ErrNotFound)
	require.NoError(t, s.Set(ctx, "k", []byte("v"), time.Second))
	v, err := s.Get(ctx, "k")
	require.NoError(t, err)
	assert.Equal(t, "v", string(v))
	advance(time.Second)
	_, err = s.Get(ctx, "k")
	assert.ErrorIs(t, err, bot.ErrNotFound, "expired")

	require.NoError(t, s.Set(ctx, "space/a/x", []byte("1"), 0))
	require.NoError(t, s.Set(ctx, "space/a/y", []byte("2"), 0))
	require.NoError(t, s.Set(ctx, "space/b/x", []byte("3"), 0))
	require.NoError(t, s.DeletePrefix(ctx, "space/a/"))
	_, err = s.Get(ctx, "space/a/x")
	assert.ErrorIs(t, err, bot.ErrNotFound)
	_, err = s.Get(ctx, "space/b/x")
	assert.NoError(t, err)
	require.NoError(t, s.Delete(ctx, "space/b/x"))
	require.NoError(t, s.Delete(ctx, "never"))

	ok, err := s.Claim(ctx, "seen/1", time.Minute)
	require.NoError(t, err)
	assert.True(t, ok)
	ok, err = s.Claim(ctx, "seen/1", time.Minute)
	require.NoError(t, err)
	assert.False(t, ok)
	advance(time.Minute)
	ok, err = s.Claim(ctx, "seen/1", time.Minute)
	require.NoError(t, err)
	assert.True(t, ok, "claimable again once expired")
}

func TestMemoryStoreClaimIsExclusive(t *testing.T) {
	t.Parallel()
	s := bot.NewMemoryStore()
	var wins atomic.Int32
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if ok, _ := s.Claim(context.Background(), fmt.Sprint("k", i%5), 0); ok {
				wins.Add(1)
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, int32(5), wins.Load())
}

func TestMemoryStoreSweepsExpiredKeys(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	s := bot.NewMemoryStore(bot.WithClock(func() time.Time { return now }))
	ctx := context.Background()
	for i := range 600 {
		if i == 300 {
			now = now.Add(time.Hour)
		}
		_, _ = s.Claim(ctx, fmt.Sprint("seen/", i), time.Minute)
	}
	assert.Less(t, s.Len(), 400, "keys expired an hour ago were swept")
}

func TestStateRoundTrip(t *testing.T) {
	t.Parallel()
	s := bot.NewMemoryStore()
	ctx := context.Background()
	type prefs struct{ Lang string }
	st := bot.NewState(s, "person/p1/")
	require.NoError(t, st.Set(ctx, "prefs", prefs{"fr"}, 0))
	var p prefs
	ok, err := st.Get(ctx, "prefs", &p)
	require.NoError(t, err)
	assert.True(t, ok)
	assert.Equal(t, "fr", p.Lang)
	require.NoError(t, s.Set(ctx, "person/p1/bad", []byte("{"), 0))
	_, err = st.Get(ctx, "bad", &p)
	assert.Error(t, err)
	require.NoError(t, st.Delete(ctx, "prefs"))
	ok, err = st.Get(ctx, "prefs", &p)
	require.NoError(t, err)
	assert.False(t, ok)
	assert.Error(t, st.Set(ctx, "x", func() {}, 0), "not JSON")
}
