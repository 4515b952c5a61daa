package bench_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gowebex/sdk/webex/messages"
)

const (
	token    = "bench-token"
	roomOne  = "Y2lzY29zcGFyazovL3VzL1JPT00vb25lLXBhZ2U" // one page of 100, no next link
	roomMany = "Y2lzY29zcGFyazovL3VzL1JPT00vbWFueS1wYWdlcw"
	pageSize = 100
)

// message is a realistic message: markdown, html, mentions, a file.
func message(i int) messages.Message {
	return messages.Message{
		ID:              fmt.Sprintf("Y2lzY29zcGFyazovL3VzL01FU1NBR0UvbWVzc2FnZS0lMDZk%06d", i),
		RoomID:          roomMany,
		RoomType:        "group",
		Text:            "Release 1.4 is out: changelog at https://example.com/r/1.4 — thanks Ada and Grace",
		Markdown:        "**Release 1.4** is out: [changelog](https://example.com/r/1.4) — thanks <@personEmail:ada@example.com> and <@personEmail:grace@example.com>",
		HTML:            "<p><strong>Release 1.4</strong> is out: <a href=\"https://example.com/r/1.4\">changelog</a></p>",
		Files:           []string{"https://webexapis.com/v1/contents/Y2lzY29zcGFyazovL3VzL0NPTlRFTlQvZmlsZQ/0"},
		PersonID:        "Y2lzY29zcGFyazovL3VzL1BFT1BMRS9hdXRob3I",
		PersonEmail:     "author@example.com",
		MentionedPeople: []string{"Y2lzY29zcGFyazovL3VzL1BFT1BMRS9hZGE", "Y2lzY29zcGFyazovL3VzL1BFT1BMRS9ncmFjZQ"},
		Created:         time.Date(2026, 11, 1, 9, 30, 0, 0, time.UTC).Add(time.Duration(i) * time.Second),
	}
}

// bodies holds the server's request-body buffers.
var bodies = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// newServer serves the messages endpoints every client is measured against:
//
//	GET  /v1/messages/{id}  one message
//	POST /v1/messages       reads the body, answers one message
//	GET  /v1/messages       roomOne: one page of 100; roomOf(N): N messages
//	                        in pages of 100, linked by rel="next"
//
// The bodies are marshalled once, so the server's own cost is the same for
// every client. Paths also answer with a trailing slash, which one of the
// peers sends.
func newServer(tb testing.TB) *httptest.Server {
	tb.Helper()
	one, _ := json.Marshal(message(1))
	items := make([]messages.Message, pageSize)
	for i := range items {
		items[i] = message(i)
	}
	page, _ := json.Marshal(map[string]any{"items": items})

	writeJSON := func(w http.ResponseWriter, body []byte) {
		h := w.Header()
		h["Content-Type"] = []string{"application/json"}
		h["Trackingid"] = []string{"ROUTER_BENCH"}
		_, _ = w.Write(body)
	}
	authorized := func(w http.ResponseWriter, r *http.Request) bool {
		if r.Header.Get("Authorization") != "Bearer "+token {
			http.Error(w, `{"message":"unauthorized"}`, http.StatusUnauthorized)
			return false
		}
		return true
	}
	var srv *httptest.Server
	get := func(w http.ResponseWriter, r *http.Request) {
		if authorized(w, r) {
			writeJSON(w, one)
		}
	}
	create := func(w http.ResponseWriter, r *http.Request) {
		if !authorized(w, r) {
			return
		}
		buf := bodies.Get().(*bytes.Buffer)
		defer bodies.Put(buf)
		buf.Reset()
		if _, err := buf.ReadFrom(r.Body); err != nil || !bytes.Contains(buf.Bytes(), []byte(createText)) ||
			!bytes.Contains(buf.Bytes(), []byte(roomOne)) {
			http.Error(w, `{"message":"the body lacks the room or the text"}`, http.StatusBadRequest)
			return
		}
		writeJSON(w, one)
	}
	list := func(w http.ResponseWriter, r *http.Request) {
		if !authorized(w, r) {
			return
		}
		q := r.URL.Query()
		if room, ok := strings.CutPrefix(q.Get("roomId"), "many-"); ok {
			total, _ := strconv.Atoi(room)
			n, _ := strconv.Atoi(q.Get("cursor"))
			if (n+1)*pageSize < total {
				w.Header().Set("Link", fmt.Sprintf(`<%s/v1/messages?roomId=many-%d&max=%d&cursor=%d>; rel="next"`,
					srv.URL, total, pageSize, n+1))
			}
		}
		writeJSON(w, page)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/messages/{id}", get)
	mux.HandleFunc("POST /v1/messages", create)
	mux.HandleFunc("POST /v1/messages/{$}", create)
	mux.HandleFunc("GET /v1/messages", list)
	mux.HandleFunc("GET /v1/messages/{$}", list)
	srv = httptest.NewServer(mux)
	tb.Cleanup(srv.Close)
	return srv
}

// roomOf is the room whose list holds total messages in pages of 100
// linked by rel="next".
func roomOf(total int) string { return "many-" + strconv.Itoa(total) }
