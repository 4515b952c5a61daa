package cards

import (
	"time"
)

// Values of [InputText.Style].
const (
	TextStyleText  = "text"
	TextStyleTel   = "tel"
	TextStyleURL   = "url"
	TextStyleEmail = "email"
)

// InputText is a text field. Its value is submitted under ID.
type InputText struct {
	ID string `json:"id"`
	// Label is shown above the field.
	Label       string `json:"label,omitempty"`
	Placeholder string `json:"placeholder,omitempty"`
	// Value is the initial text.
	Value       string `json:"value,omitempty"`
	IsMultiline bool   `json:"isMultiline,omitempty"`
	MaxLength   int    `json:"maxLength,omitempty"`
	// Style is [TextStyleEmail], [TextStyleTel], [TextStyleURL] or
	// [TextStyleText].
	Style      string `json:"style,omitempty"`
	IsRequired bool   `json:"isRequired,omitempty"`
	// ErrorMessage is shown when the value is missing or does not match
	// Regex.
	ErrorMessage string `json:"errorMessage,omitempty"`
	Regex        string `json:"regex,omitempty"`
	Spacing      string `json:"spacing,omitempty"`
	Separator    bool   `json:"separator,omitempty"`
}

func (InputText) elementType() string { return "Input.Text" }
func (e InputText) inputID() string   { return e.ID }

// MarshalJSON encodes the input with "type": "Input.Text".
func (e InputText) MarshalJSON() ([]byte, error) {
	type wire InputText
	return typed(e.elementType(), wire(e))
}

// InputNumber is a number field. Its value is submitted as a string.
type InputNumber struct {
	ID          string `json:"id"`
	Label       string `json:"label,omitempty"`
	Placeholder string `json:"placeholder,omitempty"`
	// Value, Min and Max are optional; use webex.Ptr(0.0) for zero.
	Value        *float64 `json:"value,omitempty"`
	Min          *float64 `json:"min,omitempty"`
	Max          *float64 `json:"max,omitempty"`
	IsRequired   bool     `json:"isRequired,omitempty"`
	ErrorMessage string   `json:"errorMessage,omitempty"`
	Spacing      string   `json:"spacing,omitempty"`
	Separator    bool     `json:"separator,omitempty"`
}

func (InputNumber) elementType() string { return "Input.Number" }
func (e InputNumber) inputID() string   { return e.ID }

// MarshalJSON encodes the input with "type": "Input.Number".
func (e InputNumber) MarshalJSON() ([]byte, error) {
	type wire InputNumber
	return typed(e.elementType(), wire(e))
}

// DateLayout is the layout of the dates of [InputDate] ("2006-01-02").
const DateLayout = time.DateOnly

// Date formats t as an [InputDate] value.
func Date(t time.Time) string { return t.Format(DateLayout) }

// InputDate is a date picker. Dates are "YYYY-MM-DD" ([Date] formats one);
// the value is submitted in that form.
type InputDate struct {
	ID           string `json:"id"`
	Label        string `json:"label,omitempty"`
	Placeholder  string `json:"placeholder,omitempty"`
	Value        string `json:"value,omitempty"`
	Min          string `json:"min,omitempty"`
	Max          string `json:"max,omitempty"`
	IsRequired   bool   `json:"isRequired,omitempty"`
	ErrorMessage string `json:"errorMessage,omitempty"`
	Spacing      string `json:"spacing,omitempty"`
	Separator    bool   `json:"separator,omitempty"`
}

func (InputDate) elementType() string { return "Input.Date" }
func (e InputDate) inputID() string   { return e.ID }

// MarshalJSON encodes the input with "type": "Input.Date".
func (e InputDate) MarshalJSON() ([]byte, error) {
	type wire InputDate
	return typed(e.elementType(), wire(e))
}

// InputTime is a time picker. Times are "HH:MM", 24-hour.
type InputTime struct {
	ID           string `json:"id"`
	Label        string `json:"label,omitempty"`
	Placeholder  string `json:"placeholder,omitempty"`
	Value        string `json:"value,omitempty"`
	Min          string `json:"min,omitempty"`
	Max          string `json:"max,omitempty"`
	IsRequired   bool   `json:"isRequired,omitempty"`
	ErrorMessage string `json:"errorMessage,omitempty"`
	Spacing      string `json:"spacing,omitempty"`
	Separator    bool   `json:"separator,omitempty"`
}

func (InputTime) elementType() string { return "Input.Time" }
func (e InputTime) inputID() string   { return e.ID }

// MarshalJSON encodes the input with "type": "Input.Time".
func (e InputTime) MarshalJSON() ([]byte, error) {
	type wire InputTime
	return typed(e.elementType(), wire(e))
}

// InputToggle is a check box. It submits ValueOn or ValueOff ("true" and
// "false" unless set).
type InputToggle struct {
	ID string `json:"id"`
	// Title is the text beside the box.
	Title string `json:"title"`
	Label string `json:"label,omitempty"`
	// Value is the initial value: ValueOn to start checked.
	Value        string `json:"value,omitempty"`
	ValueOn      string `json:"valueOn,omitempty"`
	ValueOff     string `json:"valueOff,omitempty"`
	Wrap         bool   `json:"wrap,omitempty"`
	IsRequired   bool   `json:"isRequired,omitempty"`
	ErrorMessage string `json:"errorMessage,omitempty"`
	Spacing      string `json:"spacing,omitempty"`
	Separator    bool   `json:"separator,omitempty"`
}

func (InputToggle) elementType() string { return "Input.Toggle" }
func (e InputToggle) inputID() string   { return e.ID }

// MarshalJSON encodes the input with "type": "Input.Toggle".
func (e InputToggle) MarshalJSON() ([]byte, error) {
	type wire InputToggle
	return typed(e.elementType(), wire(e))
}

// Values of [InputChoiceSet.Style].
const (
	ChoiceStyleCompact  = "compact"  // a drop-down list
	ChoiceStyleExpanded = "expanded" // radio buttons or check boxes
)

// InputChoiceSet is a choice among Choices. It submits the chosen Value;
// with IsMultiSelect, the chosen values joined by commas.
type InputChoiceSet struct {
	ID      string   `json:"id"`
	Label   string   `json:"label,omitempty"`
	Choices []Choice `json:"choices"`
	// Style is [ChoiceStyleCompact] (the default) or [ChoiceStyleExpanded].
	Style         string `json:"style,omitempty"`
	IsMultiSelect bool   `json:"isMultiSelect,omitempty"`
	// Value is the initially chosen value (comma-separated values with
	// IsMultiSelect).
	Value        string `json:"value,omitempty"`
	Placeholder  string `json:"placeholder,omitempty"`
	Wrap         bool   `json:"wrap,omitempty"`
	IsRequired   bool   `json:"isRequired,omitempty"`
	ErrorMessage string `json:"errorMessage,omitempty"`
	Spacing      string `json:"spacing,omitempty"`
	Separator    bool   `json:"separator,omitempty"`
}

// Choice is one option of an [InputChoiceSet]: Title is shown, Value is
// submitted.
type Choice struct {
	Title string `json:"title"`
	Value string `json:"value"`
}

func (InputChoiceSet) elementType() string { return "Input.ChoiceSet" }
func (e InputChoiceSet) inputID() string   { return e.ID }

// MarshalJSON encodes the input with "type": "Input.ChoiceSet".
func (e InputChoiceSet) MarshalJSON() ([]byte, error) {
	type wire InputChoiceSet
	return typed(e.elementType(), wire(e))
}
