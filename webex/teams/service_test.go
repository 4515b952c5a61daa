package teams_test

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
	"github.com/gowebex/sdk/webex/teams"
)

func teamBody(id, name string) map[string]any {
	return map[string]any{
		"id":          id,
		"name":        name,
		"description": "Keeps the engines running",
		"created":     "2024-02-10T08:30:00.000Z",
	}
}

func assertTeam(t *testing.T, tm *teams.Team, id, name string) {
	t.Helper()
	require.NotNil(t, tm)
	assert.Equal(t, id, tm.ID)
	assert.Equal(t, name, tm.Name)
	assert.Equal(t, "Keeps the engines running", tm.Description)
	assert.True(t, tm.Created.Equal(time.Date(2024, 2, 10, 8, 30, 0, 0, time.UTC)), "created %v", tm.Created)
}

func TestListFollowsPages(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	var calls atomic.Int32
	mux.HandleFunc("GET /v1/teams", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		switch calls.Add(1) {
		case 1:
			assert.Equal(t, "max=1", r.URL.RawQuery)
			w.Header().Set("Link", fmt.Sprintf(`<http://%s/v1/teams?max=1&cursor=b>; rel="next"`, r.Host))
			sdktest.WriteJSON(w, http.StatusOK, map[string]any{"items": []any{teamBody("T1", "Engines")}})
		case 2:
			assert.Equal(t, "b", r.URL.Query().Get("cursor"))
			sdktest.WriteJSON(w, http.StatusOK, map[string]any{"items": []any{teamBody("T2", "Looms")}})
		default:
			t.Errorf("unexpected third request")
		}
	})
	var got []*teams.Team
	for tm, err := range c.Teams.List(context.Background(), &teams.ListParams{Max: 1}) {
		require.NoError(t, err)
		got = append(got, tm)
	}
	require.Len(t, got, 2)
	assertTeam(t, got[0], "T1", "Engines")
	assertTeam(t, got[1], "T2", "Looms")
}

func TestListNilParams(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("GET /v1/teams", func(w http.ResponseWriter, r *http.Request) {
		assert.Empty(t, r.URL.RawQuery)
		sdktest.WriteJSON(w, http.StatusOK, map[string]any{"items": []any{}})
	})
	n := 0
	for _, err := range c.Teams.List(context.Background(), nil) {
		require.NoError(t, err)
		n++
	}
	assert.Zero(t, n)
}

func TestListPageResumes(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("GET /v1/teams", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		if r.URL.Query().Get("cursor") == "" {
			w.Header().Set("Link", fmt.Sprintf(`<http://%s/v1/teams?cursor=2>; rel="next"`, r.Host))
			sdktest.WriteJSON(w, http.StatusOK, map[string]any{"items": []any{teamBody("T1", "Engines")}})
			return
		}
		assert.Equal(t, "5", r.URL.Query().Get("max"), "max is kept on the next page")
		sdktest.WriteJSON(w, http.StatusOK, map[string]any{"items": []any{teamBody("T2", "Looms")}})
	})
	p := &teams.ListParams{Max: 5}
	first, err := c.Teams.ListPage(context.Background(), p, "")
	require.NoError(t, err)
	require.Len(t, first.Items, 1)
	assertTeam(t, &first.Items[0], "T1", "Engines")
	require.NotEmpty(t, first.NextURL)
	second, err := c.Teams.ListPage(context.Background(), p, first.NextURL)
	require.NoError(t, err)
	require.Len(t, second.Items, 1)
	assert.Equal(t, "T2", second.Items[0].ID)
	assert.Empty(t, second.NextURL)
}

func TestListValidation(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	sdktest.Forbid(t, mux)
	for _, err := range c.Teams.List(context.Background(), &teams.ListParams{Max: -1}) {
		require.ErrorContains(t, err, "webex: teams: ListParams.Max must not be negative")
	}
	_, err := c.Teams.ListPage(context.Background(), &teams.ListParams{Max: -1}, "")
	require.ErrorContains(t, err, "webex: teams: ListParams.Max must not be negative")
}

func TestCreate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		p    *teams.CreateParams
		body map[string]any
	}{
		{"name and description", &teams.CreateParams{Name: "Engines", Description: "Keeps the engines running"},
			map[string]any{"name": "Engines", "description": "Keeps the engines running"}},
		{"name only", &teams.CreateParams{Name: "Engines"}, map[string]any{"name": "Engines"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			mux.HandleFunc("POST /v1/teams", func(w http.ResponseWriter, r *http.Request) {
				sdktest.CheckRequest(t, r, http.MethodPost)
				assert.Empty(t, r.URL.RawQuery)
				assert.Equal(t, tt.body, sdktest.Body(t, r))
				sdktest.WriteJSON(w, http.StatusOK, teamBody("T1", "Engines"))
			})
			tm, err := c.Teams.Create(context.Background(), tt.p)
			require.NoError(t, err)
			assertTeam(t, tm, "T1", "Engines")
		})
	}
}

func TestGet(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("GET /v1/teams/{teamId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		assert.Empty(t, r.URL.RawQuery)
		sdktest.WriteJSON(w, http.StatusOK, teamBody(r.PathValue("teamId"), "Engines"))
	})
	tm, err := c.Teams.Get(context.Background(), "T1")
	require.NoError(t, err)
	assertTeam(t, tm, "T1", "Engines")
}

func TestUpdate(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("PUT /v1/teams/{teamId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodPut)
		assert.Equal(t, "T1", r.PathValue("teamId"))
		assert.Equal(t, map[string]any{"name": "Engines II", "description": "Keeps the engines running"}, sdktest.Body(t, r))
		sdktest.WriteJSON(w, http.StatusOK, teamBody("T1", "Engines II"))
	})
	tm, err := c.Teams.Update(context.Background(), "T1", &teams.UpdateParams{Name: "Engines II", Description: "Keeps the engines running"})
	require.NoError(t, err)
	assertTeam(t, tm, "T1", "Engines II")
}

func TestDelete(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	var hit atomic.Bool
	mux.HandleFunc("DELETE /v1/teams/{teamId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodDelete)
		assert.Equal(t, "T1", r.PathValue("teamId"))
		hit.Store(true)
		w.WriteHeader(http.StatusNoContent)
	})
	require.NoError(t, c.Teams.Delete(context.Background(), "T1"))
	assert.True(t, hit.Load())
}

func TestValidationMakesNoRequest(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	sdktest.Forbid(t, mux)
	ctx := context.Background()
	tests := []struct {
		name string
		call func() error
		want string
	}{
		{"create nil", func() error { _, err := c.Teams.Create(ctx, nil); return err }, "webex: teams: CreateParams.Name is required"},
		{"create blank name", func() error {
			_, err := c.Teams.Create(ctx, &teams.CreateParams{Name: " ", Description: "x"})
			return err
		}, "webex: teams: CreateParams.Name is required"},
		{"update nil", func() error { _, err := c.Teams.Update(ctx, "T1", nil); return err }, "webex: teams: UpdateParams.Name is required"},
		{"update no name", func() error {
			_, err := c.Teams.Update(ctx, "T1", &teams.UpdateParams{Description: "only this"})
			return err
		}, "webex: teams: UpdateParams.Name is required"},
		{"get empty id", func() error { _, err := c.Teams.Get(ctx, ""); return err }, "teamId is required"},
		{"update empty id", func() error { _, err := c.Teams.Update(ctx, "", &teams.UpdateParams{Name: "x"}); return err }, "teamId is required"},
		{"delete empty id", func() error { return c.Teams.Delete(ctx, "") }, "teamId is required"},
	}
	for _, tt := range tests {
		assert.ErrorContains(t, tt.call(), tt.want, tt.name)
	}
}

func TestErrorStatus(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("GET /v1/teams/{teamId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.WriteError(w, http.StatusNotFound, "The requested resource could not be found.")
	})
	mux.HandleFunc("DELETE /v1/teams/{teamId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.WriteError(w, http.StatusForbidden, "Only moderators may delete a team.")
	})
	_, err := c.Teams.Get(context.Background(), "T404")
	var ae *webex.APIError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, http.StatusNotFound, ae.StatusCode)
	assert.Equal(t, "ROUTER_ERR", ae.TrackingID)
	assert.True(t, errors.Is(err, webex.ErrNotFound))

	err = c.Teams.Delete(context.Background(), "T1")
	assert.True(t, errors.Is(err, webex.ErrForbidden))
	assert.False(t, errors.Is(err, webex.ErrNotFound))
}
