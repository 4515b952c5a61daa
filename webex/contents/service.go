package contents

import (
	"context"
	"net/http"
	"net/url"
	"strings"

	"github.com/gowebex/sdk/internal/httpx"
)

// Service downloads message files.
//
// A Service is a view of the client it came from; the zero value is not
// usable and fails every call with an error.
type Service httpx.Client

func (s *Service) core() *httpx.Client { return (*httpx.Client)(s) }

// pattern is the rate-limit key's path template of every content URL.
const pattern = "/contents/{contentId}"

// request builds the request for a file URL of a message.
func (s *Service) request(method, fileURL string) (*httpx.Request, error) {
	if strings.TrimSpace(fileURL) == "" {
		return nil, httpx.Invalid("contents", "file URL is required")
	}
	u, err := url.Parse(fileURL)
	if err != nil {
		return nil, httpx.Invalid("contents", "invalid file URL: %w", err)
	}
	if !u.IsAbs() || u.Host == "" {
		return nil, httpx.Invalid("contents", "file URL %q is not absolute", fileURL)
	}
	u.Fragment, u.RawFragment = "", ""
	// A URL on another host is refused by the core with ErrUntrustedURL;
	// one on the API host must name a content.
	if s.core().Trusted(u) {
		prefix := strings.TrimRight(s.core().BaseURL().Path, "/") + "/contents/"
		id, ok := strings.CutPrefix(u.EscapedPath(), prefix)
		if !ok || strings.Trim(id, "/") == "" {
			return nil, httpx.Invalid("contents", "%s is not a file URL (want %s%sID)", u.Redacted(), s.core().BaseURL(), "/contents/")
		}
	}
	return &httpx.Request{Method: method, Pattern: pattern, URL: u}, nil
}

// Download fetches a file of a message: fileURL is one of the message's
// Files. The file is streamed, never held in memory; read and close
// File.Body. It needs spark:messages_read (or what let the caller read the
// message).
//
// While Webex scans a new file for malware it answers 423 Locked with a
// Retry-After; Download waits and asks again when that wait is within the
// client's WithMaxRetryAfter, and otherwise returns an error matching
// webex.ErrLocked whose RetryAfter says when to try again. A file Webex
// cannot scan is answered 428 Precondition Required. A URL not on the
// API host is refused (webex.ErrUntrustedURL): the token never goes
// elsewhere.
//
// Endpoint: GET /contents/{contentId}
// See https://developer.webex.com/docs/basics#message-attachments.
func (s *Service) Download(ctx context.Context, fileURL string) (*File, error) {
	req, err := s.request(http.MethodGet, fileURL)
	if err != nil {
		return nil, err
	}
	return s.download(ctx, req)
}

// DownloadByID is [Service.Download] for a content id, the last element of
// a file URL.
//
// Endpoint: GET /contents/{contentId}
func (s *Service) DownloadByID(ctx context.Context, contentID string) (*File, error) {
	return s.download(ctx, &httpx.Request{Method: http.MethodGet, Pattern: pattern, Params: []string{contentID}})
}

// acceptAny asks for the file as it is, whatever its type.
var acceptAny = http.Header{"Accept": {"*/*"}}

func (s *Service) download(ctx context.Context, req *httpx.Request) (*File, error) {
	req.Header = acceptAny
	resp, err := s.core().Send(ctx, req)
	if err != nil {
		return nil, err
	}
	info := infoFrom(resp)
	return &File{Name: info.Name, ContentType: info.ContentType, Size: info.Size, Body: resp.Body}, nil
}

// Info returns the name, type and size of a file of a message without
// downloading it (a HEAD request). fileURL is one of the message's Files.
// Like Download, it waits out a short 423 Locked while Webex scans the
// file.
//
// Endpoint: HEAD /contents/{contentId}
// See https://developer.webex.com/docs/basics#message-attachments.
func (s *Service) Info(ctx context.Context, fileURL string) (*Info, error) {
	req, err := s.request(http.MethodHead, fileURL)
	if err != nil {
		return nil, err
	}
	resp, err := s.core().Send(ctx, req)
	if err != nil {
		return nil, err
	}
	resp.Body.Close()
	info := infoFrom(resp)
	return &info, nil
}
