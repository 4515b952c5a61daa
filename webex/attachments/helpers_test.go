package attachments_test

import (
	"net/http"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"golang.org/x/oauth2"

	"github.com/gowebex/sdk/internal/httpx"
	"github.com/gowebex/sdk/internal/sdktest"
	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/attachments"
)

// newService returns a fresh sdktest mux and an attachments service on a
// core configured like sdktest's client. (webex.Client has no
// AttachmentActions field yet; once it has, tests can use sdktest.New's
// client directly.)
func newService(t *testing.T) (*http.ServeMux, *attachments.Service) {
	t.Helper()
	mux, c := sdktest.New(t)
	core, err := httpx.New(httpx.Config{
		BaseURL:          c.BaseURL(),
		TokenSource:      oauth2.StaticTokenSource(&oauth2.Token{AccessToken: sdktest.Token}),
		UserAgent:        "gowebex-sdk/" + webex.Version,
		RetryWaitMin:     time.Millisecond,
		RetryWaitMax:     5 * time.Millisecond,
		DefaultRateLimit: &httpx.RateLimit{},
	})
	require.NoError(t, err)
	return mux, attachments.NewService(core)
}

// forbidRequests makes every request not otherwise routed fail the test and
// returns a counter of them.
func forbidRequests(t *testing.T, mux *http.ServeMux) *atomic.Int32 {
	var n atomic.Int32
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		t.Errorf("unexpected request %s %s", r.Method, r.URL)
		w.WriteHeader(http.StatusTeapot)
	})
	return &n
}

// exampleClient stands in for *webex.Client in the examples until
// webex.Client has an AttachmentActions field: client.AttachmentActions
// reads the same.
type exampleClient struct{ AttachmentActions *attachments.Service }

// newClient stands in for webex.NewClient in the examples; it reads the
// token from WEBEX_ACCESS_TOKEN.
func newClient() (*exampleClient, error) {
	core, err := httpx.New(httpx.Config{
		TokenSource: oauth2.StaticTokenSource(&oauth2.Token{AccessToken: os.Getenv(webex.TokenEnv)}),
		UserAgent:   "gowebex-sdk/" + webex.Version,
	})
	if err != nil {
		return nil, err
	}
	return &exampleClient{AttachmentActions: attachments.NewService(core)}, nil
}
