package webextest

import (
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFaultNthRequest(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	_, tok := srv.NewUserWithToken("", "Alice")
	srv.InjectFault("GET /people/me", Fault{Status: 503, RetryAfter: 2 * time.Second, Nth: 2})
	assert.Equal(t, 200, call(t, srv, tok, "GET", "/people/me", nil).status)
	r := call(t, srv, tok, "GET", "/people/me", nil)
	requireError(t, r, 503)
	assert.Equal(t, "2", r.header.Get("Retry-After"))
	assert.Equal(t, 200, call(t, srv, tok, "GET", "/people/me", nil).status)
	assert.Equal(t, 3, srv.RequestCount("GET /people/me"))
}

func TestFaultTimesRemoveAndClear(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	alice, tok := srv.NewUserWithToken("", "Alice")
	m := srv.NewMessage(alice, srv.NewRoom(alice, "R"), "x")
	srv.InjectFault("GET /messages/{id}", Fault{Status: 429, Times: 2})
	r := call(t, srv, tok, "GET", "/messages/"+m.ID, nil)
	requireError(t, r, 429)
	assert.Equal(t, "1", r.header.Get("Retry-After"))
	requireError(t, call(t, srv, tok, "GET", "/messages/"+m.ID, nil), 429)
	assert.Equal(t, 200, call(t, srv, tok, "GET", "/messages/"+m.ID, nil).status)

	remove := srv.InjectFault("GET /messages/{id}", Fault{Status: 500})
	requireError(t, call(t, srv, tok, "GET", "/messages/"+m.ID, nil), 500)
	remove()
	assert.Equal(t, 200, call(t, srv, tok, "GET", "/messages/"+m.ID, nil).status)

	srv.InjectFault("*", Fault{Status: 502})
	requireError(t, call(t, srv, tok, "GET", "/people/me", nil), 502)
	srv.ClearFaults()
	assert.Equal(t, 200, call(t, srv, tok, "GET", "/people/me", nil).status)
}

func TestFaultHTMLAndDelay(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	_, tok := srv.NewUserWithToken("", "Alice")
	srv.InjectFault("GET /rooms", Fault{HTML: true, Times: 1})
	r := call(t, srv, tok, "GET", "/rooms", nil)
	assert.Equal(t, 502, r.status)
	assert.Equal(t, "text/html", r.header.Get("Content-Type"))
	assert.Contains(t, string(r.raw), "<html>")

	srv.InjectFault("GET /teams", Fault{Delay: 150 * time.Millisecond, Times: 1})
	start := time.Now()
	assert.Equal(t, 200, call(t, srv, tok, "GET", "/teams", nil).status)
	assert.GreaterOrEqual(t, time.Since(start), 150*time.Millisecond)
}

func TestFaultDropAndTruncate(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	alice, tok := srv.NewUserWithToken("", "Alice")
	room := srv.NewRoom(alice, "R")
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	post := func() (*http.Response, error) {
		req, _ := http.NewRequest("POST", srv.URL()+"/messages", strings.NewReader(`{"roomId":"`+room.ID+`","text":"x"}`))
		req.Header.Set("Authorization", "Bearer "+tok)
		req.Header.Set("Content-Type", "application/json")
		return client.Do(req)
	}
	srv.InjectFault("POST /messages", Fault{Drop: true, Times: 1})
	_, err := post()
	require.Error(t, err)

	srv.InjectFault("POST /messages", Fault{Truncate: true, Times: 1})
	res, err := post()
	require.NoError(t, err)
	_, err = io.ReadAll(res.Body)
	res.Body.Close()
	require.Error(t, err, "body must be cut short")
	assert.Equal(t, 200, res.StatusCode)

	res, err = post()
	require.NoError(t, err)
	res.Body.Close()
	assert.Equal(t, 200, res.StatusCode)
	// The truncated request still ran; the dropped one did not.
	l := call(t, srv, tok, "GET", "/messages?roomId="+room.ID, nil)
	assert.Len(t, l.items(), 2)
}

func TestFaultsConcurrent(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	_, tok := srv.NewUserWithToken("", "Alice")
	srv.InjectFault("GET /people/me", Fault{Status: 503, Times: 10})
	var wg sync.WaitGroup
	var mu sync.Mutex
	counts := map[int]int{}
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			req, _ := http.NewRequest("GET", srv.URL()+"/people/me", nil)
			req.Header.Set("Authorization", "Bearer "+tok)
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				return
			}
			_, _ = io.Copy(io.Discard, res.Body)
			res.Body.Close()
			mu.Lock()
			counts[res.StatusCode]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	assert.Equal(t, 10, counts[503])
	assert.Equal(t, 30, counts[200])
}

func TestRateLimit(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t, WithRateLimit("GET /people/me", 3, time.Minute))
	_, tok := srv.NewUserWithToken("", "Alice")
	_, tok2 := srv.NewUserWithToken("", "Bob")
	for i := 0; i < 3; i++ {
		assert.Equal(t, 200, call(t, srv, tok, "GET", "/people/me", nil).status)
	}
	r := call(t, srv, tok, "GET", "/people/me", nil)
	requireError(t, r, 429)
	assert.Equal(t, "60", r.header.Get("Retry-After"))
	assert.Equal(t, 200, call(t, srv, tok2, "GET", "/people/me", nil).status, "limits are per token")
	assert.Equal(t, 200, call(t, srv, tok, "GET", "/rooms", nil).status, "limits are per endpoint")
	srv.SetRateLimit("GET /people/me", 0, 0)
	assert.Equal(t, 200, call(t, srv, tok, "GET", "/people/me", nil).status)
}

func TestRateLimitWindowResets(t *testing.T) {
	t.Parallel()
	clock := newFakeClock()
	srv := newTestServer(t, WithClock(clock.Now), WithRateLimit("GET /people/me", 1, time.Second))
	_, tok := srv.NewUserWithToken("", "Alice")
	assert.Equal(t, 200, call(t, srv, tok, "GET", "/people/me", nil).status)
	requireError(t, call(t, srv, tok, "GET", "/people/me", nil), 429)
	clock.Advance(1000)
	assert.Equal(t, 200, call(t, srv, tok, "GET", "/people/me", nil).status)
}
