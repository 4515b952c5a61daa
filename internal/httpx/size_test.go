package httpx

import (
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
)

// A call allocates its callCtx; keep it in the 64-byte size class it had
// before WithCallInfo and token refresh, so that calls allocate no more.
func TestCallCtxSize(t *testing.T) {
	t.Parallel()
	assert.LessOrEqual(t, unsafe.Sizeof(callCtx{}), uintptr(64))
}
