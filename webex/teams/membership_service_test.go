package teams_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/internal/sdktest"
	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/teams"
)

func membershipBody(id string, moderator bool) map[string]any {
	return map[string]any{
		"id":                id,
		"teamId":            "T1",
		"personId":          "P1",
		"personEmail":       "ada@example.com",
		"personDisplayName": "Ada Lovelace",
		"personOrgId":       "ORG-1",
		"isModerator":       moderator,
		"created":           "2024-02-11T12:00:00.250Z",
	}
}

func assertMembership(t *testing.T, m *teams.Membership, id string, moderator bool) {
	t.Helper()
	require.NotNil(t, m)
	assert.Equal(t, teams.Membership{
		ID: id, TeamID: "T1", PersonID: "P1", PersonEmail: "ada@example.com",
		PersonDisplayName: "Ada Lovelace", PersonOrgID: "ORG-1", IsModerator: moderator,
		Created: m.Created,
	}, *m)
	assert.True(t, m.Created.Equal(time.Date(2024, 2, 11, 12, 0, 0, 250e6, time.UTC)), "created %v", m.Created)
}

func TestMembershipListFollowsPages(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	var calls atomic.Int32
	mux.HandleFunc("GET /v1/team/memberships", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		switch calls.Add(1) {
		case 1:
			assert.Equal(t, url.Values{"teamId": {"T1"}, "max": {"1"}}, r.URL.Query())
			// The next link drops teamId; the client puts it back.
			w.Header().Set("Link", fmt.Sprintf(`<http://%s/v1/team/memberships?cursor=2&max=1>; rel="next"`, r.Host))
			sdktest.WriteJSON(w, http.StatusOK, map[string]any{"items": []any{membershipBody("M1", true)}})
		case 2:
			assert.Equal(t, url.Values{"teamId": {"T1"}, "max": {"1"}, "cursor": {"2"}}, r.URL.Query())
			sdktest.WriteJSON(w, http.StatusOK, map[string]any{"items": []any{membershipBody("M2", false)}})
		default:
			t.Errorf("unexpected third request")
		}
	})
	var got []*teams.Membership
	for m, err := range c.TeamMemberships.List(context.Background(), &teams.ListMembershipsParams{TeamID: "T1", Max: 1}) {
		require.NoError(t, err)
		got = append(got, m)
	}
	require.Len(t, got, 2)
	assertMembership(t, got[0], "M1", true)
	assertMembership(t, got[1], "M2", false)
}

func TestMembershipListPageResumes(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("GET /v1/team/memberships", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		assert.Equal(t, "T1", r.URL.Query().Get("teamId"))
		if r.URL.Query().Get("cursor") == "" {
			w.Header().Set("Link", fmt.Sprintf(`<http://%s/v1/team/memberships?teamId=T1&cursor=2>; rel="next"`, r.Host))
			sdktest.WriteJSON(w, http.StatusOK, map[string]any{"items": []any{membershipBody("M1", true)}})
			return
		}
		sdktest.WriteJSON(w, http.StatusOK, map[string]any{"items": []any{membershipBody("M2", false)}})
	})
	p := &teams.ListMembershipsParams{TeamID: "T1"}
	first, err := c.TeamMemberships.ListPage(context.Background(), p, "")
	require.NoError(t, err)
	require.Len(t, first.Items, 1)
	assert.Equal(t, "M1", first.Items[0].ID)
	require.NotEmpty(t, first.NextURL)
	second, err := c.TeamMemberships.ListPage(context.Background(), p, first.NextURL)
	require.NoError(t, err)
	require.Len(t, second.Items, 1)
	assertMembership(t, &second.Items[0], "M2", false)
	assert.Empty(t, second.NextURL)
}

func TestMembershipListValidation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		p    *teams.ListMembershipsParams
		want string
	}{
		{"nil", nil, "webex: teams: ListMembershipsParams.TeamID is required"},
		{"no team", &teams.ListMembershipsParams{Max: 10}, "webex: teams: ListMembershipsParams.TeamID is required"},
		{"negative max", &teams.ListMembershipsParams{TeamID: "T1", Max: -1}, "Max must not be negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			sdktest.Forbid(t, mux)
			n := 0
			for m, err := range c.TeamMemberships.List(context.Background(), tt.p) {
				n++
				assert.Nil(t, m)
				require.ErrorContains(t, err, tt.want)
			}
			assert.Equal(t, 1, n)
			_, err := c.TeamMemberships.ListPage(context.Background(), tt.p, "")
			require.ErrorContains(t, err, tt.want)
		})
	}
}

func TestMembershipCreate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		p    *teams.CreateMembershipParams
		body map[string]any
	}{
		{"by id as moderator", &teams.CreateMembershipParams{TeamID: "T1", PersonID: "P1", IsModerator: webex.Ptr(true)},
			map[string]any{"teamId": "T1", "personId": "P1", "isModerator": true}},
		{"by email, explicitly not moderator", &teams.CreateMembershipParams{TeamID: "T1", PersonEmail: "ada@example.com", IsModerator: webex.Ptr(false)},
			map[string]any{"teamId": "T1", "personEmail": "ada@example.com", "isModerator": false}},
		{"moderator unset", &teams.CreateMembershipParams{TeamID: "T1", PersonEmail: "ada@example.com"},
			map[string]any{"teamId": "T1", "personEmail": "ada@example.com"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			mux.HandleFunc("POST /v1/team/memberships", func(w http.ResponseWriter, r *http.Request) {
				sdktest.CheckRequest(t, r, http.MethodPost)
				assert.Empty(t, r.URL.RawQuery)
				assert.Equal(t, tt.body, sdktest.Body(t, r))
				sdktest.WriteJSON(w, http.StatusOK, membershipBody("M1", true))
			})
			m, err := c.TeamMemberships.Create(context.Background(), tt.p)
			require.NoError(t, err)
			assertMembership(t, m, "M1", true)
		})
	}
}

func TestMembershipGet(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("GET /v1/team/memberships/{membershipId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		assert.Empty(t, r.URL.RawQuery)
		sdktest.WriteJSON(w, http.StatusOK, membershipBody(r.PathValue("membershipId"), false))
	})
	m, err := c.TeamMemberships.Get(context.Background(), "M1")
	require.NoError(t, err)
	assertMembership(t, m, "M1", false)
}

func TestMembershipUpdate(t *testing.T) {
	t.Parallel()
	for _, moderator := range []bool{true, false} {
		t.Run(fmt.Sprint(moderator), func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			mux.HandleFunc("PUT /v1/team/memberships/{membershipId}", func(w http.ResponseWriter, r *http.Request) {
				sdktest.CheckRequest(t, r, http.MethodPut)
				assert.Equal(t, "M1", r.PathValue("membershipId"))
				assert.Equal(t, map[string]any{"isModerator": moderator}, sdktest.Body(t, r))
				sdktest.WriteJSON(w, http.StatusOK, membershipBody("M1", moderator))
			})
			m, err := c.TeamMemberships.Update(context.Background(), "M1", &teams.UpdateMembershipParams{IsModerator: webex.Ptr(moderator)})
			require.NoError(t, err)
			assertMembership(t, m, "M1", moderator)
		})
	}
}

func TestMembershipDelete(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	var hit atomic.Bool
	mux.HandleFunc("DELETE /v1/team/memberships/{membershipId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodDelete)
		assert.Equal(t, "M1", r.PathValue("membershipId"))
		hit.Store(true)
		w.WriteHeader(http.StatusNoContent)
	})
	require.NoError(t, c.TeamMemberships.Delete(context.Background(), "M1"))
	assert.True(t, hit.Load())
}

func TestMembershipValidationMakesNoRequest(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	sdktest.Forbid(t, mux)
	ctx := context.Background()
	create := func(p *teams.CreateMembershipParams) func() error {
		return func() error { _, err := c.TeamMemberships.Create(ctx, p); return err }
	}
	tests := []struct {
		name string
		call func() error
		want string
	}{
		{"create nil", create(nil), "webex: teams: CreateMembershipParams.TeamID is required"},
		{"create no team", create(&teams.CreateMembershipParams{PersonID: "P1"}), "webex: teams: CreateMembershipParams.TeamID is required"},
		{"create no person", create(&teams.CreateMembershipParams{TeamID: "T1"}), "needs PersonID or PersonEmail"},
		{"create both", create(&teams.CreateMembershipParams{TeamID: "T1", PersonID: "P1", PersonEmail: "a@example.com"}), "not both"},
		{"update nil", func() error { _, err := c.TeamMemberships.Update(ctx, "M1", nil); return err }, "webex: teams: UpdateMembershipParams.IsModerator is required"},
		{"update unset", func() error {
			_, err := c.TeamMemberships.Update(ctx, "M1", &teams.UpdateMembershipParams{})
			return err
		}, "webex: teams: UpdateMembershipParams.IsModerator is required"},
		{"get empty id", func() error { _, err := c.TeamMemberships.Get(ctx, ""); return err }, "membershipId is required"},
		{"update empty id", func() error {
			_, err := c.TeamMemberships.Update(ctx, "", &teams.UpdateMembershipParams{IsModerator: webex.Ptr(true)})
			return err
		}, "membershipId is required"},
		{"delete empty id", func() error { return c.TeamMemberships.Delete(ctx, " ") }, "membershipId is required"},
	}
	for _, tt := range tests {
		assert.ErrorContains(t, tt.call(), tt.want, tt.name)
	}
}

func TestMembershipErrorStatus(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("DELETE /v1/team/memberships/{membershipId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.WriteError(w, http.StatusConflict, "The last moderator of a team cannot be removed.")
	})
	mux.HandleFunc("GET /v1/team/memberships", func(w http.ResponseWriter, r *http.Request) {
		sdktest.WriteError(w, http.StatusNotFound, "Team not found.")
	})
	err := c.TeamMemberships.Delete(context.Background(), "M1")
	var ae *webex.APIError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, http.StatusConflict, ae.StatusCode)
	assert.Equal(t, "The last moderator of a team cannot be removed.", ae.Message)
	assert.True(t, errors.Is(err, webex.ErrConflict))

	n := 0
	for m, err := range c.TeamMemberships.List(context.Background(), &teams.ListMembershipsParams{TeamID: "T404"}) {
		n++
		assert.Nil(t, m)
		assert.True(t, errors.Is(err, webex.ErrNotFound))
	}
	assert.Equal(t, 1, n)
}
