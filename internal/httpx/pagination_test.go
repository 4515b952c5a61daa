package httpx

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type item struct {
	ID string `json:"id"`
}

// pager serves items 0..total-1 in pages of size, linking each page to
// the next with an absolute URL built from the request's host.
func pager(total, size int, calls *atomic.Int32, mutate func(next url.Values)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		start, _ := strconv.Atoi(r.URL.Query().Get("cursor"))
		end := min(start+size, total)
		if end < total {
			q := url.Values{"cursor": {strconv.Itoa(end)}, "max": {strconv.Itoa(size)}}
			for k, v := range r.URL.Query() {
				if k != "cursor" && k != "max" {
					q[k] = v
				}
			}
			if mutate != nil {
				mutate(q)
			}
			w.Header().Add("Link", fmt.Sprintf(`<http://%s%s?%s>; rel="next"`, r.Host, r.URL.Path, q.Encode()))
		}
		fmt.Fprint(w, `{"items":[`)
		for i := start; i < end; i++ {
			if i > start {
				fmt.Fprint(w, ",")
			}
			fmt.Fprintf(w, `{"id":"m%d"}`, i)
		}
		fmt.Fprint(w, `]}`)
	}
}

func collect(t *testing.T, seq func(func(*item, error) bool)) ([]string, error) {
	t.Helper()
	var ids []string
	for it, err := range seq {
		if err != nil {
			return ids, err
		}
		ids = append(ids, it.ID)
	}
	return ids, nil
}

func TestListFollowsEveryPage(t *testing.T) {
	t.Parallel()
	var calls atomic.Int32
	c, _ := newTestClient(t, pager(7, 3, &calls, nil))
	seq := List[item](context.Background(), c, &Request{Method: "GET", Pattern: "/messages", Query: url.Values{"roomId": {"r1"}, "max": {"3"}}})
	assert.Zero(t, calls.Load(), "no request before the iterator is ranged")
	ids, err := collect(t, seq)
	require.NoError(t, err)
	assert.Equal(t, []string{"m0", "m1", "m2", "m3", "m4", "m5", "m6"}, ids)
	assert.Equal(t, int32(3), calls.Load())
}

func TestListBreakStopsRequests(t *testing.T) {
	t.Parallel()
	var calls atomic.Int32
	c, _ := newTestClient(t, pager(100, 10, &calls, nil))
	n := 0
	for _, err := range List[item](context.Background(), c, get("/messages")) {
		require.NoError(t, err)
		n++
		if n == 12 {
			break
		}
	}
	assert.Equal(t, 12, n)
	assert.Equal(t, int32(2), calls.Load())
}

func TestListErrorMidwayYieldedOnce(t *testing.T) {
	t.Parallel()
	var calls atomic.Int32
	inner := pager(9, 3, &calls, nil)
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("cursor") == "3" {
			calls.Add(1)
			w.WriteHeader(http.StatusNotFound)
			w.Write([]byte(`{"message":"gone"}`))
			return
		}
		inner(w, r)
	}))
	var ids []string
	errs := 0
	for it, err := range List[item](context.Background(), c, get("/messages")) {
		if err != nil {
			errs++
			assert.ErrorIs(t, err, ErrNotFound)
			continue
		}
		ids = append(ids, it.ID)
	}
	assert.Equal(t, []string{"m0", "m1", "m2"}, ids)
	assert.Equal(t, 1, errs)
	assert.Equal(t, int32(2), calls.Load())
}

func TestListRestoresDroppedFilters(t *testing.T) {
	t.Parallel()
	var calls atomic.Int32
	var seen []string
	inner := pager(6, 2, &calls, func(next url.Values) { next.Del("mentionedPeople") })
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen = append(seen, r.URL.Query().Get("mentionedPeople"))
		inner(w, r)
	}))
	ids, err := collect(t, List[item](context.Background(), c, &Request{Method: "GET", Pattern: "/messages", Query: url.Values{"mentionedPeople": {"me"}, "roomId": {"r"}}}))
	require.NoError(t, err)
	assert.Len(t, ids, 6)
	assert.Equal(t, []string{"me", "me", "me"}, seen)
}

func TestListKeepsNextLinkAsGiven(t *testing.T) {
	t.Parallel()
	var got []string
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = append(got, r.URL.RawQuery)
		if len(got) == 1 {
			w.Header().Set("Link", `<http://`+r.Host+`/v1/messages?roomId=r&cursor=opaque%2Fvalue%3D%3D&max=2>; rel="next"`)
		}
		w.Write([]byte(`{"items":[]}`))
	}))
	_, err := collect(t, List[item](context.Background(), c, &Request{Method: "GET", Pattern: "/messages", Query: url.Values{"roomId": {"r"}}}))
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, "roomId=r&cursor=opaque%2Fvalue%3D%3D&max=2", got[1])
}

func TestListRefusesForeignNextHost(t *testing.T) {
	t.Parallel()
	var foreign atomic.Int32
	evil := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		foreign.Add(1)
		w.Write([]byte(`{"items":[]}`))
	}))
	defer evil.Close()
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Link", `<`+evil.URL+`/v1/messages?cursor=2>; rel="next"`)
		w.Write([]byte(`{"items":[{"id":"a"}]}`))
	}))
	ids, err := collect(t, List[item](context.Background(), c, get("/messages")))
	assert.Equal(t, []string{"a"}, ids)
	assert.ErrorIs(t, err, ErrUntrustedURL)
	assert.Zero(t, foreign.Load(), "the token must never reach another host")
}

func TestGetPageResume(t *testing.T) {
	t.Parallel()
	var calls atomic.Int32
	c, _ := newTestClient(t, pager(5, 2, &calls, nil))
	r := get("/messages")
	p1, err := GetPage[item](context.Background(), c, r, "")
	require.NoError(t, err)
	require.NotEmpty(t, p1.NextURL)
	p2, err := GetPage[item](context.Background(), c, r, p1.NextURL)
	require.NoError(t, err)
	assert.Equal(t, []item{{"m2"}, {"m3"}}, p2.Items)
	p3, err := GetPage[item](context.Background(), c, r, p2.NextURL)
	require.NoError(t, err)
	assert.Equal(t, []item{{"m4"}}, p3.Items)
	assert.Empty(t, p3.NextURL)
}

func TestNextLink(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		values []string
		want   string
	}{
		{"none", nil, ""},
		{"simple", []string{`<https://webexapis.com/v1/messages?cursor=a>; rel="next"`}, "https://webexapis.com/v1/messages?cursor=a"},
		{"unquoted rel", []string{`<https://x/a>; rel=next`}, "https://x/a"},
		{"prev then next", []string{`<https://x/p>; rel="prev", <https://x/n>; rel="next"`}, "https://x/n"},
		{"separate headers", []string{`<https://x/p>; rel="prev"`, `<https://x/n>; rel="next"`}, "https://x/n"},
		{"only prev", []string{`<https://x/p>; rel="prev"`}, ""},
		{"garbage", []string{`nonsense`, `<unterminated; rel="next"`}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h := http.Header{}
			for _, v := range tt.values {
				h.Add("Link", v)
			}
			assert.Equal(t, tt.want, NextLink(h))
		})
	}
}

// A relative Link is resolved against the URL of the page that carried it,
// as RFC 3986 says, not against the base URL.
func TestRelativeNextLinkResolvesAgainstPage(t *testing.T) {
	t.Parallel()
	for _, link := range []string{`rooms?cursor=2`, `?cursor=2`, `./rooms?cursor=2`, `/v1/rooms?cursor=2`, `../v1/rooms?cursor=2`} {
		t.Run(link, func(t *testing.T) {
			t.Parallel()
			var paths []string
			c, srv := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				paths = append(paths, r.URL.RequestURI())
				if len(paths) == 1 {
					w.Header().Set("Link", `<`+link+`>; rel="next"`)
					w.Write([]byte(`{"items":[{"id":"a"}]}`))
					return
				}
				w.Write([]byte(`{"items":[{"id":"b"}]}`))
			}))
			ids, err := collect(t, List[item](context.Background(), c, get("/rooms")))
			require.NoError(t, err)
			assert.Equal(t, []string{"a", "b"}, ids)
			assert.Equal(t, []string{"/v1/rooms", "/v1/rooms?cursor=2"}, paths)

			paths = nil
			p, err := GetPage[item](context.Background(), c, get("/rooms"), "")
			require.NoError(t, err)
			assert.Equal(t, srv.URL+"/v1/rooms?cursor=2", p.NextURL, "NextURL is absolute")
		})
	}
}

// A next link back to a page already read ends the listing with
// ErrPageLoop instead of looping forever.
func TestRepeatingNextLinkEndsListing(t *testing.T) {
	t.Parallel()
	var calls atomic.Int32
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		switch r.URL.Query().Get("cursor") {
		case "":
			w.Header().Set("Link", `</v1/rooms?max=1&cursor=2>; rel="next"`)
		case "2":
			w.Header().Set("Link", `</v1/rooms?cursor=3&max=1>; rel="next"`)
		case "3":
			w.Header().Set("Link", `</v1/rooms?cursor=2&max=1>; rel="next"`) // back to page 2
		}
		w.Write([]byte(`{"items":[{"id":"x"}]}`))
	}))
	done := make(chan struct{})
	var n int
	var err error
	go func() {
		defer close(done)
		for _, e := range List[item](context.Background(), c, &Request{Method: "GET", Pattern: "/rooms", Query: url.Values{"max": {"1"}}}) {
			if e != nil {
				err = e
				break
			}
			if n++; n > 100 {
				break
			}
		}
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the listing never ended")
	}
	assert.Equal(t, 3, n)
	require.ErrorIs(t, err, ErrPageLoop)
	assert.EqualValues(t, 3, calls.Load())

	// A next link to the page itself too.
	c2, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Link", `<`+r.URL.Path+`>; rel="next"`)
		w.Write([]byte(`{"items":[]}`))
	}))
	_, err = collect(t, List[item](context.Background(), c2, get("/rooms")))
	assert.ErrorIs(t, err, ErrPageLoop)
}

// The cases that make the Link parser worth keeping (see NextLink).
func TestNextLinkCommaInTargetAndSeveralRels(t *testing.T) {
	t.Parallel()
	h := http.Header{"Link": {`<https://webexapis.com/v1/messages?cursor=a,b>; rel="next last", <https://webexapis.com/v1/messages?cursor=z>; rel="prev"`}}
	assert.Equal(t, "https://webexapis.com/v1/messages?cursor=a,b", NextLink(h))
}
