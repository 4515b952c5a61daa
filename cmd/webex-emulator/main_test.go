package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/gowebex/sdk/webex/webextest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExampleSeedLoads(t *testing.T) {
	t.Parallel()
	sf, err := readSeed("seed.example.json")
	require.NoError(t, err)
	emu := webextest.New()
	defer emu.Close()
	tokens, err := applySeed(emu, sf)
	require.NoError(t, err)
	require.Len(t, tokens, 5)
	assert.Equal(t, "alice-token", tokens[0].value)

	ts := httptest.NewServer(emu)
	defer ts.Close()
	get := func(tok, path string) (int, map[string]any) {
		req, _ := http.NewRequest("GET", ts.URL+"/v1"+path, nil)
		req.Header.Set("Authorization", "Bearer "+tok)
		res, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		defer res.Body.Close()
		var body map[string]any
		_ = json.NewDecoder(res.Body).Decode(&body)
		return res.StatusCode, body
	}
	st, me := get("alice-token", "/people/me")
	require.Equal(t, 200, st)
	assert.Equal(t, "Alice Andersen", me["displayName"])
	st, rooms := get("bob-token", "/rooms")
	require.Equal(t, 200, st)
	assert.Len(t, rooms["items"], 4) // project, standup, eng General, direct
	st, _ = get("officer-token", "/events")
	assert.Equal(t, 200, st)
}

func TestSeedErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for name, doc := range map[string]string{
		"unknown field":  `{"peeple": []}`,
		"unknown person": `{"spaces": [{"key": "s", "title": "S", "creator": "ghost"}]}`,
		"dup email":      `{"people": [{"email": "a@x.test"}, {"email": "a@x.test"}]}`,
		"bad direct":     `{"people": [{"key": "a"}], "spaces": [{"key": "d", "type": "direct", "members": ["a"]}]}`,
	} {
		path := filepath.Join(dir, "seed.json")
		require.NoError(t, os.WriteFile(path, []byte(doc), 0o600))
		sf, err := readSeed(path)
		if err == nil {
			emu := webextest.New()
			_, err = applySeed(emu, sf)
			emu.Close()
		}
		assert.Error(t, err, name)
	}
}
