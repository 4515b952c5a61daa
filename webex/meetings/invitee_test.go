package meetings_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/internal/sdktest"
	"github.com/gowebex/sdk/webex/meetings"
)

const inviteeJSON = `{"id": "a1b2_2628962", "email": "bo@example.com", "displayName": "Bo Lind", "coHost": true, "meetingId": "a1b2", "panelist": true}`

func assertInvitee(t *testing.T, inv *meetings.MeetingInvitee) {
	t.Helper()
	assert.Equal(t, &meetings.MeetingInvitee{ID: "a1b2_2628962", Email: "bo@example.com", DisplayName: "Bo Lind", CoHost: true, MeetingID: "a1b2", Panelist: true}, inv)
}

func TestInviteeJSONNames(t *testing.T) {
	t.Parallel()
	var inv meetings.MeetingInvitee
	require.NoError(t, json.Unmarshal([]byte(inviteeJSON), &inv))
	assert.Equal(t, keysOf(t, inviteeJSON), jsonKeys(t, inv))
}

func TestInviteesListPages(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	var calls atomic.Int32
	mux.HandleFunc("/v1/meetingInvitees", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		q := r.URL.Query()
		assert.Equal(t, "a1b2", q.Get("meetingId"))
		assert.Equal(t, "false", q.Get("panelist"))
		calls.Add(1)
		if q.Get("cursor") == "" {
			assert.Equal(t, url.Values{"meetingId": {"a1b2"}, "max": {"1"}, "hostEmail": {"ines@example.com"}, "panelist": {"false"}}, q)
			w.Header().Set("Link", fmt.Sprintf(`<http://%s/v1/meetingInvitees?meetingId=a1b2&cursor=2>; rel="next"`, r.Host))
			sdktest.WriteRaw(w, http.StatusOK, `{"items": [`+inviteeJSON+`]}`)
			return
		}
		assert.Equal(t, "2", q.Get("cursor"))
		sdktest.WriteRaw(w, http.StatusOK, `{"items": [{"id": "a1b2_2", "email": "cy@example.com"}]}`)
	})
	p := &meetings.InviteeListParams{MeetingID: "a1b2", Max: 1, HostEmail: "ines@example.com", Panelist: ptr(false)}
	var got []*meetings.MeetingInvitee
	for inv, err := range c.Invitees.List(context.Background(), p) {
		require.NoError(t, err)
		got = append(got, inv)
	}
	require.Len(t, got, 2)
	assertInvitee(t, got[0])
	assert.Equal(t, "cy@example.com", got[1].Email)

	assert.EqualValues(t, 2, calls.Load())

	page, err := c.Invitees.ListPage(context.Background(), p, "")
	require.NoError(t, err)
	assert.Len(t, page.Items, 1)
	assert.NotEmpty(t, page.NextURL)
}

func TestInviteeCreate(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	mux.HandleFunc("/v1/meetingInvitees", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodPost)
		assert.Equal(t, map[string]any{
			"meetingId": "a1b2", "email": "bo@example.com", "displayName": "Bo Lind", "coHost": true,
			"hostEmail": "ines@example.com", "sendEmail": false, "panelist": true,
		}, rawBody(t, r))
		sdktest.WriteRaw(w, http.StatusOK, inviteeJSON)
	})
	inv, err := c.Invitees.Create(context.Background(), &meetings.InviteeCreateParams{
		MeetingID: "a1b2", Email: "bo@example.com", DisplayName: "Bo Lind", CoHost: ptr(true),
		HostEmail: "ines@example.com", SendEmail: ptr(false), Panelist: ptr(true),
	})
	require.NoError(t, err)
	assertInvitee(t, inv)
}

func TestInviteeBulkInsert(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	mux.HandleFunc("/v1/meetingInvitees/bulkInsert", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodPost)
		assert.Equal(t, map[string]any{
			"meetingId": "a1b2", "hostEmail": "ines@example.com",
			"items": []any{
				map[string]any{"email": "bo@example.com", "displayName": "Bo Lind", "coHost": true, "sendEmail": false},
				map[string]any{"email": "cy@example.com", "panelist": false},
			},
		}, rawBody(t, r))
		sdktest.WriteRaw(w, http.StatusOK, `{"items": [`+inviteeJSON+`, {"id": "a1b2_3", "email": "cy@example.com", "meetingId": "a1b2"}]}`)
	})
	got, err := c.Invitees.BulkInsert(context.Background(), &meetings.BulkInviteeParams{
		MeetingID: "a1b2", HostEmail: "ines@example.com",
		Items: []meetings.InviteeItem{
			{Email: "bo@example.com", DisplayName: "Bo Lind", CoHost: ptr(true), SendEmail: ptr(false)},
			{Email: "cy@example.com", Panelist: ptr(false)},
		},
	})
	require.NoError(t, err)
	require.Len(t, got, 2)
	assertInvitee(t, &got[0])
	assert.Equal(t, "a1b2_3", got[1].ID)
}

func TestInviteeGetUpdateDelete(t *testing.T) {
	t.Parallel()
	mux, c := newServer(t)
	mux.HandleFunc("GET /v1/meetingInvitees/{meetingInviteeId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		assert.Equal(t, "a1b2_2628962", r.PathValue("meetingInviteeId"))
		assert.Equal(t, "hostEmail=ines%40example.com", r.URL.RawQuery)
		sdktest.WriteRaw(w, http.StatusOK, inviteeJSON)
	})
	mux.HandleFunc("PUT /v1/meetingInvitees/{meetingInviteeId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodPut)
		assert.Equal(t, "a1b2_2628962", r.PathValue("meetingInviteeId"))
		assert.Equal(t, map[string]any{"email": "bo@example.com", "displayName": "Bo L.", "coHost": false, "sendEmail": true, "panelist": false, "hostEmail": "ines@example.com"}, rawBody(t, r))
		sdktest.WriteRaw(w, http.StatusOK, inviteeJSON)
	})
	var deleted atomic.Int32
	mux.HandleFunc("DELETE /v1/meetingInvitees/{meetingInviteeId}", func(w http.ResponseWriter, r *http.Request) {
		deleted.Add(1)
		sdktest.CheckRequest(t, r, http.MethodDelete)
		assert.Equal(t, url.Values{"hostEmail": {"ines@example.com"}, "sendEmail": {"false"}}, r.URL.Query())
		w.WriteHeader(http.StatusNoContent)
	})
	ctx := context.Background()
	inv, err := c.Invitees.Get(ctx, "a1b2_2628962", &meetings.HostParams{HostEmail: "ines@example.com"})
	require.NoError(t, err)
	assertInvitee(t, inv)
	inv, err = c.Invitees.Update(ctx, "a1b2_2628962", &meetings.InviteeUpdateParams{
		Email: "bo@example.com", DisplayName: "Bo L.", CoHost: ptr(false), SendEmail: ptr(true), Panelist: ptr(false), HostEmail: "ines@example.com",
	})
	require.NoError(t, err)
	assertInvitee(t, inv)
	require.NoError(t, c.Invitees.Delete(ctx, "a1b2_2628962", &meetings.InviteeDeleteParams{HostEmail: "ines@example.com", SendEmail: ptr(false)}))
	assert.EqualValues(t, 1, deleted.Load())
}

func TestInviteeValidation(t *testing.T) {
	t.Parallel()
	tooMany := make([]meetings.InviteeItem, 101)
	for i := range tooMany {
		tooMany[i].Email = fmt.Sprintf("p%d@example.com", i)
	}
	tests := []struct {
		name string
		call func(context.Context, *api) error
		want string
	}{
		{"list without meeting", func(ctx context.Context, c *api) error {
			for _, err := range c.Invitees.List(ctx, &meetings.InviteeListParams{}) {
				return err
			}
			return nil
		}, "meetings: InviteeListParams.MeetingID is required"},
		{"list page nil", func(ctx context.Context, c *api) error {
			_, err := c.Invitees.ListPage(ctx, nil, "")
			return err
		}, "meetings: InviteeListParams.MeetingID is required"},
		{"list max", func(ctx context.Context, c *api) error {
			_, err := c.Invitees.ListPage(ctx, &meetings.InviteeListParams{MeetingID: "m", Max: 101}, "")
			return err
		}, "meetings: InviteeListParams.Max must be between 1 and 100"},
		{"create without meeting", func(ctx context.Context, c *api) error {
			_, err := c.Invitees.Create(ctx, &meetings.InviteeCreateParams{Email: "a@example.com"})
			return err
		}, "meetings: InviteeCreateParams.MeetingID is required"},
		{"create without email", func(ctx context.Context, c *api) error {
			_, err := c.Invitees.Create(ctx, &meetings.InviteeCreateParams{MeetingID: "m"})
			return err
		}, "meetings: InviteeCreateParams.Email is required"},
		{"bulk empty", func(ctx context.Context, c *api) error {
			_, err := c.Invitees.BulkInsert(ctx, &meetings.BulkInviteeParams{MeetingID: "m"})
			return err
		}, "meetings: BulkInviteeParams.Items is empty"},
		{"bulk too many", func(ctx context.Context, c *api) error {
			_, err := c.Invitees.BulkInsert(ctx, &meetings.BulkInviteeParams{MeetingID: "m", Items: tooMany})
			return err
		}, "meetings: BulkInviteeParams.Items takes at most 100 invitees"},
		{"bulk duplicate", func(ctx context.Context, c *api) error {
			_, err := c.Invitees.BulkInsert(ctx, &meetings.BulkInviteeParams{MeetingID: "m", Items: []meetings.InviteeItem{{Email: "a@example.com"}, {Email: "A@example.com"}}})
			return err
		}, "A@example.com is listed twice"},
		{"bulk no email", func(ctx context.Context, c *api) error {
			_, err := c.Invitees.BulkInsert(ctx, &meetings.BulkInviteeParams{MeetingID: "m", Items: []meetings.InviteeItem{{DisplayName: "x"}}})
			return err
		}, "every item needs an Email"},
		{"update without email", func(ctx context.Context, c *api) error {
			_, err := c.Invitees.Update(ctx, "i", &meetings.InviteeUpdateParams{DisplayName: "x"})
			return err
		}, "meetings: InviteeUpdateParams.Email is required"},
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
