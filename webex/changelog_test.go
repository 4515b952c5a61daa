package webex_test

import (
	"os"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex"
)

// TestChangelogMatchesVersion holds the release policy of CONTRIBUTING.md:
// the top section of CHANGELOG.md is webex.Version, released (with a date)
// or being prepared ("Unreleased"), and it has a link definition.
func TestChangelogMatchesVersion(t *testing.T) {
	t.Parallel()
	b, err := os.ReadFile("../CHANGELOG.md")
	require.NoError(t, err)
	top := regexp.MustCompile(`(?m)^## \[([^\]]+)\] - (Unreleased|\d{4}-\d{2}-\d{2})$`).FindSubmatch(b)
	require.NotNil(t, top, "CHANGELOG.md needs a section like \"## [X.Y.Z] - Unreleased\"")
	assert.Equal(t, webex.Version, string(top[1]), "the top section of CHANGELOG.md and webex.Version must name the same release")
	assert.Regexp(t, `^\d+\.\d+\.\d+$`, webex.Version, "webex.Version is MAJOR.MINOR.PATCH, without a v")
	assert.Contains(t, string(b), "\n["+webex.Version+"]: ", "the section needs a link definition at the bottom")
}
