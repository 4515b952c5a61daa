package contents_test

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/internal/sdktest"
	"github.com/gowebex/sdk/webex"
)

const pdf = "%PDF-1.7 quarterly numbers"

// servePDF answers a content request with a small PDF.
func servePDF(t *testing.T, method string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, method)
		w.Header().Set("Content-Type", "application/pdf")
		w.Header().Set("Content-Disposition", `attachment; filename="Q1 numbers.pdf"`)
		w.Header().Set("Content-Length", strconv.Itoa(len(pdf)))
		if method != http.MethodHead {
			io.WriteString(w, pdf)
		}
	}
}

func TestDownload(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, suffix, wantPath, wantQuery string
	}{
		{"plain", "/contents/content-1", "/v1/contents/content-1", ""},
		{"with a trailing /0", "/contents/content-1/0", "/v1/contents/content-1/0", ""},
		{"with a query", "/contents/content-1?allow=unscannable", "/v1/contents/content-1", "allow=unscannable"},
		{"fragment dropped", "/contents/content-1#page=2", "/v1/contents/content-1", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			lim := &endpointRecorder{}
			mux, s, base := newService(t, webex.WithLimiter(lim))
			mux.HandleFunc("GET /v1/contents/", func(w http.ResponseWriter, r *http.Request) {
				assert.Equal(t, tt.wantPath, r.URL.Path)
				assert.Equal(t, tt.wantQuery, r.URL.RawQuery)
				servePDF(t, http.MethodGet)(w, r)
			})
			f, err := s.Download(t.Context(), base+tt.suffix)
			require.NoError(t, err)
			defer f.Body.Close()
			assert.Equal(t, "Q1 numbers.pdf", f.Name)
			assert.Equal(t, "application/pdf", f.ContentType)
			assert.Equal(t, int64(len(pdf)), f.Size)
			b, err := io.ReadAll(f.Body)
			require.NoError(t, err)
			assert.Equal(t, pdf, string(b))
			assert.Equal(t, []string{"GET /contents/{contentId}"}, lim.seen(), "the rate-limit key is the content endpoint's")
		})
	}
}

func TestDownloadByID(t *testing.T) {
	t.Parallel()
	lim := &endpointRecorder{}
	mux, s, _ := newService(t, webex.WithLimiter(lim))
	mux.HandleFunc("GET /v1/contents/{contentId}", func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "content-1", r.PathValue("contentId"))
		servePDF(t, http.MethodGet)(w, r)
	})
	f, err := s.DownloadByID(t.Context(), "content-1")
	require.NoError(t, err)
	defer f.Body.Close()
	assert.Equal(t, "Q1 numbers.pdf", f.Name)
	b, err := io.ReadAll(f.Body)
	require.NoError(t, err)
	assert.Equal(t, pdf, string(b))
	assert.Equal(t, []string{"GET /contents/{contentId}"}, lim.seen())
}

func TestDownloadByEmptyIDSendsNothing(t *testing.T) {
	t.Parallel()
	mux, s, _ := newService(t)
	n := sdktest.Forbid(t, mux)
	f, err := s.DownloadByID(t.Context(), "")
	assert.Nil(t, f)
	assert.ErrorContains(t, err, "contentId is required")
	assert.Zero(t, n.Load())
}

func TestInfo(t *testing.T) {
	t.Parallel()
	lim := &endpointRecorder{}
	mux, s, base := newService(t, webex.WithLimiter(lim))
	mux.HandleFunc("HEAD /v1/contents/{contentId}", servePDF(t, http.MethodHead))
	info, err := s.Info(t.Context(), base+"/contents/content-1")
	require.NoError(t, err)
	assert.Equal(t, "Q1 numbers.pdf", info.Name)
	assert.Equal(t, "application/pdf", info.ContentType)
	assert.Equal(t, int64(len(pdf)), info.Size)
	assert.Equal(t, []string{"HEAD /contents/{contentId}"}, lim.seen())
}

func TestUnknownSize(t *testing.T) {
	t.Parallel()
	mux, s, base := newService(t)
	mux.HandleFunc("GET /v1/contents/{contentId}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.WriteHeader(http.StatusOK)
		w.(http.Flusher).Flush() // chunked: no Content-Length
		io.WriteString(w, "hello")
	})
	f, err := s.Download(t.Context(), base+"/contents/content-1")
	require.NoError(t, err)
	defer f.Body.Close()
	assert.Equal(t, int64(-1), f.Size)
	assert.Empty(t, f.Name)
	b, err := io.ReadAll(f.Body)
	require.NoError(t, err)
	assert.Equal(t, "hello", string(b))
}

func TestDownloadURLValidation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		url    func(base string) string
		want   string
		target error
	}{
		{"empty", func(string) string { return "" }, "webex: contents: file URL is required", nil},
		{"relative", func(string) string { return "/v1/contents/content-1" }, "is not absolute", nil},
		{"unparseable", func(string) string { return "http://[::1" }, "webex: contents: invalid file URL", nil},
		{"other API path", func(b string) string { return b + "/messages/msg-1" }, "is not a file URL", nil},
		{"no content id", func(b string) string { return b + "/contents/" }, "is not a file URL", nil},
		{"other host", func(string) string { return "https://files.example.com/v1/contents/content-1" }, "not on the API host", webex.ErrUntrustedURL},
		{"other scheme", func(b string) string { return "https" + b[len("http"):] + "/contents/content-1" }, "not on the API host", webex.ErrUntrustedURL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, s, base := newService(t)
			n := sdktest.Forbid(t, mux)
			f, err := s.Download(t.Context(), tt.url(base))
			assert.Nil(t, f)
			assert.ErrorContains(t, err, tt.want)
			if tt.target != nil {
				assert.ErrorIs(t, err, tt.target)
			}
			info, err := s.Info(t.Context(), tt.url(base))
			assert.Nil(t, info)
			assert.ErrorContains(t, err, tt.want)
			assert.Zero(t, n.Load())
		})
	}
}

// A redirect off the API host is followed without the token.
func TestRedirectDropsToken(t *testing.T) {
	t.Parallel()
	var sawAuth atomic.Value
	storage := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sawAuth.Store(r.Header.Get("Authorization"))
		w.Header().Set("Content-Disposition", `attachment; filename="notes.txt"`)
		io.WriteString(w, "notes")
	}))
	t.Cleanup(storage.Close)
	mux, s, base := newService(t)
	mux.HandleFunc("GET /v1/contents/{contentId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		http.Redirect(w, r, storage.URL+"/blob/1", http.StatusFound)
	})
	f, err := s.Download(t.Context(), base+"/contents/content-1")
	require.NoError(t, err)
	defer f.Body.Close()
	b, err := io.ReadAll(f.Body)
	require.NoError(t, err)
	assert.Equal(t, "notes", string(b))
	assert.Equal(t, "notes.txt", f.Name)
	assert.Equal(t, "", sawAuth.Load(), "the token must not leave the API host")
}

func TestLockedThenReady(t *testing.T) {
	t.Parallel()
	mux, s, base := newService(t)
	var n atomic.Int32
	mux.HandleFunc("GET /v1/contents/{contentId}", func(w http.ResponseWriter, r *http.Request) {
		if n.Add(1) == 1 {
			w.Header().Set("Retry-After", "0")
			sdktest.WriteError(w, http.StatusLocked, "File is being scanned for malware.")
			return
		}
		servePDF(t, http.MethodGet)(w, r)
	})
	f, err := s.Download(t.Context(), base+"/contents/content-1")
	require.NoError(t, err)
	defer f.Body.Close()
	b, err := io.ReadAll(f.Body)
	require.NoError(t, err)
	assert.Equal(t, pdf, string(b))
	assert.EqualValues(t, 2, n.Load())
}

func TestLockedLongerThanMaxRetryAfter(t *testing.T) {
	t.Parallel()
	mux, s, base := newService(t, webex.WithMaxRetryAfter(30*time.Second))
	var n atomic.Int32
	mux.HandleFunc("/v1/contents/{contentId}", func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		w.Header().Set("Retry-After", "120")
		sdktest.WriteError(w, http.StatusLocked, "File is being scanned for malware.")
	})
	start := time.Now()
	f, err := s.Download(t.Context(), base+"/contents/content-1")
	assert.Nil(t, f)
	assert.ErrorIs(t, err, webex.ErrLocked)
	var ae *webex.APIError
	require.True(t, errors.As(err, &ae), "%T %v", err, err)
	assert.Equal(t, http.StatusLocked, ae.StatusCode)
	assert.Equal(t, 2*time.Minute, ae.RetryAfter)
	assert.Less(t, time.Since(start), 5*time.Second, "no waiting beyond the cap")
	assert.EqualValues(t, 1, n.Load())

	info, err := s.Info(t.Context(), base+"/contents/content-1")
	assert.Nil(t, info)
	assert.ErrorIs(t, err, webex.ErrLocked)
}

func TestDownloadErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		status   int
		sentinel error
	}{
		{http.StatusNotFound, webex.ErrNotFound},
		{http.StatusForbidden, webex.ErrForbidden},
		{http.StatusPreconditionRequired, nil},
	}
	for _, tt := range tests {
		t.Run(http.StatusText(tt.status), func(t *testing.T) {
			t.Parallel()
			mux, s, base := newService(t)
			mux.HandleFunc("GET /v1/contents/{contentId}", func(w http.ResponseWriter, r *http.Request) {
				sdktest.WriteError(w, tt.status, "Nope.")
			})
			f, err := s.Download(t.Context(), base+"/contents/content-1")
			assert.Nil(t, f)
			var ae *webex.APIError
			require.ErrorAs(t, err, &ae)
			assert.Equal(t, tt.status, ae.StatusCode)
			assert.Equal(t, "Nope.", ae.Message)
			if tt.sentinel != nil {
				assert.ErrorIs(t, err, tt.sentinel)
			}
		})
	}
}

// The body is streamed: a file far larger than the client's response limit
// downloads, and closing the body early stops the transfer.
func TestDownloadStreams(t *testing.T) {
	t.Parallel()
	const total = 256 << 20
	chunk := bytes.Repeat([]byte("0123456789abcdef"), 2048) // 32 KiB
	var written atomic.Int64
	done := make(chan struct{})
	mux, s, base := newService(t, webex.WithMaxResponseBytes(1<<10))
	mux.HandleFunc("GET /v1/contents/{contentId}", func(w http.ResponseWriter, r *http.Request) {
		defer close(done)
		w.Header().Set("Content-Type", "video/mp4")
		w.Header().Set("Content-Length", strconv.Itoa(total))
		for written.Load() < total {
			n, err := w.Write(chunk)
			written.Add(int64(n))
			if err != nil {
				return
			}
		}
	})
	f, err := s.Download(t.Context(), base+"/contents/content-1")
	require.NoError(t, err)
	assert.Equal(t, int64(total), f.Size)
	assert.Equal(t, "video/mp4", f.ContentType)
	got, err := io.Copy(io.Discard, io.LimitReader(f.Body, 2<<20))
	require.NoError(t, err)
	assert.Equal(t, int64(2<<20), got)
	require.NoError(t, f.Body.Close())
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the server kept writing after the body was closed")
	}
	assert.Less(t, written.Load(), int64(total), "the transfer stopped early")
}
