package webextest

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A webhook on a resource needs that resource's read scope, meetings
// resources included: spark:all alone does not grant meeting scopes.
func TestWebhookNeedsResourceReadScope(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	_, sparkOnly := srv.NewUserWithToken("ana@example.com", "Ana")
	_, withMeetings := srv.NewMeetingUserWithToken("ben@example.com", "Ben")
	for _, res := range []string{"meetings", "recordings", "meetingParticipants", "meetingTranscripts"} {
		body := map[string]any{"name": "h", "targetUrl": "http://127.0.0.1:1/h", "resource": res, "event": "all"}
		r := call(t, srv, sparkOnly, http.MethodPost, "/webhooks", body)
		assert.Equal(t, http.StatusForbidden, r.status, res)
		assert.Contains(t, r.str("message"), "meeting:", res)
		r = call(t, srv, withMeetings, http.MethodPost, "/webhooks", body)
		assert.Equal(t, http.StatusOK, r.status, res)
	}
}
