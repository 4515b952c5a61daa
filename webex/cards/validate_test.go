package cards_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/cards"
)

// submit is a valid submit button.
var submit = []cards.Action{cards.Submit{Title: "Send"}}

func TestValidateAcceptsValidCards(t *testing.T) {
	t.Parallel()
	tests := map[string]*cards.Card{
		"text only":    {Body: []cards.Element{cards.TextBlock{Text: "Deploy finished"}}},
		"actions only": {Actions: []cards.Action{cards.OpenURL{Title: "Open", URL: "https://example.com"}}},
		"pointers":     {Body: []cards.Element{&cards.TextBlock{Text: "x"}, &cards.InputText{ID: "a"}}, Actions: []cards.Action{&cards.Submit{Title: "Go"}}},
		"nested layout": {Body: []cards.Element{
			cards.Container{Items: []cards.Element{
				cards.ColumnSet{Columns: []cards.Column{
					{Items: []cards.Element{cards.InputText{ID: "a"}}},
					{Items: []cards.Element{cards.ActionSet{Actions: []cards.Action{cards.Submit{Title: "Go"}}}}},
				}},
			}},
		}},
		"inputs in show card": {Actions: []cards.Action{cards.ShowCard{Title: "Reply", Card: &cards.Card{
			Body:    []cards.Element{cards.InputText{ID: "reply"}},
			Actions: submit,
		}}}},
		"version 1.0":   {Version: "1.0", Body: []cards.Element{cards.TextBlock{Text: "x"}}},
		"raw element":   {Body: []cards.Element{cards.RawElement(`{"type": "RichTextBlock"}`)}},
		"number bounds": {Body: []cards.Element{cards.InputNumber{ID: "n", Min: webex.Ptr(-1.0), Max: webex.Ptr(1.0), Value: webex.Ptr(0.0)}}, Actions: submit},
		"date bounds":   {Body: []cards.Element{cards.InputDate{ID: "d", Min: "2024-01-01", Max: "2024-12-31", Value: "2024-06-30"}}, Actions: submit},
		"time bounds":   {Body: []cards.Element{cards.InputTime{ID: "t", Min: "08:00", Max: "18:00", Value: "12:15"}}, Actions: submit},
	}
	for name, c := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			assert.NoError(t, c.Validate())
		})
	}
}

func TestValidateReportsProblems(t *testing.T) {
	t.Parallel()
	self := &cards.Card{Body: []cards.Element{cards.TextBlock{Text: "x"}}}
	self.Actions = []cards.Action{cards.ShowCard{Title: "Again", Card: self}}
	tests := []struct {
		name string
		card *cards.Card
		want []string
	}{
		{"nil card", nil, []string{"cards: card is nil"}},
		{"empty card", &cards.Card{}, []string{"cards: card: it has no body and no actions"}},
		{"unsupported version", &cards.Card{Version: "1.5", Body: []cards.Element{cards.TextBlock{Text: "x"}}},
			[]string{`cards: card: version "1.5" is not one Webex renders (1.0 to 1.3)`}},
		{"nil element and action", &cards.Card{Body: []cards.Element{nil, (*cards.TextBlock)(nil)}, Actions: []cards.Action{nil, (*cards.Submit)(nil)}},
			[]string{"cards: body[0]: element is nil", "cards: body[1]: element is nil", "cards: actions[0]: action is nil", "cards: actions[1]: action is nil"}},
		{"empty text", &cards.Card{Body: []cards.Element{cards.TextBlock{Text: "  "}}}, []string{"cards: body[0] (TextBlock): text is required"}},
		{"image without url", &cards.Card{Body: []cards.Element{cards.Image{}}}, []string{"cards: body[0] (Image): url is required"}},
		{"image with relative url", &cards.Card{Body: []cards.Element{cards.Image{URL: "/a.png"}}}, []string{`cards: body[0] (Image): url "/a.png" is not an absolute URL`}},
		{"empty fact set", &cards.Card{Body: []cards.Element{cards.FactSet{}, cards.FactSet{Facts: []cards.Fact{{Value: "v"}}}}},
			[]string{"cards: body[0] (FactSet): facts are required", "cards: body[1] (FactSet): facts[0]: title is required"}},
		{"empty containers", &cards.Card{Body: []cards.Element{cards.Container{}, cards.ColumnSet{}, cards.ActionSet{}}},
			[]string{"cards: body[0] (Container): items are required", "cards: body[1] (ColumnSet): columns are required", "cards: body[2] (ActionSet): actions are required"}},
		{"input without id", &cards.Card{Body: []cards.Element{cards.InputText{}}, Actions: submit}, []string{"cards: body[0] (Input.Text): id is required"}},
		{"duplicate ids across nesting", &cards.Card{
			Body: []cards.Element{
				cards.InputText{ID: "name"},
				cards.Container{Items: []cards.Element{cards.InputToggle{ID: "name", Title: "x"}}},
			},
			Actions: []cards.Action{cards.ShowCard{Title: "More", Card: &cards.Card{Body: []cards.Element{cards.InputDate{ID: "name"}}, Actions: submit}}},
		}, []string{
			`cards: body[1].items[0] (Input.Toggle): id "name" is already used by body[0] (Input.Text)`,
			`cards: actions[0].card.body[0] (Input.Date): id "name" is already used by body[0] (Input.Text)`,
		}},
		{"inputs without submit", &cards.Card{Body: []cards.Element{cards.InputText{ID: "a"}}, Actions: []cards.Action{cards.OpenURL{Title: "x", URL: "https://example.com"}}},
			[]string{"cards: card: it has inputs but no Submit action to send them"}},
		{"number bounds", &cards.Card{Body: []cards.Element{
			cards.InputNumber{ID: "a", Min: webex.Ptr(5.0), Max: webex.Ptr(1.0)},
			cards.InputNumber{ID: "b", Min: webex.Ptr(5.0), Value: webex.Ptr(1.0)},
			cards.InputNumber{ID: "c", Max: webex.Ptr(5.0), Value: webex.Ptr(6.0)},
		}, Actions: submit}, []string{
			"cards: body[0] (Input.Number): min 5 is greater than max 1",
			"cards: body[1] (Input.Number): value 1 is less than min 5",
			"cards: body[2] (Input.Number): value 6 is greater than max 5",
		}},
		{"dates", &cards.Card{Body: []cards.Element{
			cards.InputDate{ID: "a", Value: "06/30/2024"},
			cards.InputDate{ID: "b", Min: "2024-12-31", Max: "2024-01-01"},
			cards.InputDate{ID: "c", Min: "2024-02-01", Value: "2024-01-01"},
			cards.InputDate{ID: "d", Max: "2024-02-01", Value: "2024-03-01"},
		}, Actions: submit}, []string{
			`cards: body[0] (Input.Date): value "06/30/2024" is not YYYY-MM-DD`,
			"cards: body[1] (Input.Date): min 2024-12-31 is after max 2024-01-01",
			"cards: body[2] (Input.Date): value 2024-01-01 is before min 2024-02-01",
			"cards: body[3] (Input.Date): value 2024-03-01 is after max 2024-02-01",
		}},
		{"times", &cards.Card{Body: []cards.Element{
			cards.InputTime{ID: "a", Max: "9pm"},
			cards.InputTime{ID: "b", Min: "18:00", Max: "08:00"},
		}, Actions: submit}, []string{
			`cards: body[0] (Input.Time): max "9pm" is not HH:MM`,
			"cards: body[1] (Input.Time): min 18:00 is after max 08:00",
		}},
		{"toggle without title", &cards.Card{Body: []cards.Element{cards.InputToggle{ID: "t"}}, Actions: submit},
			[]string{"cards: body[0] (Input.Toggle): title is required"}},
		{"choice sets", &cards.Card{Body: []cards.Element{
			cards.InputChoiceSet{ID: "a"},
			cards.InputChoiceSet{ID: "b", Style: "filtered", Choices: []cards.Choice{{Title: "", Value: "x"}, {Title: "Y", Value: ""}, {Title: "X again", Value: "x"}}},
			cards.InputChoiceSet{ID: "c", Value: "z", Choices: []cards.Choice{{Title: "X", Value: "x"}}},
			cards.InputChoiceSet{ID: "d", IsMultiSelect: true, Value: "x,w", Choices: []cards.Choice{{Title: "X", Value: "x"}}},
		}, Actions: submit}, []string{
			"cards: body[0] (Input.ChoiceSet): choices are required",
			`cards: body[1] (Input.ChoiceSet): style "filtered" is not "compact" or "expanded"`,
			"cards: body[1] (Input.ChoiceSet): choices[0]: title is required",
			"cards: body[1] (Input.ChoiceSet): choices[1]: value is required",
			`cards: body[1] (Input.ChoiceSet): choices[2]: value "x" is repeated`,
			`cards: body[2] (Input.ChoiceSet): value "z" is not one of the choices`,
			`cards: body[3] (Input.ChoiceSet): value "w" is not one of the choices`,
		}},
		{"text input", &cards.Card{Body: []cards.Element{cards.InputText{ID: "a", Style: "password", MaxLength: -1}}, Actions: submit}, []string{
			`cards: body[0] (Input.Text): style "password" is not text, tel, url or email`,
			"cards: body[0] (Input.Text): maxLength must not be negative",
		}},
		{"actions", &cards.Card{Actions: []cards.Action{
			cards.Submit{},
			cards.Submit{Title: "x", Data: "not an object"},
			cards.Submit{Title: "x", Data: func() {}},
			cards.OpenURL{Title: "x", URL: "example.com"},
			cards.OpenURL{},
			cards.ShowCard{Title: "x"},
			cards.ShowCard{Title: "x", Card: &cards.Card{}},
		}}, []string{
			"cards: actions[0] (Action.Submit): title is required",
			"cards: actions[1] (Action.Submit): data must encode as a JSON object, to be merged with the inputs",
			"cards: actions[2] (Action.Submit): data cannot be encoded",
			`cards: actions[3] (Action.OpenUrl): url "example.com" is not an absolute URL`,
			"cards: actions[4] (Action.OpenUrl): title is required",
			"cards: actions[4] (Action.OpenUrl): url is required",
			"cards: actions[5] (Action.ShowCard): card is required",
			"cards: actions[6].card: it has no body and no actions",
		}},
		{"raw without type", &cards.Card{Body: []cards.Element{cards.RawElement(`[1]`)}, Actions: []cards.Action{cards.RawAction(`{"title": "x"}`)}}, []string{
			`cards: body[0]: raw JSON must be an object with a "type"`,
			`cards: actions[0]: raw JSON must be an object with a "type"`,
		}},
		{"card inside itself", self, []string{"cards: actions[0].card: the card contains itself"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			err := tt.card.Validate()
			require.Error(t, err)
			lines := strings.Split(err.Error(), "\n")
			require.Len(t, lines, len(tt.want), "errors: %v", err)
			for i, want := range tt.want {
				assert.True(t, strings.HasPrefix(lines[i], want), "error %d: got %q, want %q", i, lines[i], want)
			}
		})
	}
}
