package httpx

import (
	"net/http"
	"strconv"
	"strings"
	"time"
)

// parseRetryAfter reads a Retry-After header given either as seconds or as an
// HTTP-date. A date in the past gives zero.
//
// Why hand-written: the standard library parses the date (http.ParseTime,
// used here) but not the header, and go-retryablehttp's own parser is
// unexported and reads only seconds on 429 and 503; Webex sends it on 423
// too, and a value of years must be capped rather than overflow a
// time.Duration. It is ten lines.
//
// Why hand-written: it is strconv for the seconds and the standard
// library's http.ParseTime for the date. go-retryablehttp, which sends the
// requests, parses Retry-After only inside its unexported backoff, with
// time.Now; here the clock is injected (the limiter's tests and pauses need
// it) and an absurd value is capped at a year instead of overflowing.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs < 0 {
			return 0, false
		}
		const maxSecs = int64(365 * 24 * 3600)
		if secs > maxSecs {
			secs = maxSecs
		}
		return time.Duration(secs) * time.Second, true
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	d := t.Sub(now)
	if d < 0 {
		d = 0
	}
	return d, true
}
