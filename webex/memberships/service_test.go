package memberships_test

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
	"github.com/gowebex/sdk/webex/memberships"
)

var (
	membershipID = webex.ID{Cluster: "us", Type: "MEMBERSHIP", UUID: "0b8f2d6c-93a1-4e57-b6c4-1f7d9e3a5b20:5f0c6a2e-1b7d-4c1e-9a53-2d8e4b6f7a10"}.String()
	roomID       = webex.ID{Cluster: "us", Type: "ROOM", UUID: "5f0c6a2e-1b7d-4c1e-9a53-2d8e4b6f7a10"}.String()
	personID     = webex.ID{Cluster: "us", Type: "PEOPLE", UUID: "0b8f2d6c-93a1-4e57-b6c4-1f7d9e3a5b20"}.String()
	orgID        = webex.ID{Cluster: "us", Type: "ORGANIZATION", UUID: "c7d4e1f0-2a6b-4c83-9e5d-8b1a3f6c0d94"}.String()
)

const email = "ana.lopez@example.org"

// membershipBody is a membership as Webex returns it, shaped like the
// spec's example.
func membershipBody(id string) map[string]any {
	return map[string]any{
		"id":                id,
		"roomId":            roomID,
		"personId":          personID,
		"personEmail":       email,
		"personDisplayName": "Ana López",
		"personOrgId":       orgID,
		"isModerator":       true,
		"isRoomHidden":      true,
		"roomType":          "group",
		"isMonitor":         false,
		"created":           "2024-04-09T16:20:31.457Z",
	}
}

// assertMembership checks every field decoded from membershipBody(id).
func assertMembership(t *testing.T, m *memberships.Membership, id string) {
	t.Helper()
	require.NotNil(t, m)
	assert.Equal(t, id, m.ID)
	assert.Equal(t, roomID, m.RoomID)
	assert.Equal(t, personID, m.PersonID)
	assert.Equal(t, email, m.PersonEmail)
	assert.Equal(t, "Ana López", m.PersonDisplayName)
	assert.Equal(t, orgID, m.PersonOrgID)
	assert.True(t, m.IsModerator)
	assert.True(t, m.IsRoomHidden)
	assert.Equal(t, memberships.RoomTypeGroup, m.RoomType)
	assert.False(t, m.IsMonitor)
	assert.Equal(t, time.Date(2024, 4, 9, 16, 20, 31, 457e6, time.UTC), m.Created.UTC())
}

func TestListFollowsPages(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	var calls atomic.Int32
	mux.HandleFunc("/v1/memberships", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		q := r.URL.Query()
		assert.Equal(t, roomID, q.Get("roomId"))
		assert.Equal(t, "2", q.Get("max"))
		assert.False(t, q.Has("personId"))
		assert.False(t, q.Has("personEmail"))
		switch calls.Add(1) {
		case 1:
			assert.False(t, q.Has("cursor"))
			w.Header().Set("Link", fmt.Sprintf(`<http://%s/v1/memberships?cursor=c2&max=2>; rel="next"`, r.Host))
			sdktest.WriteJSON(w, http.StatusOK, map[string]any{"items": []any{membershipBody("m1"), membershipBody("m2")}})
		case 2:
			assert.Equal(t, "c2", q.Get("cursor"))
			sdktest.WriteJSON(w, http.StatusOK, map[string]any{"items": []any{membershipBody("m3")}})
		default:
			t.Errorf("unexpected request %d", calls.Load())
		}
	})
	var ids []string
	for m, err := range c.Memberships.List(context.Background(), &memberships.ListParams{RoomID: roomID, Max: 2}) {
		require.NoError(t, err)
		assertMembership(t, m, m.ID)
		ids = append(ids, m.ID)
	}
	assert.Equal(t, []string{"m1", "m2", "m3"}, ids)
	assert.Equal(t, int32(2), calls.Load())
}

func TestListQuery(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		p    *memberships.ListParams
		want string
	}{
		{"nil", nil, ""},
		{"person id", &memberships.ListParams{RoomID: "r", PersonID: "p"}, "personId=p&roomId=r"},
		{"person email", &memberships.ListParams{RoomID: "r", PersonEmail: "a+b@example.org"}, "personEmail=a%2Bb%40example.org&roomId=r"},
		{"compliance officer by person", &memberships.ListParams{PersonEmail: "x@example.org", Max: 10}, "max=10&personEmail=x%40example.org"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			mux.HandleFunc("/v1/memberships", func(w http.ResponseWriter, r *http.Request) {
				sdktest.CheckRequest(t, r, http.MethodGet)
				assert.Equal(t, tt.want, r.URL.RawQuery)
				sdktest.WriteJSON(w, http.StatusOK, map[string]any{"items": []any{membershipBody("m1")}})
			})
			page, err := c.Memberships.ListPage(context.Background(), tt.p, "")
			require.NoError(t, err)
			require.Len(t, page.Items, 1)
			assertMembership(t, &page.Items[0], "m1")
			assert.Empty(t, page.NextURL)
		})
	}
}

func TestListPageResumes(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("/v1/memberships", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		// The next link drops roomId; the client puts it back.
		assert.Equal(t, roomID, r.URL.Query().Get("roomId"))
		if r.URL.Query().Get("cursor") == "" {
			w.Header().Set("Link", fmt.Sprintf(`<http://%s/v1/memberships?cursor=c2>; rel="next"`, r.Host))
			sdktest.WriteJSON(w, http.StatusOK, map[string]any{"items": []any{membershipBody("m1")}})
			return
		}
		assert.Equal(t, "c2", r.URL.Query().Get("cursor"))
		sdktest.WriteJSON(w, http.StatusOK, map[string]any{"items": []any{membershipBody("m2")}})
	})
	ctx := context.Background()
	p := &memberships.ListParams{RoomID: roomID}

	first, err := c.Memberships.ListPage(ctx, p, "")
	require.NoError(t, err)
	require.Len(t, first.Items, 1)
	assert.Equal(t, "m1", first.Items[0].ID)
	require.NotEmpty(t, first.NextURL)

	second, err := c.Memberships.ListPage(ctx, p, first.NextURL)
	require.NoError(t, err)
	require.Len(t, second.Items, 1)
	assertMembership(t, &second.Items[0], "m2")
	assert.Empty(t, second.NextURL)
}

func TestListValidation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		p    memberships.ListParams
		want string
	}{
		{"both person filters", memberships.ListParams{RoomID: roomID, PersonID: personID, PersonEmail: email}, "webex: memberships: ListParams takes PersonID or PersonEmail, not both"},
		{"negative max", memberships.ListParams{RoomID: roomID, Max: -5}, "webex: memberships: ListParams.Max must not be negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			calls := sdktest.Forbid(t, mux)
			ctx := context.Background()
			var n int
			for m, err := range c.Memberships.List(ctx, &tt.p) {
				n++
				assert.Nil(t, m)
				require.EqualError(t, err, tt.want)
			}
			assert.Equal(t, 1, n)
			page, err := c.Memberships.ListPage(ctx, &tt.p, "")
			assert.Nil(t, page)
			require.EqualError(t, err, tt.want)
			assert.Zero(t, calls.Load())
		})
	}
}

func TestCreate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		p    *memberships.CreateParams
		want map[string]any
	}{
		{
			"by id as moderator",
			&memberships.CreateParams{RoomID: roomID, PersonID: personID, IsModerator: webex.Ptr(true)},
			map[string]any{"roomId": roomID, "personId": personID, "isModerator": true},
		},
		{
			"by email, explicitly not moderator",
			&memberships.CreateParams{RoomID: roomID, PersonEmail: email, IsModerator: webex.Ptr(false)},
			map[string]any{"roomId": roomID, "personEmail": email, "isModerator": false},
		},
		{
			"by email, moderator unset",
			&memberships.CreateParams{RoomID: roomID, PersonEmail: email},
			map[string]any{"roomId": roomID, "personEmail": email},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			mux.HandleFunc("/v1/memberships", func(w http.ResponseWriter, r *http.Request) {
				sdktest.CheckRequest(t, r, http.MethodPost)
				assert.Empty(t, r.URL.RawQuery)
				assert.Equal(t, tt.want, sdktest.Body(t, r))
				sdktest.WriteJSON(w, http.StatusOK, membershipBody(membershipID))
			})
			got, err := c.Memberships.Create(context.Background(), tt.p)
			require.NoError(t, err)
			assertMembership(t, got, membershipID)
		})
	}
}

func TestCreateValidation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		p    *memberships.CreateParams
		want string
	}{
		{"nil", nil, "webex: memberships: CreateParams.RoomID is required"},
		{"no room", &memberships.CreateParams{PersonID: personID}, "webex: memberships: CreateParams.RoomID is required"},
		{"no person", &memberships.CreateParams{RoomID: roomID, IsModerator: webex.Ptr(true)}, "webex: memberships: CreateParams needs PersonID or PersonEmail"},
		{"both persons", &memberships.CreateParams{RoomID: roomID, PersonID: personID, PersonEmail: email}, "webex: memberships: CreateParams takes PersonID or PersonEmail, not both"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			calls := sdktest.Forbid(t, mux)
			got, err := c.Memberships.Create(context.Background(), tt.p)
			assert.Nil(t, got)
			require.EqualError(t, err, tt.want)
			assert.Zero(t, calls.Load())
		})
	}
}

func TestGet(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("/v1/memberships/{membershipId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		assert.Equal(t, membershipID, r.PathValue("membershipId"))
		assert.Empty(t, r.URL.RawQuery)
		sdktest.WriteJSON(w, http.StatusOK, membershipBody(membershipID))
	})
	got, err := c.Memberships.Get(context.Background(), membershipID)
	require.NoError(t, err)
	assertMembership(t, got, membershipID)
}

func TestUpdate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		p    *memberships.UpdateParams
		want map[string]any
	}{
		{"both false", &memberships.UpdateParams{IsModerator: webex.Ptr(false), IsRoomHidden: webex.Ptr(false)}, map[string]any{"isModerator": false, "isRoomHidden": false}},
		{"both true", &memberships.UpdateParams{IsModerator: webex.Ptr(true), IsRoomHidden: webex.Ptr(true)}, map[string]any{"isModerator": true, "isRoomHidden": true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			mux.HandleFunc("/v1/memberships/{membershipId}", func(w http.ResponseWriter, r *http.Request) {
				sdktest.CheckRequest(t, r, http.MethodPut)
				assert.Equal(t, membershipID, r.PathValue("membershipId"))
				assert.Equal(t, tt.want, sdktest.Body(t, r))
				sdktest.WriteJSON(w, http.StatusOK, membershipBody(membershipID))
			})
			got, err := c.Memberships.Update(context.Background(), membershipID, tt.p)
			require.NoError(t, err)
			assertMembership(t, got, membershipID)
		})
	}
}

func TestUpdateParamsFrom(t *testing.T) {
	t.Parallel()
	p := memberships.UpdateParamsFrom(&memberships.Membership{IsModerator: true, IsRoomHidden: false})
	require.NotNil(t, p.IsModerator)
	require.NotNil(t, p.IsRoomHidden)
	assert.True(t, *p.IsModerator)
	assert.False(t, *p.IsRoomHidden)

	// Changing the params does not change the membership.
	m := &memberships.Membership{IsModerator: true}
	p = memberships.UpdateParamsFrom(m)
	*p.IsModerator = false
	assert.True(t, m.IsModerator)

	// A nil membership gives params that fail validation rather than panic.
	mux, c := sdktest.New(t)
	calls := sdktest.Forbid(t, mux)
	_, err := c.Memberships.Update(context.Background(), membershipID, memberships.UpdateParamsFrom(nil))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "webex: memberships: UpdateParams.IsModerator is required")
	assert.Zero(t, calls.Load())
}

func TestUpdateValidation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		p    *memberships.UpdateParams
		want string
	}{
		{"nil", nil, "webex: memberships: UpdateParams.IsModerator is required"},
		{"no moderator", &memberships.UpdateParams{IsRoomHidden: webex.Ptr(true)}, "webex: memberships: UpdateParams.IsModerator is required"},
		{"no hidden", &memberships.UpdateParams{IsModerator: webex.Ptr(true)}, "webex: memberships: UpdateParams.IsRoomHidden is required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			calls := sdktest.Forbid(t, mux)
			got, err := c.Memberships.Update(context.Background(), membershipID, tt.p)
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
	mux.HandleFunc("/v1/memberships/{membershipId}", func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		sdktest.CheckRequest(t, r, http.MethodDelete)
		assert.Equal(t, membershipID, r.PathValue("membershipId"))
		w.WriteHeader(http.StatusNoContent)
	})
	require.NoError(t, c.Memberships.Delete(context.Background(), membershipID))
	assert.Equal(t, int32(1), calls.Load())
}

func TestEmptyIDMakesNoRequest(t *testing.T) {
	t.Parallel()
	both := &memberships.UpdateParams{IsModerator: webex.Ptr(true), IsRoomHidden: webex.Ptr(false)}
	tests := []struct {
		name string
		call func(context.Context, *webex.Client) error
	}{
		{"Get", func(ctx context.Context, c *webex.Client) error { _, err := c.Memberships.Get(ctx, ""); return err }},
		{"Update", func(ctx context.Context, c *webex.Client) error {
			_, err := c.Memberships.Update(ctx, " ", both)
			return err
		}},
		{"Delete", func(ctx context.Context, c *webex.Client) error { return c.Memberships.Delete(ctx, "") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			n := sdktest.Forbid(t, mux)
			err := tt.call(context.Background(), c)
			require.Error(t, err)
			assert.Contains(t, err.Error(), "membershipId is required")
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
		{"Create conflict", http.StatusConflict, webex.ErrConflict, func(ctx context.Context, c *webex.Client) error {
			_, err := c.Memberships.Create(ctx, &memberships.CreateParams{RoomID: roomID, PersonEmail: email})
			return err
		}},
		{"Get not found", http.StatusNotFound, webex.ErrNotFound, func(ctx context.Context, c *webex.Client) error {
			_, err := c.Memberships.Get(ctx, membershipID)
			return err
		}},
		{"Update forbidden", http.StatusForbidden, webex.ErrForbidden, func(ctx context.Context, c *webex.Client) error {
			_, err := c.Memberships.Update(ctx, membershipID, &memberships.UpdateParams{IsModerator: webex.Ptr(true), IsRoomHidden: webex.Ptr(false)})
			return err
		}},
		{"Delete forbidden", http.StatusForbidden, webex.ErrForbidden, func(ctx context.Context, c *webex.Client) error {
			return c.Memberships.Delete(ctx, membershipID)
		}},
		{"List bad request", http.StatusBadRequest, webex.ErrBadRequest, func(ctx context.Context, c *webex.Client) error {
			for _, err := range c.Memberships.List(ctx, &memberships.ListParams{PersonID: personID}) {
				return err
			}
			return nil
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			var calls atomic.Int32
			fail := func(w http.ResponseWriter, r *http.Request) {
				calls.Add(1)
				sdktest.WriteError(w, tt.status, "refused")
			}
			mux.HandleFunc("/v1/memberships", fail)
			mux.HandleFunc("/v1/memberships/{membershipId}", fail)
			err := tt.call(context.Background(), c)
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.sentinel)
			var apiErr *webex.APIError
			require.True(t, errors.As(err, &apiErr))
			assert.Equal(t, tt.status, apiErr.StatusCode)
			assert.Equal(t, "refused", apiErr.Message)
			assert.Equal(t, "ROUTER_ERR", apiErr.TrackingID)
			assert.Equal(t, int32(1), calls.Load(), "4xx answers are not retried")
		})
	}
}
