package realtime_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/notify"
)

func TestMessageCreated(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	r := w.listen(t, w.listener(t), nil)
	m, err := w.as.Messages.Create(context.Background(), &messages.CreateParams{RoomID: w.room.ID, Markdown: "<@personEmail:bot@example.com|Bot> hello"})
	require.NoError(t, err)
	ev := r.next(t)
	assert.Equal(t, notify.ResourceMessages, ev.Resource)
	assert.Equal(t, notify.EventCreated, ev.Event)
	assert.Equal(t, w.alice.ID, ev.ActorID)
	assert.Equal(t, w.room.ID, ev.SpaceID())
	require.NotNil(t, ev.FullMessage)
	assert.Equal(t, m.ID, ev.FullMessage.ID)
	assert.Contains(t, ev.FullMessage.Text, "hello")
	d, err := ev.Message()
	require.NoError(t, err)
	assert.Equal(t, m.ID, d.ID)
}
