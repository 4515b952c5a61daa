package messages_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex/messages"
)

// messageJSON is a message shaped like the spec's example, with every field
// Webex may return.
const messageJSON = `{
	"id": "msg-1",
	"parentId": "msg-0",
	"roomId": "room-1",
	"roomType": "group",
	"toPersonId": "person-9",
	"toPersonEmail": "zoe@example.com",
	"text": "Release 2.1 is out",
	"markdown": "**Release 2.1** is out",
	"html": "<p><strong>Release 2.1</strong> is out</p>",
	"files": ["https://files.example.com/notes.pdf"],
	"personId": "person-1",
	"personEmail": "ann@example.com",
	"mentionedPeople": ["person-2", "person-3"],
	"mentionedGroups": ["all"],
	"attachments": [{"contentType": "application/vnd.microsoft.card.adaptive", "content": {"type": "AdaptiveCard", "version": "1.3"}}],
	"created": "2024-03-05T10:11:12.345Z",
	"updated": "2024-03-05T10:12:00+01:00",
	"isVoiceClip": true
}`

// assertMessage checks every field of messageJSON.
func assertMessage(t *testing.T, m *messages.Message) {
	t.Helper()
	require.NotNil(t, m)
	assert.Equal(t, "msg-1", m.ID)
	assert.Equal(t, "msg-0", m.ParentID)
	assert.Equal(t, "room-1", m.RoomID)
	assert.Equal(t, messages.RoomTypeGroup, m.RoomType)
	assert.Equal(t, "person-9", m.ToPersonID)
	assert.Equal(t, "zoe@example.com", m.ToPersonEmail)
	assert.Equal(t, "Release 2.1 is out", m.Text)
	assert.Equal(t, "**Release 2.1** is out", m.Markdown)
	assert.Equal(t, "<p><strong>Release 2.1</strong> is out</p>", m.HTML)
	assert.Equal(t, []string{"https://files.example.com/notes.pdf"}, m.Files)
	assert.Equal(t, "person-1", m.PersonID)
	assert.Equal(t, "ann@example.com", m.PersonEmail)
	assert.Equal(t, []string{"person-2", "person-3"}, m.MentionedPeople)
	assert.Equal(t, []string{"all"}, m.MentionedGroups)
	require.Len(t, m.Attachments, 1)
	assert.Equal(t, messages.ContentTypeAdaptiveCard, m.Attachments[0].ContentType)
	assert.JSONEq(t, `{"type": "AdaptiveCard", "version": "1.3"}`, string(m.Attachments[0].Content))
	assert.True(t, m.Created.Equal(time.Date(2024, 3, 5, 10, 11, 12, 345e6, time.UTC)), "created: %v", m.Created)
	assert.True(t, m.Updated.Equal(time.Date(2024, 3, 5, 9, 12, 0, 0, time.UTC)), "updated: %v", m.Updated)
	assert.True(t, m.IsVoiceClip)
}
