package httpx

import (
	"context"
	"net/http"
	"strconv"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex/api"
)

func TestCallInfoOfSuccessfulCall(t *testing.T) {
	t.Parallel()
	var n atomic.Int32
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		i := n.Add(1)
		w.Header().Set("Trackingid", "ROUTER_"+strconv.Itoa(int(i)))
		if i < 3 {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("X-Custom", "yes")
		w.Write([]byte(`{}`))
	}))
	var info api.CallInfo
	_, err := c.Do(WithCallInfo(context.Background(), &info), get("/rooms/{roomId}", "r1"), nil)
	require.NoError(t, err)
	assert.Equal(t, "ROUTER_3", info.TrackingID)
	assert.Equal(t, http.StatusOK, info.Status)
	assert.Equal(t, 3, info.Attempts)
	assert.Equal(t, "yes", info.Header.Get("X-Custom"))
}

func TestCallInfoOfFailedCall(t *testing.T) {
	t.Parallel()
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Trackingid", "FROM_HEADER")
		w.WriteHeader(http.StatusNotFound)
		w.Write([]byte(`{"message":"gone","trackingId":"FROM_BODY"}`))
	}))
	var info api.CallInfo
	_, err := c.Do(WithCallInfo(context.Background(), &info), get("/rooms/{roomId}", "r1"), nil)
	require.ErrorIs(t, err, ErrNotFound)
	assert.Equal(t, api.CallInfo{TrackingID: "FROM_BODY", Status: 404, Attempts: 1, Header: info.Header}, info)
	assert.Equal(t, "FROM_HEADER", info.Header.Get("Trackingid"))

	// Nothing sent: the info says so, and no earlier call's values remain.
	_, err = c.Do(WithCallInfo(context.Background(), &info), get("/rooms/{roomId}", ""), nil)
	require.ErrorIs(t, err, ErrInvalidInput)
	assert.Equal(t, api.CallInfo{}, info)
}

// For a list, the info describes the last page fetched.
func TestCallInfoOfListIsLastPage(t *testing.T) {
	t.Parallel()
	var srvURL string
	c, srv := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("cursor") == "" {
			w.Header().Set("Trackingid", "PAGE_1")
			w.Header().Set("Link", `<`+srvURL+`/v1/rooms?cursor=2>; rel="next"`)
			w.Write([]byte(`{"items":[{}]}`))
			return
		}
		w.Header().Set("Trackingid", "PAGE_2")
		w.Write([]byte(`{"items":[{}]}`))
	}))
	srvURL = srv.URL
	var info api.CallInfo
	n := 0
	for _, err := range List[struct{}](WithCallInfo(context.Background(), &info), c, get("/rooms")) {
		require.NoError(t, err)
		n++
	}
	assert.Equal(t, 2, n)
	assert.Equal(t, "PAGE_2", info.TrackingID)
}

func TestWithHeaderSendsHeaders(t *testing.T) {
	t.Parallel()
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "s3cret", r.Header.Get("Password"))
		assert.Equal(t, "Europe/Paris", r.Header.Get("Timezone"))
		assert.Equal(t, "Bearer secret-token", r.Header.Get("Authorization"))
		w.Write([]byte(`{}`))
	}))
	parent := WithHeader(context.Background(), "password", "s3cret")
	ctx := WithHeader(parent, "timezone", "Europe/Paris")
	_, err := c.Do(ctx, get("/meetings/{meetingId}", "m1"), nil)
	require.NoError(t, err)
	assert.Nil(t, optsFrom(parent).header.Values("Timezone"), "the parent context is not changed")
}

func TestWithHeaderRefusesCredentialsAndHost(t *testing.T) {
	t.Parallel()
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("unexpected request to %s with Host %s", r.URL, r.Host)
	}))
	for _, k := range []string{"Authorization", "authorization", " Host ", "X-Forwarded-Host", "Forwarded", "Proxy-Authorization", "Cookie", "Content-Length", "Transfer-Encoding", "bad name", ""} {
		ctx := WithHeader(context.Background(), "Accept", "application/json")
		ctx = WithHeader(ctx, k, "evil.example.com")
		ctx = WithHeader(ctx, "X-Other", "fine")
		_, err := c.Do(ctx, get("/rooms"), nil)
		require.ErrorIs(t, err, ErrInvalidInput, k)
		assert.ErrorContains(t, err, "webex: WithHeader: ")
		assert.NotContains(t, err.Error(), "evil", "the value is not echoed")
	}
}

func TestWithoutRetrySendsOnce(t *testing.T) {
	t.Parallel()
	var n atomic.Int32
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	var info api.CallInfo
	ctx := WithCallInfo(WithoutRetry(context.Background()), &info)
	_, err := c.Do(ctx, get("/rooms"), nil)
	require.ErrorIs(t, err, ErrRateLimited)
	assert.EqualValues(t, 1, n.Load())
	assert.Equal(t, 1, info.Attempts)
}
