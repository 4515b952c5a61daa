package httpx

import (
	"errors"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadBody(t *testing.T) {
	t.Parallel()
	body := strings.Repeat("x", 3000)
	tests := []struct {
		name     string
		hint     int64
		limit    int64
		wantErr  error
		wantSize int
	}{
		{"exact hint", 3000, 1 << 20, nil, 3000},
		{"unknown length", -1, 1 << 20, nil, 3000},
		{"hint too small", 10, 1 << 20, nil, 3000},
		{"hint too large", 9000, 1 << 20, nil, 3000},
		{"at the limit", -1, 3000, nil, 3000},
		{"past the limit", -1, 2999, errTooLarge, 0},
		{"announced past the limit", 5000, 4000, errTooLarge, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			// OneByteReader makes every read short, as a network would.
			b, err := readBody(iotest.OneByteReader(strings.NewReader(body)), nil, tt.hint, tt.limit)
			if tt.wantErr != nil {
				assert.ErrorIs(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.wantSize, len(b))
			assert.Equal(t, body, string(b))
		})
	}
	_, err := readBody(iotest.ErrReader(errors.New("reset")), nil, -1, 100)
	assert.ErrorContains(t, err, "reset")
}

// A pooled buffer is reused, and what was decoded from it stays intact.
func TestDecodeJSONReusesBuffersSafely(t *testing.T) {
	t.Parallel()
	var first, second struct{ Text string }
	require.NoError(t, decodeJSON(strings.NewReader(`{"Text":"first message"}`), -1, 1<<20, &first))
	require.NoError(t, decodeJSON(strings.NewReader(`{"Text":"SECOND"}`), -1, 1<<20, &second))
	assert.Equal(t, "first message", first.Text)
	assert.Equal(t, "SECOND", second.Text)
}

// A body of unknown length larger than the first buffer is read into
// chunks and joined intact, whatever the starting buffer.
func TestReadBodyAcrossChunks(t *testing.T) {
	t.Parallel()
	body := strings.Repeat("0123456789abcdef", (5<<20+12345)/16) // past maxChunk
	for name, start := range map[string][]byte{"nil": nil, "small": make([]byte, 0, 100), "pooled": make([]byte, 0, 1<<20)} {
		b, err := readBody(strings.NewReader(body), start, -1, 8<<20)
		require.NoError(t, err, name)
		assert.True(t, body == string(b), "%s: the body is read intact", name)
		_, err = readBody(strings.NewReader(body), start, -1, int64(len(body)-1))
		assert.ErrorIs(t, err, errTooLarge, name)
	}
}
