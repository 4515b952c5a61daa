package webextest

import (
	"encoding/base64"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEncodeDecodeID(t *testing.T) {
	t.Parallel()
	u := newUUID()
	id := encodeID(typeRoom, u)
	raw, err := base64.RawStdEncoding.DecodeString(id)
	require.NoError(t, err)
	assert.Equal(t, "ciscospark://us/ROOM/"+u, string(raw))
	typ, local, ok := decodeID(id)
	require.True(t, ok)
	assert.Equal(t, typeRoom, typ)
	assert.Equal(t, u, local)
	// Padded ids are accepted too.
	padded := base64.StdEncoding.EncodeToString([]byte("ciscospark://us/ROOM/" + u))
	_, local, ok = decodeID(padded)
	require.True(t, ok)
	assert.Equal(t, u, local)
	// The spec's example ids decode.
	_, _, ok = decodeID("Y2lzY29zcGFyazovL3VzL1JPT00vYmJjZWIxYWQtNDNmMS0zYjU4LTkxNDctZjE0YmIwYzRkMTU0")
	assert.True(t, ok)
}

func TestDecodeIDRejectsGarbage(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"", "abc", "!!!!", "Y2lzY29zcGFyazovL3Vz", base64.RawStdEncoding.EncodeToString([]byte("http://x/ROOM/1"))} {
		_, _, ok := decodeID(s)
		assert.False(t, ok, s)
	}
	_, ok := decodeTyped(encodeID(typeRoom, "x"), typeMessage)
	assert.False(t, ok)
	_, _, ok = decodePair(encodeID(typeMembership, "nocolon"), typeMembership)
	assert.False(t, ok)
}

func TestFormatTime(t *testing.T) {
	t.Parallel()
	tm := time.Date(2015, 10, 18, 14, 26, 16, 203_000_000, time.FixedZone("X", 3600))
	assert.Equal(t, "2015-10-18T13:26:16.203Z", formatTime(tm))
	assert.Equal(t, "2015-10-18T13:26:16.000Z", formatTime(tm.Truncate(time.Second)))
}
