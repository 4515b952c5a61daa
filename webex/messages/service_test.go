package messages_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/internal/sdktest"
	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/messages"
)

func collect(t *testing.T, seq func(func(*messages.Message, error) bool)) ([]string, []error) {
	t.Helper()
	var ids []string
	var errs []error
	for m, err := range seq {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ids = append(ids, m.ID)
	}
	return ids, errs
}

func TestListQuery(t *testing.T) {
	t.Parallel()
	before := time.Date(2024, 1, 2, 3, 4, 5, 0, time.FixedZone("CET", 3600))
	tests := []struct {
		name string
		p    messages.ListParams
		want url.Values
	}{
		{"room only", messages.ListParams{RoomID: "room-1"}, url.Values{"roomId": {"room-1"}}},
		{"every filter", messages.ListParams{
			RoomID:          "room-1",
			ParentID:        "msg-0",
			MentionedPeople: []string{"person-2", "person-3"},
			Before:          before,
			BeforeMessage:   "msg-9",
			Max:             50,
		}, url.Values{
			"roomId":          {"room-1"},
			"parentId":        {"msg-0"},
			"mentionedPeople": {"person-2,person-3"},
			"before":          {"2024-01-02T02:04:05Z"},
			"beforeMessage":   {"msg-9"},
			"max":             {"50"},
		}},
		{"mentioning me", messages.ListParams{RoomID: "room-1", MentionedPeople: []string{"me"}}, url.Values{
			"roomId": {"room-1"}, "mentionedPeople": {"me"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			mux.HandleFunc("GET /v1/messages", func(w http.ResponseWriter, r *http.Request) {
				sdktest.CheckRequest(t, r, http.MethodGet)
				assert.Equal(t, "application/json", r.Header.Get("Accept"))
				assert.Equal(t, tt.want, r.URL.Query())
				sdktest.WriteRaw(w, http.StatusOK, `{"items": [`+messageJSON+`]}`)
			})
			var got []*messages.Message
			for m, err := range c.Messages.List(t.Context(), &tt.p) {
				require.NoError(t, err)
				got = append(got, m)
			}
			require.Len(t, got, 1)
			assertMessage(t, got[0])
		})
	}
}

// pagedServer serves pages of message ids at GET /v1/messages, linking each
// page to the next with a Link header, and counts the requests.
func pagedServer(t *testing.T, mux *http.ServeMux, pages [][]string) *atomic.Int32 {
	var n atomic.Int32
	mux.HandleFunc("GET /v1/messages", func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		page := 0
		if c := r.URL.Query().Get("cursor"); c != "" {
			fmt.Sscan(c, &page)
		}
		require.Less(t, page, len(pages))
		if page+1 < len(pages) {
			w.Header().Set("Link", fmt.Sprintf(`<http://%s/v1/messages?roomId=room-1&cursor=%d>; rel="next"`, r.Host, page+1))
		}
		items := make([]map[string]string, len(pages[page]))
		for i, id := range pages[page] {
			items[i] = map[string]string{"id": id, "roomId": "room-1"}
		}
		sdktest.WriteJSON(w, http.StatusOK, map[string]any{"items": items})
	})
	return &n
}

func TestListPages(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	n := pagedServer(t, mux, [][]string{{"m1", "m2"}, {"m3", "m4"}, {"m5"}})
	ids, errs := collect(t, c.Messages.List(t.Context(), &messages.ListParams{RoomID: "room-1"}))
	assert.Empty(t, errs)
	assert.Equal(t, []string{"m1", "m2", "m3", "m4", "m5"}, ids)
	assert.EqualValues(t, 3, n.Load())
}

func TestListBreakStopsRequests(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	n := pagedServer(t, mux, [][]string{{"m1", "m2", "m3"}, {"m4"}})
	var ids []string
	for m, err := range c.Messages.List(t.Context(), &messages.ListParams{RoomID: "room-1"}) {
		require.NoError(t, err)
		ids = append(ids, m.ID)
		if len(ids) == 2 {
			break
		}
	}
	assert.Equal(t, []string{"m1", "m2"}, ids)
	assert.EqualValues(t, 1, n.Load(), "no request after the loop broke")
}

func TestListNoRequestUntilRanged(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	n := pagedServer(t, mux, [][]string{{"m1"}})
	seq := c.Messages.List(t.Context(), &messages.ListParams{RoomID: "room-1"})
	assert.EqualValues(t, 0, n.Load())
	ids, _ := collect(t, seq)
	assert.Equal(t, []string{"m1"}, ids)
}

func TestListErrorOnSecondPage(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	var n atomic.Int32
	mux.HandleFunc("GET /v1/messages", func(w http.ResponseWriter, r *http.Request) {
		if n.Add(1) == 1 {
			w.Header().Set("Link", fmt.Sprintf(`<http://%s/v1/messages?roomId=room-1&cursor=1>; rel="next"`, r.Host))
			sdktest.WriteRaw(w, http.StatusOK, `{"items": [{"id": "m1"}, {"id": "m2"}]}`)
			return
		}
		sdktest.WriteError(w, http.StatusNotFound, "The requested resource could not be found.")
	})
	ids, errs := collect(t, c.Messages.List(t.Context(), &messages.ListParams{RoomID: "room-1"}))
	assert.Equal(t, []string{"m1", "m2"}, ids)
	require.Len(t, errs, 1, "the error is yielded once")
	assert.ErrorIs(t, errs[0], webex.ErrNotFound)
	assert.EqualValues(t, 2, n.Load())
}

// Webex's next links drop mentionedPeople; without it a bot's second page is
// refused, so the SDK puts it back.
func TestListRestoresMentionedPeopleOnNextPage(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	var queries []url.Values
	mux.HandleFunc("GET /v1/messages", func(w http.ResponseWriter, r *http.Request) {
		queries = append(queries, r.URL.Query())
		if len(queries) == 1 {
			w.Header().Set("Link", fmt.Sprintf(`<http://%s/v1/messages?roomId=room-1&max=2&beforeMessage=m2>; rel="next"`, r.Host))
			sdktest.WriteRaw(w, http.StatusOK, `{"items": [{"id": "m1"}, {"id": "m2"}]}`)
			return
		}
		sdktest.WriteRaw(w, http.StatusOK, `{"items": [{"id": "m3"}]}`)
	})
	ids, errs := collect(t, c.Messages.List(t.Context(), &messages.ListParams{
		RoomID: "room-1", MentionedPeople: []string{"me", "person-2"}, Max: 2,
	}))
	require.Empty(t, errs)
	assert.Equal(t, []string{"m1", "m2", "m3"}, ids)
	require.Len(t, queries, 2)
	assert.Equal(t, url.Values{"roomId": {"room-1"}, "mentionedPeople": {"me,person-2"}, "max": {"2"}}, queries[0])
	assert.Equal(t, url.Values{
		"roomId": {"room-1"}, "max": {"2"}, "beforeMessage": {"m2"}, "mentionedPeople": {"me,person-2"},
	}, queries[1])
}

func TestListRefusesNextLinkOnOtherHost(t *testing.T) {
	t.Parallel()
	var evil atomic.Int32
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		evil.Add(1)
		t.Errorf("request reached the other host with Authorization %q", r.Header.Get("Authorization"))
	}))
	t.Cleanup(other.Close)

	mux, c := sdktest.New(t)
	mux.HandleFunc("GET /v1/messages", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Link", `<`+other.URL+`/v1/messages?roomId=room-1&cursor=1>; rel="next"`)
		sdktest.WriteRaw(w, http.StatusOK, `{"items": [{"id": "m1"}]}`)
	})
	ids, errs := collect(t, c.Messages.List(t.Context(), &messages.ListParams{RoomID: "room-1"}))
	assert.Equal(t, []string{"m1"}, ids)
	require.Len(t, errs, 1)
	assert.ErrorIs(t, errs[0], webex.ErrUntrustedURL)
	assert.EqualValues(t, 0, evil.Load())

	_, err := c.Messages.ListPage(t.Context(), &messages.ListParams{RoomID: "room-1"}, other.URL+"/v1/messages?cursor=1")
	assert.ErrorIs(t, err, webex.ErrUntrustedURL)
	assert.EqualValues(t, 0, evil.Load())
}

func TestListPageResume(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	n := pagedServer(t, mux, [][]string{{"m1", "m2"}, {"m3"}})
	p := &messages.ListParams{RoomID: "room-1"}

	page, err := c.Messages.ListPage(t.Context(), p, "")
	require.NoError(t, err)
	require.Len(t, page.Items, 2)
	assert.Equal(t, "m1", page.Items[0].ID)
	assert.Equal(t, "m2", page.Items[1].ID)
	require.NotEmpty(t, page.NextURL)
	u, err := url.Parse(page.NextURL)
	require.NoError(t, err)
	assert.Equal(t, "1", u.Query().Get("cursor"))

	// Resume later, as from a NextURL saved between runs.
	page, err = c.Messages.ListPage(t.Context(), p, page.NextURL)
	require.NoError(t, err)
	require.Len(t, page.Items, 1)
	assert.Equal(t, "m3", page.Items[0].ID)
	assert.Empty(t, page.NextURL)
	assert.EqualValues(t, 2, n.Load())
}

func TestListValidation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		p    *messages.ListParams
		want string
	}{
		{"nil", nil, "webex: messages: ListParams.RoomID is required"},
		{"no room", &messages.ListParams{ParentID: "msg-0"}, "webex: messages: ListParams.RoomID is required"},
		{"negative max", &messages.ListParams{RoomID: "room-1", Max: -1}, "webex: messages: ListParams.Max must not be negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			n := sdktest.Forbid(t, mux)
			ids, errs := collect(t, c.Messages.List(t.Context(), tt.p))
			assert.Empty(t, ids)
			require.Len(t, errs, 1)
			assert.EqualError(t, errs[0], tt.want)
			_, err := c.Messages.ListPage(t.Context(), tt.p, "")
			assert.EqualError(t, err, tt.want)
			assert.EqualValues(t, 0, n.Load())
		})
	}
}

func TestListDirect(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		p    messages.ListDirectParams
		want url.Values
	}{
		{"by id", messages.ListDirectParams{PersonID: "person-2"}, url.Values{"personId": {"person-2"}}},
		{"by email in a thread", messages.ListDirectParams{PersonEmail: "bob@example.com", ParentID: "msg-0"},
			url.Values{"personEmail": {"bob@example.com"}, "parentId": {"msg-0"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			var n atomic.Int32
			mux.HandleFunc("GET /v1/messages/direct", func(w http.ResponseWriter, r *http.Request) {
				sdktest.CheckRequest(t, r, http.MethodGet)
				if n.Add(1) == 1 {
					assert.Equal(t, tt.want, r.URL.Query())
					w.Header().Set("Link", fmt.Sprintf(`<http://%s/v1/messages/direct?cursor=1>; rel="next"`, r.Host))
					sdktest.WriteRaw(w, http.StatusOK, `{"items": [`+messageJSON+`]}`)
					return
				}
				// The filters the next link lost are restored.
				q := r.URL.Query()
				assert.Equal(t, "1", q.Get("cursor"))
				for k, v := range tt.want {
					assert.Equal(t, v, q[k], k)
				}
				sdktest.WriteRaw(w, http.StatusOK, `{"items": [{"id": "msg-2", "roomType": "direct"}]}`)
			})
			var got []*messages.Message
			for m, err := range c.Messages.ListDirect(t.Context(), &tt.p) {
				require.NoError(t, err)
				got = append(got, m)
			}
			require.Len(t, got, 2)
			assertMessage(t, got[0])
			assert.Equal(t, "msg-2", got[1].ID)
			assert.Equal(t, messages.RoomTypeDirect, got[1].RoomType)
			assert.EqualValues(t, 2, n.Load())
		})
	}
}

func TestListDirectValidation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		p    *messages.ListDirectParams
		want string
	}{
		{"nil", nil, "webex: messages: ListDirectParams needs PersonID or PersonEmail"},
		{"neither", &messages.ListDirectParams{ParentID: "msg-0"}, "webex: messages: ListDirectParams needs PersonID or PersonEmail"},
		{"both", &messages.ListDirectParams{PersonID: "person-2", PersonEmail: "bob@example.com"},
			"webex: messages: ListDirectParams takes PersonID or PersonEmail, not both"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			n := sdktest.Forbid(t, mux)
			ids, errs := collect(t, c.Messages.ListDirect(t.Context(), tt.p))
			assert.Empty(t, ids)
			require.Len(t, errs, 1)
			assert.EqualError(t, errs[0], tt.want)
			assert.EqualValues(t, 0, n.Load())
		})
	}
}

func TestCreate(t *testing.T) {
	t.Parallel()
	card, err := messages.CardAttachment(map[string]any{
		"type":    "AdaptiveCard",
		"version": "1.3",
		"body":    []map[string]string{{"type": "TextBlock", "text": "Approve?"}},
	})
	require.NoError(t, err)
	tests := []struct {
		name string
		p    messages.CreateParams
		want string
	}{
		{"room with markdown in a thread", messages.CreateParams{
			RoomID: "room-1", ParentID: "msg-0", Text: "Release is out", Markdown: "**Release** is out",
		}, `{"roomId": "room-1", "parentId": "msg-0", "text": "Release is out", "markdown": "**Release** is out"}`},
		{"to person id", messages.CreateParams{ToPersonID: "person-2", Text: "hi"},
			`{"toPersonId": "person-2", "text": "hi"}`},
		{"to person email with a file URL", messages.CreateParams{
			ToPersonEmail: "bob@example.com", Files: []string{"https://files.example.com/notes.pdf"},
		}, `{"toPersonEmail": "bob@example.com", "files": ["https://files.example.com/notes.pdf"]}`},
		{"adaptive card", messages.CreateParams{
			RoomID: "room-1", Text: "Approve?", Attachments: []messages.Attachment{card},
		}, `{"roomId": "room-1", "text": "Approve?", "attachments": [{
			"contentType": "application/vnd.microsoft.card.adaptive",
			"content": {"type": "AdaptiveCard", "version": "1.3", "body": [{"type": "TextBlock", "text": "Approve?"}]}
		}]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			var n atomic.Int32
			mux.HandleFunc("POST /v1/messages", func(w http.ResponseWriter, r *http.Request) {
				n.Add(1)
				sdktest.CheckRequest(t, r, http.MethodPost)
				assert.Empty(t, r.URL.RawQuery)
				var want map[string]any
				require.NoError(t, json.Unmarshal([]byte(tt.want), &want))
				assert.Equal(t, want, sdktest.Body(t, r))
				sdktest.WriteRaw(w, http.StatusOK, messageJSON)
			})
			m, err := c.Messages.Create(t.Context(), &tt.p)
			require.NoError(t, err)
			assertMessage(t, m)
			assert.EqualValues(t, 1, n.Load())
		})
	}
}

func TestCreateValidation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		p    *messages.CreateParams
		want string
	}{
		{"nil", nil, "webex: messages: CreateParams is nil"},
		{"no destination", &messages.CreateParams{Text: "hi"}, "webex: messages: CreateParams needs RoomID, ToPersonID or ToPersonEmail"},
		{"two destinations", &messages.CreateParams{RoomID: "room-1", ToPersonEmail: "bob@example.com", Text: "hi"},
			"webex: messages: CreateParams takes only one of RoomID, ToPersonID and ToPersonEmail"},
		{"no content", &messages.CreateParams{RoomID: "room-1", ParentID: "msg-0"},
			"webex: messages: CreateParams needs Text, Markdown, Files or Attachments"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			n := sdktest.Forbid(t, mux)
			m, err := c.Messages.Create(t.Context(), tt.p)
			assert.Nil(t, m)
			assert.EqualError(t, err, tt.want)
			assert.EqualValues(t, 0, n.Load())
		})
	}
}

func TestGet(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("GET /v1/messages/{messageId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodGet)
		assert.Equal(t, "msg/1 ?", r.PathValue("messageId"))
		assert.Equal(t, "/v1/messages/msg%2F1%20%3F", r.URL.EscapedPath(), "the id is path-escaped")
		sdktest.WriteRaw(w, http.StatusOK, messageJSON)
	})
	m, err := c.Messages.Get(t.Context(), "msg/1 ?")
	require.NoError(t, err)
	assertMessage(t, m)
}

func TestEdit(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("PUT /v1/messages/{messageId}", func(w http.ResponseWriter, r *http.Request) {
		sdktest.CheckRequest(t, r, http.MethodPut)
		assert.Equal(t, "msg-1", r.PathValue("messageId"))
		assert.Equal(t, map[string]any{
			"roomId":   "room-1",
			"text":     "Release 2.1 is out",
			"markdown": "**Release 2.1** is out",
		}, sdktest.Body(t, r))
		sdktest.WriteRaw(w, http.StatusOK, messageJSON)
	})
	m, err := c.Messages.Edit(t.Context(), "msg-1", &messages.EditParams{
		RoomID: "room-1", Text: "Release 2.1 is out", Markdown: "**Release 2.1** is out",
	})
	require.NoError(t, err)
	assertMessage(t, m)
}

func TestEditTextOnly(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	mux.HandleFunc("PUT /v1/messages/{messageId}", func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, map[string]any{"roomId": "room-1", "text": "fixed"}, sdktest.Body(t, r))
		sdktest.WriteRaw(w, http.StatusOK, `{"id": "msg-1", "text": "fixed", "updated": "2024-03-05T11:00:00Z"}`)
	})
	m, err := c.Messages.Edit(t.Context(), "msg-1", &messages.EditParams{RoomID: "room-1", Text: "fixed"})
	require.NoError(t, err)
	assert.Equal(t, "fixed", m.Text)
	assert.Equal(t, time.Date(2024, 3, 5, 11, 0, 0, 0, time.UTC), m.Updated)
}

func TestEditValidation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		id   string
		p    *messages.EditParams
		want string
	}{
		{"nil", "msg-1", nil, "webex: messages: EditParams.RoomID is required"},
		{"no room", "msg-1", &messages.EditParams{Text: "x"}, "webex: messages: EditParams.RoomID is required"},
		{"no text", "msg-1", &messages.EditParams{RoomID: "room-1"}, "webex: messages: EditParams needs Text or Markdown"},
		{"no id", "", &messages.EditParams{RoomID: "room-1", Text: "x"}, "webex: PUT /messages/{messageId}: messageId is required"},
		{"blank id", "  ", &messages.EditParams{RoomID: "room-1", Text: "x"}, "webex: PUT /messages/{messageId}: messageId is required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			n := sdktest.Forbid(t, mux)
			m, err := c.Messages.Edit(t.Context(), tt.id, tt.p)
			assert.Nil(t, m)
			assert.EqualError(t, err, tt.want)
			assert.EqualValues(t, 0, n.Load())
		})
	}
}

func TestDelete(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	var n atomic.Int32
	mux.HandleFunc("DELETE /v1/messages/{messageId}", func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		sdktest.CheckRequest(t, r, http.MethodDelete)
		assert.Equal(t, "msg-1", r.PathValue("messageId"))
		assert.Empty(t, r.Header.Get("Content-Type"), "no body")
		w.WriteHeader(http.StatusNoContent)
	})
	require.NoError(t, c.Messages.Delete(t.Context(), "msg-1"))
	assert.EqualValues(t, 1, n.Load())
}

func TestEmptyIDMakesNoRequest(t *testing.T) {
	t.Parallel()
	mux, c := sdktest.New(t)
	n := sdktest.Forbid(t, mux)
	_, err := c.Messages.Get(t.Context(), "")
	assert.EqualError(t, err, "webex: GET /messages/{messageId}: messageId is required")
	assert.ErrorIs(t, err, webex.ErrInvalidInput)
	err = c.Messages.Delete(t.Context(), "")
	assert.EqualError(t, err, "webex: DELETE /messages/{messageId}: messageId is required")
	_, err = c.Messages.Get(t.Context(), "..")
	assert.ErrorIs(t, err, webex.ErrInvalidInput)
	assert.EqualValues(t, 0, n.Load())
}

func TestErrorStatuses(t *testing.T) {
	t.Parallel()
	tests := []struct {
		status   int
		sentinel error
	}{
		{http.StatusBadRequest, webex.ErrBadRequest},
		{http.StatusUnauthorized, webex.ErrUnauthorized},
		{http.StatusForbidden, webex.ErrForbidden},
		{http.StatusNotFound, webex.ErrNotFound},
		{http.StatusConflict, webex.ErrConflict},
		{http.StatusLocked, webex.ErrLocked},
		{http.StatusTooManyRequests, webex.ErrRateLimited},
		{http.StatusInternalServerError, webex.ErrServerError},
	}
	for _, tt := range tests {
		t.Run(http.StatusText(tt.status), func(t *testing.T) {
			t.Parallel()
			mux, c := sdktest.New(t)
			var n atomic.Int32
			mux.HandleFunc("/v1/messages/{messageId}", func(w http.ResponseWriter, r *http.Request) {
				n.Add(1)
				// An hour is past the longest Retry-After the client waits.
				w.Header().Set("Retry-After", "3600")
				sdktest.WriteError(w, tt.status, "It went wrong.")
			})
			calls := map[string]func() error{
				"Get":    func() error { _, err := c.Messages.Get(t.Context(), "msg-1"); return err },
				"Delete": func() error { return c.Messages.Delete(t.Context(), "msg-1") },
				"Edit": func() error {
					_, err := c.Messages.Edit(t.Context(), "msg-1", &messages.EditParams{RoomID: "room-1", Text: "x"})
					return err
				},
			}
			for name, call := range calls {
				err := call()
				require.Error(t, err, name)
				var ae *webex.APIError
				require.True(t, errors.As(err, &ae), "%s: %T", name, err)
				assert.Equal(t, tt.status, ae.StatusCode, name)
				assert.Equal(t, "It went wrong.", ae.Message, name)
				assert.Equal(t, "ROUTER_ERR", ae.TrackingID, name)
				assert.Equal(t, "/v1/messages/msg-1", ae.Path, name)
				assert.ErrorIs(t, err, tt.sentinel, name)
				if tt.status == http.StatusTooManyRequests || tt.status == http.StatusLocked {
					assert.Equal(t, time.Hour, ae.RetryAfter, name)
				}
			}
			assert.EqualValues(t, len(calls), n.Load(), "none of these statuses is retried")
		})
	}
}
