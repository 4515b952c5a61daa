package mcpserver

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"
	"unicode/utf8"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// postFile posts a message with an uploaded file, bounded by the
// server's upload limit.
func postFile(ctx context.Context, c *call, p *messages.CreateParams, in *MessageCreateInput) (messages.Message, error) {
	switch {
	case len(in.Files) > 0:
		return messages.Message{}, errors.New("give file or files, not both")
	case in.Card != nil:
		return messages.Message{}, errors.New("a message carries a file or a card, not both")
	}
	data, err := base64.StdEncoding.DecodeString(in.File.Base64)
	if err != nil {
		return messages.Message{}, errors.New("file.base64 is not valid base64 (standard alphabet, with padding)")
	}
	if most := c.rt.srv.limits.uploadBytes; len(data) > most {
		return messages.Message{}, fmt.Errorf("the file is %d bytes; this server accepts at most %d (--max-upload)", len(data), most)
	}
	typ := in.File.Type
	if typ == "" {
		typ = mime.TypeByExtension(fileExt(in.File.Name))
	}
	m, err := c.client().Messages.CreateWithFile(ctx, p, messages.File{Name: in.File.Name, ContentType: typ, Body: bytes.NewReader(data)})
	if err != nil {
		return messages.Message{}, err
	}
	c.target("messageId", m.ID)
	return *m, nil
}

func fileExt(name string) string {
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		return name[i:]
	}
	return ""
}

// FileGetInput is the input of messages_file_get.
type FileGetInput struct {
	MessageID string `json:"messageId" jsonschema:"the message carrying the file"`
	Index     int    `json:"index,omitempty" jsonschema:"which of its files, from 0 (default 0)"`
}

// FileOutput describes a file read with messages_file_get. Text files are
// returned in Text; others as an embedded resource beside the result.
type FileOutput struct {
	Name        string `json:"name"`
	ContentType string `json:"contentType"`
	Size        int    `json:"size"`
	// Text is the content of a text file.
	Text string `json:"text,omitempty"`
	// Embedded says the content is the embedded resource of the result.
	Embedded bool `json:"embedded,omitempty"`
}

// fileTool is messages_file_get: its result carries the file itself, as
// text or as an embedded resource, beside the structured description.
func fileTools() []tool {
	return []tool{
		&spec[FileGetInput, fileResult]{
			name: "messages_file_get", title: "Read a message's file", cap: CapMessages, level: Read, kind: kindRead,
			scopes: []string{webex.ScopeMessagesRead},
			desc: "Read a file attached to a message (index among its files, default 0): text files are returned as text, others as an embedded resource. " +
				"Files over the server's size cap are refused. While Webex scans a new file, the call waits, or says how long to wait.",
			verb: "read", past: "read",
			object: func(c *call, in *FileGetInput) string {
				return "a file of " + c.ref("messageId", "message", in.MessageID) + c.where()
			},
			guard: func(ctx context.Context, c *call, in *FileGetInput) error {
				// The message is fetched in any case: its files are needed.
				if err := fetchMessage(ctx, c, in.MessageID); err != nil {
					return err
				}
				return c.allowSpace(c.room)
			},
			run: func(ctx context.Context, c *call, in *FileGetInput) (fileResult, error) {
				m, _ := prefetched[messages.Message](c)
				if in.Index < 0 || in.Index >= len(m.Files) {
					return fileResult{}, fmt.Errorf("message has %d files; index %d is out of range", len(m.Files), in.Index)
				}
				return readFile(ctx, c, m.Files[in.Index])
			},
			summary: func(r fileResult) string {
				return fmt.Sprintf("file %s (%s, %d bytes)", r.out.Name, r.out.ContentType, r.out.Size)
			},
		},
	}
}

// fileResult is a file read: its description, its bytes and its URL.
type fileResult struct {
	out  FileOutput
	data []byte
	uri  string
}

// MarshalJSON writes the description only: the structured result.
func (r fileResult) MarshalJSON() ([]byte, error) { return json.Marshal(r.out) }

// shape is the type the output schema describes.
func (fileResult) shape() any { return FileOutput{} }

// content is the file as result content beside the description: an
// embedded resource for a file that is not text (text is in the result).
func (r fileResult) content() mcp.Content {
	if !r.out.Embedded {
		return nil
	}
	return &mcp.EmbeddedResource{Resource: &mcp.ResourceContents{URI: r.uri, MIMEType: r.out.ContentType, Blob: r.data}}
}

// readFile downloads a file through the SDK's streamed download, reading
// at most the upload cap.
func readFile(ctx context.Context, c *call, url string) (fileResult, error) {
	most := c.rt.srv.limits.uploadBytes
	f, err := c.client().Contents.Download(ctx, url)
	if err != nil {
		return fileResult{}, err
	}
	defer f.Body.Close()
	if f.Size > int64(most) {
		return fileResult{}, fmt.Errorf("the file is %d bytes; this server reads at most %d (--max-upload)", f.Size, most)
	}
	data, err := io.ReadAll(io.LimitReader(f.Body, int64(most)+1))
	if err != nil {
		return fileResult{}, err
	}
	if len(data) > most {
		return fileResult{}, fmt.Errorf("the file is larger than the %d bytes this server reads (--max-upload)", most)
	}
	out := FileOutput{Name: f.Name, ContentType: f.ContentType, Size: len(data)}
	if isText(f.ContentType) && utf8.Valid(data) {
		out.Text = string(data)
	} else {
		out.Embedded = true
	}
	return fileResult{out: out, data: data, uri: url}, nil
}

// isText reports whether a media type is text an agent reads as such.
func isText(ct string) bool {
	mt, _, _ := mime.ParseMediaType(ct)
	switch {
	case strings.HasPrefix(mt, "text/"):
		return true
	case mt == "application/json", mt == "application/xml", mt == "application/yaml", mt == "application/x-yaml",
		strings.HasSuffix(mt, "+json"), strings.HasSuffix(mt, "+xml"):
		return true
	}
	return false
}
