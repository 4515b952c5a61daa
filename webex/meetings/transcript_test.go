package meetings_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/internal/sdktest"
	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/meetings"
)

const transcriptJSON = `{
	"id": "tr-1",
	"siteUrl": "acme.webex.com",
	"startTime": "2024-03-18T09:02:15.042Z",
	"meetingTopic": "Weekly design review",
	"meetingId": "a1b2_I_1977",
	"scheduledMeetingId": "a1b2_20240318T090000Z",
	"meetingSeriesId": "a1b2",
	"hostUserId": "host-user-1",
	"vttDownloadLink": "https://webexapis.com/v1/meetingTranscripts/tr-1/download?format=vtt",
	"txtDownloadLink": "https://webexapis.com/v1/meetingTranscripts/tr-1/download?format=txt",
	"status": "available"
}`

const snippetJSON = `{"id": "tr-1_00001", "text": "Good morning all", "personName": "Ines Moreau", "personEmail": "ines@example.com", "offsetMillisecond": 1500, "durationMillisecond": 2250}`

func assertTranscript(t *testing.T, tr *meetings.Transcript) {
	t.Helper()
	assert.Equal(t, &meetings.Transcript{
		ID: "tr-1", SiteURL: "acme.webex.com", StartTime: utc(2024, 3, 18, 9, 2, 15, 42), MeetingTopic: "Weekly design review",
		MeetingID: "a1b2_I_1977", ScheduledMeetingID: "a1b2_20240318T090000Z", MeetingSeriesID: "a1b2", HostUserID: "host-user-1",
		VTTDownloadLink: "https://webexapis.com/v1/meetingTranscripts/tr-1/download?format=vtt",
		TXTDownloadLink: "https://webexapis.com/v1/meetingTranscripts/tr-1/download?format=txt",
		Status:          meetings.StatusAvailable,
	}, tr)
}

func assertSnippet(t *testing.T, s *meetings.Snippet) {
	t.Helper()
	assert.Equal(t, &meetings.Snippet{ID: "tr-1_00001", Text: "Good morning all", PersonName: "Ines Moreau", PersonEmail: "ines@example.com", OffsetMillisecond: 1500, DurationMillisecond: 2250}, s)
	assert.Equal(t, 1500*time.Millisecond, s.Offset())
	assert.Equal(t, 2250*time.Millisecond, s.Duration())
}

func TestTranscriptJSONNames(t *testing.T) {
	t.Parallel()
	var tr meetings.Transcript
	require.NoError(t, json.Unmarshal([]byte(transcriptJSON), &tr))
	assertTranscript(t, &tr)
	assert.Equal(t, keysOf(t, transcriptJSON), jsonKeys(t, tr))
	var s meetings.Snippet
	require.NoError(t, json.Unmarshal([]byte(snippetJSON), &s))
	assertSnippet(t, &s)
	assert.Equal(t, keysOf(t, snippetJSON), jsonKeys(t, s))
}

func TestTranscriptsList(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	var calls atomic.Int32
	mux.HandleFunc("/v1/meetingTranscripts", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		calls.Add(1)
		if r.URL.Query().Get("cursor") == "" {
			assert.Equal(t, url.Values{
				"meetingId": {"a1b2_I_1977"}, "from": {"2024-03-17T23:00:00Z"}, "to": {"2024-03-19T00:00:00Z"},
				"hostEmail": {"ines@example.com"}, "siteUrl": {"acme.webex.com"}, "max": {"1"},
			}, r.URL.Query())
			w.Header().Set("Link", fmt.Sprintf(`<http://%s/v1/meetingTranscripts?cursor=2&max=1>; rel="next"`, r.Host))
			sdktest.WriteRaw(w, http.StatusOK, `{"items": [`+transcriptJSON+`]}`)
			return
		}
		sdktest.WriteRaw(w, http.StatusOK, `{"items": [{"id": "tr-2", "status": "deleted"}]}`)
	})
	p := &meetings.TranscriptListParams{
		MeetingID: "a1b2_I_1977", From: time.Date(2024, 3, 18, 0, 0, 0, 0, time.FixedZone("CET", 3600)), To: utc(2024, 3, 19, 0, 0, 0, 0),
		HostEmail: "ines@example.com", SiteURL: "acme.webex.com", Max: 1,
	}
	var got []*meetings.Transcript
	for tr, err := range c.Transcripts.List(context.Background(), p) {
		require.NoError(t, err)
		got = append(got, tr)
	}
	require.Len(t, got, 2)
	assertTranscript(t, got[0])
	assert.Equal(t, meetings.StatusDeleted, got[1].Status)
	assert.EqualValues(t, 2, calls.Load())

	first, err := c.Transcripts.ListPage(context.Background(), p, "")
	require.NoError(t, err)
	second, err := c.Transcripts.ListPage(context.Background(), p, first.NextURL)
	require.NoError(t, err)
	assert.Equal(t, "tr-2", second.Items[0].ID)
}

func TestTranscriptsListAdmin(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	mux.HandleFunc("/v1/admin/meetingTranscripts", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		assert.Equal(t, url.Values{"siteUrl": {"acme.webex.com"}, "from": {"2024-03-01T00:00:00Z"}, "to": {"2024-03-02T00:00:00Z"}, "max": {"100"}}, r.URL.Query())
		sdktest.WriteRaw(w, http.StatusOK, `{"items": [`+transcriptJSON+`]}`)
	})
	n := 0
	for tr, err := range c.Transcripts.ListAdmin(context.Background(), &meetings.TranscriptAdminListParams{
		SiteURL: "acme.webex.com", From: utc(2024, 3, 1, 0, 0, 0, 0), To: utc(2024, 3, 2, 0, 0, 0, 0), Max: 100,
	}) {
		require.NoError(t, err)
		assertTranscript(t, tr)
		n++
	}
	assert.Equal(t, 1, n)
}

func TestTranscriptDownload(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	chunk := bytes.Repeat([]byte("00:00:01.000 --> 00:00:02.000\nHello there\n\n"), 1000)
	const chunks = 100
	want := crc32.NewIEEE()
	want.Write([]byte("WEBVTT\n\n"))
	for range chunks {
		want.Write(chunk)
	}
	mux.HandleFunc("/v1/meetingTranscripts/{transcriptId}/download", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		assert.Equal(t, "tr-1", r.PathValue("transcriptId"))
		assert.Equal(t, url.Values{"format": {"vtt"}, "hostEmail": {"ines@example.com"}}, r.URL.Query())
		w.Header().Set("Content-Type", "text/vtt")
		w.Header().Set("Content-Disposition", `attachment; filename="Weekly design review.vtt"`)
		w.Header().Set("Content-Length", strconv.Itoa(8+chunks*len(chunk)))
		_, _ = w.Write([]byte("WEBVTT\n\n"))
		for range chunks {
			if _, err := w.Write(chunk); err != nil {
				return
			}
			w.(http.Flusher).Flush()
		}
	})
	f, err := c.Transcripts.Download(context.Background(), "tr-1", &meetings.TranscriptDownloadParams{Format: meetings.TranscriptFormatVTT, HostEmail: "ines@example.com"})
	require.NoError(t, err)
	defer f.Close()
	assert.Equal(t, "text/vtt", f.ContentType)
	assert.Equal(t, "Weekly design review.vtt", f.FileName)
	assert.EqualValues(t, 8+chunks*len(chunk), f.Size)
	got := crc32.NewIEEE()
	n, err := io.Copy(got, f)
	require.NoError(t, err)
	assert.EqualValues(t, 8+chunks*len(chunk), n)
	assert.Equal(t, want.Sum32(), got.Sum32())
}

func TestTranscriptDownloadStreamsAndStopsOnClose(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	const total = 256 << 20 // far more than any socket buffer
	var written atomic.Int64
	done := make(chan error, 1)
	mux.HandleFunc("/v1/meetingTranscripts/{transcriptId}/download", func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "format=txt", r.URL.RawQuery)
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		chunk := bytes.Repeat([]byte("Ines Moreau: good morning all.\n"), 1024)
		for written.Load() < total {
			n, err := w.Write(chunk)
			written.Add(int64(n))
			if err != nil {
				done <- err
				return
			}
			w.(http.Flusher).Flush()
		}
		done <- nil
	})
	f, err := c.Transcripts.Download(context.Background(), "tr-1", &meetings.TranscriptDownloadParams{Format: meetings.TranscriptFormatTXT})
	require.NoError(t, err)
	assert.Equal(t, "text/plain; charset=utf-8", f.ContentType)
	assert.Empty(t, f.FileName)
	assert.EqualValues(t, -1, f.Size)
	head := make([]byte, 4096)
	_, err = io.ReadFull(f, head)
	require.NoError(t, err)
	assert.True(t, bytes.HasPrefix(head, []byte("Ines Moreau: good morning all.\n")))
	// The server is still writing: the SDK hands over the body as it
	// arrives instead of reading it whole.
	assert.Less(t, written.Load(), int64(total))
	require.NoError(t, f.Close())
	select {
	case err := <-done:
		assert.Error(t, err, "the server should fail to write once the client closed the download")
	case <-time.After(10 * time.Second):
		t.Fatal("the server kept writing after the download was closed")
	}
	assert.Less(t, written.Load(), int64(total))
}

func TestTranscriptDownloadErrors(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	calls := sdktest.Forbid(t, mux)
	_, err := c.Transcripts.Download(context.Background(), "tr-1", &meetings.TranscriptDownloadParams{Format: "pdf"})
	assert.EqualError(t, err, `webex: meetings: TranscriptDownloadParams.Format must be "vtt" or "txt"`)
	assert.ErrorIs(t, err, webex.ErrInvalidInput)
	assert.Zero(t, calls.Load())

	mux2, c2 := newServer(t)
	mux2.HandleFunc("/v1/meetingTranscripts/{transcriptId}/download", func(w http.ResponseWriter, r *http.Request) {
		sdktest.WriteError(w, http.StatusNotFound, "Transcript not found")
	})
	f, err := c2.Transcripts.Download(context.Background(), "tr-9", nil)
	assert.Nil(t, f)
	var ae *webex.APIError
	require.True(t, errors.As(err, &ae))
	assert.Equal(t, http.StatusNotFound, ae.StatusCode)
	assert.Equal(t, "Transcript not found", ae.Message)
	assert.ErrorIs(t, err, webex.ErrNotFound)
}

func TestSnippets(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	var calls atomic.Int32
	mux.HandleFunc("GET /v1/meetingTranscripts/{transcriptId}/snippets", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		assert.Equal(t, "tr-1", r.PathValue("transcriptId"))
		assert.Equal(t, "10", r.URL.Query().Get("max"))
		calls.Add(1)
		if r.URL.Query().Get("cursor") == "" {
			w.Header().Set("Link", fmt.Sprintf(`<http://%s/v1/meetingTranscripts/tr-1/snippets?cursor=2&max=10>; rel="next"`, r.Host))
			sdktest.WriteRaw(w, http.StatusOK, `{"items": [`+snippetJSON+`]}`)
			return
		}
		sdktest.WriteRaw(w, http.StatusOK, `{"items": [{"id": "tr-1_00002", "text": "Hi"}]}`)
	})
	mux.HandleFunc("GET /v1/meetingTranscripts/{transcriptId}/snippets/{snippetId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		assert.Equal(t, "tr-1", r.PathValue("transcriptId"))
		assert.Equal(t, "tr-1_00001", r.PathValue("snippetId"))
		sdktest.WriteRaw(w, http.StatusOK, snippetJSON)
	})
	mux.HandleFunc("PUT /v1/meetingTranscripts/{transcriptId}/snippets/{snippetId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodPut)
		assert.Equal(t, "tr-1_00001", r.PathValue("snippetId"))
		assert.Equal(t, map[string]any{"text": "Good morning, all", "reason": "audit"}, rawBody(t, r))
		sdktest.WriteRaw(w, http.StatusOK, snippetJSON)
	})
	ctx := context.Background()
	var got []*meetings.Snippet
	for s, err := range c.Transcripts.ListSnippets(ctx, "tr-1", &meetings.SnippetListParams{Max: 10}) {
		require.NoError(t, err)
		got = append(got, s)
	}
	require.Len(t, got, 2)
	assertSnippet(t, got[0])
	assert.Equal(t, "Hi", got[1].Text)
	assert.EqualValues(t, 2, calls.Load())

	page, err := c.Transcripts.ListSnippetsPage(ctx, "tr-1", &meetings.SnippetListParams{Max: 10}, "")
	require.NoError(t, err)
	require.NotEmpty(t, page.NextURL)
	page, err = c.Transcripts.ListSnippetsPage(ctx, "tr-1", &meetings.SnippetListParams{Max: 10}, page.NextURL)
	require.NoError(t, err)
	assert.Equal(t, "tr-1_00002", page.Items[0].ID)

	s, err := c.Transcripts.GetSnippet(ctx, "tr-1", "tr-1_00001")
	require.NoError(t, err)
	assertSnippet(t, s)
	s, err = c.Transcripts.UpdateSnippet(ctx, "tr-1", "tr-1_00001", &meetings.SnippetUpdateParams{Text: "Good morning, all", Reason: "audit"})
	require.NoError(t, err)
	assertSnippet(t, s)
}

func TestTranscriptDelete(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	var bodies []map[string]any
	mux.HandleFunc("/v1/meetingTranscripts/{transcriptId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodDelete)
		assert.Equal(t, "tr-1", r.PathValue("transcriptId"))
		if r.ContentLength > 0 {
			bodies = append(bodies, rawBody(t, r))
		} else {
			bodies = append(bodies, nil)
		}
		w.WriteHeader(http.StatusNoContent)
	})
	require.NoError(t, c.Transcripts.Delete(context.Background(), "tr-1", &meetings.TranscriptDeleteParams{Reason: "audit", Comment: "Privacy request"}))
	require.NoError(t, c.Transcripts.Delete(context.Background(), "tr-1", nil))
	assert.Equal(t, []map[string]any{{"reason": "audit", "comment": "Privacy request"}, nil}, bodies)
}

func TestTranscriptValidation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		call func(context.Context, *api) error
		want string
	}{
		{"list range", func(ctx context.Context, c *api) error {
			_, err := c.Transcripts.ListPage(ctx, &meetings.TranscriptListParams{From: utc(2024, 2, 1, 0, 0, 0, 0), To: utc(2024, 1, 1, 0, 0, 0, 0)}, "")
			return err
		}, "meetings: TranscriptListParams.To must not be before From"},
		{"admin without site", func(ctx context.Context, c *api) error {
			for _, err := range c.Transcripts.ListAdmin(ctx, nil) {
				return err
			}
			return nil
		}, "meetings: TranscriptAdminListParams.SiteURL is required"},
		{"snippets max", func(ctx context.Context, c *api) error {
			for _, err := range c.Transcripts.ListSnippets(ctx, "tr-1", &meetings.SnippetListParams{Max: -1}) {
				return err
			}
			return nil
		}, "meetings: SnippetListParams.Max must not be negative"},
		{"snippet without text", func(ctx context.Context, c *api) error {
			_, err := c.Transcripts.UpdateSnippet(ctx, "tr-1", "s", &meetings.SnippetUpdateParams{Reason: "audit"})
			return err
		}, "meetings: SnippetUpdateParams.Text is required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := newServer(t)
			calls := sdktest.Forbid(t, mux)
			assert.ErrorContains(t, tt.call(context.Background(), c), tt.want)
			assert.Zero(t, calls.Load())
		})
	}
}
