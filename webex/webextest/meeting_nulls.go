package webextest

import (
	"bytes"
	"encoding/json"
)

// isNull reports whether a request body gives attribute k as JSON null,
// which PATCH /meetings/{id} takes to clear agenda, recurrence and
// trackingCodes.
func isNull(attrs map[string]json.RawMessage, k string) bool {
	v, ok := attrs[k]
	return ok && bytes.Equal(bytes.TrimSpace(v), []byte("null"))
}
