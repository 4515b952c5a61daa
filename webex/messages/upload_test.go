package messages_test

import (
	"errors"
	"hash/crc32"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/internal/sdktest"
	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/messages"
)

// upload is what the server saw of a multipart/form-data request.
type upload struct {
	fields      map[string]string
	formName    string
	fileName    string
	contentType string
	content     string
}

// readUpload parses r as Webex would: form fields, then the file part.
func readUpload(t *testing.T, r *http.Request) upload {
	t.Helper()
	mt, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	require.NoError(t, err)
	require.Equal(t, "multipart/form-data", mt)
	require.NotEmpty(t, params["boundary"])
	mr := multipart.NewReader(r.Body, params["boundary"])
	u := upload{fields: map[string]string{}}
	for {
		p, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			return u
		}
		require.NoError(t, err)
		b, err := io.ReadAll(p)
		require.NoError(t, err)
		if p.FileName() == "" {
			u.fields[p.FormName()] = string(b)
			continue
		}
		u.formName, u.fileName = p.FormName(), p.FileName()
		u.contentType, u.content = p.Header.Get("Content-Type"), string(b)
	}
}

func TestCreateWithFile(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name        string
		p           messages.CreateParams
		f           messages.File
		wantFields  map[string]string
		wantName    string
		wantType    string
		wantContent string
	}{
		{
			name: "room with text and markdown in a thread",
			p:    messages.CreateParams{RoomID: "room-1", ParentID: "msg-0", Text: "notes", Markdown: "**notes**"},
			f:    messages.File{Name: "notes.txt", ContentType: "text/plain", Body: strings.NewReader("line one\nline two\n")},
			wantFields: map[string]string{
				"roomId": "room-1", "parentId": "msg-0", "text": "notes", "markdown": "**notes**",
			},
			wantName:    "notes.txt",
			wantType:    "text/plain",
			wantContent: "line one\nline two\n",
		},
		{
			name:        "to a person by email, file only, path stripped, default type",
			p:           messages.CreateParams{ToPersonEmail: "bob@example.com"},
			f:           messages.File{Name: "/tmp/build/report 2024.pdf", Body: strings.NewReader("%PDF-1.7")},
			wantFields:  map[string]string{"toPersonEmail": "bob@example.com"},
			wantName:    "report 2024.pdf",
			wantType:    "application/octet-stream",
			wantContent: "%PDF-1.7",
		},
		{
			name:        "to a person by id, name needing quoting",
			p:           messages.CreateParams{ToPersonID: "person-2", Text: "see"},
			f:           messages.File{Name: `say "hi" résumé.txt`, ContentType: "text/plain", Body: strings.NewReader("x")},
			wantFields:  map[string]string{"toPersonId": "person-2", "text": "see"},
			wantName:    `say "hi" résumé.txt`,
			wantType:    "text/plain",
			wantContent: "x",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			var n atomic.Int32
			mux.HandleFunc("POST /v1/messages", func(w http.ResponseWriter, r *http.Request) {
				n.Add(1)
				sdktest.CheckRequest(t, r, http.MethodPost)
				u := readUpload(t, r)
				assert.Equal(t, tt.wantFields, u.fields)
				assert.Equal(t, "files", u.formName)
				assert.Equal(t, tt.wantName, u.fileName)
				assert.Equal(t, tt.wantType, u.contentType)
				assert.Equal(t, tt.wantContent, u.content)
				sdktest.WriteRaw(w, http.StatusOK, messageJSON)
			})
			m, err := c.Messages.CreateWithFile(t.Context(), &tt.p, tt.f)
			require.NoError(t, err)
			assertMessage(t, m)
			assert.EqualValues(t, 1, n.Load())
		})
	}
}

func TestCreateWithFileContent(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	content := strings.Repeat("0123456789abcdef", 10_000) + "end"
	mux.HandleFunc("POST /v1/messages", func(w http.ResponseWriter, r *http.Request) {
		u := readUpload(t, r)
		assert.Equal(t, len(content), len(u.content))
		assert.True(t, u.content == content, "file content differs")
		sdktest.WriteRaw(w, http.StatusOK, `{"id": "msg-2", "files": ["https://webexapis.com/v1/contents/c1"]}`)
	})
	m, err := c.Messages.CreateWithFile(t.Context(), &messages.CreateParams{RoomID: "room-1"},
		messages.File{Name: "data.bin", Body: strings.NewReader(content)})
	require.NoError(t, err)
	assert.Equal(t, "msg-2", m.ID)
	assert.Equal(t, []string{"https://webexapis.com/v1/contents/c1"}, m.Files)
}

// patternReader produces size bytes of a fixed pattern on demand, counting
// what it has produced; the bytes never exist in memory all at once.
type patternReader struct {
	size     int64
	produced atomic.Int64
}

func (r *patternReader) Read(p []byte) (int, error) {
	done := r.produced.Load()
	if done >= r.size {
		return 0, io.EOF
	}
	if rest := r.size - done; int64(len(p)) > rest {
		p = p[:rest]
	}
	for i := range p {
		p[i] = byte((done + int64(i)) % 251)
	}
	r.produced.Add(int64(len(p)))
	return len(p), nil
}

func TestCreateWithFileStreams(t *testing.T) {
	t.Parallel()
	const size = 32 << 20
	want := crc32.NewIEEE()
	_, err := io.Copy(want, &patternReader{size: size})
	require.NoError(t, err)

	mux, c := sdktest.New(t)
	src := &patternReader{size: size}
	var producedAtFirstByte int64
	mux.HandleFunc("POST /v1/messages", func(w http.ResponseWriter, r *http.Request) {
		_, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
		require.NoError(t, err)
		mr := multipart.NewReader(r.Body, params["boundary"])
		p, err := mr.NextPart()
		require.NoError(t, err)
		assert.Equal(t, "roomId", p.FormName())
		p, err = mr.NextPart()
		require.NoError(t, err)
		require.Equal(t, "big.bin", p.FileName())
		first := make([]byte, 1)
		_, err = io.ReadFull(p, first)
		require.NoError(t, err)
		// The client is still producing the file while the server reads
		// its start: the body is streamed, not built in memory first.
		producedAtFirstByte = src.produced.Load()
		got := crc32.NewIEEE()
		got.Write(first)
		n, err := io.Copy(got, p)
		require.NoError(t, err)
		assert.EqualValues(t, size, n+1)
		assert.Equal(t, want.Sum32(), got.Sum32(), "file content differs")
		sdktest.WriteRaw(w, http.StatusOK, `{"id": "msg-big"}`)
	})
	m, err := c.Messages.CreateWithFile(t.Context(), &messages.CreateParams{RoomID: "room-1"},
		messages.File{Name: "big.bin", Body: src})
	require.NoError(t, err)
	assert.Equal(t, "msg-big", m.ID)
	assert.Less(t, producedAtFirstByte, int64(4<<20), "the whole file was read before the request was sent")
	assert.EqualValues(t, size, src.produced.Load())
}

func TestCreateWithFileNotRetried(t *testing.T) {
	t.Parallel()
	t.Run("502", func(t *testing.T) {
		t.Parallel()
		mux, c := sdktest.New(t)
		var n atomic.Int32
		mux.HandleFunc("POST /v1/messages", func(w http.ResponseWriter, r *http.Request) {
			n.Add(1)
			_, _ = io.Copy(io.Discard, r.Body)
			sdktest.WriteError(w, http.StatusBadGateway, "Bad gateway.")
		})
		_, err := c.Messages.CreateWithFile(t.Context(), &messages.CreateParams{RoomID: "room-1"},
			messages.File{Name: "a.txt", Body: strings.NewReader("a")})
		assert.ErrorIs(t, err, webex.ErrServerError)
		assert.EqualValues(t, 1, n.Load())
	})
	t.Run("429", func(t *testing.T) {
		t.Parallel()
		mux, c := sdktest.New(t)
		var n atomic.Int32
		mux.HandleFunc("POST /v1/messages", func(w http.ResponseWriter, r *http.Request) {
			n.Add(1)
			_, _ = io.Copy(io.Discard, r.Body)
			w.Header().Set("Retry-After", "2")
			sdktest.WriteError(w, http.StatusTooManyRequests, "Too many requests.")
		})
		_, err := c.Messages.CreateWithFile(t.Context(), &messages.CreateParams{RoomID: "room-1"},
			messages.File{Name: "a.txt", Body: strings.NewReader("a")})
		assert.ErrorIs(t, err, webex.ErrRateLimited)
		var ae *webex.APIError
		require.True(t, errors.As(err, &ae))
		assert.Equal(t, 2*time.Second, ae.RetryAfter)
		assert.Equal(t, "Too many requests.", ae.Message)
		assert.EqualValues(t, 1, n.Load())
	})
}

// failingReader fails after giving a few bytes.
type failingReader struct{ n int }

func (r *failingReader) Read(p []byte) (int, error) {
	if r.n > 0 {
		r.n = 0
		return copy(p, "abc"), nil
	}
	return 0, errors.New("disk on fire")
}

func TestCreateWithFileReadError(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("POST /v1/messages", func(w http.ResponseWriter, r *http.Request) {
		// The body breaks off: the message must not be posted.
		_, err := io.Copy(io.Discard, r.Body)
		assert.Error(t, err)
	})
	m, err := c.Messages.CreateWithFile(t.Context(), &messages.CreateParams{RoomID: "room-1"},
		messages.File{Name: "a.txt", Body: &failingReader{n: 1}})
	assert.Nil(t, m)
	assert.ErrorContains(t, err, "disk on fire")
}

func TestCreateWithFileValidation(t *testing.T) {
	t.Parallel()
	body := strings.NewReader("x")
	card, err := messages.CardAttachment(map[string]string{"type": "AdaptiveCard"})
	require.NoError(t, err)
	tests := []struct {
		name string
		p    *messages.CreateParams
		f    messages.File
		want string
	}{
		{"nil params", nil, messages.File{Name: "a", Body: body}, "webex: messages: CreateParams is nil"},
		{"no destination", &messages.CreateParams{Text: "x"}, messages.File{Name: "a", Body: body},
			"webex: messages: CreateParams needs RoomID, ToPersonID or ToPersonEmail"},
		{"two destinations", &messages.CreateParams{RoomID: "r", ToPersonID: "p"}, messages.File{Name: "a", Body: body},
			"webex: messages: CreateParams takes only one of RoomID, ToPersonID and ToPersonEmail"},
		{"files", &messages.CreateParams{RoomID: "r", Files: []string{"https://x"}}, messages.File{Name: "a", Body: body},
			"webex: messages: CreateWithFile takes the file as f, not CreateParams.Files"},
		{"attachments", &messages.CreateParams{RoomID: "r", Attachments: []messages.Attachment{card}}, messages.File{Name: "a", Body: body},
			"webex: messages: CreateWithFile cannot send Attachments; use Create"},
		{"nil body", &messages.CreateParams{RoomID: "r"}, messages.File{Name: "a"}, "webex: messages: File.Body is nil"},
		{"no name", &messages.CreateParams{RoomID: "r"}, messages.File{Name: " ", Body: body}, "webex: messages: File.Name is required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			n := sdktest.Forbid(t, mux)
			m, err := c.Messages.CreateWithFile(t.Context(), tt.p, tt.f)
			assert.Nil(t, m)
			assert.EqualError(t, err, tt.want)
			assert.EqualValues(t, 0, n.Load())
		})
	}
}
