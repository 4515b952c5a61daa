package realtime

import (
	"net/url"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/gowebex/sdk/webex/api"
)

func TestTrust(t *testing.T) {
	t.Parallel()
	prod := trust{api: &url.URL{Scheme: "https", Host: "webexapis.com"}}
	local := trust{api: &url.URL{Scheme: "http", Host: "127.0.0.1:8080"}, extra: map[string]bool{"localhost:9090": true}}
	for _, c := range []struct {
		tr   trust
		url  string
		want bool
	}{
		{prod, "https://webexapis.com/v1/x", true},
		{prod, "https://u2c.wbx2.com/u2c/api/v1/catalog", true},
		{prod, "wss://mercury-connection-a.wbx2.com/x", true},
		{prod, "https://conv-a.webex.com/conversation/api/v1", true},
		{prod, "https://x.ciscospark.com/", true},
		{prod, "https://wbx2.com/", true},
		{prod, "http://u2c.wbx2.com/", false},
		{prod, "ws://mercury.wbx2.com/", false},
		{prod, "https://wbx2.com.evil.example/", false},
		{prod, "https://evilwbx2.com/", false},
		{prod, "https://user:pw@u2c.wbx2.com/", false},
		{prod, "http://webexapis.com/v1", false},
		{prod, "/relative", false},
		{prod, "::", false},
		{local, "http://127.0.0.1:8080/wdm", true},
		{local, "ws://127.0.0.1:8080/mercury", true},
		{local, "wss://127.0.0.1:8080/mercury", false},
		{local, "http://127.0.0.1:8081/wdm", false},
		{local, "http://localhost:9090/wdm", true},
		{local, "ftp://localhost:9090/wdm", false},
	} {
		_, err := c.tr.check(c.url)
		if c.want {
			assert.NoError(t, err, c.url)
		} else {
			assert.ErrorIs(t, err, api.ErrUntrustedURL, c.url)
		}
	}
}

func TestBackoff(t *testing.T) {
	t.Parallel()
	for n, want := range []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second, 16 * time.Second, 32 * time.Second, 32 * time.Second} {
		for range 50 {
			got := backoff(n, time.Second, 32*time.Second)
			assert.GreaterOrEqual(t, got, want/2, "attempt %d", n)
			assert.LessOrEqual(t, got, want, "attempt %d", n)
		}
	}
	got := backoff(1000, time.Second, 32*time.Second) // no overflow after many attempts
	assert.True(t, got >= 16*time.Second && got <= 32*time.Second, got)
}

func TestRecent(t *testing.T) {
	t.Parallel()
	r := newRecent(2)
	r.add("a")
	r.add("b")
	r.add("b")
	assert.True(t, r.has("a"))
	r.add("c")
	assert.False(t, r.has("a"))
	assert.True(t, r.has("b"))
	assert.True(t, r.has("c"))
}
