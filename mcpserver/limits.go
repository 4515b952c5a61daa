package mcpserver

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Bounds on arguments, checked before anything else runs.
const (
	// maxTextBytes is Webex's limit on a message's text or markdown.
	maxTextBytes = 7439
	// maxIDBytes bounds ids (Webex's are about 80 bytes) and emails.
	maxIDBytes = 512
	// maxCursorBytes bounds cursors, which carry a next-page URL.
	maxCursorBytes = 4096
	// maxStringBytes bounds any other string.
	maxStringBytes = 8192
	// maxItems bounds a list argument (ids to look up, invitees, ...).
	maxItems = 100
	// maxKeyBytes bounds argument names.
	maxKeyBytes = 64
	// DefaultMaxUpload is the default bound on a file posted with
	// messages_create, before base64.
	DefaultMaxUpload = 5 << 20
)

// limits bounds a call's arguments.
type limits struct {
	// uploadBytes bounds a file posted with messages_create.
	uploadBytes int
}

// argsBytes bounds the whole arguments object.
func (l limits) argsBytes() int { return l.base64Bytes() + 256<<10 }

func (l limits) base64Bytes() int { return (l.uploadBytes + 2) / 3 * 4 }

// check bounds the decoded arguments: names, strings by kind, list sizes.
func (l limits) check(v map[string]any) error {
	for k, x := range v {
		if len(k) > maxKeyBytes {
			return fmt.Errorf("an argument name is %d bytes long; at most %d", len(k), maxKeyBytes)
		}
		if err := l.value(k, x, 0); err != nil {
			return err
		}
	}
	return nil
}

func (l limits) value(k string, x any, depth int) error {
	switch x := x.(type) {
	case string:
		if n, most := len(x), l.stringBytes(k, depth); n > most {
			return fmt.Errorf("argument %s is %d bytes long; at most %d are accepted", k, n, most)
		}
		if !utf8.ValidString(x) {
			return fmt.Errorf("argument %s is not valid UTF-8", k)
		}
	case []any:
		if depth == 0 && len(x) > maxItems {
			return fmt.Errorf("argument %s has %d items; at most %d are accepted", k, len(x), maxItems)
		}
		for _, e := range x {
			if err := l.value(k, e, depth+1); err != nil {
				return err
			}
		}
	case map[string]any:
		for kk, e := range x {
			if len(kk) > maxKeyBytes {
				return fmt.Errorf("argument %s has a member name %d bytes long; at most %d", k, len(kk), maxKeyBytes)
			}
			if err := l.value(k+"."+kk, e, depth+1); err != nil {
				return err
			}
		}
	}
	return nil
}

// stringBytes is the bound on a string argument named k.
func (l limits) stringBytes(k string, depth int) int {
	switch {
	case k == "text" || k == "markdown":
		return maxTextBytes
	case k == "file.base64":
		return l.base64Bytes()
	case k == "cursor":
		return maxCursorBytes
	case depth <= 1 && (strings.HasSuffix(k, "Id") || strings.HasSuffix(k, "Ids") || strings.HasSuffix(k, "Email") ||
		strings.HasSuffix(k, "Emails") || k == "id" || k == "ids" || k == "email" || k == "emails"):
		return maxIDBytes
	}
	return maxStringBytes
}
