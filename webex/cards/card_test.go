package cards_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/cards"
	"github.com/gowebex/sdk/webex/messages"
)

// marshal returns v as JSON, failing the test on error.
func marshal(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

// form is a card with every kind of input, and its JSON.
var form = &cards.Card{
	Body: []cards.Element{
		cards.TextBlock{Text: "Leave request", Size: cards.SizeLarge, Weight: cards.WeightBolder, Color: cards.ColorAccent, Wrap: true},
		cards.InputText{ID: "reason", Label: "Reason", Placeholder: "Why?", IsMultiline: true, IsRequired: true, ErrorMessage: "Say why", MaxLength: 500},
		cards.InputNumber{ID: "days", Label: "Days", Min: webex.Ptr(0.0), Max: webex.Ptr(30.0), Value: webex.Ptr(1.0)},
		cards.InputDate{ID: "start", Label: "From", Value: "2024-05-06", Min: "2024-05-01"},
		cards.InputToggle{ID: "urgent", Title: "Urgent", ValueOn: "yes", ValueOff: "no"},
		cards.InputChoiceSet{ID: "type", Label: "Type", Style: cards.ChoiceStyleExpanded, IsMultiSelect: true, Value: "paid,sick", Choices: []cards.Choice{
			{Title: "Paid", Value: "paid"}, {Title: "Sick", Value: "sick"}, {Title: "Unpaid", Value: "unpaid"},
		}},
	},
	Actions: []cards.Action{
		cards.Submit{Title: "Send", Data: map[string]string{"action": "request"}, Style: cards.ActionStylePositive},
		cards.OpenURL{Title: "Policy", URL: "https://intranet.example.com/leave"},
	},
}

const formJSON = `{
	"type": "AdaptiveCard",
	"$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
	"version": "1.3",
	"body": [
		{"type": "TextBlock", "text": "Leave request", "size": "large", "weight": "bolder", "color": "accent", "wrap": true},
		{"type": "Input.Text", "id": "reason", "label": "Reason", "placeholder": "Why?", "isMultiline": true, "isRequired": true, "errorMessage": "Say why", "maxLength": 500},
		{"type": "Input.Number", "id": "days", "label": "Days", "min": 0, "max": 30, "value": 1},
		{"type": "Input.Date", "id": "start", "label": "From", "value": "2024-05-06", "min": "2024-05-01"},
		{"type": "Input.Toggle", "id": "urgent", "title": "Urgent", "valueOn": "yes", "valueOff": "no"},
		{"type": "Input.ChoiceSet", "id": "type", "label": "Type", "style": "expanded", "isMultiSelect": true, "value": "paid,sick", "choices": [
			{"title": "Paid", "value": "paid"}, {"title": "Sick", "value": "sick"}, {"title": "Unpaid", "value": "unpaid"}
		]}
	],
	"actions": [
		{"type": "Action.Submit", "title": "Send", "data": {"action": "request"}, "style": "positive"},
		{"type": "Action.OpenUrl", "title": "Policy", "url": "https://intranet.example.com/leave"}
	]
}`

func TestMarshalForm(t *testing.T) {
	t.Parallel()
	require.NoError(t, form.Validate())
	assert.JSONEq(t, formJSON, marshal(t, form))
	assert.JSONEq(t, formJSON, marshal(t, *form), "a Card value marshals the same")
}

func TestMarshalElements(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"minimal text", cards.TextBlock{Text: "hi"}, `{"type": "TextBlock", "text": "hi"}`},
		{"text block", &cards.TextBlock{
			ID: "t", Text: "*hi*", Size: cards.SizeSmall, Weight: cards.WeightLighter, Color: cards.ColorAttention,
			IsSubtle: true, Wrap: true, MaxLines: 2, HorizontalAlignment: cards.AlignCenter, FontType: "monospace",
			Spacing: cards.SpacingLarge, Separator: true,
		}, `{"type": "TextBlock", "id": "t", "text": "*hi*", "size": "small", "weight": "lighter", "color": "attention",
			"isSubtle": true, "wrap": true, "maxLines": 2, "horizontalAlignment": "center", "fontType": "monospace",
			"spacing": "large", "separator": true}`},
		{"image", cards.Image{URL: "https://img.example.com/a.png", AltText: "Ann", Size: cards.ImageSizeSmall, Style: "person", Width: "64px", Height: "64px", HorizontalAlignment: cards.AlignRight},
			`{"type": "Image", "url": "https://img.example.com/a.png", "altText": "Ann", "size": "small", "style": "person", "width": "64px", "height": "64px", "horizontalAlignment": "right"}`},
		{"fact set", cards.FactSet{Facts: []cards.Fact{{Title: "Build", Value: "#42"}, {Title: "Status", Value: ""}}},
			`{"type": "FactSet", "facts": [{"title": "Build", "value": "#42"}, {"title": "Status", "value": ""}]}`},
		{"container", cards.Container{Style: cards.StyleEmphasis, VerticalContentAlignment: "center", Items: []cards.Element{cards.TextBlock{Text: "in"}}},
			`{"type": "Container", "style": "emphasis", "verticalContentAlignment": "center", "items": [{"type": "TextBlock", "text": "in"}]}`},
		{"column set", cards.ColumnSet{Columns: []cards.Column{
			{Width: "auto", Items: []cards.Element{cards.Image{URL: "https://img.example.com/a.png"}}},
			{Width: "2", Style: cards.StyleGood, Items: []cards.Element{cards.TextBlock{Text: "right"}}},
			{Width: "80px", Items: []cards.Element{}},
			{Items: nil},
		}}, `{"type": "ColumnSet", "columns": [
			{"type": "Column", "width": "auto", "items": [{"type": "Image", "url": "https://img.example.com/a.png"}]},
			{"type": "Column", "width": 2, "style": "good", "items": [{"type": "TextBlock", "text": "right"}]},
			{"type": "Column", "width": "80px", "items": []},
			{"type": "Column", "items": []}
		]}`},
		{"action set", cards.ActionSet{Actions: []cards.Action{cards.Submit{Title: "Go"}}},
			`{"type": "ActionSet", "actions": [{"type": "Action.Submit", "title": "Go"}]}`},
		{"text input", cards.InputText{ID: "mail", Style: cards.TextStyleEmail, Regex: "^.+@.+$", Value: "a@example.com"},
			`{"type": "Input.Text", "id": "mail", "style": "email", "regex": "^.+@.+$", "value": "a@example.com"}`},
		{"number zero is sent", cards.InputNumber{ID: "n", Value: webex.Ptr(0.0)}, `{"type": "Input.Number", "id": "n", "value": 0}`},
		{"time input", cards.InputTime{ID: "at", Value: "09:30", Min: "08:00", Max: "18:00", IsRequired: true},
			`{"type": "Input.Time", "id": "at", "value": "09:30", "min": "08:00", "max": "18:00", "isRequired": true}`},
		{"toggle", cards.InputToggle{ID: "ok", Title: "Agree", Value: "true", Wrap: true},
			`{"type": "Input.Toggle", "id": "ok", "title": "Agree", "value": "true", "wrap": true}`},
		{"compact choice", cards.InputChoiceSet{ID: "c", Placeholder: "Pick", Choices: []cards.Choice{{Title: "A", Value: "a"}}},
			`{"type": "Input.ChoiceSet", "id": "c", "placeholder": "Pick", "choices": [{"title": "A", "value": "a"}]}`},
		{"open url", cards.OpenURL{Title: "Docs", URL: "https://example.com", Style: cards.ActionStyleDestructive},
			`{"type": "Action.OpenUrl", "title": "Docs", "url": "https://example.com", "style": "destructive"}`},
		{"show card", cards.ShowCard{Title: "Comment", Card: &cards.Card{
			Version: "1.2",
			Body:    []cards.Element{cards.InputText{ID: "comment"}},
			Actions: []cards.Action{cards.Submit{Title: "OK"}},
		}}, `{"type": "Action.ShowCard", "title": "Comment", "card": {
			"type": "AdaptiveCard",
			"body": [{"type": "Input.Text", "id": "comment"}],
			"actions": [{"type": "Action.Submit", "title": "OK"}]
		}}`},
		{"raw element", cards.RawElement(`{"type":"RichTextBlock","inlines":["x"]}`), `{"type": "RichTextBlock", "inlines": ["x"]}`},
		{"raw action", cards.RawAction(`{"type":"Action.ToggleVisibility","title":"More","targetElements":["more"]}`),
			`{"type": "Action.ToggleVisibility", "title": "More", "targetElements": ["more"]}`},
		{"card version and fallback", cards.Card{Version: "1.2", FallbackText: "Update Webex", Body: []cards.Element{cards.TextBlock{Text: "x"}}},
			`{"type": "AdaptiveCard", "$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "version": "1.2", "fallbackText": "Update Webex", "body": [{"type": "TextBlock", "text": "x"}]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.JSONEq(t, tt.want, marshal(t, tt.v))
		})
	}
}

func TestDate(t *testing.T) {
	t.Parallel()
	assert.Equal(t, "2024-05-06", cards.Date(time.Date(2024, 5, 6, 23, 59, 0, 0, time.UTC)))
}

func TestAttachment(t *testing.T) {
	t.Parallel()
	a, err := form.Attachment()
	require.NoError(t, err)
	assert.Equal(t, messages.ContentTypeAdaptiveCard, a.ContentType)
	assert.JSONEq(t, formJSON, string(a.Content))

	// As sent by messages.Service.Create.
	p := messages.CreateParams{RoomID: "room-1", Text: "Leave request", Attachments: []messages.Attachment{a}}
	assert.JSONEq(t, `{
		"roomId": "room-1",
		"text": "Leave request",
		"attachments": [{"contentType": "application/vnd.microsoft.card.adaptive", "content": `+formJSON+`}]
	}`, marshal(t, p))
}

func TestAttachmentOfInvalidCard(t *testing.T) {
	t.Parallel()
	c := &cards.Card{Body: []cards.Element{cards.InputText{}}}
	a, err := c.Attachment()
	assert.ErrorContains(t, err, "cards: body[0] (Input.Text): id is required")
	assert.Empty(t, a.Content)
}
