package rooms_test

import (
	"encoding/json"
	"maps"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex/rooms"
)

// jsonKeys returns the keys v marshals to.
func jsonKeys(t *testing.T, v any) []string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	return slices.Sorted(maps.Keys(m))
}

// TestJSONNamesMatchWebex re-encodes decoded values: decoding ignores case,
// so only encoding shows a misspelt tag.
func TestJSONNamesMatchWebex(t *testing.T) {
	t.Parallel()
	body := roomBody(roomID, "Spelling")
	body["isReadOnly"] = true // false would be left out
	raw, err := json.Marshal(body)
	require.NoError(t, err)
	var r rooms.Room
	require.NoError(t, json.Unmarshal(raw, &r))
	assert.Equal(t, slices.Sorted(maps.Keys(body)), jsonKeys(t, r))

	assert.Equal(t, []string{
		"callInTollFreeNumber", "callInTollNumber", "meetingId", "meetingLink", "meetingNumber", "roomId", "sipAddress",
	}, jsonKeys(t, rooms.MeetingInfo{
		RoomID: "r", MeetingLink: "l", SIPAddress: "s", MeetingNumber: "n", MeetingID: "i", CallInTollFreeNumber: "f", CallInTollNumber: "t",
	}))
}
