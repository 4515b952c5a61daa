// Package redislimit is a [webex.Limiter] shared through Redis, for bots and
// agents that run as several replicas on one access token.
//
// Webex meters each endpoint per user (per token). A limiter that lives in
// one process, such as [webex.LocalLimiter], knows nothing of its siblings:
// three replicas each pacing themselves to the full budget send three times
// too much, collect 429s and stall. A [Limiter] keeps each endpoint's budget
// in Redis instead, so every process using the same Redis and the same token
// draws from one budget, and a 429 seen by one process pauses that endpoint
// for all of them until its Retry-After has passed.
//
// Pacing is GCRA (the generic cell rate algorithm, a token bucket kept as one
// "theoretical arrival time" per endpoint) run atomically in a small Lua
// script on the Redis server's clock, so the processes' own clocks need not
// agree. Each Wait is one round trip: the script either reserves the next
// slot and says how long to sleep until it, or reports a pause.
//
// Redis is never a single point of failure. Every Redis call is bounded by a
// short timeout (see [WithTimeout]); when one fails, the limiter logs it once
// and paces with a [webex.LocalLimiter] of the same rates until Redis answers
// again, which it checks at most every [WithRetryInterval]. No request fails
// because Redis did. While falling back each process has the whole budget to
// itself, so replicas may overshoot and meet 429s, which then pause them as
// usual.
//
// go-redis itself logs failed connection attempts through its own logger;
// replace it with redis.SetLogger to route or silence them.
//
// Keys hold a hash of the token ([TokenHash]), never the token:
//
//	webex:rl:{<hash>}:POST /messages:tat    the endpoint's next slot
//	webex:rl:{<hash>}:POST /messages:pause  present while paused (TTL)
//
// The hash is the Redis Cluster hash tag, so one token's keys share a slot.
//
// It needs Redis 5 or later (the script reads the server's clock with TIME).
//
// Give the Redis client ContextTimeoutEnabled so that a Redis that has
// stopped answering (rather than refused the connection) is given up on
// after the limiter's timeout instead of the client's read timeout ([New]
// logs a warning otherwise):
//
//	rdb := redis.NewClient(&redis.Options{Addr: "localhost:6379", ContextTimeoutEnabled: true})
//	lim := redislimit.New(rdb, token, redislimit.DefaultRateLimit, nil)
//	client, err := webex.NewClient(webex.WithToken(token), webex.WithLimiter(lim))
package redislimit
