package meetings_test

import (
	"context"
	"encoding/json"
	"net/http"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/internal/sdktest"
	"github.com/gowebex/sdk/webex/meetings"
)

const summaryJSON = `{"id": "sum-1", "meetingId": "a1b2_I_1977", "status": "available", "notes": {"content": "<p>We agreed on the new layout.</p>"}, "actionItems": [{"content": "Bo drafts the spec"}, {"content": "Cy books the room"}]}`

func assertSummary(t *testing.T, s *meetings.Summary) {
	t.Helper()
	assert.Equal(t, &meetings.Summary{
		ID: "sum-1", MeetingID: "a1b2_I_1977", Status: meetings.StatusAvailable,
		Notes:       &meetings.Notes{Content: "<p>We agreed on the new layout.</p>"},
		ActionItems: []meetings.ActionItem{{Content: "Bo drafts the spec"}, {Content: "Cy books the room"}},
	}, s)
}

func TestSummaryJSONNames(t *testing.T) {
	t.Parallel()
	var s meetings.Summary
	require.NoError(t, json.Unmarshal([]byte(summaryJSON), &s))
	assertSummary(t, &s)
	assert.Equal(t, keysOf(t, summaryJSON), jsonKeys(t, s))
}

func TestSummariesList(t *testing.T) {
	t.Parallel()
	for _, path := range []string{"/v1/meetingSummaries", "/v1/admin/meetingSummaries"} {
		t.Run(path, func(t *testing.T) {
			t.Parallel()
			mux, c := newServer(t)
			mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
				sdktest.CheckRequest(t, r, http.MethodGet)
				assert.Equal(t, "meetingId=a1b2_I_1977", r.URL.RawQuery)
				sdktest.WriteRaw(w, http.StatusOK, `{"items": [`+summaryJSON+`, {"id": "sum-0", "status": "deleted"}]}`)
			})
			list := c.Summaries.List
			if path == "/v1/admin/meetingSummaries" {
				list = c.Summaries.ListAdmin
			}
			var got []*meetings.Summary
			for s, err := range list(context.Background(), "a1b2_I_1977") {
				require.NoError(t, err)
				got = append(got, s)
			}
			require.Len(t, got, 2)
			assertSummary(t, got[0])
			assert.Equal(t, meetings.StatusDeleted, got[1].Status)
		})
	}
}

func TestSummariesNone(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	mux.HandleFunc("GET /v1/meetingSummaries", func(w http.ResponseWriter, r *http.Request) {
		sdktest.WriteRaw(w, http.StatusOK, `{"items": []}`)
	})
	page, err := c.Summaries.ListPage(context.Background(), "m", "")
	require.NoError(t, err)
	assert.Empty(t, page.Items)
	for range c.Summaries.List(context.Background(), "m") {
		t.Fatal("an empty list yields nothing")
	}
}

func TestSummaryDelete(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	var calls atomic.Int32
	mux.HandleFunc("/v1/meetingSummaries/{summaryId}", func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		sdktest.CheckRequest(t, r, http.MethodDelete)
		assert.Equal(t, "sum-1", r.PathValue("summaryId"))
		w.WriteHeader(http.StatusNoContent)
	})
	require.NoError(t, c.Summaries.Delete(context.Background(), "sum-1"))
	assert.EqualValues(t, 1, calls.Load())
}
