package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/rooms"
)

// TestRunDemo starts the command with no flags but a free port, as a
// newcomer would start it, pastes the printed exports into a client, and
// stops it by cancelling its context.
func TestRunDemo(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		err := run(ctx, []string{"-addr", "127.0.0.1:0"}, pw, io.Discard)
		pw.Close()
		done <- err
	}()

	env := map[string]string{}
	var tokens int
	lines := bufio.NewScanner(pr)
	for lines.Scan() && !strings.HasPrefix(lines.Text(), "Serving until") {
		line := lines.Text()
		if k, v, ok := strings.Cut(strings.TrimPrefix(line, "export "), "="); ok && strings.HasPrefix(line, "export ") {
			env[k] = v
		}
		if strings.HasPrefix(line, "  ") && strings.Contains(line, "@") {
			tokens++
		}
	}
	go io.Copy(io.Discard, pr) // the shutdown line
	require.Contains(t, env, "WEBEX_BASE_URL")
	require.Contains(t, env, "WEBEX_ACCESS_TOKEN")
	assert.Equal(t, 5, tokens, "a token for each person of the demo organization")
	assert.NotEqual(t, "alice-token", env["WEBEX_ACCESS_TOKEN"], "demo tokens are drawn at random")

	client, err := webex.NewClient(webex.WithBaseURL(env["WEBEX_BASE_URL"]), webex.WithToken(env["WEBEX_ACCESS_TOKEN"]))
	require.NoError(t, err)
	me, err := client.People.Me(ctx, nil)
	require.NoError(t, err)
	assert.Equal(t, "Alice Andersen", me.DisplayName)
	var titles []string
	for r, err := range client.Rooms.List(ctx, &rooms.ListParams{Type: rooms.TypeGroup}) {
		require.NoError(t, err)
		titles = append(titles, r.Title)
	}
	assert.Contains(t, titles, "Project Unicorn")

	cancel()
	require.NoError(t, <-done)
}

func TestRunHelpExitsCleanly(t *testing.T) {
	t.Parallel()
	var stdout, stderr bytes.Buffer
	require.NoError(t, run(context.Background(), []string{"-h"}, &stdout, &stderr))
	assert.Contains(t, stdout.String(), "Usage: webex-emulator")
	assert.Contains(t, stdout.String(), "-seed")
	assert.Empty(t, stderr.String(), "no error line for -h")
}

func TestRunBadFlag(t *testing.T) {
	t.Parallel()
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"-nope"}, &stdout, &stderr)
	require.Error(t, err)
	assert.Contains(t, stderr.String(), "Usage: webex-emulator")
	assert.Empty(t, stdout.String())
}

func TestRunSeedFile(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		err := run(ctx, []string{"-addr", "127.0.0.1:0", "-seed", "seed.example.json"}, pw, io.Discard)
		pw.Close()
		done <- err
	}()
	var out strings.Builder
	lines := bufio.NewScanner(pr)
	for lines.Scan() && !strings.HasPrefix(lines.Text(), "Serving until") {
		out.WriteString(lines.Text() + "\n")
	}
	go io.Copy(io.Discard, pr)
	cancel()
	require.NoError(t, <-done)
	assert.Contains(t, out.String(), "with seed.example.json.")
	assert.Contains(t, out.String(), "export WEBEX_ACCESS_TOKEN=alice-token\n", "a seed's own token values are kept")
}
