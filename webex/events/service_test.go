package events_test

import (
	"errors"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/internal/sdktest"
	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/events"
	"github.com/gowebex/sdk/webex/rooms"
)

// messageEventJSON is a messages/created event shaped like the spec's
// example, with data carrying only a message's fields.
func messageEventJSON(id string) string {
	return `{
		"id": "` + id + `",
		"resource": "messages",
		"type": "created",
		"appId": "app-7",
		"actorId": "person-1",
		"orgId": "org-1",
		"created": "2024-04-02T08:15:30.125Z",
		"data": {
			"id": "msg-1",
			"roomId": "room-1",
			"roomType": "group",
			"orgId": "org-1",
			"text": "Quarterly numbers attached",
			"personId": "person-1",
			"personEmail": "ann@example.com",
			"files": ["https://webexapis.com/v1/contents/content-1"],
			"created": "2024-04-02T08:15:30.001Z"
		}
	}`
}

// assertMessageEvent checks every field of messageEventJSON(id).
func assertMessageEvent(t *testing.T, e *events.Event, id string) {
	t.Helper()
	require.NotNil(t, e)
	assert.Equal(t, id, e.ID)
	assert.Equal(t, events.ResourceMessages, e.Resource)
	assert.Equal(t, events.TypeCreated, e.Type)
	assert.Equal(t, "app-7", e.AppID)
	assert.Equal(t, "person-1", e.ActorID)
	assert.Equal(t, "org-1", e.OrgID)
	assert.Equal(t, time.Date(2024, 4, 2, 8, 15, 30, 125e6, time.UTC), e.Created.UTC())
	m, err := e.Message()
	require.NoError(t, err)
	assert.Equal(t, "msg-1", m.ID)
	assert.Equal(t, "room-1", m.RoomID)
	assert.Equal(t, rooms.TypeGroup, m.RoomType)
	assert.Equal(t, "org-1", m.OrgID)
	assert.Equal(t, "Quarterly numbers attached", m.Text)
	assert.Equal(t, "person-1", m.PersonID)
	assert.Equal(t, "ann@example.com", m.PersonEmail)
	assert.Equal(t, []string{"https://webexapis.com/v1/contents/content-1"}, m.Files)
	assert.Equal(t, time.Date(2024, 4, 2, 8, 15, 30, 1e6, time.UTC), m.Created.UTC())
}

func TestListQuery(t *testing.T) {
	t.Parallel()
	from := time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(2024, 4, 2, 12, 30, 0, 0, time.FixedZone("CEST", 2*3600))
	tests := []struct {
		name string
		p    *events.ListParams
		want url.Values
	}{
		{"nil params", nil, url.Values{}},
		{"every filter", &events.ListParams{
			Resource: events.ResourceMessages,
			Type:     events.TypeDeleted,
			ActorID:  "person-1",
			From:     from,
			To:       to,
			Max:      1000,
		}, url.Values{
			"resource": {"messages"},
			"type":     {"deleted"},
			"actorId":  {"person-1"},
			"from":     {"2024-04-01T00:00:00Z"},
			"to":       {"2024-04-02T10:30:00Z"},
			"max":      {"1000"},
		}},
		{"converged recordings", &events.ListParams{
			Resource:    events.ResourceConvergedRecordings,
			ServiceType: events.ServiceTypeCalling,
		}, url.Values{"resource": {"convergedRecordings"}, "serviceType": {"calling"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, s := newService(t)
			mux.HandleFunc("GET /v1/events", func(w http.ResponseWriter, r *http.Request) {
				sdktest.CheckRequest(t, r, http.MethodGet)
				assert.Equal(t, "application/json", r.Header.Get("Accept"))
				assert.Equal(t, tt.want, r.URL.Query())
				sdktest.WriteRaw(w, http.StatusOK, `{"items": [`+messageEventJSON("event-1")+`]}`)
			})
			var got []*events.Event
			for e, err := range s.List(t.Context(), tt.p) {
				require.NoError(t, err)
				got = append(got, e)
			}
			require.Len(t, got, 1)
			assertMessageEvent(t, got[0], "event-1")
		})
	}
}

// twoPages serves the events list in two pages linked by a Link header and
// checks that the second request kept the filters.
func twoPages(t *testing.T, mux *http.ServeMux) {
	mux.HandleFunc("GET /v1/events", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		q := r.URL.Query()
		assert.Equal(t, "messages", q.Get("resource"))
		assert.Equal(t, "2", q.Get("max"))
		if q.Get("cursor") == "" {
			w.Header().Set("Link", `<http://`+r.Host+`/v1/events?resource=messages&max=2&cursor=p2>; rel="next"`)
			sdktest.WriteRaw(w, http.StatusOK, `{"items": [`+messageEventJSON("event-1")+`,`+messageEventJSON("event-2")+`]}`)
			return
		}
		assert.Equal(t, "p2", q.Get("cursor"))
		sdktest.WriteRaw(w, http.StatusOK, `{"items": [`+messageEventJSON("event-3")+`]}`)
	})
}

func TestListFollowsPages(t *testing.T) {
	t.Parallel()
	mux, s := newService(t)
	twoPages(t, mux)
	var ids []string
	for e, err := range s.List(t.Context(), &events.ListParams{Resource: events.ResourceMessages, Max: 2}) {
		require.NoError(t, err)
		assertMessageEvent(t, e, e.ID)
		ids = append(ids, e.ID)
	}
	assert.Equal(t, []string{"event-1", "event-2", "event-3"}, ids)
}

func TestListStopsWhenLoopBreaks(t *testing.T) {
	t.Parallel()
	mux, s := newService(t)
	n := 0
	mux.HandleFunc("GET /v1/events", func(w http.ResponseWriter, r *http.Request) {
		n++
		w.Header().Set("Link", `<http://`+r.Host+`/v1/events?cursor=more>; rel="next"`)
		sdktest.WriteRaw(w, http.StatusOK, `{"items": [`+messageEventJSON("event-1")+`,`+messageEventJSON("event-2")+`]}`)
	})
	for e, err := range s.List(t.Context(), nil) {
		require.NoError(t, err)
		assert.Equal(t, "event-1", e.ID)
		break
	}
	assert.Equal(t, 1, n, "no second page is fetched after the loop breaks")
}

func TestListPageResumes(t *testing.T) {
	t.Parallel()
	mux, s := newService(t)
	twoPages(t, mux)
	p := &events.ListParams{Resource: events.ResourceMessages, Max: 2}
	first, err := s.ListPage(t.Context(), p, "")
	require.NoError(t, err)
	require.Len(t, first.Items, 2)
	assert.Equal(t, "event-1", first.Items[0].ID)
	assert.Equal(t, "event-2", first.Items[1].ID)
	require.NotEmpty(t, first.NextURL)

	second, err := s.ListPage(t.Context(), p, first.NextURL)
	require.NoError(t, err)
	require.Len(t, second.Items, 1)
	assertMessageEvent(t, &second.Items[0], "event-3")
	assert.Empty(t, second.NextURL)
}

func TestListPageRefusesForeignNextURL(t *testing.T) {
	t.Parallel()
	mux, s := newService(t)
	sdktest.Forbid(t, mux)
	_, err := s.ListPage(t.Context(), nil, "https://evil.example.com/v1/events?cursor=x")
	require.ErrorIs(t, err, webex.ErrUntrustedURL)
}

func TestListValidation(t *testing.T) {
	t.Parallel()
	from := time.Date(2024, 4, 2, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		p    events.ListParams
		want string
	}{
		{"negative max", events.ListParams{Max: -1}, "events: ListParams.Max"},
		{"to before from", events.ListParams{From: from, To: from.Add(-time.Second)}, "webex: events: ListParams.To must not be before From"},
		{"converged without service type", events.ListParams{Resource: events.ResourceConvergedRecordings}, "webex: events: ListParams.ServiceType is required"},
		{"service type without converged", events.ListParams{Resource: events.ResourceMessages, ServiceType: events.ServiceTypeCalling}, "webex: events: ListParams.ServiceType is only allowed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, s := newService(t)
			n := sdktest.Forbid(t, mux)
			var errs []error
			for e, err := range s.List(t.Context(), &tt.p) {
				assert.Nil(t, e)
				errs = append(errs, err)
			}
			require.Len(t, errs, 1)
			assert.ErrorContains(t, errs[0], tt.want)
			_, err := s.ListPage(t.Context(), &tt.p, "")
			assert.ErrorContains(t, err, tt.want)
			assert.Zero(t, n.Load())
		})
	}
}

func TestListForbiddenWithoutComplianceScope(t *testing.T) {
	t.Parallel()
	mux, s := newService(t)
	mux.HandleFunc("GET /v1/events", func(w http.ResponseWriter, r *http.Request) {
		sdktest.WriteError(w, http.StatusForbidden, "Not a compliance officer.")
	})
	var errs []error
	for _, err := range s.List(t.Context(), nil) {
		errs = append(errs, err)
	}
	require.Len(t, errs, 1)
	var ae *webex.APIError
	require.ErrorAs(t, errs[0], &ae)
	assert.Equal(t, http.StatusForbidden, ae.StatusCode)
	assert.Equal(t, "Not a compliance officer.", ae.Message)
	assert.ErrorIs(t, errs[0], webex.ErrForbidden)
}

func TestGet(t *testing.T) {
	t.Parallel()
	mux, s := newService(t)
	mux.HandleFunc("GET /v1/events/{eventId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		assert.Equal(t, "event/1", r.PathValue("eventId"), "the id is path-escaped")
		assert.Empty(t, r.URL.RawQuery)
		sdktest.WriteRaw(w, http.StatusOK, messageEventJSON("event/1"))
	})
	e, err := s.Get(t.Context(), "event/1")
	require.NoError(t, err)
	assertMessageEvent(t, e, "event/1")
}

func TestGetEmptyIDSendsNothing(t *testing.T) {
	t.Parallel()
	mux, s := newService(t)
	n := sdktest.Forbid(t, mux)
	e, err := s.Get(t.Context(), "")
	assert.Nil(t, e)
	assert.ErrorContains(t, err, "eventId is required")
	assert.Zero(t, n.Load())
}

func TestGetNotFound(t *testing.T) {
	t.Parallel()
	mux, s := newService(t)
	mux.HandleFunc("GET /v1/events/{eventId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.WriteError(w, http.StatusNotFound, "Event not found.")
	})
	e, err := s.Get(t.Context(), "gone")
	assert.Nil(t, e)
	var ae *webex.APIError
	require.True(t, errors.As(err, &ae), "%T %v", err, err)
	assert.Equal(t, http.StatusNotFound, ae.StatusCode)
	assert.Equal(t, "ROUTER_ERR", ae.TrackingID)
	assert.ErrorIs(t, err, webex.ErrNotFound)
	assert.NotErrorIs(t, err, webex.ErrForbidden)
}
