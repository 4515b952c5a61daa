package mcpserver_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// strictProblems returns where a schema uses what strict clients (the
// TypeScript SDK's) refuse: a boolean where a subschema must be an object,
// or a $ref. additionalProperties may be a boolean.
func strictProblems(path string, v any) []string {
	m, ok := v.(map[string]any)
	if !ok {
		return []string{path + " is not an object schema"}
	}
	var out []string
	if _, ok := m["$ref"]; ok {
		out = append(out, path+" uses $ref")
	}
	for k, c := range m {
		switch k {
		case "properties", "$defs", "definitions", "patternProperties":
			props, _ := c.(map[string]any)
			for pk, pv := range props {
				out = append(out, strictProblems(path+"."+k+"."+pk, pv)...)
			}
		case "items", "not", "contains", "propertyNames":
			out = append(out, strictProblems(path+"."+k, c)...)
		case "additionalProperties":
			if _, isBool := c.(bool); !isBool {
				out = append(out, strictProblems(path+"."+k, c)...)
			}
		case "anyOf", "oneOf", "allOf", "prefixItems":
			list, _ := c.([]any)
			for i, e := range list {
				out = append(out, strictProblems(fmt.Sprintf("%s.%s[%d]", path, k, i), e)...)
			}
		}
	}
	return out
}

// TestSchemasAreStrict checks every listed tool's input and output schema
// as a client receives it: object schemas all the way down, no boolean
// schemas, no $ref, and "type": "object" at the top.
func TestSchemasAreStrict(t *testing.T) {
	t.Parallel()
	e := shared
	for name, tl := range listTools(t, e.session(t, "boss")) {
		for kind, sch := range map[string]any{"input": tl.InputSchema, "output": tl.OutputSchema} {
			b, err := json.Marshal(sch)
			require.NoError(t, err)
			var v any
			require.NoError(t, json.Unmarshal(b, &v))
			assert.Empty(t, strictProblems(name+"."+kind, v))
			assert.Equal(t, "object", v.(map[string]any)["type"], "%s %s schema", name, kind)
		}
	}
}
