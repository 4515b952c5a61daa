package webex_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/internal/sdktest"
	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/events"
	"github.com/gowebex/sdk/webex/meetings"
	"github.com/gowebex/sdk/webex/memberships"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/rooms"
	"github.com/gowebex/sdk/webex/teams"
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

// Every kind of bad input, in every service package, is reported before
// anything is sent with an error matching webex.ErrInvalidInput whose text
// starts "webex: <package>: " (or "webex: METHOD /pattern: " for an id).
func TestInvalidInputMatchesErrInvalidInput(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	sent := sdktest.Forbid(t, mux)
	ctx := t.Context()
	tests := map[string]func() error{
		"webex: messages: ": func() error { _, err := c.Messages.Create(ctx, nil); return err },
		"webex: messages: File": func() error {
			_, err := c.Messages.CreateWithFile(ctx, &messages.CreateParams{RoomID: "r"}, messages.File{})
			return err
		},
		"webex: rooms: ":                     func() error { _, err := c.Rooms.Create(ctx, &rooms.CreateParams{}); return err },
		"webex: memberships: ":               func() error { _, err := c.Memberships.Create(ctx, &memberships.CreateParams{}); return err },
		"webex: people: ":                    func() error { _, err := c.People.ListPage(ctx, nil, ""); return err },
		"webex: people: Lookup":              func() error { _, err := c.People.Lookup(ctx, nil); return err },
		"webex: teams: ":                     func() error { _, err := c.Teams.Create(ctx, &teams.CreateParams{}); return err },
		"webex: teams: CreateMem":            func() error { _, err := c.TeamMemberships.Create(ctx, &teams.CreateMembershipParams{}); return err },
		"webex: webhooks: ":                  func() error { _, err := c.Webhooks.Create(ctx, nil); return err },
		"webex: attachments: ":               func() error { _, err := c.AttachmentActions.Create(ctx, nil); return err },
		"webex: contents: ":                  func() error { _, err := c.Contents.Download(ctx, ""); return err },
		"webex: events: ":                    func() error { _, err := c.Events.ListPage(ctx, &events.ListParams{Max: -1}, ""); return err },
		"webex: GET /rooms/{roomId}: roomId": func() error { _, err := c.Rooms.Get(ctx, " "); return err },
	}
	for prefix, call := range tests {
		err := call()
		require.ErrorIs(t, err, webex.ErrInvalidInput, prefix)
		assert.True(t, strings.HasPrefix(err.Error(), prefix), "%q does not start with %q", err, prefix)
	}
	assert.Zero(t, sent.Load())
}
