package testmain_test

import (
	"go/build"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEveryTestBinaryEndsThroughTestmain holds every package of the module
// with tests in the default build to a TestMain that ends through this
// package: one that does not pays the race runtime's second at exit on
// every run of `go test -race ./...`.
func TestEveryTestBinaryEndsThroughTestmain(t *testing.T) {
	t.Parallel()
	root := filepath.Join("..", "..")
	checked := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		name := d.Name()
		if path != root && (name == "testdata" || name == "node_modules" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
			return filepath.SkipDir
		}
		if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil && path != root {
			return filepath.SkipDir // another module (bench)
		}
		pkg, err := build.ImportDir(path, 0)
		if err != nil {
			return nil // no Go files for this build
		}
		files := append(pkg.TestGoFiles, pkg.XTestGoFiles...)
		if len(files) == 0 {
			return nil
		}
		checked++
		found := false
		for _, f := range files {
			b, err := os.ReadFile(filepath.Join(path, f))
			require.NoError(t, err)
			if strings.Contains(string(b), "testmain.Run(") || strings.Contains(string(b), "testmain.Exit") {
				found = true
				break
			}
		}
		assert.True(t, found, "%s: its tests need a TestMain that ends through testmain (see main_test.go in any package)", path)
		return nil
	})
	require.NoError(t, err)
	assert.Greater(t, checked, 20, "the walk found the module's test packages")
}
