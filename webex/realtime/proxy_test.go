package realtime_test

import (
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/realtime"
)

// TestThroughAProxy runs the listener through a forward proxy: the
// catalog, device and lookup calls and the websocket handshake all go
// through the HTTP client's proxy (by default, the environment's
// HTTPS_PROXY / HTTP_PROXY / NO_PROXY; loopback is never proxied from the
// environment, so this test names the proxy itself).
func TestThroughAProxy(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	var proxied, upgrades atomic.Int32
	proxy := httptest.NewServer(&httputil.ReverseProxy{Rewrite: func(r *httputil.ProxyRequest) {
		proxied.Add(1)
		if r.In.Header.Get("Upgrade") != "" {
			upgrades.Add(1)
		}
		r.Out.URL = r.In.URL // a forward proxy: the request names its target
		r.Out.Host = r.In.URL.Host
	}})
	t.Cleanup(proxy.Close)
	pu, _ := url.Parse(proxy.URL)
	hc := &http.Client{Transport: &http.Transport{Proxy: http.ProxyURL(pu)}}
	r := w.listen(t, w.listener(t, realtime.WithHTTPClient(hc)), nil)
	m := w.post(t, "via the proxy")
	assert.Equal(t, m.ID, r.next(t).FullMessage.ID)
	assert.Equal(t, int32(1), upgrades.Load(), "the websocket handshake went through the proxy")
	assert.GreaterOrEqual(t, proxied.Load(), int32(4), "catalog, device list, device registration, lookup")
}

// TestTrustHostsForTesting reaches the emulator under a second host name:
// refused by default, accepted once that host is admitted for testing.
func TestTrustHostsForTesting(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	u, _ := url.Parse(w.srv.URL())
	other := "localhost:" + u.Port()
	catalog := "http://" + other + "/u2c/api/v1/catalog"
	_, err := realtime.New(w.botc, realtime.WithToken(w.botTok), realtime.WithCatalogURL(catalog))
	assert.ErrorIs(t, err, webex.ErrUntrustedURL)

	r := w.listen(t, w.listener(t, realtime.WithCatalogURL(catalog), realtime.TrustHostsForTesting(other)), nil)
	m := w.post(t, "over another host name")
	assert.Equal(t, m.ID, r.next(t).FullMessage.ID)
}
