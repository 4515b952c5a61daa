package redislimit

import "github.com/redis/go-redis/v9"

// Script results: the first element says what happened, the second is a
// wait in microseconds.
const (
	resultReserved = 0 // a slot is reserved: sleep the wait, then send
	resultPaused   = 1 // the endpoint is paused for the wait; ask again after it
	resultTooLong  = 2 // the slot is further away than the caller's deadline
)

// reserveScript checks the endpoint's pause and, for a paced endpoint,
// reserves the next slot with GCRA on the Redis server's clock.
//
// Why not github.com/go-redis/redis_rate (v10.0.1), the well-kept Redis GCRA:
// its Allow only says yes, or no with a RetryAfter; it cannot reserve a
// later slot. A Wait built on it must sleep and ask again, and every waiter
// for an endpoint wakes for the same next slot, one wins, the rest ask
// again: with 3 processes of 8 goroutines on one endpoint at 20/s, it took
// 46.5 Redis calls per request sent (2,047 calls for 44 slots in 2 s),
// where this script, which hands each caller its own slot, took 2.1 (91
// calls), and under load the extra calls ran past the limiter's timeout
// and tipped it into local pacing. It would also need a second round trip
// for the pause, which redis_rate has no notion of. TestRedisCallsPerSlot
// holds this script to about one call per request.
//
// KEYS[1] the endpoint's theoretical arrival time (microseconds, Redis clock)
// KEYS[2] the endpoint's pause key, present while paused
// ARGV[1] emission interval in microseconds (0: unpaced, only pauses apply)
// ARGV[2] burst tolerance in microseconds: (burst-1) intervals
// ARGV[3] the longest wait the caller accepts in microseconds, -1 for any
var reserveScript = redis.NewScript(`
local p = redis.call('PTTL', KEYS[2])
if p > 0 then return {1, p * 1000} end
local interval = tonumber(ARGV[1])
if interval <= 0 then return {0, 0} end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local tat = tonumber(redis.call('GET', KEYS[1]))
if not tat or tat < now then tat = now end
local wait = tat - tonumber(ARGV[2]) - now
if wait < 0 then wait = 0 end
local maxwait = tonumber(ARGV[3])
if maxwait >= 0 and wait > maxwait then return {2, wait} end
tat = tat + interval
redis.call('SET', KEYS[1], string.format('%d', tat), 'PX', math.ceil((tat - now) / 1000) + 1000)
return {0, wait}
`)

// pauseScript sets the pause key to expire in ARGV[1] milliseconds unless a
// longer pause is already in force.
var pauseScript = redis.NewScript(`
local want = tonumber(ARGV[1])
if redis.call('PTTL', KEYS[1]) < want then
  redis.call('SET', KEYS[1], '1', 'PX', want)
end
return 1
`)
