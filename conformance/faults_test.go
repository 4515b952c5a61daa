//go:build conformance

package conformance

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// requestFault is a fault of Cisco's spec that flags a request the live
// API accepts.
type requestFault struct {
	op       string // the operation
	location string // the start of the violation's location, dot-joined
	why      string
}

// requestFaults are the known spec faults that make Prism flag what the
// SDK rightly sends. Keep it short, and say why each is the spec's fault.
var requestFaults = []requestFault{
	// The message Attachment schema is really the File schema (fileId,
	// contentUrl, type external/native): an Adaptive Card, the only
	// attachment Webex takes, is flagged, and Prism answers 400.
	{"POST /messages", "request.body.attachments", "the spec's message Attachment schema is the File schema"},
	// The patch description says agenda, recurrence and trackingCodes
	// "can be specified as null" to clear them, but their schemas are not
	// nullable, so Prism flags the null the API asks for.
	{"PATCH /meetings/{meetingId}", "request.body.agenda", "agenda is nullable by the description, not by the schema"},
	{"PATCH /meetings/{meetingId}", "request.body.recurrence", "recurrence is nullable by the description, not by the schema"},
	{"PATCH /meetings/{meetingId}", "request.body.trackingCodes", "trackingCodes is nullable by the description, not by the schema"},
}

func knownRequestFault(op string, v violation) string {
	loc := strings.Join(v.Location, ".")
	for _, f := range requestFaults {
		if f.op == op && strings.HasPrefix(loc, f.location) {
			return f.why
		}
	}
	return ""
}

// exampleFault is a fault of a response example in Cisco's spec, with the
// patch that makes the example say what the live API sends.
type exampleFault struct {
	why   string
	patch func(v map[string]any)
}

// exampleFaults are the known faults of the response examples, by
// operation.
var exampleFaults = map[string][]exampleFault{
	// The snippet list example says offset and duration where the
	// schema, the single-snippet example and the live API say
	// offsetMillisecond and durationMillisecond.
	"GET /meetingTranscripts/{transcriptId}/snippets": {{
		why: "the list example names offset and duration as the schema does not",
		patch: func(v map[string]any) {
			for _, it := range v["items"].([]any) {
				s := it.(map[string]any)
				rename(s, "offset", "offsetMillisecond")
				rename(s, "duration", "durationMillisecond")
			}
		},
	}},
}

// rename moves m[from] to m[to].
func rename(m map[string]any, from, to string) {
	if v, ok := m[from]; ok {
		m[to] = v
		delete(m, from)
	}
}

func patchExample(t *testing.T, op string, raw json.RawMessage) json.RawMessage {
	t.Helper()
	faults := exampleFaults[op]
	if len(faults) == 0 {
		return raw
	}
	var v map[string]any
	require.NoError(t, json.Unmarshal(raw, &v))
	for _, f := range faults {
		f.patch(v)
	}
	out, err := json.Marshal(v)
	require.NoError(t, err)
	return out
}
