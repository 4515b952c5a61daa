package bench_test

import (
	"bytes"
	"io"
	"net/http"
	"strconv"
	"sync"
)

// inMemoryURL is the base URL of the in-memory server; nothing listens on it.
const inMemoryURL = "http://webex.bench"

// memTransport serves requests with the benchmark handler inside the client
// process: no socket, no second process, no network stack. Per op, what is
// left is each client's own work plus the handler's, which is the same for
// every client; the handler writes pre-marshalled bodies into pooled
// buffers, so it allocates little.
type memTransport struct{ h http.Handler }

// memBufs holds response buffers; a body returns its buffer on Close.
var memBufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func (t memTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	// The handler's ServeMux records the matched pattern on the request it
	// is given; a RoundTripper must not change the caller's request.
	r := new(http.Request)
	*r = *req
	if r.Body == nil {
		r.Body = http.NoBody
	}
	w := &memWriter{header: http.Header{}, buf: memBufs.Get().(*bytes.Buffer)}
	w.buf.Reset()
	t.h.ServeHTTP(w, r)
	if req.Body != nil {
		_, _ = io.Copy(io.Discard, req.Body)
		req.Body.Close()
	}
	if w.code == 0 {
		w.code = http.StatusOK
	}
	w.header["Content-Length"] = []string{strconv.Itoa(w.buf.Len())}
	return &http.Response{
		Status:        strconv.Itoa(w.code) + " " + http.StatusText(w.code),
		StatusCode:    w.code,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        w.header,
		Body:          &memBody{Reader: bytes.NewReader(w.buf.Bytes()), buf: w.buf},
		ContentLength: int64(w.buf.Len()),
		Request:       req,
	}, nil
}

// memWriter is the http.ResponseWriter the handler writes to.
type memWriter struct {
	header http.Header
	code   int
	buf    *bytes.Buffer
}

func (w *memWriter) Header() http.Header { return w.header }

func (w *memWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
}

func (w *memWriter) Write(b []byte) (int, error) {
	w.WriteHeader(http.StatusOK)
	return w.buf.Write(b)
}

// memBody is a response body; Close gives its buffer back to the pool.
type memBody struct {
	*bytes.Reader
	buf *bytes.Buffer
}

func (b *memBody) Close() error {
	if b.buf != nil {
		memBufs.Put(b.buf)
		b.buf = nil
	}
	return nil
}
