package webhooks

import (
	"crypto/hmac"
	"crypto/sha1"
	"errors"
	"hash"
	"sync"
)

// SignatureHeader is the header in which Webex sends the hex HMAC-SHA1 of a
// delivery's body, keyed with the webhook's secret.
const SignatureHeader = "X-Spark-Signature"

// Errors returned by [Verify].
var (
	ErrMissingSignature = errors.New("webhooks: missing " + SignatureHeader + " signature")
	ErrInvalidSignature = errors.New("webhooks: invalid " + SignatureHeader + " signature")
	ErrNoSecret         = errors.New("webhooks: no secret to verify the signature with")
)

// Verify checks signature, the X-Spark-Signature header of a delivery,
// against body, the raw request body as received, and the webhook's
// secret. It returns nil only for a well-formed, matching signature: an
// empty secret or signature, or one that is not 40 hex digits, is an
// error. The comparison takes constant time.
//
// Verify allocates a fixed amount per call, whatever the body's size; a
// [Handler] also reuses its hash state between requests.
func Verify(secret, body []byte, signature string) error {
	if len(secret) == 0 {
		return ErrNoSecret
	}
	return verify(hmac.New(sha1.New, secret), body, signature)
}

func verify(mac hash.Hash, body []byte, signature string) error {
	if signature == "" {
		return ErrMissingSignature
	}
	var want [sha1.Size]byte
	if !decodeHex(want[:], signature) {
		return ErrInvalidSignature
	}
	var sum [sha1.Size]byte
	mac.Write(body)
	if !hmac.Equal(mac.Sum(sum[:0]), want[:]) {
		return ErrInvalidSignature
	}
	return nil
}

// decodeHex decodes s, which must be exactly 2*len(dst) hex digits of
// either case, into dst, without allocating.
func decodeHex(dst []byte, s string) bool {
	if len(s) != 2*len(dst) {
		return false
	}
	for i := range dst {
		hi, ok1 := fromHex(s[2*i])
		lo, ok2 := fromHex(s[2*i+1])
		if !ok1 || !ok2 {
			return false
		}
		dst[i] = hi<<4 | lo
	}
	return true
}

func fromHex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// verifier checks signatures for one secret, reusing keyed HMAC states.
type verifier struct {
	pool sync.Pool // of *macState
}

type macState struct {
	mac hash.Hash
}

func newVerifier(secret []byte) *verifier {
	key := append([]byte(nil), secret...)
	v := &verifier{}
	v.pool.New = func() any { return &macState{mac: hmac.New(sha1.New, key)} }
	return v
}

func (v *verifier) verify(body []byte, signature string) error {
	st := v.pool.Get().(*macState)
	defer v.pool.Put(st)
	st.mac.Reset()
	return verify(st.mac, body, signature)
}
