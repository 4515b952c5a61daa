package main

import (
	"bytes"
	"context"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRunOffline runs the quickstart against the emulator, as a newcomer
// does first, and checks what the reader is promised: every step, full ids
// where a delivery must be matched to a post, and the files to read next.
func TestRunOffline(t *testing.T) {
	t.Parallel()
	var out bytes.Buffer
	require.NoError(t, run(context.Background(), &out, "", "", "", "127.0.0.1:0"))
	text := out.String()

	posted := regexp.MustCompile(`I posted message (\S+), in markdown`).FindStringSubmatch(text)
	require.NotNil(t, posted, text)
	assert.NotContains(t, text, "…", "ids are printed whole")
	assert.Contains(t, text, "for message "+posted[1]+" (my post)")
	assert.Contains(t, text, "(my reply)")
	assert.Regexp(t, `I created the space "Quickstart [^"]+", id \S+;`, text)
	assert.Contains(t, text, "I listed the space's 2 messages")

	lines := strings.Split(strings.TrimSpace(text), "\n")
	last := strings.Join(lines[len(lines)-2:], "\n")
	assert.Contains(t, last, "examples/quickstart/story.go")
	assert.Contains(t, last, "README.md")
	for _, f := range []string{"story.go", "setup.go"} {
		_, err := os.Stat(f)
		assert.NoError(t, err, "the quickstart names %s", f)
	}
}
