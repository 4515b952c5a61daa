package mcpserver

import (
	"encoding/json"
	"fmt"
	"reflect"

	"github.com/google/jsonschema-go/jsonschema"
)

// schemasFor returns a tool's input and output schemas as clients receive
// them, and the resolved input schema arguments are validated against.
//
// The input schema is derived from In's fields and jsonschema tags. The
// output schema is derived from Out and then made compact (see
// compactOutput): it still validates every result, but lists the fields of
// the returned objects only, not of the objects nested in them.
func schemasFor[In, Out any]() (in, out json.RawMessage, res *jsonschema.Resolved, err error) {
	is, err := jsonschema.For[In](schemaOpts)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("input schema: %w", err)
	}
	if res, err = is.Resolve(nil); err != nil {
		return nil, nil, nil, fmt.Errorf("input schema: %w", err)
	}
	var zero Out
	var os *jsonschema.Schema
	if sh, ok := any(zero).(shaped); ok {
		os, err = jsonschema.ForType(reflect.TypeOf(sh.shape()), schemaOpts)
	} else {
		os, err = jsonschema.For[Out](schemaOpts)
	}
	if err != nil {
		return nil, nil, nil, fmt.Errorf("output schema: %w", err)
	}
	compactOutput(os)
	if in, err = json.Marshal(is); err != nil {
		return nil, nil, nil, err
	}
	if out, err = json.Marshal(os); err != nil {
		return nil, nil, nil, err
	}
	return in, out, res, nil
}

// shaped is a result whose JSON is that of another type (shape's).
type shaped interface{ shape() any }

// maxOutputProps is the most properties an output schema lists for one
// object; an object with more (a meeting has about 80) is described as an
// object only.
const maxOutputProps = 40

// compactOutput trims an output schema to what an agent needs to read the
// result: the properties of the result object (or, for a list, of each
// item) with their types; objects nested deeper, or with more than
// maxOutputProps properties, keep their type but not their properties. The
// schema still validates every result, since it only drops constraints,
// and tools/list stays small; the text result shows every field.
func compactOutput(s *jsonschema.Schema) {
	if len(s.Properties) > maxOutputProps {
		keepLevels(s, 0)
		return
	}
	for name, p := range s.Properties {
		if name == "items" && p.Items != nil {
			keepLevels(p.Items, 1)
			continue
		}
		keepLevels(p, 0)
	}
}

// keepLevels keeps the properties of n levels of nested objects below s and
// drops those deeper; arrays do not count as a level.
func keepLevels(s *jsonschema.Schema, n int) {
	if s == nil {
		return
	}
	if s.Items != nil {
		keepLevels(s.Items, n)
	}
	if s.Properties == nil && s.AdditionalProperties == nil {
		return
	}
	if n == 0 || len(s.Properties) > maxOutputProps {
		if len(s.Properties) > maxOutputProps && s.Description == "" {
			s.Description = "a Webex object with many fields, as Webex returns it"
		}
		s.Properties, s.Required, s.AdditionalProperties = nil, nil, nil
		return
	}
	for _, p := range s.Properties {
		keepLevels(p, n-1)
	}
	if s.AdditionalProperties != nil {
		keepLevels(s.AdditionalProperties, n-1)
	}
}
