package meetings_test

import (
	"encoding/json"
	"maps"
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/internal/sdktest"
	"github.com/gowebex/sdk/webex/meetings"
)

// api is every service of the package on one test server.
type api struct {
	Meetings     *meetings.Service
	Invitees     *meetings.InviteeService
	Participants *meetings.ParticipantService
	Recordings   *meetings.RecordingService
	Transcripts  *meetings.TranscriptService
	Summaries    *meetings.SummaryService
}

// newServer gives a fresh mux (paths under /v1, as on Webex) and the
// meetings services of a client pointed at it.
func newServer(t *testing.T) (*http.ServeMux, *api) {
	t.Helper()
	mux, c := sdktest.New(t)
	return mux, &api{
		Meetings:     c.Meetings,
		Invitees:     c.MeetingInvitees,
		Participants: c.MeetingParticipants,
		Recordings:   c.Recordings,
		Transcripts:  c.Transcripts,
		Summaries:    c.MeetingSummaries,
	}
}

// rawBody decodes the JSON request body keeping numbers exact.
func rawBody(t *testing.T, r *http.Request) map[string]any {
	t.Helper()
	require.Equal(t, "application/json", r.Header.Get("Content-Type"))
	dec := json.NewDecoder(r.Body)
	dec.UseNumber()
	var m map[string]any
	require.NoError(t, dec.Decode(&m))
	return m
}

// jsonKeys returns the top-level keys v marshals to.
func jsonKeys(t *testing.T, v any) []string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	return slices.Sorted(maps.Keys(m))
}

// keysOf returns the sorted top-level keys of a JSON object.
func keysOf(t *testing.T, raw string) []string {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal([]byte(raw), &m))
	return slices.Sorted(maps.Keys(m))
}

func utc(y int, mo time.Month, d, h, mi, s, ms int) time.Time {
	return time.Date(y, mo, d, h, mi, s, ms*1e6, time.UTC)
}
