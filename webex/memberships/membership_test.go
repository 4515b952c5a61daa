package memberships_test

import (
	"encoding/json"
	"maps"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex/memberships"
)

// TestJSONNamesMatchWebex re-encodes a decoded membership: decoding ignores
// case, so only encoding shows a misspelt tag.
func TestJSONNamesMatchWebex(t *testing.T) {
	t.Parallel()
	body := membershipBody(membershipID)
	body["isMonitor"] = true // false would be left out
	raw, err := json.Marshal(body)
	require.NoError(t, err)
	var m memberships.Membership
	require.NoError(t, json.Unmarshal(raw, &m))
	out, err := json.Marshal(m)
	require.NoError(t, err)
	var got map[string]any
	require.NoError(t, json.Unmarshal(out, &got))

	want := slices.Sorted(maps.Keys(body))
	assert.Equal(t, want, slices.Sorted(maps.Keys(got)))
}
