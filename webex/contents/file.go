package contents

import (
	"io"
	"net/http"
	"net/url"
	"path"
	"strings"
	"unicode/utf8"
)

// File is a downloaded file: what Webex says about it and its content,
// streamed. Close Body when done.
type File struct {
	// Name is the file name from the Content-Disposition header (RFC 6266,
	// including a UTF-8 or ISO-8859-1 filename*), reduced to its base name
	// so that it is safe to join to a directory. It is empty when Webex
	// sent none.
	Name string
	// ContentType is the media type Webex sent, such as "application/pdf".
	ContentType string
	// Size is the length in bytes from Content-Length, or -1 when unknown.
	Size int64
	// Body is the file's content, read from the network as it is consumed.
	// Reads fail once the context given to Download is done.
	Body io.ReadCloser
}

// Info is what Webex says about a file, without its content.
type Info struct {
	// Name is as in [File.Name].
	Name string
	// ContentType is the media type Webex sent.
	ContentType string
	// Size is the length in bytes, or -1 when unknown.
	Size int64
}

func infoFrom(resp *http.Response) Info {
	size := resp.ContentLength
	if size < 0 {
		size = -1
	}
	return Info{
		Name:        fileName(resp.Header.Get("Content-Disposition")),
		ContentType: resp.Header.Get("Content-Type"),
		Size:        size,
	}
}

// fileName returns the file name of a Content-Disposition header value,
// preferring filename* over filename as RFC 6266 asks, reduced to a base
// name.
//
// Why not the standard library's mime.ParseMediaType: it gives up the
// whole header, name included, on one malformed parameter (an unquoted
// name with a space, "filename=my report.pdf", is "mime: invalid media
// parameter", as is a repeated filename), and it decodes RFC 8187
// ext-values only in UTF-8, so an ISO-8859-1 filename* comes back empty.
// A download should keep whatever name the server meant.
func fileName(cd string) string {
	var plain, ext string
	for _, p := range splitParams(cd) {
		name, value, ok := strings.Cut(p, "=")
		if !ok {
			continue
		}
		switch strings.ToLower(strings.TrimSpace(name)) {
		case "filename":
			plain = unquote(strings.TrimSpace(value))
		case "filename*":
			if v, ok := decodeExtValue(strings.TrimSpace(value)); ok {
				ext = v
			}
		}
	}
	if ext != "" {
		return baseName(ext)
	}
	return baseName(plain)
}

// splitParams splits a header value on the semicolons outside quoted
// strings.
func splitParams(s string) []string {
	var parts []string
	start, quoted, escaped := 0, false, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case escaped:
			escaped = false
		case quoted && c == '\\':
			escaped = true
		case c == '"':
			quoted = !quoted
		case c == ';' && !quoted:
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	return append(parts, s[start:])
}

// unquote removes the quotes and backslash escapes of a quoted string, and
// returns any other value as it is.
func unquote(v string) string {
	if len(v) < 2 || v[0] != '"' || v[len(v)-1] != '"' {
		return v
	}
	v = v[1 : len(v)-1]
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		if v[i] == '\\' && i+1 < len(v) {
			i++
		}
		b.WriteByte(v[i])
	}
	return b.String()
}

// decodeExtValue decodes an RFC 8187 ext-value: charset'language'pct-encoded.
func decodeExtValue(v string) (string, bool) {
	charset, rest, ok := strings.Cut(v, "'")
	if !ok {
		return "", false
	}
	_, enc, ok := strings.Cut(rest, "'")
	if !ok {
		return "", false
	}
	raw, err := url.PathUnescape(enc)
	if err != nil {
		return "", false
	}
	switch strings.ToLower(charset) {
	case "utf-8":
		if !utf8.ValidString(raw) {
			return "", false
		}
		return raw, true
	case "iso-8859-1":
		r := make([]rune, len(raw))
		for i := 0; i < len(raw); i++ {
			r[i] = rune(raw[i])
		}
		return string(r), true
	}
	return "", false
}

// baseName keeps the last element of a path, Unix or Windows, and drops
// names that are only dots or control characters.
func baseName(name string) string {
	name = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, name)
	name = path.Base(strings.ReplaceAll(name, `\`, "/"))
	name = strings.TrimSpace(name)
	if strings.Trim(name, ".") == "" || name == "/" {
		return ""
	}
	return name
}
