package webhooks_test

import (
	"crypto/hmac"
	"crypto/sha1"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/gowebex/sdk/webex/webhooks"
)

// sign is the X-Spark-Signature Webex sends for body.
func sign(secret, body []byte) string {
	mac := hmac.New(sha1.New, secret)
	mac.Write(body)
	return hex.EncodeToString(mac.Sum(nil))
}

func TestVerify(t *testing.T) {
	t.Parallel()
	secret := []byte("s3cret-value")
	body := []byte(`{"id":"hook-1","resource":"messages","event":"created","data":{"id":"msg-1"}}`)
	good := sign(secret, body)
	tests := []struct {
		name   string
		secret []byte
		body   []byte
		sig    string
		want   error
	}{
		{"valid", secret, body, good, nil},
		{"valid upper-case hex", secret, body, strings.ToUpper(good), nil},
		{"valid empty body", secret, nil, sign(secret, nil), nil},
		{"tampered body", secret, append([]byte(nil), strings.Replace(string(body), "msg-1", "msg-2", 1)...), good, webhooks.ErrInvalidSignature},
		{"wrong secret", []byte("other"), body, good, webhooks.ErrInvalidSignature},
		{"missing", secret, body, "", webhooks.ErrMissingSignature},
		{"not hex", secret, body, strings.Repeat("zz", 20), webhooks.ErrInvalidSignature},
		{"too short", secret, body, good[:38], webhooks.ErrInvalidSignature},
		{"too long", secret, body, good + "00", webhooks.ErrInvalidSignature},
		{"sha256 length", secret, body, good + strings.Repeat("0", 24), webhooks.ErrInvalidSignature},
		{"with prefix", secret, body, "sha1=" + good, webhooks.ErrInvalidSignature},
		{"no secret", nil, body, good, webhooks.ErrNoSecret},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			err := webhooks.Verify(tt.secret, tt.body, tt.sig)
			if tt.want == nil {
				assert.NoError(t, err)
			} else {
				assert.ErrorIs(t, err, tt.want)
			}
		})
	}
}

func TestVerifyAllocations(t *testing.T) {
	secret := []byte("s3cret-value")
	small := make([]byte, 1<<10)
	large := make([]byte, 1<<20)
	sigSmall, sigLarge := sign(secret, small), sign(secret, large)
	a := testing.AllocsPerRun(20, func() { _ = webhooks.Verify(secret, small, sigSmall) })
	b := testing.AllocsPerRun(20, func() { _ = webhooks.Verify(secret, large, sigLarge) })
	assert.Equal(t, a, b, "allocations must not grow with the body")
	assert.LessOrEqual(t, a, 10.0)
}

// BenchmarkVerify shows allocs/op independent of the body size
// (go test -bench Verify -benchmem).
func BenchmarkVerify(b *testing.B) {
	secret := []byte("s3cret-value")
	for _, size := range []int{1 << 10, 1 << 20} {
		body := make([]byte, size)
		sig := sign(secret, body)
		b.Run(sizeName(size), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(size))
			for b.Loop() {
				if err := webhooks.Verify(secret, body, sig); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func sizeName(n int) string {
	if n >= 1<<20 {
		return "1MiB"
	}
	return "1KiB"
}
