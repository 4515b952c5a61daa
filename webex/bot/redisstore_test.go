package bot_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex/bot"
	"github.com/gowebex/sdk/webex/bot/redisstore"

	"github.com/gowebex/sdk/internal/redistest"
)

func TestRedisStoreContract(t *testing.T) {
	t.Parallel()
	rdb := newRedis(t)
	prefix := redistest.Prefix(t)
	s := redisstore.New(rdb, redisstore.WithPrefix(prefix))
	ctx := context.Background()

	_, err := s.Get(ctx, "k")
	assert.ErrorIs(t, err, bot.ErrNotFound)
	require.NoError(t, s.Set(ctx, "k", []byte("v"), time.Minute))
	v, err := s.Get(ctx, "k")
	require.NoError(t, err)
	assert.Equal(t, "v", string(v))
	pttl, err := rdb.PTTL(ctx, prefix+"k").Result()
	require.NoError(t, err)
	assert.InDelta(t, time.Minute, pttl, float64(5*time.Second), "expires with the TTL")
	require.NoError(t, s.Set(ctx, "forever", []byte("v"), 0))
	pttl, err = rdb.PTTL(ctx, prefix+"forever").Result()
	require.NoError(t, err)
	assert.Equal(t, time.Duration(-1), pttl, "no TTL: no expiry")

	for _, k := range []string{"space/a*[x]/1", "space/a*[x]/2", "space/ab/1"} {
		require.NoError(t, s.Set(ctx, k, []byte("1"), 0))
	}
	require.NoError(t, s.DeletePrefix(ctx, "space/a*[x]/"))
	_, err = s.Get(ctx, "space/a*[x]/1")
	assert.ErrorIs(t, err, bot.ErrNotFound)
	_, err = s.Get(ctx, "space/ab/1")
	assert.NoError(t, err, "glob characters in the prefix are literal")
	require.NoError(t, s.Delete(ctx, "space/ab/1"))
	_, err = s.Get(ctx, "space/ab/1")
	assert.ErrorIs(t, err, bot.ErrNotFound)

	ok, err := s.Claim(ctx, "seen/1", time.Minute)
	require.NoError(t, err)
	assert.True(t, ok)
	ok, err = s.Claim(ctx, "seen/1", time.Minute)
	require.NoError(t, err)
	assert.False(t, ok)
}

func TestRedisStoreDeletePrefixScansManyKeys(t *testing.T) {
	t.Parallel()
	rdb := newRedis(t)
	prefix := redistest.Prefix(t)
	s := redisstore.New(rdb, redisstore.WithPrefix(prefix))
	ctx := context.Background()
	for i := range 1200 {
		require.NoError(t, s.Set(ctx, fmt.Sprint("space/big/", i), []byte("x"), 0))
	}
	require.NoError(t, s.DeletePrefix(ctx, "space/big/"))
	n, err := rdb.Keys(ctx, prefix+"*").Result()
	require.NoError(t, err)
	assert.Empty(t, n)
}

func TestRedisStoreClaimIsExclusiveAcrossClients(t *testing.T) {
	t.Parallel()
	prefix := redistest.Prefix(t)
	stores := []*redisstore.Store{
		redisstore.New(newRedis(t), redisstore.WithPrefix(prefix)),
		redisstore.New(newRedis(t), redisstore.WithPrefix(prefix)),
		redisstore.New(newRedis(t), redisstore.WithPrefix(prefix)),
	}
	var wins atomic.Int32
	var wg sync.WaitGroup
	for i := range 300 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ok, err := stores[i%3].Claim(context.Background(), fmt.Sprint("seen/", i%100), time.Minute)
			assert.NoError(t, err)
			if ok {
				wins.Add(1)
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, int32(100), wins.Load())
}

func TestRedisStoreDownIsAnError(t *testing.T) {
	t.Parallel()
	rdb := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1", MaxRetries: -1, DialTimeout: 100 * time.Millisecond, DialerRetries: 1})
	t.Cleanup(func() { _ = rdb.Close() })
	s := redisstore.New(rdb)
	ctx := context.Background()
	_, err := s.Claim(ctx, "k", time.Minute)
	assert.Error(t, err)
	_, err = s.Get(ctx, "k")
	assert.Error(t, err)
	assert.NotErrorIs(t, err, bot.ErrNotFound)
}
