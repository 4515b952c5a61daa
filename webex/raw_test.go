package webex_test

import (
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/internal/sdktest"
	"github.com/gowebex/sdk/webex"
)

type license struct {
	ID         string `json:"id"`
	Name       string `json:"name"`
	TotalUnits int    `json:"totalUnits"`
}

func TestDoGetsIntoCallersType(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t, webex.WithRateLimit("GET /licenses/{licenseId}", 600, 1))
	mux.HandleFunc("GET /v1/licenses/{licenseId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		assert.Equal(t, "lic/1", r.PathValue("licenseId"))
		assert.Equal(t, "org-1", r.URL.Query().Get("orgId"))
		assert.Equal(t, "true", r.URL.Query().Get("includeUsage"))
		sdktest.WriteRaw(w, http.StatusOK, `{"id":"lic/1","name":"Meeting - Webex Enterprise","totalUnits":50}`)
	})
	var lic license
	err := c.Do(t.Context(), &webex.Request{Method: http.MethodGet, Path: "/licenses/{licenseId}", Params: []string{"lic/1"},
		Query: struct {
			OrgID string `url:"orgId"`
			Usage bool   `url:"includeUsage"`
		}{"org-1", true}}, &lic)
	require.NoError(t, err)
	assert.Equal(t, license{ID: "lic/1", Name: "Meeting - Webex Enterprise", TotalUnits: 50}, lic)
}

func TestDoPostsJSONAndStream(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	var posts atomic.Int32
	mux.HandleFunc("POST /v1/roles", func(w http.ResponseWriter, r *http.Request) {
		posts.Add(1)
		assert.Equal(t, map[string]any{"name": "auditor"}, sdktest.Body(t, r))
		sdktest.WriteError(w, http.StatusBadGateway, "upstream")
	})
	mux.HandleFunc("PUT /v1/devices/{deviceId}/blob", func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "text/plain", r.Header.Get("Content-Type"))
		b, _ := io.ReadAll(r.Body)
		assert.Equal(t, "raw bytes", string(b))
		w.WriteHeader(http.StatusNoContent)
	})
	err := c.Do(t.Context(), &webex.Request{Method: "post", Path: "/roles", Body: map[string]string{"name": "auditor"}}, nil)
	var ae *webex.APIError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, http.StatusBadGateway, ae.StatusCode)
	assert.EqualValues(t, 1, posts.Load(), "a POST is never sent twice")

	err = c.Do(t.Context(), &webex.Request{Method: http.MethodPut, Path: "/devices/{deviceId}/blob", Params: []string{"d1"},
		Stream: strings.NewReader("raw bytes"), ContentType: "text/plain"}, nil)
	require.NoError(t, err)
}

func TestListFollowsLinkPages(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("GET /v1/licenses", func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "o1", r.URL.Query().Get("orgId"))
		if r.URL.Query().Get("cursor") == "" {
			w.Header().Set("Link", `<licenses?cursor=2&orgId=o1>; rel="next"`)
			sdktest.WriteRaw(w, http.StatusOK, `{"items":[{"id":"a"},{"id":"b"}]}`)
			return
		}
		sdktest.WriteRaw(w, http.StatusOK, `{"items":[{"id":"c"}]}`)
	})
	req := &webex.Request{Method: http.MethodGet, Path: "/licenses", Query: url.Values{"orgId": {"o1"}}}
	var ids []string
	for l, err := range webex.List[license](t.Context(), c, req) {
		require.NoError(t, err)
		ids = append(ids, l.ID)
	}
	assert.Equal(t, []string{"a", "b", "c"}, ids)

	p, err := webex.ListPage[license](t.Context(), c, req, "")
	require.NoError(t, err)
	require.Len(t, p.Items, 2)
	p, err = webex.ListPage[license](t.Context(), c, req, p.NextURL)
	require.NoError(t, err)
	assert.Equal(t, []license{{ID: "c"}}, p.Items)
	assert.Empty(t, p.NextURL)

	_, err = webex.ListPage[license](t.Context(), c, req, "https://evil.example.com/v1/licenses?cursor=2")
	assert.ErrorIs(t, err, webex.ErrUntrustedURL)
}

func TestRawRequestInvalid(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	sent := sdktest.Forbid(t, mux)
	for name, req := range map[string]*webex.Request{
		"nil":          nil,
		"no method":    {Path: "/licenses"},
		"bad method":   {Method: "GET /x", Path: "/licenses"},
		"no slash":     {Method: "GET", Path: "licenses"},
		"host":         {Method: "GET", Path: "//evil.example.com/x"},
		"query":        {Method: "GET", Path: "/licenses?orgId=1"},
		"dot segments": {Method: "GET", Path: "/licenses/../../x"},
		"empty id":     {Method: "GET", Path: "/licenses/{licenseId}", Params: []string{""}},
		"missing id":   {Method: "GET", Path: "/licenses/{licenseId}"},
		"bad query":    {Method: "GET", Path: "/licenses", Query: map[string]string{"a": "b"}},
		"both bodies":  {Method: "POST", Path: "/x", Body: 1, Stream: strings.NewReader("")},
	} {
		err := c.Do(t.Context(), req, nil)
		assert.ErrorIs(t, err, webex.ErrInvalidInput, name)
		for _, err := range webex.List[license](t.Context(), c, req) {
			assert.ErrorIs(t, err, webex.ErrInvalidInput, name)
		}
	}
	var nilClient *webex.Client
	assert.ErrorIs(t, nilClient.Do(t.Context(), &webex.Request{Method: "GET", Path: "/x"}, nil), webex.ErrInvalidInput)
	assert.Zero(t, sent.Load())
}
