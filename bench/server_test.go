package bench_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
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

// newHandler serves the messages endpoints every client is measured against,
// under base (the URL the clients are given, without /v1):
//
//	GET  /v1/messages/{id}  one message
//	POST /v1/messages       reads the body, answers one message
//	GET  /v1/messages       roomOne: one page of 100; roomOf(N): N messages
//	                        in pages of 100, linked by rel="next"
//
// The bodies are marshalled once, so the server's own cost is the same for
// every client. Paths also answer with a trailing slash, which one of the
// peers sends.
func newHandler(base string) http.Handler {
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
					base, total, pageSize, n+1))
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
	return mux
}

// newServer is newHandler on a loopback port.
func newServer() *httptest.Server {
	srv := httptest.NewUnstartedServer(nil)
	srv.Config.Handler = newHandler("http://" + srv.Listener.Addr().String())
	srv.Start()
	return srv
}

// serverEnv marks the test binary started as the server process.
const serverEnv = "BENCH_SERVER"

// server is the server process shared by every test and benchmark.
var server struct {
	once sync.Once
	url  string
	err  error
	cmd  *exec.Cmd
	in   io.WriteCloser
}

// serverURL returns the base URL (without /v1) of the server, which runs in
// a process of its own, this test binary started again: the benchmarks'
// B/op and allocs/op are then the client's alone, and the server does not
// compete with the client for the heap measured by the heap tests.
func serverURL(tb testing.TB) string {
	tb.Helper()
	server.once.Do(func() {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), serverEnv+"=1")
		cmd.Stderr = os.Stderr
		in, err := cmd.StdinPipe()
		if err != nil {
			server.err = err
			return
		}
		out, err := cmd.StdoutPipe()
		if err != nil {
			server.err = err
			return
		}
		if server.err = cmd.Start(); server.err != nil {
			return
		}
		server.cmd, server.in = cmd, in
		line, err := bufio.NewReader(out).ReadString('\n')
		if err != nil || !strings.HasPrefix(line, "http://") {
			server.err = fmt.Errorf("server process said %q: %v", line, err)
			return
		}
		server.url = strings.TrimSpace(line)
	})
	if server.err != nil {
		tb.Fatal(server.err)
	}
	return server.url
}

// runServer is the server process: it prints the URL and serves until its
// standard input closes.
func runServer() {
	srv := newServer()
	fmt.Println(srv.URL)
	_, _ = io.Copy(io.Discard, os.Stdin)
	srv.Close()
}

func TestMain(m *testing.M) {
	if os.Getenv(serverEnv) != "" {
		runServer()
		return
	}
	code := m.Run()
	if server.cmd != nil {
		_ = server.in.Close()
		_ = server.cmd.Wait()
	}
	os.Exit(code)
}

// newHTTPClient is each client's own HTTP client: a fresh transport with
// the standard settings.
func newHTTPClient() *http.Client {
	return &http.Client{Transport: http.DefaultTransport.(*http.Transport).Clone()}
}

// roomOf is the room whose list holds total messages in pages of 100
// linked by rel="next".
func roomOf(total int) string { return "many-" + strconv.Itoa(total) }
