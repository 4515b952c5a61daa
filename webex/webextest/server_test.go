package webextest

import (
	"fmt"
	"math/rand"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/internal/testmain"
)

func TestMountedAsHandler(t *testing.T) {
	t.Parallel()
	emu := New()
	_, tok := emu.NewUserWithToken("", "Alice")
	mux := http.NewServeMux()
	mux.Handle("/v1/", emu)
	req := httptest.NewRequest("GET", "http://webex.test/v1/people/me", nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, req)
	assert.Equal(t, 200, rec.Code)
	assert.Contains(t, rec.Body.String(), `"displayName":"Alice"`)
	assert.Equal(t, "", emu.URL())
	emu.Close()
}

func TestGarbageInputNeverPanics(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	alice, tok := srv.NewUserWithToken("", "Alice")
	room := srv.NewRoom(alice, "R")
	srv.NewMessage(alice, room, "x")
	rng := rand.New(rand.NewSource(1))
	garbage := []string{"", "x", "%00", "null", "[]", "{}", `{"roomId":[1,2]}`, "Y2lzY29zcGFyazovL3Vz", encodeID(typeRoom, ""),
		encodeID("ROOM", "a:b"), encodeID(typeMembership, ":"), encodeID(typeTeamMembership, "a:"), strings.Repeat("A", 600),
		room.ID, alice.ID, "me", "-1", "1e9", `{"text":` + strings.Repeat("[", 1000), "\xff\xfe"}
	methods := []string{"GET", "POST", "PUT", "DELETE"}
	paths := []string{"/messages", "/messages/%s", "/messages/direct?personId=%s", "/messages?roomId=%s&max=%s", "/rooms/%s",
		"/rooms/%s/meetingInfo", "/memberships/%s", "/memberships?roomId=%s", "/people/%s", "/people?id=%s", "/teams/%s",
		"/team/memberships/%s", "/team/memberships?teamId=%s", "/webhooks/%s", "/events/%s", "/attachment/actions/%s",
		"/contents/%s", "/rooms?teamId=%s&sortBy=%s", "/messages?roomId=%s&beforeMessage=%s&before=%s"}
	for i := 0; i < 600; i++ {
		g := func() string { return url.QueryEscape(garbage[rng.Intn(len(garbage))]) }
		p := paths[rng.Intn(len(paths))]
		n := strings.Count(p, "%s")
		args := make([]any, n)
		for j := range args {
			args[j] = g()
		}
		path := fmt.Sprintf(p, args...)
		body := garbage[rng.Intn(len(garbage))]
		r := call(t, srv, tok, methods[rng.Intn(len(methods))], path, body)
		require.Less(t, r.status, 500, "%s -> %s", path, r.raw)
		if r.status >= 400 {
			require.NotEmpty(t, r.str("message"), "%s: %s", path, r.raw)
		}
	}
}

func TestSeededHundredThousandMessages(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	t.Parallel()
	srv := newTestServer(t)
	alice, tok := srv.NewUserWithToken("", "Alice")
	big := srv.NewRoom(alice, "Big")
	small := srv.NewRoom(alice, "Small")
	// The same 100 pages either way; under -race (ten times slower to seed
	// and serve) with fewer messages on each. CI runs the full size without
	// -race.
	n, max := 100_000, 1000
	if testmain.Race {
		n, max = 2_000, 20
	}
	for i := 0; i < n; i++ {
		srv.NewMessage(alice, big, strconv.Itoa(i))
	}
	srv.NewMessage(alice, small, "only")
	assert.Len(t, call(t, srv, tok, "GET", "/messages?roomId="+url.QueryEscape(small.ID), nil).items(), 1)

	// Pages are decoded into a typed struct: decoding 100,000 items into
	// maps costs more than the emulator serving them.
	next := srv.URL() + "/messages?roomId=" + url.QueryEscape(big.ID) + "&max=" + strconv.Itoa(max)
	want := n - 1
	pages := 0
	for next != "" {
		req, err := http.NewRequest("GET", next, nil)
		require.NoError(t, err)
		req.Header.Set("Authorization", "Bearer "+tok)
		res, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		var page struct{ Items []struct{ Text string } }
		require.NoError(t, jsonDecode(res.Body, &page))
		res.Body.Close()
		require.Equal(t, 200, res.StatusCode)
		for _, it := range page.Items {
			require.Equal(t, strconv.Itoa(want), it.Text)
			want--
		}
		next = parseNext(res.Header.Get("Link"))
		pages++
	}
	assert.Equal(t, -1, want)
	assert.Equal(t, 100, pages)
}
