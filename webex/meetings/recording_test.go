package meetings_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/internal/sdktest"
	"github.com/gowebex/sdk/webex/meetings"
)

const recordingJSON = `{
	"id": "rec-1",
	"meetingId": "a1b2_I_1977",
	"scheduledMeetingId": "a1b2_20240318T090000Z",
	"meetingSeriesId": "a1b2",
	"topic": "Weekly design review",
	"createTime": "2024-03-18T10:05:00Z",
	"timeRecorded": "2024-03-18T09:02:10Z",
	"hostDisplayName": "Ines Moreau",
	"hostEmail": "ines@example.com",
	"siteUrl": "acme.webex.com",
	"downloadUrl": "https://acme.webex.com/acme/lsr.php?RCID=d1",
	"playbackUrl": "https://acme.webex.com/acme/ldr.php?RCID=p1",
	"password": "********",
	"format": "MP4",
	"serviceType": "MeetingCenter",
	"durationSeconds": 3470,
	"sizeBytes": 5368709120,
	"shareToMe": true,
	"temporaryDirectDownloadLinks": {
		"recordingDownloadLink": "https://dl.example.com/rec-1.mp4",
		"audioDownloadLink": "https://dl.example.com/rec-1.m4a",
		"transcriptDownloadLink": "https://dl.example.com/rec-1.vtt",
		"expiration": "2024-03-18T13:05:00Z"
	},
	"integrationTags": ["JIRA-4411"],
	"status": "available"
}`

func assertRecording(t *testing.T, r *meetings.Recording) {
	t.Helper()
	assert.Equal(t, &meetings.Recording{
		ID: "rec-1", MeetingID: "a1b2_I_1977", ScheduledMeetingID: "a1b2_20240318T090000Z", MeetingSeriesID: "a1b2",
		Topic: "Weekly design review", CreateTime: utc(2024, 3, 18, 10, 5, 0, 0), TimeRecorded: utc(2024, 3, 18, 9, 2, 10, 0),
		HostDisplayName: "Ines Moreau", HostEmail: "ines@example.com", SiteURL: "acme.webex.com",
		DownloadURL: "https://acme.webex.com/acme/lsr.php?RCID=d1", PlaybackURL: "https://acme.webex.com/acme/ldr.php?RCID=p1",
		Password: "********", Format: meetings.RecordingFormatMP4, ServiceType: meetings.ServiceTypeMeetingCenter,
		DurationSeconds: 3470, SizeBytes: 5368709120, ShareToMe: true,
		TemporaryDirectDownloadLinks: &meetings.DownloadLinks{
			RecordingDownloadLink: "https://dl.example.com/rec-1.mp4", AudioDownloadLink: "https://dl.example.com/rec-1.m4a",
			TranscriptDownloadLink: "https://dl.example.com/rec-1.vtt", Expiration: utc(2024, 3, 18, 13, 5, 0, 0),
		},
		IntegrationTags: []string{"JIRA-4411"}, Status: meetings.StatusAvailable,
	}, r)
}

func TestRecordingJSONNames(t *testing.T) {
	t.Parallel()
	var r meetings.Recording
	require.NoError(t, json.Unmarshal([]byte(recordingJSON), &r))
	assertRecording(t, &r)
	assert.Equal(t, keysOf(t, recordingJSON), jsonKeys(t, r))
}

func TestRecordingsList(t *testing.T) {
	t.Parallel()
	for _, admin := range []bool{false, true} {
		t.Run(fmt.Sprint("admin=", admin), func(t *testing.T) {
			t.Parallel()
			mux, c := newServer(t)
			path := "/v1/recordings"
			if admin {
				path = "/v1/admin/recordings"
			}
			var calls atomic.Int32
			want := url.Values{
				"meetingId": {"a1b2"}, "from": {"2024-03-01T00:00:00Z"}, "to": {"2024-03-20T12:00:00Z"},
				"siteUrl": {"acme.webex.com"}, "integrationTag": {"JIRA-4411"}, "topic": {"design"},
				"format": {"MP4"}, "serviceType": {"MeetingCenter"}, "status": {"deleted"}, "max": {"10"},
			}
			p := &meetings.RecordingListParams{
				MeetingID: "a1b2", From: utc(2024, 3, 1, 0, 0, 0, 0), To: time.Date(2024, 3, 20, 13, 0, 0, 0, time.FixedZone("CET", 3600)),
				SiteURL: "acme.webex.com", IntegrationTag: "JIRA-4411", Topic: "design", Format: meetings.RecordingFormatMP4,
				ServiceType: meetings.ServiceTypeMeetingCenter, Status: meetings.StatusDeleted, Max: 10,
			}
			if !admin {
				want.Set("hostEmail", "ines@example.com")
				p.HostEmail = "ines@example.com"
			}
			mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
				sdktest.CheckRequest(t, r, http.MethodGet)
				calls.Add(1)
				if r.URL.Query().Get("cursor") == "" {
					assert.Equal(t, want, r.URL.Query())
					w.Header().Set("Link", fmt.Sprintf(`<http://%s%s?cursor=2>; rel="next"`, r.Host, path))
					sdktest.WriteRaw(w, http.StatusOK, `{"items": [`+recordingJSON+`]}`)
					return
				}
				assert.Equal(t, "a1b2", r.URL.Query().Get("meetingId"), "filters survive the next link")
				sdktest.WriteRaw(w, http.StatusOK, `{"items": [{"id": "rec-2", "status": "deleted"}]}`)
			})
			list := c.Recordings.List
			if admin {
				list = c.Recordings.ListAdmin
			}
			var got []*meetings.Recording
			for r, err := range list(context.Background(), p) {
				require.NoError(t, err)
				got = append(got, r)
			}
			require.Len(t, got, 2)
			assertRecording(t, got[0])
			assert.Equal(t, "rec-2", got[1].ID)
			assert.EqualValues(t, 2, calls.Load())
		})
	}
}

func TestRecordingsListPage(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	mux.HandleFunc("GET /v1/recordings", func(w http.ResponseWriter, r *http.Request) {
		assert.Empty(t, r.URL.RawQuery)
		sdktest.WriteRaw(w, http.StatusOK, `{"items": [`+recordingJSON+`]}`)
	})
	page, err := c.Recordings.ListPage(context.Background(), nil, "")
	require.NoError(t, err)
	require.Len(t, page.Items, 1)
	assertRecording(t, &page.Items[0])
	assert.Empty(t, page.NextURL)
}

func TestRecordingGetAndDelete(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	mux.HandleFunc("GET /v1/recordings/{recordingId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		assert.Equal(t, "rec-1", r.PathValue("recordingId"))
		assert.Equal(t, "hostEmail=ines%40example.com", r.URL.RawQuery)
		sdktest.WriteRaw(w, http.StatusOK, recordingJSON)
	})
	type seen struct {
		query string
		body  map[string]any
	}
	var deletes []seen
	mux.HandleFunc("DELETE /v1/recordings/{recordingId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodDelete)
		assert.Equal(t, "rec-1", r.PathValue("recordingId"))
		s := seen{query: r.URL.RawQuery}
		if r.ContentLength > 0 {
			s.body = rawBody(t, r)
		}
		deletes = append(deletes, s)
		w.WriteHeader(http.StatusNoContent)
	})
	ctx := context.Background()
	r, err := c.Recordings.Get(ctx, "rec-1", &meetings.RecordingGetParams{HostEmail: "ines@example.com"})
	require.NoError(t, err)
	assertRecording(t, r)
	require.NoError(t, c.Recordings.Delete(ctx, "rec-1", &meetings.RecordingDeleteParams{HostEmail: "ines@example.com", Reason: "audit", Comment: "Data retention"}))
	require.NoError(t, c.Recordings.Delete(ctx, "rec-1", nil))
	assert.Equal(t, []seen{
		{query: "hostEmail=ines%40example.com", body: map[string]any{"reason": "audit", "comment": "Data retention"}},
		{},
	}, deletes)
}

func TestRecordingValidation(t *testing.T) {
	t.Parallel()
	long := make([]rune, 256)
	for i := range long {
		long[i] = 'é'
	}
	tests := []struct {
		name string
		call func(context.Context, *api) error
		want string
	}{
		{"range", func(ctx context.Context, c *api) error {
			_, err := c.Recordings.ListPage(ctx, &meetings.RecordingListParams{From: utc(2024, 2, 1, 0, 0, 0, 0), To: utc(2024, 1, 1, 0, 0, 0, 0)}, "")
			return err
		}, "meetings: RecordingListParams.To must not be before From"},
		{"max", func(ctx context.Context, c *api) error {
			for _, err := range c.Recordings.List(ctx, &meetings.RecordingListParams{Max: 101}) {
				return err
			}
			return nil
		}, "meetings: RecordingListParams.Max must be between 1 and 100"},
		{"admin over 30 days", func(ctx context.Context, c *api) error {
			for _, err := range c.Recordings.ListAdmin(ctx, &meetings.RecordingListParams{From: utc(2024, 1, 1, 0, 0, 0, 0), To: utc(2024, 2, 15, 0, 0, 0, 0)}) {
				return err
			}
			return nil
		}, "ListAdmin takes a From-To range of at most 30 days"},
		{"admin host email", func(ctx context.Context, c *api) error {
			for _, err := range c.Recordings.ListAdmin(ctx, &meetings.RecordingListParams{HostEmail: "x@example.com"}) {
				return err
			}
			return nil
		}, "meetings: RecordingListParams.HostEmail is not taken by ListAdmin"},
		{"long comment", func(ctx context.Context, c *api) error {
			return c.Recordings.Delete(ctx, "rec-1", &meetings.RecordingDeleteParams{Comment: string(long)})
		}, "meetings: RecordingDeleteParams.Comment is longer than 255 characters"},
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
