package main

import (
	"bytes"
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDemo(t *testing.T) {
	t.Parallel()
	var out bytes.Buffer
	noToken := func(string) string { return "" }
	require.NoError(t, run(context.Background(), nil, noToken, &out))
	for _, want := range []string{
		"OpsBot: Hello! I'm OpsBot, your ops assistant. Say help to see what I can do.",
		"OpsBot: api: 3/3 instances healthy, p99 120 ms.",
		"OpsBot: Confirm the deploy of api",
		"OpsBot: 🚀 api deployed to prod by Ada. Note: release 2.4",
		"OpsBot: Last deploy: api to prod by Ada.",
		"OpsBot: Sorry, I only work for example.com.",
	} {
		assert.Contains(t, out.String(), want)
	}
}

func TestBadFlag(t *testing.T) {
	t.Parallel()
	var out bytes.Buffer
	err := run(context.Background(), []string{"-nope"}, func(string) string { return "" }, &out)
	assert.Error(t, err)
}
