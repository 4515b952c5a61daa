//go:build conformance

package conformance

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// notInSpecs are endpoints the SDK serves that neither spec describes.
var notInSpecs = map[string]string{
	"GET /contents/{contentId}":  "file downloads: in neither spec",
	"HEAD /contents/{contentId}": "file metadata: in neither spec",
}

var (
	patternLit  = regexp.MustCompile(`Method:\s*http\.Method(\w+),\s*Pattern:\s*"([^"]+)"`)
	endpointDoc = regexp.MustCompile(`// Endpoint: ([A-Z]+) (/\S*)`)
)

// TestEverySDKOperationIsCovered reads the SDK's source for the endpoints
// it calls (request literals and Endpoint lines of method docs) and
// checks that operations lists each one, so an operation added to the SDK
// without a call and an example check here fails the suite.
func TestEverySDKOperationIsCovered(t *testing.T) {
	t.Parallel()
	found := map[string]string{}
	err := filepath.WalkDir(filepath.Join("..", "webex"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") ||
			strings.Contains(path, "webextest") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range patternLit.FindAllStringSubmatch(string(src), -1) {
			found[strings.ToUpper(m[1])+" "+m[2]] = path
		}
		for _, m := range endpointDoc.FindAllStringSubmatch(string(src), -1) {
			found[m[1]+" "+m[2]] = path
		}
		return nil
	})
	require.NoError(t, err)
	require.NotEmpty(t, found)
	var missing []string
	for key, path := range found {
		if _, ok := operations[key]; !ok && notInSpecs[key] == "" {
			missing = append(missing, key+" ("+path+")")
		}
	}
	sort.Strings(missing)
	t.Logf("the SDK's source names %d endpoints", len(found))
	assert.Empty(t, missing, "SDK endpoints the conformance suite does not cover: add a call in messaging_test.go or meetings_test.go and an entry in operations")
}
