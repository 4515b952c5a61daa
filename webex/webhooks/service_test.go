package webhooks_test

import (
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
	"github.com/gowebex/sdk/webex/webhooks"
)

// webhookJSON is a webhook shaped like the spec's example, plus the fields
// Webex adds in practice.
const webhookJSON = `{
	"id": "hook-1",
	"name": "Build bot messages",
	"targetUrl": "https://bot.example.com/webex/events",
	"resource": "messages",
	"event": "created",
	"filter": "roomId=room-1",
	"secret": "s3cret-value",
	"status": "inactive",
	"created": "2024-02-01T08:30:00+00:00",
	"ownedBy": "org",
	"orgId": "org-1",
	"createdBy": "person-1",
	"appId": "app-1"
}`

func assertWebhook(t *testing.T, w *webhooks.Webhook) {
	t.Helper()
	require.NotNil(t, w)
	assert.Equal(t, "hook-1", w.ID)
	assert.Equal(t, "Build bot messages", w.Name)
	assert.Equal(t, "https://bot.example.com/webex/events", w.TargetURL)
	assert.Equal(t, webhooks.ResourceMessages, w.Resource)
	assert.Equal(t, webhooks.EventCreated, w.Event)
	assert.Equal(t, "roomId=room-1", w.Filter)
	assert.Equal(t, "s3cret-value", w.Secret)
	assert.Equal(t, webhooks.StatusInactive, w.Status)
	assert.True(t, w.Created.Equal(time.Date(2024, 2, 1, 8, 30, 0, 0, time.UTC)), "created: %v", w.Created)
	assert.Equal(t, webhooks.OwnedByOrg, w.OwnedBy)
	assert.Equal(t, "org-1", w.OrgID)
	assert.Equal(t, "person-1", w.CreatedBy)
	assert.Equal(t, "app-1", w.AppID)
}

func TestList(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		p    *webhooks.ListParams
		want url.Values
	}{
		{"nil params", nil, url.Values{}},
		{"max and org", &webhooks.ListParams{Max: 10, OwnedBy: webhooks.OwnedByOrg}, url.Values{"max": {"10"}, "ownedBy": {"org"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, s := newService(t)
			var n atomic.Int32
			mux.HandleFunc("GET /v1/webhooks", func(w http.ResponseWriter, r *http.Request) {
				sdktest.CheckRequest(t, r, http.MethodGet)
				q := r.URL.Query()
				if n.Add(1) == 1 {
					assert.Equal(t, tt.want, q)
					w.Header().Set("Link", fmt.Sprintf(`<http://%s/v1/webhooks?cursor=abc>; rel="next"`, r.Host))
					sdktest.WriteRaw(w, http.StatusOK, `{"items": [`+webhookJSON+`]}`)
					return
				}
				assert.Equal(t, "abc", q.Get("cursor"))
				for k, v := range tt.want {
					assert.Equal(t, v, q[k], "filter %s kept on page 2", k)
				}
				sdktest.WriteRaw(w, http.StatusOK, `{"items": [{"id": "hook-2", "status": "active"}]}`)
			})
			var got []*webhooks.Webhook
			for h, err := range s.List(t.Context(), tt.p) {
				require.NoError(t, err)
				got = append(got, h)
			}
			require.Len(t, got, 2)
			assertWebhook(t, got[0])
			assert.Equal(t, "hook-2", got[1].ID)
			assert.Equal(t, webhooks.StatusActive, got[1].Status)
			assert.EqualValues(t, 2, n.Load())
		})
	}
}

func TestListPageResume(t *testing.T) {
	t.Parallel()
	mux, s := newService(t)
	mux.HandleFunc("GET /v1/webhooks", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("cursor") == "" {
			w.Header().Set("Link", fmt.Sprintf(`<http://%s/v1/webhooks?max=1&cursor=2>; rel="next"`, r.Host))
			sdktest.WriteRaw(w, http.StatusOK, `{"items": [{"id": "hook-1"}]}`)
			return
		}
		sdktest.WriteRaw(w, http.StatusOK, `{"items": [{"id": "hook-2"}]}`)
	})
	p := &webhooks.ListParams{Max: 1}
	page, err := s.ListPage(t.Context(), p, "")
	require.NoError(t, err)
	require.Len(t, page.Items, 1)
	assert.Equal(t, "hook-1", page.Items[0].ID)
	require.NotEmpty(t, page.NextURL)

	page, err = s.ListPage(t.Context(), p, page.NextURL)
	require.NoError(t, err)
	require.Len(t, page.Items, 1)
	assert.Equal(t, "hook-2", page.Items[0].ID)
	assert.Empty(t, page.NextURL)
}

func TestListValidation(t *testing.T) {
	t.Parallel()
	mux, s := newService(t)
	n := sdktest.Forbid(t, mux)
	for h, err := range s.List(t.Context(), &webhooks.ListParams{Max: -1}) {
		assert.Nil(t, h)
		assert.EqualError(t, err, "webex: webhooks: ListParams.Max must not be negative")
	}
	_, err := s.ListPage(t.Context(), &webhooks.ListParams{Max: -1}, "")
	assert.EqualError(t, err, "webex: webhooks: ListParams.Max must not be negative")
	assert.EqualValues(t, 0, n.Load())
}

func TestCreate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		p    webhooks.CreateParams
		want map[string]any
	}{
		{"required only", webhooks.CreateParams{
			Name: "Rooms", TargetURL: "https://bot.example.com/hook", Resource: webhooks.ResourceRooms, Event: webhooks.EventAll,
		}, map[string]any{"name": "Rooms", "targetUrl": "https://bot.example.com/hook", "resource": "rooms", "event": "all"}},
		{"every field", webhooks.CreateParams{
			Name: "Build bot messages", TargetURL: "https://bot.example.com/webex/events",
			Resource: webhooks.ResourceMessages, Event: webhooks.EventCreated,
			Filter: "roomId=room-1", Secret: "s3cret-value", OwnedBy: webhooks.OwnedByOrg,
		}, map[string]any{
			"name": "Build bot messages", "targetUrl": "https://bot.example.com/webex/events",
			"resource": "messages", "event": "created",
			"filter": "roomId=room-1", "secret": "s3cret-value", "ownedBy": "org",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, s := newService(t)
			var n atomic.Int32
			mux.HandleFunc("POST /v1/webhooks", func(w http.ResponseWriter, r *http.Request) {
				n.Add(1)
				sdktest.CheckRequest(t, r, http.MethodPost)
				assert.Equal(t, tt.want, sdktest.Body(t, r))
				sdktest.WriteRaw(w, http.StatusOK, webhookJSON)
			})
			h, err := s.Create(t.Context(), &tt.p)
			require.NoError(t, err)
			assertWebhook(t, h)
			assert.EqualValues(t, 1, n.Load())
		})
	}
}

func TestCreateValidation(t *testing.T) {
	t.Parallel()
	ok := webhooks.CreateParams{Name: "n", TargetURL: "https://x.example.com/h", Resource: webhooks.ResourceMessages, Event: webhooks.EventCreated}
	with := func(f func(p *webhooks.CreateParams)) *webhooks.CreateParams { p := ok; f(&p); return &p }
	tests := []struct {
		name string
		p    *webhooks.CreateParams
		want string
	}{
		{"nil", nil, "webex: webhooks: CreateParams is nil"},
		{"no name", with(func(p *webhooks.CreateParams) { p.Name = " " }), "webex: webhooks: CreateParams.Name is required"},
		{"no target", with(func(p *webhooks.CreateParams) { p.TargetURL = "" }), "webex: webhooks: CreateParams.TargetURL is required"},
		{"no resource", with(func(p *webhooks.CreateParams) { p.Resource = "" }), "webex: webhooks: CreateParams.Resource is required"},
		{"no event", with(func(p *webhooks.CreateParams) { p.Event = "" }), "webex: webhooks: CreateParams.Event is required"},
		{"relative target", with(func(p *webhooks.CreateParams) { p.TargetURL = "/hook" }),
			`webex: webhooks: CreateParams.TargetURL "/hook" is not an absolute http or https URL`},
		{"ftp target", with(func(p *webhooks.CreateParams) { p.TargetURL = "ftp://x.example.com/h" }),
			`webex: webhooks: CreateParams.TargetURL "ftp://x.example.com/h" is not an absolute http or https URL`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, s := newService(t)
			n := sdktest.Forbid(t, mux)
			h, err := s.Create(t.Context(), tt.p)
			assert.Nil(t, h)
			assert.EqualError(t, err, tt.want)
			assert.EqualValues(t, 0, n.Load())
		})
	}
}

func TestGet(t *testing.T) {
	t.Parallel()
	mux, s := newService(t)
	mux.HandleFunc("GET /v1/webhooks/{webhookId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		assert.Equal(t, "hook-1", r.PathValue("webhookId"))
		sdktest.WriteRaw(w, http.StatusOK, webhookJSON)
	})
	h, err := s.Get(t.Context(), "hook-1")
	require.NoError(t, err)
	assertWebhook(t, h)
}

func TestUpdate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		p    webhooks.UpdateParams
		want map[string]any
	}{
		{"required only", webhooks.UpdateParams{Name: "Renamed", TargetURL: "https://bot.example.com/v2"},
			map[string]any{"name": "Renamed", "targetUrl": "https://bot.example.com/v2"}},
		{"reactivate with new secret", webhooks.UpdateParams{
			Name: "Renamed", TargetURL: "https://bot.example.com/v2", Secret: "new-secret",
			OwnedBy: webhooks.OwnedByOrg, Status: webhooks.StatusActive,
		}, map[string]any{
			"name": "Renamed", "targetUrl": "https://bot.example.com/v2", "secret": "new-secret",
			"ownedBy": "org", "status": "active",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, s := newService(t)
			mux.HandleFunc("PUT /v1/webhooks/{webhookId}", func(w http.ResponseWriter, r *http.Request) {
				sdktest.CheckRequest(t, r, http.MethodPut)
				assert.Equal(t, "hook-1", r.PathValue("webhookId"))
				assert.Equal(t, tt.want, sdktest.Body(t, r))
				sdktest.WriteRaw(w, http.StatusOK, webhookJSON)
			})
			h, err := s.Update(t.Context(), "hook-1", &tt.p)
			require.NoError(t, err)
			assertWebhook(t, h)
		})
	}
}

func TestUpdateValidation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		id   string
		p    *webhooks.UpdateParams
		want string
	}{
		{"nil", "hook-1", nil, "webex: webhooks: UpdateParams is nil"},
		{"no name", "hook-1", &webhooks.UpdateParams{TargetURL: "https://x.example.com"}, "webex: webhooks: UpdateParams.Name is required"},
		{"no target", "hook-1", &webhooks.UpdateParams{Name: "n"}, "webex: webhooks: UpdateParams.TargetURL is required"},
		{"bad target", "hook-1", &webhooks.UpdateParams{Name: "n", TargetURL: "example.com/h"},
			`webex: webhooks: UpdateParams.TargetURL "example.com/h" is not an absolute http or https URL`},
		{"no id", "", &webhooks.UpdateParams{Name: "n", TargetURL: "https://x.example.com"}, "webex: PUT /webhooks/{webhookId}: webhookId is required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, s := newService(t)
			n := sdktest.Forbid(t, mux)
			h, err := s.Update(t.Context(), tt.id, tt.p)
			assert.Nil(t, h)
			assert.EqualError(t, err, tt.want)
			assert.EqualValues(t, 0, n.Load())
		})
	}
}

func TestDelete(t *testing.T) {
	t.Parallel()
	mux, s := newService(t)
	var n atomic.Int32
	mux.HandleFunc("DELETE /v1/webhooks/{webhookId}", func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		sdktest.CheckRequest(t, r, http.MethodDelete)
		assert.Equal(t, "hook-1", r.PathValue("webhookId"))
		w.WriteHeader(http.StatusNoContent)
	})
	require.NoError(t, s.Delete(t.Context(), "hook-1"))
	assert.EqualValues(t, 1, n.Load())
}

func TestEmptyIDMakesNoRequest(t *testing.T) {
	t.Parallel()
	mux, s := newService(t)
	n := sdktest.Forbid(t, mux)
	_, err := s.Get(t.Context(), "")
	assert.EqualError(t, err, "webex: GET /webhooks/{webhookId}: webhookId is required")
	assert.EqualError(t, s.Delete(t.Context(), ""), "webex: DELETE /webhooks/{webhookId}: webhookId is required")
	assert.EqualValues(t, 0, n.Load())
}

func TestErrorStatus(t *testing.T) {
	t.Parallel()
	tests := []struct {
		status   int
		sentinel error
	}{
		{http.StatusBadRequest, webex.ErrBadRequest},
		{http.StatusForbidden, webex.ErrForbidden},
		{http.StatusNotFound, webex.ErrNotFound},
		{http.StatusConflict, webex.ErrConflict},
		{http.StatusInternalServerError, webex.ErrServerError},
	}
	for _, tt := range tests {
		t.Run(http.StatusText(tt.status), func(t *testing.T) {
			t.Parallel()
			mux, s := newService(t)
			mux.HandleFunc("/v1/webhooks/", func(w http.ResponseWriter, r *http.Request) {
				sdktest.WriteError(w, tt.status, "Webhook trouble.")
			})
			_, err := s.Get(t.Context(), "hook-1")
			var ae *webex.APIError
			require.True(t, errors.As(err, &ae), "%T %v", err, err)
			assert.Equal(t, tt.status, ae.StatusCode)
			assert.Equal(t, "Webhook trouble.", ae.Message)
			assert.Equal(t, "ROUTER_ERR", ae.TrackingID)
			assert.ErrorIs(t, err, tt.sentinel)
			assert.ErrorIs(t, s.Delete(t.Context(), "hook-1"), tt.sentinel)
		})
	}
}
