package rooms_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/internal/sdktest"
	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/rooms"
)

var (
	roomID   = webex.ID{Cluster: "us", Type: "ROOM", UUID: "5f0c6a2e-1b7d-4c1e-9a53-2d8e4b6f7a10"}.String()
	teamID   = webex.ID{Cluster: "us", Type: "TEAM", UUID: "a3e9d1c4-7b20-4f6e-8d15-c0b9e2f4a678"}.String()
	personID = webex.ID{Cluster: "us", Type: "PEOPLE", UUID: "0b8f2d6c-93a1-4e57-b6c4-1f7d9e3a5b20"}.String()
	orgID    = webex.ID{Cluster: "us", Type: "ORGANIZATION", UUID: "c7d4e1f0-2a6b-4c83-9e5d-8b1a3f6c0d94"}.String()
	classID  = webex.ID{Cluster: "us", Type: "CLASSIFICATION", UUID: "e2b7a9c1-54d3-4f08-a6e1-9c3d7b5f2e86"}.String()
)

// roomBody is a room as Webex returns it, shaped like the spec's example.
func roomBody(id, title string) map[string]any {
	return map[string]any{
		"id":                 id,
		"title":              title,
		"type":               "group",
		"isLocked":           true,
		"teamId":             teamID,
		"lastActivity":       "2024-03-05T09:41:27.512Z",
		"creatorId":          personID,
		"created":            "2024-03-01T08:00:12.034Z",
		"ownerId":            orgID,
		"classificationId":   classID,
		"isAnnouncementOnly": true,
		"isReadOnly":         false,
		"isPublic":           true,
		"madePublic":         "2024-03-02T10:15:00.250Z",
		"description":        "Release planning for the mobile app",
	}
}

// assertRoom checks every field decoded from roomBody(id, title).
func assertRoom(t *testing.T, r *rooms.Room, id, title string) {
	t.Helper()
	require.NotNil(t, r)
	assert.Equal(t, id, r.ID)
	assert.Equal(t, title, r.Title)
	assert.Equal(t, rooms.TypeGroup, r.Type)
	assert.True(t, r.IsLocked)
	assert.Equal(t, teamID, r.TeamID)
	assert.Equal(t, time.Date(2024, 3, 5, 9, 41, 27, 512e6, time.UTC), r.LastActivity.UTC())
	assert.Equal(t, personID, r.CreatorID)
	assert.Equal(t, time.Date(2024, 3, 1, 8, 0, 12, 34e6, time.UTC), r.Created.UTC())
	assert.Equal(t, orgID, r.OwnerID)
	assert.Equal(t, classID, r.ClassificationID)
	assert.True(t, r.IsAnnouncementOnly)
	assert.False(t, r.IsReadOnly)
	assert.True(t, r.IsPublic)
	assert.Equal(t, time.Date(2024, 3, 2, 10, 15, 0, 250e6, time.UTC), r.MadePublic.UTC())
	assert.Equal(t, "Release planning for the mobile app", r.Description)
}

func TestListSendsEveryFilterAndFollowsPages(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	var calls atomic.Int32
	mux.HandleFunc("/v1/rooms", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		q := r.URL.Query()
		switch calls.Add(1) {
		case 1:
			assert.Equal(t, teamID, q.Get("teamId"))
			assert.Equal(t, "group", q.Get("type"))
			assert.Equal(t, "lastactivity", q.Get("sortBy"))
			assert.Equal(t, "2024-01-01T00:00:00Z", q.Get("from"))
			assert.Equal(t, "2024-02-01T12:30:00Z", q.Get("to"))
			assert.Equal(t, "2", q.Get("max"))
			assert.False(t, q.Has("orgPublicSpaces"))
			assert.Empty(t, q.Get("cursor"))
			w.Header().Set("Link", fmt.Sprintf(`<http://%s/v1/rooms?cursor=p2&max=2>; rel="next"`, r.Host))
			sdktest.WriteJSON(w, http.StatusOK, map[string]any{"items": []any{roomBody("r1", "One"), roomBody("r2", "Two")}})
		case 2:
			assert.Equal(t, "p2", q.Get("cursor"))
			assert.Equal(t, "2", q.Get("max"))
			// Filters the next link dropped are put back.
			assert.Equal(t, teamID, q.Get("teamId"))
			assert.Equal(t, "lastactivity", q.Get("sortBy"))
			sdktest.WriteJSON(w, http.StatusOK, map[string]any{"items": []any{roomBody("r3", "Three")}})
		default:
			t.Errorf("unexpected request %d", calls.Load())
		}
	})

	p := &rooms.ListParams{
		TeamID: teamID,
		Type:   rooms.TypeGroup,
		SortBy: rooms.SortByLastActivity,
		From:   time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC),
		To:     time.Date(2024, 2, 1, 13, 30, 0, 0, time.FixedZone("CET", 3600)),
		Max:    2,
	}
	var ids, titles []string
	for r, err := range c.Rooms.List(context.Background(), p) {
		require.NoError(t, err)
		ids = append(ids, r.ID)
		titles = append(titles, r.Title)
		assertRoom(t, r, r.ID, r.Title)
	}
	assert.Equal(t, []string{"r1", "r2", "r3"}, ids)
	assert.Equal(t, []string{"One", "Two", "Three"}, titles)
	assert.Equal(t, int32(2), calls.Load())
}

func TestListOrgPublicSpaces(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("/v1/rooms", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		assert.Equal(t, "orgPublicSpaces=true", r.URL.RawQuery)
		sdktest.WriteJSON(w, http.StatusOK, map[string]any{"items": []any{roomBody("r1", "Public")}})
	})
	var n int
	for r, err := range c.Rooms.List(context.Background(), &rooms.ListParams{OrgPublicSpaces: true}) {
		require.NoError(t, err)
		assertRoom(t, r, "r1", "Public")
		n++
	}
	assert.Equal(t, 1, n)
}

func TestListNilParamsSendsNoQuery(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("/v1/rooms", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		assert.Empty(t, r.URL.RawQuery)
		sdktest.WriteJSON(w, http.StatusOK, map[string]any{"items": []any{}})
	})
	for _, err := range c.Rooms.List(context.Background(), nil) {
		t.Fatalf("no item expected, got err %v", err)
	}
}

func TestListStopsWhenLoopBreaks(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	var calls atomic.Int32
	mux.HandleFunc("/v1/rooms", func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		w.Header().Set("Link", fmt.Sprintf(`<http://%s/v1/rooms?cursor=p2>; rel="next"`, r.Host))
		sdktest.WriteJSON(w, http.StatusOK, map[string]any{"items": []any{roomBody("r1", "One"), roomBody("r2", "Two")}})
	})
	for r, err := range c.Rooms.List(context.Background(), nil) {
		require.NoError(t, err)
		assert.Equal(t, "r1", r.ID)
		break
	}
	assert.Equal(t, int32(1), calls.Load())
}

func TestListPageResumes(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("/v1/rooms", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		assert.Equal(t, "direct", r.URL.Query().Get("type"))
		if r.URL.Query().Get("cursor") == "" {
			w.Header().Set("Link", fmt.Sprintf(`<http://%s/v1/rooms?cursor=next&type=direct>; rel="next"`, r.Host))
			sdktest.WriteJSON(w, http.StatusOK, map[string]any{"items": []any{roomBody("r1", "One")}})
			return
		}
		assert.Equal(t, "next", r.URL.Query().Get("cursor"))
		sdktest.WriteJSON(w, http.StatusOK, map[string]any{"items": []any{roomBody("r2", "Two")}})
	})
	ctx := context.Background()
	p := &rooms.ListParams{Type: rooms.TypeDirect}

	first, err := c.Rooms.ListPage(ctx, p, "")
	require.NoError(t, err)
	require.Len(t, first.Items, 1)
	assertRoom(t, &first.Items[0], "r1", "One")
	require.NotEmpty(t, first.NextURL)

	second, err := c.Rooms.ListPage(ctx, p, first.NextURL)
	require.NoError(t, err)
	require.Len(t, second.Items, 1)
	assertRoom(t, &second.Items[0], "r2", "Two")
	assert.Empty(t, second.NextURL)
}

func TestListValidation(t *testing.T) {
	t.Parallel()
	jan, feb := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		p    rooms.ListParams
		want string
	}{
		{"public with team", rooms.ListParams{OrgPublicSpaces: true, TeamID: teamID}, "webex: rooms: ListParams.OrgPublicSpaces cannot be combined with TeamID"},
		{"public with type", rooms.ListParams{OrgPublicSpaces: true, Type: rooms.TypeGroup}, "webex: rooms: ListParams.OrgPublicSpaces cannot be combined with Type"},
		{"public with sort", rooms.ListParams{OrgPublicSpaces: true, SortBy: rooms.SortByCreated}, "webex: rooms: ListParams.OrgPublicSpaces cannot be combined with SortBy"},
		{"to before from", rooms.ListParams{OrgPublicSpaces: true, From: feb, To: jan}, "webex: rooms: ListParams.To must not be before From"},
		{"negative max", rooms.ListParams{Max: -1}, "rooms: ListParams.Max must not be negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			calls := sdktest.Forbid(t, mux)
			ctx := context.Background()

			var n int
			for r, err := range c.Rooms.List(ctx, &tt.p) {
				n++
				assert.Nil(t, r)
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.want)
			}
			assert.Equal(t, 1, n)

			page, err := c.Rooms.ListPage(ctx, &tt.p, "")
			assert.Nil(t, page)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			assert.Zero(t, calls.Load())
		})
	}
}

func TestCreate(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("/v1/rooms", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodPost)
		assert.Empty(t, r.URL.RawQuery)
		body := sdktest.Body(t, r)
		assert.Equal(t, map[string]any{
			"title":              "Mobile release",
			"teamId":             teamID,
			"classificationId":   classID,
			"isLocked":           true,
			"isPublic":           false,
			"description":        "Release planning",
			"isAnnouncementOnly": true,
		}, body)
		sdktest.WriteJSON(w, http.StatusOK, roomBody(roomID, "Mobile release"))
	})
	got, err := c.Rooms.Create(context.Background(), &rooms.CreateParams{
		Title:              "Mobile release",
		TeamID:             teamID,
		ClassificationID:   classID,
		IsLocked:           webex.Ptr(true),
		IsPublic:           webex.Ptr(false),
		Description:        "Release planning",
		IsAnnouncementOnly: webex.Ptr(true),
	})
	require.NoError(t, err)
	assertRoom(t, got, roomID, "Mobile release")
}

func TestCreateSendsOnlyTitleWhenNothingElseIsSet(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("/v1/rooms", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodPost)
		assert.Equal(t, map[string]any{"title": "Plain"}, sdktest.Body(t, r))
		sdktest.WriteJSON(w, http.StatusOK, roomBody(roomID, "Plain"))
	})
	got, err := c.Rooms.Create(context.Background(), &rooms.CreateParams{Title: "Plain"})
	require.NoError(t, err)
	assert.Equal(t, roomID, got.ID)
}

func TestCreateValidation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		p    *rooms.CreateParams
		want string
	}{
		{"nil", nil, "webex: rooms: CreateParams.Title is required"},
		{"no title", &rooms.CreateParams{Description: "x"}, "webex: rooms: CreateParams.Title is required"},
		{"blank title", &rooms.CreateParams{Title: "  "}, "webex: rooms: CreateParams.Title is required"},
		{"public without description", &rooms.CreateParams{Title: "T", IsPublic: webex.Ptr(true)}, "webex: rooms: CreateParams.Description is required when IsPublic is true"},
		{"announcement without lock", &rooms.CreateParams{Title: "T", IsAnnouncementOnly: webex.Ptr(true)}, "webex: rooms: CreateParams.IsAnnouncementOnly needs IsLocked set to true"},
		{"announcement unlocked", &rooms.CreateParams{Title: "T", IsAnnouncementOnly: webex.Ptr(true), IsLocked: webex.Ptr(false)}, "webex: rooms: CreateParams.IsAnnouncementOnly needs IsLocked set to true"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			calls := sdktest.Forbid(t, mux)
			got, err := c.Rooms.Create(context.Background(), tt.p)
			assert.Nil(t, got)
			require.EqualError(t, err, tt.want)
			assert.Zero(t, calls.Load())
		})
	}
}

func TestGet(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("/v1/rooms/{roomId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		assert.Equal(t, roomID, r.PathValue("roomId"))
		assert.Empty(t, r.URL.RawQuery)
		sdktest.WriteJSON(w, http.StatusOK, roomBody(roomID, "Mobile release"))
	})
	got, err := c.Rooms.Get(context.Background(), roomID)
	require.NoError(t, err)
	assertRoom(t, got, roomID, "Mobile release")
}

func TestGetEscapesID(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("/v1/rooms/{roomId}", func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "/v1/rooms/a%2Fb", r.URL.EscapedPath())
		assert.Equal(t, "a/b", r.PathValue("roomId"))
		sdktest.WriteJSON(w, http.StatusOK, roomBody("a/b", "Odd"))
	})
	got, err := c.Rooms.Get(context.Background(), "a/b")
	require.NoError(t, err)
	assert.Equal(t, "a/b", got.ID)
}

func TestGetMeetingInfo(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("/v1/rooms/{roomId}/meetingInfo", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		assert.Equal(t, roomID, r.PathValue("roomId"))
		sdktest.WriteJSON(w, http.StatusOK, map[string]any{
			"roomId":               roomID,
			"meetingLink":          "https://example.webex.com/m/4b1e6f0a-2c9d-4e3b-8a7f-5d6c1e0b9a21",
			"sipAddress":           "2550178843@example.webex.com",
			"meetingNumber":        "2550178843",
			"meetingId":            "7e5a0c3d91b24f6ea8c1d2b3f4e5a6b7",
			"callInTollFreeNumber": "+1-800-555-0134",
			"callInTollNumber":     "+1-212-555-0187",
		})
	})
	got, err := c.Rooms.GetMeetingInfo(context.Background(), roomID) //nolint:staticcheck // testing the deprecated endpoint
	require.NoError(t, err)
	assert.Equal(t, &rooms.MeetingInfo{
		RoomID:               roomID,
		MeetingLink:          "https://example.webex.com/m/4b1e6f0a-2c9d-4e3b-8a7f-5d6c1e0b9a21",
		SIPAddress:           "2550178843@example.webex.com",
		MeetingNumber:        "2550178843",
		MeetingID:            "7e5a0c3d91b24f6ea8c1d2b3f4e5a6b7",
		CallInTollFreeNumber: "+1-800-555-0134",
		CallInTollNumber:     "+1-212-555-0187",
	}, got)
}

func TestUpdate(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("/v1/rooms/{roomId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodPut)
		assert.Equal(t, roomID, r.PathValue("roomId"))
		assert.Equal(t, map[string]any{
			"title":              "Renamed",
			"classificationId":   classID,
			"teamId":             teamID,
			"isLocked":           false,
			"isPublic":           false,
			"description":        " ",
			"isAnnouncementOnly": false,
			"isReadOnly":         false,
		}, sdktest.Body(t, r))
		sdktest.WriteJSON(w, http.StatusOK, roomBody(roomID, "Renamed"))
	})
	got, err := c.Rooms.Update(context.Background(), roomID, &rooms.UpdateParams{
		Title:              "Renamed",
		ClassificationID:   classID,
		TeamID:             teamID,
		IsLocked:           webex.Ptr(false),
		IsPublic:           webex.Ptr(false),
		Description:        " ",
		IsAnnouncementOnly: webex.Ptr(false),
		IsReadOnly:         webex.Ptr(false),
	})
	require.NoError(t, err)
	assertRoom(t, got, roomID, "Renamed")
}

func TestUpdateSendsOnlyWhatIsSet(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("/v1/rooms/{roomId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodPut)
		assert.Equal(t, map[string]any{"title": "Same", "isAnnouncementOnly": true}, sdktest.Body(t, r))
		sdktest.WriteJSON(w, http.StatusOK, roomBody(roomID, "Same"))
	})
	_, err := c.Rooms.Update(context.Background(), roomID, &rooms.UpdateParams{Title: "Same", IsAnnouncementOnly: webex.Ptr(true)})
	require.NoError(t, err)
}

func TestUpdateValidation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		p    *rooms.UpdateParams
		want string
	}{
		{"nil", nil, "webex: rooms: UpdateParams.Title is required"},
		{"no title", &rooms.UpdateParams{IsLocked: webex.Ptr(true)}, "webex: rooms: UpdateParams.Title is required"},
		{"announcement while unlocking", &rooms.UpdateParams{Title: "T", IsLocked: webex.Ptr(false), IsAnnouncementOnly: webex.Ptr(true)}, "webex: rooms: UpdateParams.IsAnnouncementOnly cannot be true when IsLocked is false"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			calls := sdktest.Forbid(t, mux)
			got, err := c.Rooms.Update(context.Background(), roomID, tt.p)
			assert.Nil(t, got)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			assert.Zero(t, calls.Load())
		})
	}
}

func TestDelete(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	var calls atomic.Int32
	mux.HandleFunc("/v1/rooms/{roomId}", func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		sdktest.CheckRequest(t, r, http.MethodDelete)
		assert.Equal(t, roomID, r.PathValue("roomId"))
		w.WriteHeader(http.StatusNoContent)
	})
	require.NoError(t, c.Rooms.Delete(context.Background(), roomID))
	assert.Equal(t, int32(1), calls.Load())
}

func TestEmptyIDMakesNoRequest(t *testing.T) {
	t.Parallel()
	calls := []struct {
		name string
		call func(context.Context, *webex.Client) error
	}{
		{"Get", func(ctx context.Context, c *webex.Client) error { _, err := c.Rooms.Get(ctx, ""); return err }},
		{"GetMeetingInfo", func(ctx context.Context, c *webex.Client) error {
			_, err := c.Rooms.GetMeetingInfo(ctx, "") //nolint:staticcheck // deprecated, still tested
			return err
		}},
		{"Update", func(ctx context.Context, c *webex.Client) error {
			_, err := c.Rooms.Update(ctx, "", &rooms.UpdateParams{Title: "T"})
			return err
		}},
		{"Delete", func(ctx context.Context, c *webex.Client) error { return c.Rooms.Delete(ctx, "") }},
	}
	for _, tt := range calls {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			n := sdktest.Forbid(t, mux)
			err := tt.call(context.Background(), c)
			require.Error(t, err)
			assert.Contains(t, err.Error(), "roomId is required")
			assert.Zero(t, n.Load())
		})
	}
}

func TestErrorStatusBecomesAPIError(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		status   int
		sentinel error
		call     func(context.Context, *webex.Client) error
	}{
		{"Get not found", http.StatusNotFound, webex.ErrNotFound, func(ctx context.Context, c *webex.Client) error {
			_, err := c.Rooms.Get(ctx, roomID)
			return err
		}},
		{"Create forbidden", http.StatusForbidden, webex.ErrForbidden, func(ctx context.Context, c *webex.Client) error {
			_, err := c.Rooms.Create(ctx, &rooms.CreateParams{Title: "T"})
			return err
		}},
		{"Update bad request", http.StatusBadRequest, webex.ErrBadRequest, func(ctx context.Context, c *webex.Client) error {
			_, err := c.Rooms.Update(ctx, roomID, &rooms.UpdateParams{Title: "T"})
			return err
		}},
		{"Delete not found", http.StatusNotFound, webex.ErrNotFound, func(ctx context.Context, c *webex.Client) error {
			return c.Rooms.Delete(ctx, roomID)
		}},
		{"List unauthorized", http.StatusUnauthorized, webex.ErrUnauthorized, func(ctx context.Context, c *webex.Client) error {
			for _, err := range c.Rooms.List(ctx, nil) {
				return err
			}
			return nil
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			mux.HandleFunc("/v1/rooms", func(w http.ResponseWriter, r *http.Request) {
				sdktest.WriteError(w, tt.status, "nope")
			})
			mux.HandleFunc("/v1/rooms/{roomId}", func(w http.ResponseWriter, r *http.Request) {
				sdktest.WriteError(w, tt.status, "nope")
			})
			err := tt.call(context.Background(), c)
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.sentinel)
			var apiErr *webex.APIError
			require.True(t, errors.As(err, &apiErr))
			assert.Equal(t, tt.status, apiErr.StatusCode)
			assert.Equal(t, "nope", apiErr.Message)
			assert.Equal(t, "ROUTER_ERR", apiErr.TrackingID)
		})
	}
}
