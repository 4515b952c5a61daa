package messages

import (
	"context"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"path/filepath"
	"strings"
	"sync"

	"github.com/gowebex/sdk/internal/httpx"
)

// File is a local file to upload with a message.
type File struct {
	// Name is the file name Webex shows.
	Name string
	// ContentType is the file's media type; empty means
	// application/octet-stream.
	ContentType string
	// Body is read once, as the request is sent; it is never read into
	// memory whole.
	Body io.Reader
}

// CreateWithFile posts a message with a local file, streamed as
// multipart/form-data from f.Body. The Files field of p must be empty, and
// Attachments are not sent (Webex takes cards only as JSON). Because the
// body can be read only once, the request is never retried, not even on a
// 429: the error's RetryAfter says when to try again.
//
// Endpoint: POST /messages
// See https://developer.webex.com/docs/basics#message-attachments.
func (s *Service) CreateWithFile(ctx context.Context, p *CreateParams, f File) (*Message, error) {
	if err := p.validate(true); err != nil {
		return nil, err
	}
	switch {
	case len(p.Files) > 0:
		return nil, httpx.Invalid("messages", "CreateWithFile takes the file as f, not CreateParams.Files")
	case len(p.Attachments) > 0:
		return nil, httpx.Invalid("messages", "CreateWithFile cannot send Attachments; use Create")
	case f.Body == nil:
		return nil, httpx.Invalid("messages", "File.Body is nil")
	case strings.TrimSpace(f.Name) == "":
		return nil, httpx.Invalid("messages", "File.Name is required")
	}
	fields := []struct{ name, value string }{
		{"roomId", p.RoomID}, {"toPersonId", p.ToPersonID}, {"toPersonEmail", p.ToPersonEmail},
		{"parentId", p.ParentID}, {"text", p.Text}, {"markdown", p.Markdown},
	}
	pr, pw := io.Pipe()
	mw := multipart.NewWriter(pw)
	var once sync.Once
	stream := &httpx.Stream{
		ContentType: mw.FormDataContentType(),
		// Open may run on the transport's goroutine, even after Do has
		// returned; the writer stops as soon as pr is closed below.
		Open: func() (io.ReadCloser, error) {
			once.Do(func() {
				go func() { pw.CloseWithError(writeMultipart(mw, fields, f)) }()
			})
			return pr, nil
		},
	}
	var m Message
	_, err := s.core().Do(ctx, &httpx.Request{Method: http.MethodPost, Pattern: "/messages", Stream: stream}, &m)
	pr.Close()
	if err != nil {
		return nil, err
	}
	return &m, nil
}

func writeMultipart(mw *multipart.Writer, fields []struct{ name, value string }, f File) error {
	for _, fl := range fields {
		if fl.value == "" {
			continue
		}
		if err := mw.WriteField(fl.name, fl.value); err != nil {
			return err
		}
	}
	ct := f.ContentType
	if ct == "" {
		ct = "application/octet-stream"
	}
	h := make(textproto.MIMEHeader)
	h.Set("Content-Disposition", multipart.FileContentDisposition("files", filepath.Base(f.Name)))
	h.Set("Content-Type", ct)
	w, err := mw.CreatePart(h)
	if err != nil {
		return err
	}
	if _, err := io.Copy(w, f.Body); err != nil {
		return fmt.Errorf("messages: reading file %s: %w", f.Name, err)
	}
	return mw.Close()
}
