//go:build conformance

package conformance

import (
	"context"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/gowebex/sdk/webex"
)

// callFn is one SDK call with realistic arguments.
type callFn func(ctx context.Context, c *webex.Client) error

// TestCalls makes every call against the mock of its spec, then checks
// that the calls reached every operation in operations.
func TestCalls(t *testing.T) {
	t.Parallel()
	loadSpecs(t)
	groups := []struct {
		spec  string
		calls map[string]callFn
	}{
		{messagingSpec, messagingCalls()},
		{meetingSpec, meetingCalls()},
	}
	t.Run("group", func(t *testing.T) {
		for _, g := range groups {
			for name, fn := range g.calls {
				t.Run(name, func(t *testing.T) { call(t, g.spec, fn) })
			}
		}
	})

	covered.Lock()
	defer covered.Unlock()
	var missing []string
	for key := range operations {
		if !covered.ops[key] {
			missing = append(missing, key)
		}
	}
	sort.Strings(missing)
	assert.Empty(t, missing, "operations no call reached")
	n := 0
	for _, g := range groups {
		n += len(g.calls)
	}
	t.Logf("%d calls reached %d operations of Cisco's specs", n, len(covered.ops))
}
