package webextest

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestEndpointKey(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"GET /messages/{messageId}":                                   "GET /messages/{id}",
		"GET /messages/{id}":                                          "GET /messages/{id}",
		"get /rooms/{roomId}/meetingInfo":                             "GET /rooms/{id}/meetingInfo",
		"PUT /meetingTranscripts/{transcriptId}/snippets/{snippetId}": "PUT /meetingTranscripts/{id}/snippets/{id}",
		"POST /messages":                                              "POST /messages",
		"*":                                                           "*",
	} {
		assert.Equal(t, want, endpointKey(in), in)
	}
}

// The SDK's endpoint names (from the API reference) work for faults and
// request counts.
func TestSDKEndpointNamesWork(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	_, tok := srv.NewUserWithToken("ana@example.com", "Ana")
	srv.InjectFault("GET /people/{personId}", Fault{Status: http.StatusServiceUnavailable, Times: 1})
	r := call(t, srv, tok, http.MethodGet, "/people/x", nil)
	assert.Equal(t, http.StatusServiceUnavailable, r.status)
	assert.Equal(t, 1, srv.RequestCount("GET /people/{personId}"))
	assert.Equal(t, 1, srv.RequestCount("GET /people/{id}"))
}
