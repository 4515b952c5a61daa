package realtime

import (
	"math/rand/v2"
	"time"
)

// backoff returns the wait before reconnection attempt n (0-based):
// first·2ⁿ capped at longest, jittered uniformly between half and all of
// it, so that many clients dropped at once do not come back at once.
func backoff(n int, first, longest time.Duration) time.Duration {
	d := first
	for i := 0; i < n && d < longest; i++ {
		d *= 2
	}
	d = min(d, longest)
	half := d / 2
	return half + rand.N(d-half+1)
}
