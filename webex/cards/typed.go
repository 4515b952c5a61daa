package cards

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// typed encodes v, a JSON object, with "type": typ as its first member:
// how every element and action tells Adaptive Cards what it is. v must be
// of a type without a MarshalJSON of its own (each caller converts to a
// local "wire" type), or the encoding would recurse.
func typed(typ string, v any) ([]byte, error) {
	body, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	if len(body) < 2 || body[0] != '{' {
		return nil, fmt.Errorf("cards: %s does not encode as a JSON object", typ)
	}
	t, err := json.Marshal(typ)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.Grow(len(body) + len(t) + 9)
	b.WriteString(`{"type":`)
	b.Write(t)
	if len(body) > 2 {
		b.WriteByte(',')
	}
	b.Write(body[1:])
	return b.Bytes(), nil
}
