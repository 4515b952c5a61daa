package meetings

import (
	"bytes"
	"encoding/json"
)

// Nullable is a field of a patch that says one of three things: leave the
// value alone (the zero Nullable, which is not sent), set it ([Set]), or
// clear it ([Null], sent as JSON null). [PatchParams] uses it for the
// fields Webex lets a patch clear: Agenda, Recurrence and TrackingCodes.
//
//	p := &meetings.PatchParams{
//		Title:      webex.Ptr("Design review"),     // set
//		Agenda:     meetings.Null[string](),       // clear
//		Recurrence: meetings.Set("FREQ=WEEKLY;BYDAY=MO;COUNT=4"),
//		// TrackingCodes left alone
//	}
type Nullable[T any] struct {
	value T
	state nullableState
}

type nullableState uint8

const (
	leaveAlone nullableState = iota
	setValue
	setNull
)

// Set returns a Nullable that sets the field to v.
func Set[T any](v T) Nullable[T] { return Nullable[T]{value: v, state: setValue} }

// Null returns a Nullable that clears the field.
func Null[T any]() Nullable[T] { return Nullable[T]{state: setNull} }

// IsZero reports whether n leaves the field alone; encoding/json's
// omitzero then leaves it out of the body.
func (n Nullable[T]) IsZero() bool { return n.state == leaveAlone }

// IsNull reports whether n clears the field.
func (n Nullable[T]) IsNull() bool { return n.state == setNull }

// Get returns the value n sets, and whether it sets one.
func (n Nullable[T]) Get() (T, bool) { return n.value, n.state == setValue }

// MarshalJSON encodes the value, or null when n clears the field.
func (n Nullable[T]) MarshalJSON() ([]byte, error) {
	if n.state != setValue {
		return []byte("null"), nil
	}
	return json.Marshal(n.value)
}

// UnmarshalJSON decodes null as [Null] and anything else as [Set].
func (n *Nullable[T]) UnmarshalJSON(b []byte) error {
	if bytes.Equal(bytes.TrimSpace(b), []byte("null")) {
		*n = Null[T]()
		return nil
	}
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*n = Set(v)
	return nil
}
