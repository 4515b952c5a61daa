package httpx

import (
	"errors"
	"fmt"
	"net/http"
)

// checkRedirect is the redirect policy of every client: a redirect that
// would carry a request body to a host other than the API host (a 307 or
// 308 answering a POST or PUT) is refused with ErrUntrustedURL, so that a
// message is never delivered to a stranger; then the caller's own policy
// (WithHTTPClient's CheckRedirect) applies, or net/http's ten-redirect
// limit. The token never follows a redirect off the API host either:
// authTransport drops it.
func (c *Client) checkRedirect(next func(*http.Request, []*http.Request) error) func(*http.Request, []*http.Request) error {
	return func(req *http.Request, via []*http.Request) error {
		if !c.Trusted(req.URL) && (req.GetBody != nil || req.Body != nil && req.Body != http.NoBody) {
			return fmt.Errorf("%w: %s %s redirected to %s://%s, which would receive its body", ErrUntrustedURL,
				req.Method, via[0].URL.Path, req.URL.Scheme, req.URL.Host)
		}
		if next != nil {
			return next(req, via)
		}
		if len(via) >= 10 {
			return errors.New("stopped after 10 redirects")
		}
		return nil
	}
}
