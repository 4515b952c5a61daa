package messages_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/gowebex/sdk/webex/messages"
)

func TestMentions(t *testing.T) {
	t.Parallel()
	assert.Equal(t, "<@personId:Y2lz|Ada Lovelace>", messages.MentionPerson("Y2lz", "Ada Lovelace"))
	assert.Equal(t, "<@personId:Y2lz|Ada evil>", messages.MentionPerson("Y2lz", "Ada <evil>"), "names cannot break out of the mention")
	assert.Equal(t, "<@personId:Y2lz>", messages.MentionPerson("Y2lz", ""))
	assert.Equal(t, "<@personEmail:ada@example.com>", messages.MentionEmail("ada@example.com"))
	assert.Equal(t, "<@all>", messages.MentionAll())
}
