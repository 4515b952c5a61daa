package meetings_test

import (
	"context"
	"net/http"
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/internal/sdktest"
	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/meetings"
)

// TestNewOperationsSendWhatWebexExpects checks the request of each of the
// fifteen operations added for issue 11: method, path, query, header
// parameters and body.
func TestNewOperationsSendWhatWebexExpects(t *testing.T) {
	t.Parallel()
	from, to := utc(2024, 3, 1, 0, 0, 0, 0), utc(2024, 3, 8, 0, 0, 0, 0)
	tests := []struct {
		name   string
		route  string // ServeMux pattern under /v1
		query  url.Values
		header map[string]string
		body   map[string]any
		answer string
		call   func(ctx context.Context, c *api) error
	}{
		{"move to recycle bin", "POST /v1/recordings/softDelete", url.Values{"hostEmail": {"ines@example.com"}}, nil,
			map[string]any{"recordingIds": []any{"r1", "r2"}, "siteUrl": "acme.webex.com"}, "",
			func(ctx context.Context, c *api) error {
				return c.Recordings.MoveToRecycleBin(ctx, &meetings.RecycleBinParams{RecordingIDs: []string{"r1", "r2"}, SiteURL: "acme.webex.com", HostEmail: "ines@example.com"})
			}},
		{"restore some", "POST /v1/recordings/restore", url.Values{}, nil,
			map[string]any{"recordingIds": []any{"r1"}, "restoreAll": false}, "",
			func(ctx context.Context, c *api) error {
				return c.Recordings.Restore(ctx, &meetings.RecycleBinParams{RecordingIDs: []string{"r1"}})
			}},
		{"purge all", "POST /v1/recordings/purge", url.Values{}, nil,
			map[string]any{"purgeAll": true}, "",
			func(ctx context.Context, c *api) error {
				return c.Recordings.Purge(ctx, &meetings.RecycleBinParams{All: true})
			}},
		{"share", "POST /v1/recordings/r1/accessList", url.Values{}, nil,
			map[string]any{"addEmails": []any{"bo@example.com"}, "removeEmails": []any{"cy@example.com"}, "sendEmail": true}, "",
			func(ctx context.Context, c *api) error {
				return c.Recordings.Share(ctx, "r1", &meetings.ShareParams{AddEmails: []string{"bo@example.com"}, RemoveEmails: []string{"cy@example.com"}, SendEmail: ptr(true)})
			}},
		{"share by link", "POST /v1/recordings/accessList", url.Values{}, nil,
			map[string]any{"webShareLink": "https://acme.webex.com/rec/1", "addEmails": []any{"bo@example.com"}, "hostEmail": "ines@example.com"}, "",
			func(ctx context.Context, c *api) error {
				return c.Recordings.ShareByLink(ctx, &meetings.ShareByLinkParams{WebShareLink: "https://acme.webex.com/rec/1", ShareParams: meetings.ShareParams{AddEmails: []string{"bo@example.com"}, HostEmail: "ines@example.com"}})
			}},
		{"list group", "GET /v1/group/recordings", url.Values{"personId": {"P1"}, "from": {"2024-03-01T00:00:00Z"}, "to": {"2024-03-08T00:00:00Z"}, "max": {"5"}},
			map[string]string{"Timezone": "Europe/Paris", "Hostemail": ""}, nil, `{"items": [{"id": "r1", "status": "available"}]}`,
			func(ctx context.Context, c *api) error {
				for r, err := range c.Recordings.ListGroup(ctx, &meetings.GroupRecordingListParams{PersonID: "P1", From: from, To: to, Max: 5, Timezone: "Europe/Paris"}) {
					if err != nil {
						return err
					}
					assert.Equal(t, meetings.StatusAvailable, r.Status)
				}
				return nil
			}},
		{"get group by host email", "GET /v1/group/recordings/r1", url.Values{}, map[string]string{"Hostemail": "ines@example.com"}, nil, `{"id": "r1"}`,
			func(ctx context.Context, c *api) error {
				r, err := c.Recordings.GetGroup(ctx, "r1", &meetings.GroupRecordingGetParams{HostEmail: "ines@example.com"})
				if err == nil {
					assert.Equal(t, "r1", r.ID)
				}
				return err
			}},
		{"admin delete", "DELETE /v1/admin/recordings/r1", url.Values{}, nil, nil, "",
			func(ctx context.Context, c *api) error { return c.Recordings.DeleteAdmin(ctx, "r1") }},
		{"admin list", "GET /v1/admin/meetings", url.Values{"meetingNumber": {"2641"}, "current": {"true"}}, map[string]string{"Timezone": "UTC"}, nil,
			`{"items": [{"id": "m1", "state": "scheduled"}]}`,
			func(ctx context.Context, c *api) error {
				for m, err := range c.Meetings.ListAdmin(ctx, &meetings.AdminListParams{MeetingNumber: "2641", Current: ptr(true), Timezone: "UTC"}) {
					if err != nil {
						return err
					}
					assert.Equal(t, meetings.StateScheduled, m.State)
				}
				return nil
			}},
		{"admin get", "GET /v1/admin/meetings/m1", url.Values{}, nil, nil, `{"id": "m1"}`,
			func(ctx context.Context, c *api) error {
				_, err := c.Meetings.GetAdmin(ctx, "m1", nil)
				return err
			}},
		{"get controls", "GET /v1/meetings/controls", url.Values{"meetingId": {"m1_I_1"}}, nil, nil, `{"locked": true, "recordingStarted": true, "recordingPaused": false}`,
			func(ctx context.Context, c *api) error {
				got, err := c.Meetings.GetControls(ctx, "m1_I_1")
				if err == nil {
					assert.Equal(t, &meetings.Controls{Locked: true, RecordingStarted: true}, got)
				}
				return err
			}},
		{"update controls", "PUT /v1/meetings/controls", url.Values{"meetingId": {"m1_I_1"}}, nil, map[string]any{"recordingPaused": true}, `{"locked": false, "recordingStarted": true, "recordingPaused": true}`,
			func(ctx context.Context, c *api) error {
				got, err := c.Meetings.UpdateControls(ctx, "m1_I_1", &meetings.ControlsUpdateParams{RecordingPaused: ptr(true)})
				if err == nil {
					assert.True(t, got.RecordingPaused)
				}
				return err
			}},
		{"reassign host, some fail", "POST /v1/meetings/reassignHost", url.Values{}, map[string]string{"Siteurl": "acme.webex.com"},
			map[string]any{"hostEmail": "bo@example.com", "meetingIds": []any{"m1", "m2"}},
			`{"items": [{"meetingId": "m1", "httpStatus": "200"}, {"meetingId": "m2", "httpStatus": 404, "message": "Not Found", "errors": [{"description": "Meeting not found."}]}]}`,
			func(ctx context.Context, c *api) error {
				res, err := c.Meetings.ReassignHost(ctx, &meetings.ReassignHostParams{HostEmail: "bo@example.com", MeetingIDs: []string{"m1", "m2"}, SiteURL: "acme.webex.com"})
				if err == nil {
					assert.Equal(t, []meetings.ReassignItem{{MeetingID: "m2", HTTPStatus: 404, Message: "Not Found", Errors: []meetings.ReassignError{{Description: "Meeting not found."}}}}, res.Failed())
				}
				return err
			}},
		{"call out", "POST /v1/meetingParticipants/callout", url.Values{}, nil,
			map[string]any{"meetingNumber": "2641", "address": "room@example.com", "addressType": "sipAddress", "displayName": "Boardroom"},
			`{"participantId": "p9", "meetingNumber": "2641", "address": "room@example.com", "addressType": "sipAddress", "displayName": "Boardroom", "state": "pending"}`,
			func(ctx context.Context, c *api) error {
				got, err := c.Participants.CallOut(ctx, &meetings.CallOutParams{MeetingNumber: "2641", Address: "room@example.com", DisplayName: "Boardroom"})
				if err == nil {
					assert.Equal(t, meetings.CallOutPending, got.State)
					assert.Equal(t, "p9", got.ParticipantID)
				}
				return err
			}},
		{"cancel call out", "POST /v1/meetingParticipants/cancelCallout", url.Values{}, nil, map[string]any{"participantId": "p9"}, "",
			func(ctx context.Context, c *api) error { return c.Participants.CancelCallOut(ctx, "p9") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := newServer(t)
			calls := 0
			mux.HandleFunc(tt.route, func(w http.ResponseWriter, r *http.Request) {
				calls++
				assert.Equal(t, tt.query, r.URL.Query())
				for k, v := range tt.header {
					assert.Equal(t, v, r.Header.Get(k), k)
				}
				if tt.body != nil {
					assert.Equal(t, tt.body, rawBody(t, r))
				}
				if tt.answer == "" {
					w.WriteHeader(http.StatusNoContent)
					return
				}
				status := http.StatusOK
				if tt.name == "reassign host, some fail" {
					status = http.StatusMultiStatus
				}
				sdktest.WriteRaw(w, status, tt.answer)
			})
			require.NoError(t, tt.call(context.Background(), c))
			assert.Equal(t, 1, calls)
		})
	}
}

// TestNewOperationsValidate checks that bad input to the new operations
// sends nothing and matches webex.ErrInvalidInput.
func TestNewOperationsValidate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		call func(ctx context.Context, c *api) error
		want string
	}{
		{"bin nil", func(ctx context.Context, c *api) error { return c.Recordings.MoveToRecycleBin(ctx, nil) }, "RecycleBinParams is required"},
		{"bin all on move", func(ctx context.Context, c *api) error {
			return c.Recordings.MoveToRecycleBin(ctx, &meetings.RecycleBinParams{All: true})
		}, "RecycleBinParams.All is not taken by MoveToRecycleBin"},
		{"bin all and ids", func(ctx context.Context, c *api) error {
			return c.Recordings.Purge(ctx, &meetings.RecycleBinParams{All: true, RecordingIDs: []string{"r"}})
		}, "exclude one another"},
		{"bin nothing", func(ctx context.Context, c *api) error {
			return c.Recordings.Restore(ctx, &meetings.RecycleBinParams{})
		}, "RecordingIDs is required"},
		{"bin too many", func(ctx context.Context, c *api) error {
			return c.Recordings.Restore(ctx, &meetings.RecycleBinParams{RecordingIDs: make([]string, 101)})
		}, "at most 100"},
		{"share nobody", func(ctx context.Context, c *api) error { return c.Recordings.Share(ctx, "r1", &meetings.ShareParams{}) }, "needs AddEmails or RemoveEmails"},
		{"share no id", func(ctx context.Context, c *api) error {
			return c.Recordings.Share(ctx, "", &meetings.ShareParams{AddEmails: []string{"a@example.com"}})
		}, "recordingId"},
		{"share by link no link", func(ctx context.Context, c *api) error {
			return c.Recordings.ShareByLink(ctx, &meetings.ShareByLinkParams{ShareParams: meetings.ShareParams{AddEmails: []string{"a@example.com"}}})
		}, "WebShareLink is required"},
		{"group no person", func(ctx context.Context, c *api) error {
			return first(c.Recordings.ListGroup(ctx, &meetings.GroupRecordingListParams{}))
		}, "needs PersonID or HostEmail"},
		{"group get no person", func(ctx context.Context, c *api) error {
			_, err := c.Recordings.GetGroup(ctx, "r1", nil)
			return err
		}, "needs PersonID or HostEmail"},
		{"admin list both", func(ctx context.Context, c *api) error {
			return first(c.Meetings.ListAdmin(ctx, &meetings.AdminListParams{MeetingNumber: "1", WebLink: "https://x"}))
		}, "exactly one of MeetingNumber and WebLink"},
		{"controls no meeting", func(ctx context.Context, c *api) error {
			_, err := c.Meetings.GetControls(ctx, "")
			return err
		}, "meetingId is required"},
		{"controls nothing", func(ctx context.Context, c *api) error {
			_, err := c.Meetings.UpdateControls(ctx, "m1", &meetings.ControlsUpdateParams{})
			return err
		}, "sets no field"},
		{"reassign no host", func(ctx context.Context, c *api) error {
			_, err := c.Meetings.ReassignHost(ctx, &meetings.ReassignHostParams{MeetingIDs: []string{"m1"}})
			return err
		}, "HostEmail is required"},
		{"reassign no meetings", func(ctx context.Context, c *api) error {
			_, err := c.Meetings.ReassignHost(ctx, &meetings.ReassignHostParams{HostEmail: "bo@example.com"})
			return err
		}, "MeetingIDs is required"},
		{"call out no meeting", func(ctx context.Context, c *api) error {
			_, err := c.Participants.CallOut(ctx, &meetings.CallOutParams{Address: "a@example.com", DisplayName: "A"})
			return err
		}, "exactly one of MeetingID and MeetingNumber"},
		{"call out no address", func(ctx context.Context, c *api) error {
			_, err := c.Participants.CallOut(ctx, &meetings.CallOutParams{MeetingID: "m1", DisplayName: "A"})
			return err
		}, "Address is required"},
		{"cancel no participant", func(ctx context.Context, c *api) error { return c.Participants.CancelCallOut(ctx, "") }, "participantId is required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := newServer(t)
			calls := sdktest.Forbid(t, mux)
			err := tt.call(context.Background(), c)
			assert.ErrorContains(t, err, tt.want)
			assert.ErrorIs(t, err, webex.ErrInvalidInput)
			assert.Zero(t, calls.Load())
		})
	}
}
