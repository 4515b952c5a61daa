//go:build conformance

package conformance

import (
	"bytes"
	"encoding/json"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestResponseExamples decodes every 2xx JSON example of every operation
// the SDK claims into the SDK's type with unknown fields disallowed: a
// field Cisco documents cannot be silently dropped. Known faults of the
// examples are patched first (see exampleFaults).
func TestResponseExamples(t *testing.T) {
	t.Parallel()
	s := loadSpecs(t)
	keys := make([]string, 0, len(operations))
	for k := range operations {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	decoded := 0
	for _, key := range keys {
		cov := operations[key]
		op := s[cov.spec].find(key)
		if !assert.NotNil(t, op, "%s is not in %s", key, cov.spec) || cov.into == nil {
			continue
		}
		for code, raw := range op.examples() {
			decoded++
			t.Run(key+" "+code, func(t *testing.T) {
				t.Parallel()
				raw = patchExample(t, key, raw)
				dec := json.NewDecoder(bytes.NewReader(raw))
				dec.DisallowUnknownFields()
				require.NoError(t, dec.Decode(cov.into()), "the SDK's type does not hold Cisco's example")
			})
		}
	}
	t.Logf("decoded %d response examples", decoded)
}
