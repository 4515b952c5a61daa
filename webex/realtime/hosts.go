package realtime

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/gowebex/sdk/webex/api"
)

// webexDomains are the domains of Webex's own hosts, where the token may
// go over https (wss for websockets).
var webexDomains = []string{"wbx2.com", "webex.com", "ciscospark.com"}

// trust decides where the token may go.
type trust struct {
	api   *url.URL        // the client's API base
	extra map[string]bool // TrustHostsForTesting
}

// check parses raw and returns it when the token may go there: the API
// host (same scheme), a host under webexDomains over https or wss, or a
// host admitted for testing. Anything else is api.ErrUntrustedURL.
func (t trust) check(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return nil, fmt.Errorf("%w: %q is not an absolute URL", api.ErrUntrustedURL, raw)
	}
	if u.User != nil {
		return nil, fmt.Errorf("%w: %s://%s carries credentials", api.ErrUntrustedURL, u.Scheme, u.Host)
	}
	if t.extra[u.Host] && (u.Scheme == "http" || u.Scheme == "https" || u.Scheme == "ws" || u.Scheme == "wss") {
		return u, nil
	}
	if u.Host == t.api.Host && sameSecurity(u.Scheme, t.api.Scheme) {
		return u, nil
	}
	if u.Scheme == "https" || u.Scheme == "wss" {
		host := strings.ToLower(u.Hostname())
		for _, d := range webexDomains {
			if host == d || strings.HasSuffix(host, "."+d) {
				return u, nil
			}
		}
	}
	return nil, fmt.Errorf("%w: %s://%s is neither the API host nor a Webex host over https", api.ErrUntrustedURL, u.Scheme, u.Host)
}

// sameSecurity reports whether scheme (http, https, ws, wss) is as secure
// as the API's scheme: ws goes with http, wss with https.
func sameSecurity(scheme, apiScheme string) bool {
	switch scheme {
	case "http", "ws":
		return apiScheme == "http"
	case "https", "wss":
		return apiScheme == "https"
	}
	return false
}
