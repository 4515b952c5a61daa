// The e2e_*_test.go files are the end-to-end tests of the SDK: every test
// drives the webex.Client against its own in-memory Webex emulator
// (webex/webextest.NewServer) over loopback HTTP, and checks both halves at
// once: that the SDK builds, sends, retries, pages and decodes requests the
// way Webex expects, and that the emulator enforces Webex's rules (ids,
// times, visibility, moderators, scopes, validation, paging, rate limits,
// webhooks and compliance events) the way Webex does. They live in the
// client's package so that they share its test binary:
//
//	go test -race ./webex/
//	go test -run '^$' -bench EmulatorThroughSDK ./webex/
//
// The 100,000-message listing test is skipped with -short.

package webex_test

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/events"
	"github.com/gowebex/sdk/webex/webextest"
)

// newServer starts an emulator for one test and closes it at the end.
func newServer(t testing.TB, opts ...webextest.Option) *webextest.Server {
	t.Helper()
	srv := webextest.NewServer(opts...)
	t.Cleanup(srv.Close)
	return srv
}

// trackingTransport checks that every response the SDK receives carries a
// TrackingID header, as every Webex response does.
type trackingTransport struct {
	base http.RoundTripper

	mu        sync.Mutex
	responses int
	missing   []string
}

func (tt *trackingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	res, err := tt.base.RoundTrip(r)
	if err != nil {
		return res, err
	}
	tt.mu.Lock()
	tt.responses++
	if res.Header.Get("TrackingID") == "" {
		tt.missing = append(tt.missing, r.Method+" "+r.URL.Path)
	}
	tt.mu.Unlock()
	return res, nil
}

func (tt *trackingTransport) count() int {
	tt.mu.Lock()
	defer tt.mu.Unlock()
	return tt.responses
}

// newTransport returns a transport of its own for one test's clients.
func newTransport() *http.Transport {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = 64
	return tr
}

// newClient returns an SDK client for srv authenticated with tok. Client-side
// pacing is off (the emulator's limits are what is tested) and retries wait
// milliseconds; opts may override both. Every response it receives is checked
// for a TrackingID header when the test ends.
func newClient(t testing.TB, srv *webextest.Server, tok string, opts ...webex.Option) *webex.Client {
	t.Helper()
	c, _ := newTrackedClient(t, srv, tok, opts...)
	return c
}

// newTrackedClient is newClient that also returns the transport recording
// the responses.
func newTrackedClient(t testing.TB, srv *webextest.Server, tok string, opts ...webex.Option) (*webex.Client, *trackingTransport) {
	t.Helper()
	tr := newTransport()
	t.Cleanup(tr.CloseIdleConnections)
	tt := &trackingTransport{base: tr}
	t.Cleanup(func() {
		tt.mu.Lock()
		defer tt.mu.Unlock()
		assert.Empty(t, tt.missing, "responses without a TrackingID header")
	})
	base := []webex.Option{
		webex.WithBaseURL(srv.URL()),
		webex.WithToken(tok),
		webex.WithHTTPClient(&http.Client{Transport: tt, Timeout: 30 * time.Second}),
		webex.WithDefaultRateLimit(0, 0),
		webex.WithRetries(3, time.Millisecond, 5*time.Millisecond),
	}
	c, err := webex.NewClient(append(base, opts...)...)
	require.NoError(t, err)
	return c, tt
}

// newEventsService returns the client's compliance events service.
func newEventsService(t testing.TB, srv *webextest.Server, tok string) *events.Service {
	t.Helper()
	return newClient(t, srv, tok).Events
}

// requireAPIError asserts that err is a Webex error answer with status, and
// that it carries what Webex puts in every error body.
func requireAPIError(t testing.TB, err error, status int, sentinel error) *webex.APIError {
	t.Helper()
	require.Error(t, err)
	var apiErr *webex.APIError
	require.ErrorAs(t, err, &apiErr, "%v", err)
	require.Equal(t, status, apiErr.StatusCode, "%v", err)
	require.ErrorIs(t, err, sentinel)
	assert.NotEmpty(t, apiErr.Message, "message")
	assert.NotEmpty(t, apiErr.TrackingID, "trackingId")
	if status != http.StatusTooManyRequests {
		assert.NotEmpty(t, apiErr.Errors, "errors")
		for _, d := range apiErr.Errors {
			assert.NotEmpty(t, d.Description)
		}
	}
	return apiErr
}

var uuidRE = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`)

// requireID asserts that id is a Webex id of the given type: unpadded
// standard base64 of ciscospark://us/TYPE/uuid. It returns the decoded id.
func requireID(t testing.TB, id, typ string) webex.ID {
	t.Helper()
	require.NotEmpty(t, id, "empty %s id", typ)
	assert.NotContains(t, id, "=", "padded id")
	raw, err := base64.RawStdEncoding.DecodeString(id)
	require.NoError(t, err, "id %q is not unpadded standard base64", id)
	assert.True(t, strings.HasPrefix(string(raw), "ciscospark://us/"+typ+"/"), "%s", raw)
	got, err := webex.ParseID(id)
	require.NoError(t, err)
	assert.Equal(t, "us", got.Cluster)
	assert.Equal(t, typ, got.Type)
	assert.Equal(t, id, got.String())
	if typ == "MEMBERSHIP" || typ == "TEAM_MEMBERSHIP" {
		a, b, ok := strings.Cut(got.UUID, ":")
		require.True(t, ok, "membership id %q joins two uuids", got.UUID)
		assert.Regexp(t, uuidRE, a)
		assert.Regexp(t, uuidRE, b)
	} else {
		assert.Regexp(t, uuidRE, got.UUID)
	}
	return got
}

// uuidOf returns the uuid inside a Webex id.
func uuidOf(t testing.TB, id string) string {
	t.Helper()
	got, err := webex.ParseID(id)
	require.NoError(t, err)
	return got.UUID
}

// requireRecent asserts that tm was decoded (not zero) and is close to now.
func requireRecent(t testing.TB, tm time.Time, what string) {
	t.Helper()
	require.False(t, tm.IsZero(), "%s is zero", what)
	assert.WithinDuration(t, time.Now(), tm, time.Minute, what)
}

// rawResponse is an answer to a raw HTTP request.
type rawResponse struct {
	status int
	header http.Header
	body   []byte
}

// webexError is Webex's error body.
type webexError struct {
	Message string `json:"message"`
	Errors  []struct {
		Description string `json:"description"`
	} `json:"errors"`
	TrackingID string `json:"trackingId"`
}

// rawCall sends a request with net/http, bypassing the SDK, for what the
// SDK cannot send (no token, malformed bodies). path is below /v1.
func rawCall(t testing.TB, srv *webextest.Server, tok, method, path string, body []byte) rawResponse {
	t.Helper()
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequest(method, srv.URL()+path, rd)
	require.NoError(t, err)
	if tok != "" {
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	res, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return rawResponse{status: res.StatusCode, header: res.Header, body: b}
}

// requireWebexErrorBody asserts r is an error with status and Webex's body.
func requireWebexErrorBody(t testing.TB, r rawResponse, status int) webexError {
	t.Helper()
	require.Equal(t, status, r.status, "%s", r.body)
	var e webexError
	require.NoError(t, json.Unmarshal(r.body, &e), "%s", r.body)
	assert.NotEmpty(t, e.Message, "%s", r.body)
	require.NotEmpty(t, e.Errors, "%s", r.body)
	assert.NotEmpty(t, e.Errors[0].Description)
	assert.NotEmpty(t, e.TrackingID)
	assert.Equal(t, r.header.Get("TrackingID"), e.TrackingID)
	return e
}

// collect drains an SDK iterator, failing the test on an error.
func collect[T any](t testing.TB, seq func(yield func(*T, error) bool)) []*T {
	t.Helper()
	var out []*T
	for v, err := range seq {
		require.NoError(t, err)
		out = append(out, v)
	}
	return out
}
