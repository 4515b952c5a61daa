package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSignTest(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		k, n int
		want float64
	}{
		{6, 12, 1},
		{11, 12, 26.0 / 4096}, // 2 * (1 + 12) / 2^12
		{1, 12, 26.0 / 4096},  // symmetric
		{12, 12, 2.0 / 4096},  // 2 / 2^12
		{45, 60, 0.000134514}, // 2 * sum of C(60, i), i <= 15, over 2^60
		{0, 0, 1},
	} {
		assert.InDelta(t, tt.want, signTest(tt.k, tt.n), 1e-6, "k=%d n=%d", tt.k, tt.n)
	}
}

// Results of one case and client in successive passes pair up in order,
// whatever order the clients ran in within a pass.
func TestPairsByPass(t *testing.T) {
	t.Parallel()
	out := `goos: linux
BenchmarkGetMessage/client=sdk-2     100  100 ns/op  90 cpu-ns/op  10 B/op  1 allocs/op
BenchmarkGetMessage/client=peer-2    100  110 ns/op  95 cpu-ns/op  10 B/op  1 allocs/op
PASS
BenchmarkGetMessage/client=peer-2    100  300 ns/op  80 cpu-ns/op  10 B/op  1 allocs/op
BenchmarkGetMessage/client=sdk-2     100  200 ns/op  85 cpu-ns/op  10 B/op  1 allocs/op
`
	var r results
	require.NoError(t, r.read(strings.NewReader(out), "sec/op"))
	assert.Equal(t, []float64{100, 200}, r.values[[2]string{"GetMessage", "sdk"}])
	assert.Equal(t, []float64{110, 300}, r.values[[2]string{"GetMessage", "peer"}])

	var w bytes.Buffer
	require.NoError(t, r.print(&w, "sdk", "sec/op"))
	assert.Contains(t, w.String(), "| GetMessage | peer | 2 | 2 | +30.0% | 0.500 |")

	var cpu results
	require.NoError(t, cpu.read(strings.NewReader(out), "cpu-ns/op"))
	w.Reset()
	require.NoError(t, cpu.print(&w, "sdk", "cpu-ns/op"))
	assert.Contains(t, w.String(), "| GetMessage | peer | 2 | 1 |")

	assert.Error(t, r.print(&w, "nobody", "sec/op"))
}
