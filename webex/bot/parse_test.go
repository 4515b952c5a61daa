package bot

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/gowebex/sdk/webex/messages"
)

func TestStripMention(t *testing.T) {
	t.Parallel()
	me := identity{ID: "Y2lzY29zcGFyazovL3VzL1BFT1BMRS9hYmM", UUID: "abc", Email: "ops@webex.bot", DisplayName: "Ops Bot"}
	mentioned := []string{me.ID}
	cases := []struct {
		name string
		m    messages.Message
		want string
	}{
		{"direct, no mention", messages.Message{Text: "  deploy api  "}, "deploy api"},
		{"leading display name", messages.Message{Text: "Ops Bot deploy api", MentionedPeople: mentioned}, "deploy api"},
		{"leading first name (Webex's short label)", messages.Message{Text: "Ops deploy api", MentionedPeople: mentioned}, "deploy api"},
		{"label from markdown", messages.Message{Text: "Opsy deploy api", Markdown: "<@personId:" + me.ID + "|Opsy> deploy api", MentionedPeople: mentioned}, "deploy api"},
		{"label from html, by uuid", messages.Message{Text: "Robo deploy api", HTML: `<p><spark-mention data-object-type="person" data-object-id="abc">Robo</spark-mention> deploy api</p>`, MentionedPeople: []string{"abc"}}, "deploy api"},
		{"mention by email", messages.Message{Text: "O.B. deploy", Markdown: "<@personEmail:OPS@webex.bot|O.B.> deploy", MentionedPeople: mentioned}, "deploy"},
		{"with an at sign", messages.Message{Text: "@Ops Bot status", MentionedPeople: mentioned}, "status"},
		{"with a comma", messages.Message{Text: "Ops Bot, status", MentionedPeople: mentioned}, "status"},
		{"in the middle", messages.Message{Text: "hey Ops Bot status", MentionedPeople: mentioned}, "hey status"},
		{"at the end", messages.Message{Text: "status Ops Bot", MentionedPeople: mentioned}, "status"},
		{"name inside a word stays", messages.Message{Text: "Opsy stuff", MentionedPeople: mentioned}, "Opsy stuff"},
		{"only the mention", messages.Message{Text: "Ops Bot", MentionedPeople: mentioned}, ""},
		{"someone else mentioned", messages.Message{Text: "Ada deploy", MentionedPeople: []string{"other"}}, "Ada deploy"},
		{"empty", messages.Message{}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tc.want, me.stripMention(&tc.m))
		})
	}
}

func TestCommand(t *testing.T) {
	t.Parallel()
	name, args, rest := command("  Deploy  api   web ")
	assert.Equal(t, "deploy", name)
	assert.Equal(t, []string{"api", "web"}, args)
	assert.Equal(t, "api   web", rest)
	name, args, rest = command("/help")
	assert.Equal(t, "help", name)
	assert.Empty(t, args)
	assert.Empty(t, rest)
	name, _, _ = command("")
	assert.Empty(t, name)
}

func TestIndexWordWithCaseFoldingThatChangesLength(t *testing.T) {
	t.Parallel()
	assert.Equal(t, -1, indexWord("İstanbul bot", "bot"), "gives up rather than cut at a wrong offset")
	assert.Equal(t, 4, indexWord("hey BOT x", "bot"))
}
