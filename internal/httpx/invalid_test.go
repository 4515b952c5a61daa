package httpx

import (
	"context"
	"errors"
	"io/fs"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex/api"
)

func TestInvalidMatchesErrInvalidInput(t *testing.T) {
	t.Parallel()
	err := Invalid("rooms", "CreateParams.Title is required")
	assert.EqualError(t, err, "webex: rooms: CreateParams.Title is required")
	assert.ErrorIs(t, err, api.ErrInvalidInput)
	assert.NotErrorIs(t, err, api.ErrNotFound)

	wrapped := Invalid("messages", "reading file %s: %w", "a.txt", fs.ErrNotExist)
	assert.EqualError(t, wrapped, "webex: messages: reading file a.txt: file does not exist")
	assert.ErrorIs(t, wrapped, api.ErrInvalidInput)
	assert.ErrorIs(t, wrapped, fs.ErrNotExist, "the cause stays reachable")
}

func TestMissingPathParamIsInvalidInput(t *testing.T) {
	t.Parallel()
	c, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("unexpected request %s", r.URL)
	}))
	for _, id := range []string{"", "  ", ".", ".."} {
		_, err := c.Do(context.Background(), get("/messages/{messageId}", id), nil)
		assert.ErrorIs(t, err, api.ErrInvalidInput, "%q", id)
		assert.ErrorContains(t, err, "webex: GET /messages/{messageId}: messageId")
	}
}

// A nil or zero Client, which is what a zero service value converts to,
// fails every call with a clear error instead of panicking.
func TestZeroClientFailsCleanly(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for name, c := range map[string]*Client{"nil": nil, "zero": {}} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, err := c.Do(ctx, get("/rooms"), nil)
			require.ErrorIs(t, err, api.ErrInvalidInput)
			assert.ErrorContains(t, err, "webex.NewClient")
			_, err = GetPage[struct{}](ctx, c, get("/rooms"), "https://webexapis.com/v1/rooms?cursor=x")
			assert.ErrorIs(t, err, api.ErrInvalidInput)
			for _, err := range List[struct{}](ctx, c, get("/rooms")) {
				assert.True(t, errors.Is(err, api.ErrInvalidInput))
			}
			assert.False(t, c.Trusted(c.BaseURL()))
			assert.Nil(t, c.Limiter())
		})
	}
}
