package meetings_test

import (
	"context"
	"errors"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/internal/sdktest"
	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/meetings"
)

func first[T any](seq func(func(*T, error) bool)) error {
	for _, err := range seq {
		return err
	}
	return nil
}

func TestEmptyIDMakesNoRequest(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		call func(context.Context, *api) error
		want string
	}{
		{"Get", func(ctx context.Context, c *api) error { _, err := c.Meetings.Get(ctx, "", nil); return err }, "meetingId is required"},
		{"Update", func(ctx context.Context, c *api) error {
			_, err := c.Meetings.Update(ctx, "", &meetings.UpdateParams{Title: "T", Start: utc(2024, 1, 1, 0, 0, 0, 0), End: utc(2024, 1, 1, 1, 0, 0, 0)})
			return err
		}, "meetingId is required"},
		{"Patch", func(ctx context.Context, c *api) error {
			_, err := c.Meetings.Patch(ctx, " ", &meetings.PatchParams{Title: ptr("T")})
			return err
		}, "meetingId is required"},
		{"Delete", func(ctx context.Context, c *api) error { return c.Meetings.Delete(ctx, "", nil) }, "meetingId is required"},
		{"End", func(ctx context.Context, c *api) error { return c.Meetings.End(ctx, "", nil) }, "meetingId is required"},
		{"GetTemplate", func(ctx context.Context, c *api) error { _, err := c.Meetings.GetTemplate(ctx, "", nil); return err }, "templateId is required"},
		{"Invitees.Get", func(ctx context.Context, c *api) error { _, err := c.Invitees.Get(ctx, "", nil); return err }, "meetingInviteeId is required"},
		{"Invitees.Update", func(ctx context.Context, c *api) error {
			_, err := c.Invitees.Update(ctx, "", &meetings.InviteeUpdateParams{Email: "a@example.com"})
			return err
		}, "meetingInviteeId is required"},
		{"Invitees.Delete", func(ctx context.Context, c *api) error { return c.Invitees.Delete(ctx, "", nil) }, "meetingInviteeId is required"},
		{"Participants.Get", func(ctx context.Context, c *api) error { _, err := c.Participants.Get(ctx, "", nil); return err }, "participantId is required"},
		{"Participants.Update", func(ctx context.Context, c *api) error {
			_, err := c.Participants.Update(ctx, "", &meetings.ParticipantUpdateParams{Muted: ptr(true)})
			return err
		}, "participantId is required"},
		{"Recordings.Get", func(ctx context.Context, c *api) error { _, err := c.Recordings.Get(ctx, "", nil); return err }, "recordingId is required"},
		{"Recordings.Delete", func(ctx context.Context, c *api) error { return c.Recordings.Delete(ctx, "", nil) }, "recordingId is required"},
		{"Transcripts.Download", func(ctx context.Context, c *api) error { _, err := c.Transcripts.Download(ctx, "", nil); return err }, "transcriptId is required"},
		{"Transcripts.ListSnippets", func(ctx context.Context, c *api) error {
			return first(c.Transcripts.ListSnippets(ctx, "", nil))
		}, "transcriptId is required"},
		{"Transcripts.GetSnippet", func(ctx context.Context, c *api) error {
			_, err := c.Transcripts.GetSnippet(ctx, "tr-1", "")
			return err
		}, "snippetId is required"},
		{"Transcripts.UpdateSnippet", func(ctx context.Context, c *api) error {
			_, err := c.Transcripts.UpdateSnippet(ctx, "", "s", &meetings.SnippetUpdateParams{Text: "x"})
			return err
		}, "transcriptId is required"},
		{"Transcripts.Delete", func(ctx context.Context, c *api) error { return c.Transcripts.Delete(ctx, "", nil) }, "transcriptId is required"},
		{"Summaries.List", func(ctx context.Context, c *api) error { return first(c.Summaries.List(ctx, "")) }, "meetings: meetingId is required"},
		{"Summaries.ListAdmin", func(ctx context.Context, c *api) error { return first(c.Summaries.ListAdmin(ctx, "")) }, "meetings: meetingId is required"},
		{"Summaries.Delete", func(ctx context.Context, c *api) error { return c.Summaries.Delete(ctx, "") }, "summaryId is required"},
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

func TestErrorStatusBecomesAPIError(t *testing.T) {
	t.Parallel()
	start, end := utc(2030, 1, 1, 9, 0, 0, 0), utc(2030, 1, 1, 10, 0, 0, 0)
	tests := []struct {
		name     string
		status   int
		sentinel error
		call     func(context.Context, *api) error
	}{
		{"Meetings.List unauthorized", http.StatusUnauthorized, webex.ErrUnauthorized, func(ctx context.Context, c *api) error {
			return first(c.Meetings.List(ctx, nil))
		}},
		{"Meetings.Create bad request", http.StatusBadRequest, webex.ErrBadRequest, func(ctx context.Context, c *api) error {
			_, err := c.Meetings.Create(ctx, &meetings.CreateParams{Title: "T", Start: start, End: end})
			return err
		}},
		{"Meetings.Get not found", http.StatusNotFound, webex.ErrNotFound, func(ctx context.Context, c *api) error {
			_, err := c.Meetings.Get(ctx, "m1", nil)
			return err
		}},
		{"Meetings.Join forbidden", http.StatusForbidden, webex.ErrForbidden, func(ctx context.Context, c *api) error {
			_, err := c.Meetings.Join(ctx, &meetings.JoinParams{MeetingID: "m1"})
			return err
		}},
		{"Meetings.End conflict", http.StatusConflict, webex.ErrConflict, func(ctx context.Context, c *api) error {
			return c.Meetings.End(ctx, "m1", nil)
		}},
		{"Invitees.Create conflict", http.StatusConflict, webex.ErrConflict, func(ctx context.Context, c *api) error {
			_, err := c.Invitees.Create(ctx, &meetings.InviteeCreateParams{MeetingID: "m1", Email: "a@example.com"})
			return err
		}},
		{"Participants.Admit server error", http.StatusInternalServerError, webex.ErrServerError, func(ctx context.Context, c *api) error {
			return c.Participants.Admit(ctx, []meetings.AdmitItem{{ParticipantID: "p1"}})
		}},
		{"Recordings.Delete forbidden", http.StatusForbidden, webex.ErrForbidden, func(ctx context.Context, c *api) error {
			return c.Recordings.Delete(ctx, "r1", nil)
		}},
		{"Transcripts.ListSnippets not found", http.StatusNotFound, webex.ErrNotFound, func(ctx context.Context, c *api) error {
			return first(c.Transcripts.ListSnippets(ctx, "t1", nil))
		}},
		{"Summaries.List forbidden", http.StatusForbidden, webex.ErrForbidden, func(ctx context.Context, c *api) error {
			err := first(c.Summaries.List(ctx, "m1"))
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := newServer(t)
			mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
				sdktest.WriteError(w, tt.status, "nope")
			})
			err := tt.call(context.Background(), c)
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.sentinel)
			var ae *webex.APIError
			require.True(t, errors.As(err, &ae))
			assert.Equal(t, tt.status, ae.StatusCode)
			assert.Equal(t, "nope", ae.Message)
			assert.Equal(t, "ROUTER_ERR", ae.TrackingID)
		})
	}
}
