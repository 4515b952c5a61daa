package webex

import (
	"encoding/base64"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseID(t *testing.T) {
	t.Parallel()
	uri := "ciscospark://us/ROOM/bbceb1ad-43f1-3b58-9147-f14bb0c4d154"
	tests := []struct {
		name, in string
		want     ID
		err      string
	}{
		{"unpadded std", base64.RawStdEncoding.EncodeToString([]byte(uri)), ID{"us", "ROOM", "bbceb1ad-43f1-3b58-9147-f14bb0c4d154"}, ""},
		{"padded std", base64.StdEncoding.EncodeToString([]byte(uri + "x")), ID{"us", "ROOM", "bbceb1ad-43f1-3b58-9147-f14bb0c4d154x"}, ""},
		{"url-safe", base64.RawURLEncoding.EncodeToString([]byte("ciscospark://eu/MESSAGE/a?b>c")), ID{"eu", "MESSAGE", "a?b>c"}, ""},
		{"membership", base64.RawStdEncoding.EncodeToString([]byte("ciscospark://us/MEMBERSHIP/p-uuid:r-uuid")), ID{"us", "MEMBERSHIP", "p-uuid:r-uuid"}, ""},
		{"empty", "", ID{}, "empty id"},
		{"not base64", "!!!", ID{}, "not base64"},
		{"other scheme", base64.RawStdEncoding.EncodeToString([]byte("https://x/y/z")), ID{}, "ciscospark://"},
		{"too short", base64.RawStdEncoding.EncodeToString([]byte("ciscospark://us/ROOM")), ID{}, "want ciscospark://CLUSTER/TYPE/UUID"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := ParseID(tt.in)
			if tt.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
	id := ID{"us", "PEOPLE", "f5b36187-c8dd-4727-8b2f-f9c447f29046"}
	back, err := ParseID(id.String())
	require.NoError(t, err)
	assert.Equal(t, id, back)
}

func FuzzParseID(f *testing.F) {
	f.Add("Y2lzY29zcGFyazovL3VzL1JPT00vYmJjZWIxYWQ")
	f.Add("")
	f.Add("====")
	f.Fuzz(func(t *testing.T, s string) {
		id, err := ParseID(s)
		if err == nil && (id.Cluster == "" || id.Type == "" || id.UUID == "") {
			t.Fatalf("ParseID(%q) = %+v with no error", s, id)
		}
	})
}
