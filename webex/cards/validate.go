package cards

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"reflect"
	"strings"
	"time"
)

// input is implemented by the input elements.
type input interface {
	Element
	inputID() string
}

// validator walks a card and collects its problems.
type validator struct {
	errs    []error
	ids     map[string]string // input id -> where it was first seen
	inputs  int
	submits int
	cards   map[*Card]bool // cards being walked, to catch a card inside itself
}

func (v *validator) fail(where, format string, args ...any) {
	v.errs = append(v.errs, fmt.Errorf("cards: %s: %s", where, fmt.Sprintf(format, args...)))
}

// Validate checks the card before it is sent, and reports every problem
// found, each naming where it is (such as "body[2] (Input.Text)"):
//   - the version is one Webex renders (1.0 to 1.3);
//   - the card has a body or actions, and no nil element or action;
//   - required fields are set: a TextBlock's Text, an Image's and an
//     OpenURL's absolute URL, a Toggle's Title, an action's Title, Facts,
//     Choices, Items and Columns;
//   - every input has an id, unique in the whole card (inner cards of
//     ShowCard included);
//   - number bounds, dates ("YYYY-MM-DD") and times ("HH:MM") are valid
//     and in order, and a choice set's choices and initial value agree;
//   - a card with inputs has a Submit to send them.
func (c *Card) Validate() error {
	if c == nil {
		return errors.New("cards: card is nil")
	}
	v := &validator{ids: map[string]string{}, cards: map[*Card]bool{}}
	switch c.Version {
	case "", "1.0", "1.1", "1.2", "1.3":
	default:
		v.fail("card", "version %q is not one Webex renders (1.0 to 1.3)", c.Version)
	}
	v.card(c, "")
	if v.inputs > 0 && v.submits == 0 {
		v.fail("card", "it has inputs but no Submit action to send them")
	}
	return errors.Join(v.errs...)
}

func (v *validator) card(c *Card, prefix string) {
	if v.cards[c] {
		v.fail(strings.TrimSuffix(prefix, "."), "the card contains itself")
		return
	}
	v.cards[c] = true
	defer delete(v.cards, c)
	if len(c.Body) == 0 && len(c.Actions) == 0 {
		where := "card"
		if prefix != "" {
			where = strings.TrimSuffix(prefix, ".")
		}
		v.fail(where, "it has no body and no actions")
	}
	v.elements(c.Body, prefix+"body")
	v.actions(c.Actions, prefix+"actions")
}

func (v *validator) elements(es []Element, path string) {
	for i, e := range es {
		where := fmt.Sprintf("%s[%d]", path, i)
		if isNil(e) {
			v.fail(where, "element is nil")
			continue
		}
		if t := e.elementType(); t != "" {
			where += " (" + t + ")"
		}
		v.element(e, where, fmt.Sprintf("%s[%d]", path, i))
	}
}

func (v *validator) element(e Element, where, path string) {
	if in, ok := e.(input); ok {
		v.inputs++
		id := in.inputID()
		switch prev, dup := v.ids[id]; {
		case strings.TrimSpace(id) == "":
			v.fail(where, "id is required")
		case dup:
			v.fail(where, "id %q is already used by %s", id, prev)
		default:
			v.ids[id] = where
		}
	}
	switch e := e.(type) {
	case TextBlock:
		v.textBlock(&e, where)
	case *TextBlock:
		v.textBlock(e, where)
	case Image:
		v.image(&e, where)
	case *Image:
		v.image(e, where)
	case FactSet:
		v.factSet(&e, where)
	case *FactSet:
		v.factSet(e, where)
	case Container:
		v.container(&e, where, path)
	case *Container:
		v.container(e, where, path)
	case ColumnSet:
		v.columnSet(&e, where, path)
	case *ColumnSet:
		v.columnSet(e, where, path)
	case ActionSet:
		v.actionSet(&e, where, path)
	case *ActionSet:
		v.actionSet(e, where, path)
	case InputNumber:
		v.number(&e, where)
	case *InputNumber:
		v.number(e, where)
	case InputDate:
		v.bounds(where, DateLayout, "YYYY-MM-DD", e.Value, e.Min, e.Max)
	case *InputDate:
		v.bounds(where, DateLayout, "YYYY-MM-DD", e.Value, e.Min, e.Max)
	case InputTime:
		v.bounds(where, "15:04", "HH:MM", e.Value, e.Min, e.Max)
	case *InputTime:
		v.bounds(where, "15:04", "HH:MM", e.Value, e.Min, e.Max)
	case InputToggle:
		v.toggle(&e, where)
	case *InputToggle:
		v.toggle(e, where)
	case InputChoiceSet:
		v.choiceSet(&e, where)
	case *InputChoiceSet:
		v.choiceSet(e, where)
	case InputText:
		v.text(&e, where)
	case *InputText:
		v.text(e, where)
	case RawElement:
		v.raw(json.RawMessage(e), where)
	}
}

func (v *validator) textBlock(e *TextBlock, where string) {
	if strings.TrimSpace(e.Text) == "" {
		v.fail(where, "text is required")
	}
}

func (v *validator) image(e *Image, where string) {
	v.absURL(e.URL, where)
}

func (v *validator) absURL(s, where string) {
	if s == "" {
		v.fail(where, "url is required")
		return
	}
	u, err := url.Parse(s)
	if err != nil || !u.IsAbs() || u.Host == "" {
		v.fail(where, "url %q is not an absolute URL", s)
	}
}

func (v *validator) factSet(e *FactSet, where string) {
	if len(e.Facts) == 0 {
		v.fail(where, "facts are required")
	}
	for i, f := range e.Facts {
		if strings.TrimSpace(f.Title) == "" {
			v.fail(where, "facts[%d]: title is required", i)
		}
	}
}

func (v *validator) container(e *Container, where, path string) {
	if len(e.Items) == 0 {
		v.fail(where, "items are required")
	}
	v.elements(e.Items, path+".items")
}

func (v *validator) columnSet(e *ColumnSet, where, path string) {
	if len(e.Columns) == 0 {
		v.fail(where, "columns are required")
	}
	for i, c := range e.Columns {
		v.elements(c.Items, fmt.Sprintf("%s.columns[%d].items", path, i))
	}
}

func (v *validator) actionSet(e *ActionSet, where, path string) {
	if len(e.Actions) == 0 {
		v.fail(where, "actions are required")
	}
	v.actions(e.Actions, path+".actions")
}

func (v *validator) number(e *InputNumber, where string) {
	switch {
	case e.Min != nil && e.Max != nil && *e.Min > *e.Max:
		v.fail(where, "min %g is greater than max %g", *e.Min, *e.Max)
	case e.Value != nil && e.Min != nil && *e.Value < *e.Min:
		v.fail(where, "value %g is less than min %g", *e.Value, *e.Min)
	case e.Value != nil && e.Max != nil && *e.Value > *e.Max:
		v.fail(where, "value %g is greater than max %g", *e.Value, *e.Max)
	}
}

// bounds checks the value, min and max of a date or time input.
func (v *validator) bounds(where, layout, human, value, min, max string) {
	parsed := map[string]time.Time{}
	for _, f := range []struct{ name, s string }{{"value", value}, {"min", min}, {"max", max}} {
		if f.s == "" {
			continue
		}
		t, err := time.Parse(layout, f.s)
		if err != nil {
			v.fail(where, "%s %q is not %s", f.name, f.s, human)
			continue
		}
		parsed[f.name] = t
	}
	lo, hasLo := parsed["min"]
	hi, hasHi := parsed["max"]
	val, hasVal := parsed["value"]
	switch {
	case hasLo && hasHi && lo.After(hi):
		v.fail(where, "min %s is after max %s", min, max)
	case hasVal && hasLo && val.Before(lo):
		v.fail(where, "value %s is before min %s", value, min)
	case hasVal && hasHi && val.After(hi):
		v.fail(where, "value %s is after max %s", value, max)
	}
}

func (v *validator) toggle(e *InputToggle, where string) {
	if strings.TrimSpace(e.Title) == "" {
		v.fail(where, "title is required")
	}
}

func (v *validator) choiceSet(e *InputChoiceSet, where string) {
	switch e.Style {
	case "", ChoiceStyleCompact, ChoiceStyleExpanded:
	default:
		v.fail(where, "style %q is not %q or %q", e.Style, ChoiceStyleCompact, ChoiceStyleExpanded)
	}
	if len(e.Choices) == 0 {
		v.fail(where, "choices are required")
	}
	values := map[string]bool{}
	for i, c := range e.Choices {
		switch {
		case strings.TrimSpace(c.Title) == "":
			v.fail(where, "choices[%d]: title is required", i)
		case c.Value == "":
			v.fail(where, "choices[%d]: value is required", i)
		case values[c.Value]:
			v.fail(where, "choices[%d]: value %q is repeated", i, c.Value)
		}
		values[c.Value] = true
	}
	if e.Value == "" {
		return
	}
	chosen := []string{e.Value}
	if e.IsMultiSelect {
		chosen = strings.Split(e.Value, ",")
	}
	for _, c := range chosen {
		if !values[c] {
			v.fail(where, "value %q is not one of the choices", c)
		}
	}
}

func (v *validator) text(e *InputText, where string) {
	switch e.Style {
	case "", TextStyleText, TextStyleTel, TextStyleURL, TextStyleEmail:
	default:
		v.fail(where, "style %q is not text, tel, url or email", e.Style)
	}
	if e.MaxLength < 0 {
		v.fail(where, "maxLength must not be negative")
	}
}

// raw checks that a raw element or action is a JSON object with a type.
func (v *validator) raw(b json.RawMessage, where string) {
	var obj struct {
		Type string `json:"type"`
	}
	if err := json.Unmarshal(b, &obj); err != nil || obj.Type == "" {
		v.fail(where, "raw JSON must be an object with a \"type\"")
	}
}

func (v *validator) actions(as []Action, path string) {
	for i, a := range as {
		where := fmt.Sprintf("%s[%d]", path, i)
		if isNil(a) {
			v.fail(where, "action is nil")
			continue
		}
		if t := a.actionType(); t != "" {
			where += " (" + t + ")"
		}
		v.action(a, where, fmt.Sprintf("%s[%d]", path, i))
	}
}

func (v *validator) action(a Action, where, path string) {
	switch a := a.(type) {
	case Submit:
		v.submit(&a, where)
	case *Submit:
		v.submit(a, where)
	case OpenURL:
		v.title(a.Title, where)
		v.absURL(a.URL, where)
	case *OpenURL:
		v.title(a.Title, where)
		v.absURL(a.URL, where)
	case ShowCard:
		v.showCard(&a, where, path)
	case *ShowCard:
		v.showCard(a, where, path)
	case RawAction:
		v.raw(json.RawMessage(a), where)
	}
}

func (v *validator) title(t, where string) {
	if strings.TrimSpace(t) == "" {
		v.fail(where, "title is required")
	}
}

func (v *validator) submit(a *Submit, where string) {
	v.submits++
	v.title(a.Title, where)
	if a.Data == nil {
		return
	}
	b, err := json.Marshal(a.Data)
	if err != nil {
		v.fail(where, "data cannot be encoded: %v", err)
		return
	}
	if len(b) == 0 || b[0] != '{' {
		v.fail(where, "data must encode as a JSON object, to be merged with the inputs")
	}
}

func (v *validator) showCard(a *ShowCard, where, path string) {
	v.title(a.Title, where)
	if a.Card == nil {
		v.fail(where, "card is required")
		return
	}
	v.card(a.Card, path+".card.")
}

// isNil reports whether x is nil or a nil pointer, whose methods must not
// be called.
func isNil(x any) bool {
	if x == nil {
		return true
	}
	rv := reflect.ValueOf(x)
	return rv.Kind() == reflect.Pointer && rv.IsNil()
}
