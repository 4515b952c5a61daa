package webex_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/meetings"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/rooms"
)

// A service that is not part of a client (its zero value, or nil) fails
// each call with an input error instead of panicking.
func TestServiceZeroValueFails(t *testing.T) {
	t.Parallel()
	ctx := t.Context()
	var zero messages.Service
	_, err := zero.Get(ctx, "m1")
	assert.ErrorIs(t, err, webex.ErrInvalidInput)
	assert.ErrorContains(t, err, "webex.NewClient")

	var nilRooms *rooms.Service
	for _, err := range nilRooms.List(ctx, nil) {
		assert.ErrorIs(t, err, webex.ErrInvalidInput)
	}
	_, err = nilRooms.ListPage(ctx, nil, "")
	assert.ErrorIs(t, err, webex.ErrInvalidInput)

	var m meetings.Service
	_, err = m.Get(ctx, "meeting-1", nil)
	assert.ErrorIs(t, err, webex.ErrInvalidInput)
}
