package webextest

import (
	"bytes"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// Fault describes a failure to inject into requests for one endpoint.
//
// Which requests it hits: with Nth > 0, the Nth matching request (1-based)
// and, if Times > 1, the Times-1 requests after it; with Nth == 0, the next
// Times requests, or every request when Times is 0 too.
//
// What it does, in order: wait Delay (if set); then, if Drop, close the
// connection without a response; else if HTML, answer Status (default 502)
// with an HTML page; else if Body is set, answer Status (default 200) with
// exactly Body as JSON; else if Status is set, answer it with a Webex error
// body (and Retry-After when RetryAfter is set, or 1 second for 429); else
// if Truncate, let the request run normally but cut the response body in
// half and close the connection. A fault with only Delay just slows the
// request down. Status and Truncate together send half of the error body.
//
// Drop and Truncate need a real connection (NewServer or any net/http
// server); they abort the handler with http.ErrAbortHandler.
type Fault struct {
	// Status is the HTTP status to answer with (e.g. 429, 500, 502, 503).
	Status int
	// RetryAfter sets the Retry-After header (rounded up to seconds).
	RetryAfter time.Duration
	// Message overrides the error message in the body.
	Message string
	// Delay is slept before anything else happens (or the request proceeds).
	Delay time.Duration
	// Drop closes the connection without writing a response.
	Drop bool
	// Truncate sends only half of the response body, then closes.
	Truncate bool
	// HTML answers with a text/html error page instead of JSON.
	HTML bool
	// Body answers with these bytes as the JSON body (garbage included),
	// with Status or 200.
	Body []byte
	// Nth selects the Nth matching request (1-based); 0 starts at the next.
	Nth int
	// Times is how many requests are affected; 0 means one when Nth is set
	// and every request otherwise.
	Times int
}

// faultEntry is an installed fault.
type faultEntry struct {
	id       uint64
	endpoint string
	f        Fault
	seen     int
}

// faultSet holds installed faults.
type faultSet struct {
	mu     sync.Mutex
	nextID uint64
	list   []*faultEntry
}

// InjectFault installs f for endpoint ("METHOD /template", e.g.
// "POST /messages" or "GET /messages/{id}"; "*" matches every endpoint).
// It returns a function that removes the fault. Faults are consulted
// before authentication; when several match, the earliest installed one
// that applies wins (all of them count the request).
func (s *Server) InjectFault(endpoint string, f Fault) (remove func()) {
	s.faults.mu.Lock()
	s.faults.nextID++
	e := &faultEntry{id: s.faults.nextID, endpoint: endpointKey(endpoint), f: f}
	s.faults.list = append(s.faults.list, e)
	s.faults.mu.Unlock()
	return func() {
		s.faults.mu.Lock()
		defer s.faults.mu.Unlock()
		for i, x := range s.faults.list {
			if x == e {
				s.faults.list = append(s.faults.list[:i:i], s.faults.list[i+1:]...)
				return
			}
		}
	}
}

// ClearFaults removes every injected fault.
func (s *Server) ClearFaults() {
	s.faults.mu.Lock()
	s.faults.list = nil
	s.faults.mu.Unlock()
}

// take counts a request to key and returns the fault to apply, if any.
func (fs *faultSet) take(key string) *Fault {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if len(fs.list) == 0 {
		return nil
	}
	var hit *Fault
	for _, e := range fs.list {
		if e.endpoint != key && e.endpoint != "*" {
			continue
		}
		e.seen++
		if hit != nil {
			continue
		}
		f := e.f
		var applies bool
		switch {
		case f.Nth > 0:
			n := max(f.Times, 1)
			applies = e.seen >= f.Nth && e.seen < f.Nth+n
		case f.Times > 0:
			applies = e.seen <= f.Times
		default:
			applies = true
		}
		if applies {
			hit = &f
		}
	}
	return hit
}

// applyFault performs f. It returns true when the request has been fully
// handled (or abandoned) and false when normal processing should go on.
func (s *Server) applyFault(c *reqCtx, f *Fault, next func(*reqCtx)) bool {
	if f.Delay > 0 {
		t := time.NewTimer(f.Delay)
		select {
		case <-t.C:
		case <-c.ctx().Done():
			t.Stop()
			return true
		}
	}
	switch {
	case f.Drop:
		panic(http.ErrAbortHandler)
	case f.HTML:
		status := f.Status
		if status == 0 {
			status = http.StatusBadGateway
		}
		s.setRetryAfter(c, f)
		text := fmt.Sprintf("%d %s", status, http.StatusText(status))
		body := "<html><head><title>" + text + "</title></head><body><center><h1>" + text +
			"</h1></center><hr><center>webextest</center></body></html>\n"
		c.w.Header().Set("Content-Type", "text/html")
		c.w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		c.w.WriteHeader(status)
		_, _ = c.w.Write([]byte(body))
		return true
	case f.Body != nil:
		status := f.Status
		if status == 0 {
			status = http.StatusOK
		}
		s.setRetryAfter(c, f)
		c.w.Header().Set("Content-Type", "application/json;charset=UTF-8")
		c.w.Header().Set("Content-Length", strconv.Itoa(len(f.Body)))
		c.w.WriteHeader(status)
		_, _ = c.w.Write(f.Body)
		return true
	case f.Status != 0:
		s.setRetryAfter(c, f)
		msg := f.Message
		if msg == "" {
			msg = http.StatusText(f.Status)
			if f.Status == http.StatusTooManyRequests {
				msg = msgRateLimited
			}
		}
		if !f.Truncate {
			writeError(c.w, c.tid, f.Status, msg)
			return true
		}
		rec := newBufferWriter()
		writeError(rec, c.tid, f.Status, msg)
		rec.sendTruncated(c.w)
		return true
	case f.Truncate:
		rec := newBufferWriter()
		for k, v := range c.w.Header() {
			rec.h[k] = v
		}
		c.w, rec.orig = rec, c.w
		next(c)
		rec.sendTruncated(rec.orig)
		return true
	}
	return false
}

// setRetryAfter sets Retry-After for f.
func (s *Server) setRetryAfter(c *reqCtx, f *Fault) {
	ra := f.RetryAfter
	if ra <= 0 && f.Status == http.StatusTooManyRequests {
		ra = time.Second
	}
	if ra > 0 {
		c.w.Header().Set("Retry-After", strconv.Itoa(int((ra+time.Second-1)/time.Second)))
	}
}

// bufferWriter captures a response so it can be sent truncated.
type bufferWriter struct {
	h      http.Header
	status int
	buf    bytes.Buffer
	orig   http.ResponseWriter
}

// newBufferWriter returns an empty bufferWriter.
func newBufferWriter() *bufferWriter { return &bufferWriter{h: http.Header{}} }

// Header implements http.ResponseWriter.
func (b *bufferWriter) Header() http.Header { return b.h }

// WriteHeader implements http.ResponseWriter.
func (b *bufferWriter) WriteHeader(status int) {
	if b.status == 0 {
		b.status = status
	}
}

// Write implements http.ResponseWriter.
func (b *bufferWriter) Write(p []byte) (int, error) {
	if b.status == 0 {
		b.status = http.StatusOK
	}
	return b.buf.Write(p)
}

// sendTruncated writes the captured headers with the full Content-Length
// but only half of the body, then aborts the connection.
func (b *bufferWriter) sendTruncated(w http.ResponseWriter) {
	body := b.buf.Bytes()
	for k, v := range b.h {
		w.Header()[k] = v
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	if b.status == 0 {
		b.status = http.StatusOK
	}
	w.WriteHeader(b.status)
	_, _ = w.Write(body[:len(body)/2])
	if fl, ok := w.(http.Flusher); ok {
		fl.Flush()
	}
	panic(http.ErrAbortHandler)
}
