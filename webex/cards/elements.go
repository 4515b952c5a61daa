package cards

import (
	"encoding/json"
	"strconv"
)

// Values of the Size field of [TextBlock].
const (
	SizeSmall      = "small"
	SizeDefault    = "default"
	SizeMedium     = "medium"
	SizeLarge      = "large"
	SizeExtraLarge = "extraLarge"
)

// Values of [TextBlock.Weight].
const (
	WeightLighter = "lighter"
	WeightDefault = "default"
	WeightBolder  = "bolder"
)

// Values of [TextBlock.Color].
const (
	ColorDefault   = "default"
	ColorDark      = "dark"
	ColorLight     = "light"
	ColorAccent    = "accent"
	ColorGood      = "good"
	ColorWarning   = "warning"
	ColorAttention = "attention"
)

// Values of the HorizontalAlignment fields.
const (
	AlignLeft   = "left"
	AlignCenter = "center"
	AlignRight  = "right"
)

// Values of the Spacing fields: the space above an element.
const (
	SpacingNone       = "none"
	SpacingSmall      = "small"
	SpacingDefault    = "default"
	SpacingMedium     = "medium"
	SpacingLarge      = "large"
	SpacingExtraLarge = "extraLarge"
	SpacingPadding    = "padding"
)

// TextBlock is a block of text, with a subset of Markdown.
type TextBlock struct {
	ID   string `json:"id,omitempty"`
	Text string `json:"text"`
	// Size is [SizeSmall], [SizeMedium], [SizeLarge], ….
	Size string `json:"size,omitempty"`
	// Weight is [WeightLighter] or [WeightBolder].
	Weight string `json:"weight,omitempty"`
	// Color is [ColorAccent], [ColorGood], [ColorAttention], ….
	Color    string `json:"color,omitempty"`
	IsSubtle bool   `json:"isSubtle,omitempty"`
	// Wrap lets the text wrap instead of being cut at one line.
	Wrap bool `json:"wrap,omitempty"`
	// MaxLines caps the wrapped lines.
	MaxLines            int    `json:"maxLines,omitempty"`
	HorizontalAlignment string `json:"horizontalAlignment,omitempty"`
	// FontType is "default" or "monospace".
	FontType  string `json:"fontType,omitempty"`
	Spacing   string `json:"spacing,omitempty"`
	Separator bool   `json:"separator,omitempty"`
}

func (TextBlock) elementType() string { return "TextBlock" }

// MarshalJSON encodes the block with "type": "TextBlock".
func (e TextBlock) MarshalJSON() ([]byte, error) {
	type wire TextBlock
	return typed(e.elementType(), wire(e))
}

// Values of [Image.Size].
const (
	ImageSizeAuto    = "auto"
	ImageSizeStretch = "stretch"
	ImageSizeSmall   = "small"
	ImageSizeMedium  = "medium"
	ImageSizeLarge   = "large"
)

// Image is an image, by URL.
type Image struct {
	ID      string `json:"id,omitempty"`
	URL     string `json:"url"`
	AltText string `json:"altText,omitempty"`
	// Size is [ImageSizeSmall], [ImageSizeMedium], ….
	Size string `json:"size,omitempty"`
	// Style is "default" or "person" (cropped to a circle).
	Style string `json:"style,omitempty"`
	// Width and Height are in pixels, such as "64px".
	Width               string `json:"width,omitempty"`
	Height              string `json:"height,omitempty"`
	HorizontalAlignment string `json:"horizontalAlignment,omitempty"`
	Spacing             string `json:"spacing,omitempty"`
	Separator           bool   `json:"separator,omitempty"`
}

func (Image) elementType() string { return "Image" }

// MarshalJSON encodes the image with "type": "Image".
func (e Image) MarshalJSON() ([]byte, error) {
	type wire Image
	return typed(e.elementType(), wire(e))
}

// FactSet is a two-column list of titled values.
type FactSet struct {
	ID        string `json:"id,omitempty"`
	Facts     []Fact `json:"facts"`
	Spacing   string `json:"spacing,omitempty"`
	Separator bool   `json:"separator,omitempty"`
}

// Fact is one row of a [FactSet].
type Fact struct {
	Title string `json:"title"`
	Value string `json:"value"`
}

func (FactSet) elementType() string { return "FactSet" }

// MarshalJSON encodes the fact set with "type": "FactSet".
func (e FactSet) MarshalJSON() ([]byte, error) {
	type wire FactSet
	return typed(e.elementType(), wire(e))
}

// Values of the Style fields of [Container] and [Column].
const (
	StyleDefault   = "default"
	StyleEmphasis  = "emphasis"
	StyleGood      = "good"
	StyleAttention = "attention"
	StyleWarning   = "warning"
	StyleAccent    = "accent"
)

// Container groups elements, optionally on a styled background.
type Container struct {
	ID    string    `json:"id,omitempty"`
	Items []Element `json:"items"`
	// Style is [StyleEmphasis], [StyleGood], ….
	Style string `json:"style,omitempty"`
	// VerticalContentAlignment is "top", "center" or "bottom".
	VerticalContentAlignment string `json:"verticalContentAlignment,omitempty"`
	Spacing                  string `json:"spacing,omitempty"`
	Separator                bool   `json:"separator,omitempty"`
}

func (Container) elementType() string { return "Container" }

// MarshalJSON encodes the container with "type": "Container".
func (e Container) MarshalJSON() ([]byte, error) {
	type wire Container
	return typed(e.elementType(), wire(e))
}

// ColumnSet lays columns side by side.
type ColumnSet struct {
	ID        string   `json:"id,omitempty"`
	Columns   []Column `json:"columns"`
	Spacing   string   `json:"spacing,omitempty"`
	Separator bool     `json:"separator,omitempty"`
}

func (ColumnSet) elementType() string { return "ColumnSet" }

// MarshalJSON encodes the column set with "type": "ColumnSet".
func (e ColumnSet) MarshalJSON() ([]byte, error) {
	type wire ColumnSet
	return typed(e.elementType(), wire(e))
}

// Column is one column of a [ColumnSet].
type Column struct {
	ID    string    `json:"id,omitempty"`
	Items []Element `json:"items"`
	// Width is "auto", "stretch", a pixel width such as "80px", or a
	// relative weight such as "2" (sent as a number).
	Width                    string `json:"width,omitempty"`
	Style                    string `json:"style,omitempty"`
	VerticalContentAlignment string `json:"verticalContentAlignment,omitempty"`
	Spacing                  string `json:"spacing,omitempty"`
	Separator                bool   `json:"separator,omitempty"`
}

// MarshalJSON encodes the column with "type": "Column".
func (c Column) MarshalJSON() ([]byte, error) {
	type wire Column
	if c.Items == nil {
		c.Items = []Element{} // an empty column is "items": [], not null
	}
	w := struct {
		Type  string `json:"type"`
		Width any    `json:"width,omitempty"`
		wire
	}{Type: "Column", wire: wire(c)}
	if c.Width != "" {
		w.Width = c.Width
		if _, err := strconv.ParseFloat(c.Width, 64); err == nil {
			w.Width = json.Number(c.Width)
		}
	}
	return json.Marshal(w)
}

// ActionSet shows buttons inside the body.
type ActionSet struct {
	ID        string   `json:"id,omitempty"`
	Actions   []Action `json:"actions"`
	Spacing   string   `json:"spacing,omitempty"`
	Separator bool     `json:"separator,omitempty"`
}

func (ActionSet) elementType() string { return "ActionSet" }

// MarshalJSON encodes the action set with "type": "ActionSet".
func (e ActionSet) MarshalJSON() ([]byte, error) {
	type wire ActionSet
	return typed(e.elementType(), wire(e))
}
