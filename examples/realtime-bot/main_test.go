package main

import (
	"bytes"
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDemoRunsOffline(t *testing.T) {
	t.Parallel()
	var out, errs bytes.Buffer
	require.NoError(t, run(context.Background(), func(string) string { return "" }, &out, &errs))
	assert.Contains(t, out.String(), "answered ada@example.com")
	assert.Contains(t, out.String(), `You said "status of the api?"`)
	assert.Contains(t, out.String(), "devices left registered: 0")
	assert.Empty(t, errs.String())
}

func TestStripMention(t *testing.T) {
	t.Parallel()
	assert.Equal(t, " deploy x", stripMention("Helper deploy x", "Helper"))
	assert.Equal(t, " deploy", stripMention("@Helper deploy", "Helper"))
	assert.Equal(t, "deploy", stripMention("deploy", "Helper"))
}
