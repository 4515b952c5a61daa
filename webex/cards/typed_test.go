package cards

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTyped(t *testing.T) {
	t.Parallel()
	type empty struct {
		A string `json:"a,omitempty"`
	}
	b, err := typed("TextBlock", empty{})
	require.NoError(t, err)
	assert.JSONEq(t, `{"type":"TextBlock"}`, string(b))
	assert.Equal(t, `{"type":"TextBlock"}`, string(b))

	b, err = typed(`Odd"Name`, empty{A: "x"})
	require.NoError(t, err)
	assert.Equal(t, `{"type":"Odd\"Name","a":"x"}`, string(b))

	_, err = typed("X", []int{1})
	assert.ErrorContains(t, err, "does not encode as a JSON object")
}
