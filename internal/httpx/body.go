package httpx

import (
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	jsonv1 "github.com/go-json-experiment/json/v1"
)

// decodeOptions make the JSON v2 decoder (github.com/go-json-experiment/json,
// the code behind Go's encoding/json/v2) read a Webex answer the way
// encoding/json does: names match without regard to case, invalid UTF-8
// becomes U+FFFD, the last of duplicate names wins, and timestamps are
// parsed as loosely as encoding/json parses them. It decodes about three
// times faster than encoding/json, with a quarter of the allocations.
// TestDecodeParity (webex/e2e_decode_parity_test.go) holds it to encoding/json's results on every
// response type.
var decodeOptions = json.JoinOptions(
	json.MatchCaseInsensitiveNames(true),
	jsonv1.MatchCaseSensitiveDelimiter(true),
	jsontext.AllowInvalidUTF8(true),
	jsontext.AllowDuplicateNames(true),
	jsonv1.ParseTimeWithLooseRFC3339(true),
)

// Unmarshal decodes the JSON of a Webex answer into out, as every service
// does. It copies what it keeps, so b may be reused once it returns.
func Unmarshal(b []byte, out any) error {
	return json.Unmarshal(b, out, decodeOptions)
}

// bodyPool holds the buffers response bodies are read into before they are
// decoded. Unmarshal copies every string it decodes, so a buffer can be
// reused as soon as the decode returns. Buffers larger than maxPooledBody
// are left to the garbage collector.
var bodyPool = sync.Pool{New: func() any { return new([]byte) }}

const maxPooledBody = 4 << 20

// errTooLarge is what readBody reports past the limit.
var errTooLarge = ErrResponseTooLarge

// decodeJSON reads body (at most limit bytes; sizeHint is the
// Content-Length, or -1) into a pooled buffer and decodes it into out.
func decodeJSON(body io.Reader, sizeHint, limit int64, out any) error {
	bp := bodyPool.Get().(*[]byte)
	b, err := readBody(body, (*bp)[:0], sizeHint, limit)
	if err == nil {
		err = Unmarshal(b, out)
	}
	if cap(b) <= maxPooledBody {
		*bp = b[:0]
		bodyPool.Put(bp)
	}
	return err
}

// readBody reads all of r into b (reusing its capacity), failing with
// errTooLarge past limit bytes.
//
// With a known size (sizeHint, the Content-Length, or -1) it allocates at
// most once, and a size past the limit fails before anything is read.
// With an unknown size it grows b by doubling up to maxChunk, then reads
// into further chunks of maxChunk, never more in all than the limit
// allows, and joins them once at the end. Rejecting a body past the limit
// so allocates little more than the limit; a buffer grown by append would
// copy itself as it grows and allocate five times it.
func readBody(r io.Reader, b []byte, sizeHint, limit int64) ([]byte, error) {
	if sizeHint > limit {
		return b, errTooLarge
	}
	if want := int(sizeHint) + 1; sizeHint >= 0 && cap(b) < want {
		b = make([]byte, 0, want)
	}
	buf := b[:0]      // the buffer being filled
	var full [][]byte // the buffers filled before it, in order
	total := int64(0)
	for {
		if len(buf) == cap(buf) {
			if len(full) == 0 && cap(buf) < maxChunk {
				// Small so far: double the one buffer, which the pool
				// then keeps at the size bodies have.
				grown := make([]byte, len(buf), min(max(2*int64(cap(buf)), minChunk), limit+1))
				copy(grown, buf)
				buf = grown
			} else {
				full = append(full, buf)
				buf = make([]byte, 0, min(maxChunk, limit+1-total))
			}
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		total += int64(n)
		if total > limit {
			return b[:0], errTooLarge
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return b[:0], err
		}
	}
	if len(full) == 0 {
		return buf, nil
	}
	out := make([]byte, 0, total)
	for _, f := range full {
		out = append(out, f...)
	}
	return append(out, buf...), nil
}

// Chunk sizes for bodies of unknown length.
const (
	minChunk = 64 << 10
	maxChunk = 4 << 20
)

// decodeError describes a failed decode of the answer to r.
func (c *Client) decodeError(r *Request, what string, err error) error {
	if errors.Is(err, errTooLarge) {
		return fmt.Errorf("%w: %s %s: larger than %d bytes", ErrResponseTooLarge, r.Method, r.Pattern, c.maxBody)
	}
	return fmt.Errorf("webex: %s %s: %s: %w", r.Method, r.Pattern, what, err)
}
