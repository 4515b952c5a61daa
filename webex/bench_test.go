package webex_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/messages"
)

// benchMessage is a realistic message: markdown, html, mentions, a file.
func benchMessage(i int) messages.Message {
	return messages.Message{
		ID:              fmt.Sprintf("Y2lzY29zcGFyazovL3VzL01FU1NBR0UvbWVzc2FnZS0lMDZk%06d", i),
		RoomID:          "Y2lzY29zcGFyazovL3VzL1JPT00vYmVuY2gtcm9vbQ",
		RoomType:        "group",
		Text:            "Release 1.4 is out: changelog at https://example.com/r/1.4 — thanks Ada and Grace",
		Markdown:        "**Release 1.4** is out: [changelog](https://example.com/r/1.4) — thanks <@personEmail:ada@example.com> and <@personEmail:grace@example.com>",
		HTML:            "<p><strong>Release 1.4</strong> is out: <a href=\"https://example.com/r/1.4\">changelog</a></p>",
		Files:           []string{"https://webexapis.com/v1/contents/Y2lzY29zcGFyazovL3VzL0NPTlRFTlQvZmlsZQ/0"},
		PersonID:        "Y2lzY29zcGFyazovL3VzL1BFT1BMRS9hdXRob3I",
		PersonEmail:     "author@example.com",
		MentionedPeople: []string{"Y2lzY29zcGFyazovL3VzL1BFT1BMRS9hZGE", "Y2lzY29zcGFyazovL3VzL1BFT1BMRS9ncmFjZQ"},
		Created:         time.Date(2026, 11, 1, 9, 30, 0, 0, time.UTC).Add(time.Duration(i) * time.Second),
	}
}

func benchServer(b *testing.B) *httptest.Server {
	b.Helper()
	one, _ := json.Marshal(benchMessage(1))
	items := make([]messages.Message, 100)
	for i := range items {
		items[i] = benchMessage(i)
	}
	page, _ := json.Marshal(map[string]any{"items": items})
	mux := http.NewServeMux()
	serve := func(body []byte) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("TrackingID", "ROUTER_BENCH")
			w.Write(body)
		}
	}
	mux.Handle("GET /v1/messages/{id}", serve(one))
	mux.Handle("GET /v1/messages", serve(page))
	srv := httptest.NewServer(mux)
	b.Cleanup(srv.Close)
	return srv
}

// handWritten is the floor: what a careful programmer writes with net/http
// and encoding/json alone.
type handWritten struct {
	hc    *http.Client
	base  string
	token string
}

func (h *handWritten) get(ctx context.Context, url string, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+h.token)
	req.Header.Set("Accept", "application/json")
	resp, err := h.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		io.Copy(io.Discard, resp.Body)
		return fmt.Errorf("status %d", resp.StatusCode)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

func BenchmarkMessagesGet(b *testing.B) {
	srv := benchServer(b)
	ctx := context.Background()
	b.Run("client=handwritten", func(b *testing.B) {
		h := &handWritten{hc: srv.Client(), base: srv.URL + "/v1", token: "t"}
		b.ReportAllocs()
		for b.Loop() {
			var m messages.Message
			if err := h.get(ctx, h.base+"/messages/m1", &m); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("client=sdk", func(b *testing.B) {
		c, err := webex.NewClient(webex.WithBaseURL(srv.URL+"/v1"), webex.WithToken("t"), webex.WithHTTPClient(srv.Client()))
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			if _, err := c.Messages.Get(ctx, "m1"); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkMessagesListPage100(b *testing.B) {
	srv := benchServer(b)
	ctx := context.Background()
	b.Run("client=handwritten", func(b *testing.B) {
		h := &handWritten{hc: srv.Client(), base: srv.URL + "/v1", token: "t"}
		b.ReportAllocs()
		for b.Loop() {
			var page struct {
				Items []messages.Message `json:"items"`
			}
			if err := h.get(ctx, h.base+"/messages?roomId=r1&max=100", &page); err != nil || len(page.Items) != 100 {
				b.Fatal(err, len(page.Items))
			}
		}
	})
	b.Run("client=sdk", func(b *testing.B) {
		c, err := webex.NewClient(webex.WithBaseURL(srv.URL+"/v1"), webex.WithToken("t"), webex.WithHTTPClient(srv.Client()))
		if err != nil {
			b.Fatal(err)
		}
		p := &messages.ListParams{RoomID: "r1", Max: 100}
		b.ReportAllocs()
		for b.Loop() {
			page, err := c.Messages.ListPage(ctx, p, "")
			if err != nil || len(page.Items) != 100 {
				b.Fatal(err)
			}
		}
	})
}
