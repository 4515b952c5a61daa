package bench_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"reflect"
	"strings"
	"time"
	"unsafe"

	wcwebex "github.com/WebexCommunity/webex-go-sdk/v2"
	wcmessages "github.com/WebexCommunity/webex-go-sdk/v2/messages"
	"github.com/WebexCommunity/webex-go-sdk/v2/webexsdk"
	"github.com/go-resty/resty/v2"
	webexteams "github.com/jbogarin/go-cisco-webex-teams/sdk"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/messages"
)

// The message every client creates.
const (
	createText     = "Deploy finished: 42 services updated, 0 failed"
	createMarkdown = "**Deploy finished**: 42 services updated, 0 failed — see [the log](https://example.com/deploys/42)"
)

// client is one way of calling the messages API; every case runs through
// it, so each client does the same work against the same server.
type client interface {
	// get fetches one message.
	get(ctx context.Context) error
	// create posts one message.
	create(ctx context.Context) error
	// listPage fetches one page of 100 messages and reports its length.
	listPage(ctx context.Context) (int, error)
	// listAll lists every message of roomOf(total), page after page, and
	// reports how many it saw.
	listAll(ctx context.Context, total int) (int, error)
}

// clients are the contenders, in table order.
var clients = []struct {
	name string
	new  func(url string, hc *http.Client) (client, error)
}{
	{"floor", newFloor},
	{"sdk", newSDK},
	{"jbogarin", newJbogarin},
	{"webexcommunity", newWebexCommunity},
}

// --- floor: net/http and encoding/json by hand -------------------------

// floor is what a careful programmer writes with net/http and encoding/json
// alone: a request, two headers, a streaming decode, the body drained so
// the connection is reused, the Link header parsed by hand.
type floor struct {
	hc   *http.Client
	base string
	auth string
}

func newFloor(url string, hc *http.Client) (client, error) {
	return &floor{hc: hc, base: url + "/v1", auth: "Bearer " + token}, nil
}

func (f *floor) do(ctx context.Context, method, url string, body []byte, out any) (http.Header, error) {
	var r io.Reader
	if body != nil {
		r = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, url, r)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", f.auth)
	req.Header.Set("Accept", "application/json")
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := f.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		_, _ = io.Copy(io.Discard, resp.Body)
		return nil, fmt.Errorf("%s %s: status %d", method, url, resp.StatusCode)
	}
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		return nil, err
	}
	// Read to EOF so that the connection is reused.
	_, err = io.Copy(io.Discard, resp.Body)
	return resp.Header, err
}

func (f *floor) get(ctx context.Context) error {
	var m messages.Message
	if _, err := f.do(ctx, http.MethodGet, f.base+"/messages/"+messageID, nil, &m); err != nil {
		return err
	}
	return checkMessage(m.ID)
}

func (f *floor) create(ctx context.Context) error {
	body, err := json.Marshal(&messages.CreateParams{RoomID: roomOne, Text: createText, Markdown: createMarkdown})
	if err != nil {
		return err
	}
	var m messages.Message
	if _, err := f.do(ctx, http.MethodPost, f.base+"/messages", body, &m); err != nil {
		return err
	}
	return checkMessage(m.ID)
}

func (f *floor) listPage(ctx context.Context) (int, error) {
	var page struct {
		Items []messages.Message `json:"items"`
	}
	_, err := f.do(ctx, http.MethodGet, f.base+"/messages?roomId="+roomOne+"&max=100", nil, &page)
	return len(page.Items), err
}

func (f *floor) listAll(ctx context.Context, total int) (int, error) {
	n := 0
	url := f.base + "/messages?roomId=" + roomOf(total) + "&max=100"
	for url != "" {
		var page struct {
			Items []messages.Message `json:"items"`
		}
		h, err := f.do(ctx, http.MethodGet, url, nil, &page)
		if err != nil {
			return n, err
		}
		for i := range page.Items {
			consume(&page.Items[i])
			n++
		}
		url = nextLink(h.Get("Link"))
	}
	return n, nil
}

// nextLink returns the rel="next" target of a Link header: the floor's
// hand-written parser for the one form Webex sends.
func nextLink(h string) string {
	for part := range strings.SplitSeq(h, ",") {
		target, params, ok := strings.Cut(part, ";")
		if ok && strings.Contains(params, `rel="next"`) {
			return strings.Trim(strings.TrimSpace(target), "<>")
		}
	}
	return ""
}

// --- this SDK ---------------------------------------------------------------

type sdk struct{ c *webex.Client }

func newSDK(url string, hc *http.Client) (client, error) {
	c, err := webex.NewClient(webex.WithBaseURL(url+"/v1"), webex.WithToken(token), webex.WithHTTPClient(hc))
	return &sdk{c: c}, err
}

func (s *sdk) get(ctx context.Context) error {
	m, err := s.c.Messages.Get(ctx, messageID)
	if err != nil {
		return err
	}
	return checkMessage(m.ID)
}

func (s *sdk) create(ctx context.Context) error {
	m, err := s.c.Messages.Create(ctx, &messages.CreateParams{RoomID: roomOne, Text: createText, Markdown: createMarkdown})
	if err != nil {
		return err
	}
	return checkMessage(m.ID)
}

func (s *sdk) listPage(ctx context.Context) (int, error) {
	page, err := s.c.Messages.ListPage(ctx, &messages.ListParams{RoomID: roomOne, Max: 100}, "")
	if err != nil {
		return 0, err
	}
	return len(page.Items), nil
}

func (s *sdk) listAll(ctx context.Context, total int) (int, error) {
	n := 0
	for m, err := range s.c.Messages.List(ctx, &messages.ListParams{RoomID: roomOf(total), Max: 100}) {
		if err != nil {
			return n, err
		}
		consume(m)
		n++
	}
	return n, nil
}

// --- github.com/jbogarin/go-cisco-webex-teams -------------------------------

type jbogarin struct{ c *webexteams.Client }

// newJbogarin points the client at the server. The package has no option
// for the base URL: its resty client sits in an unexported field, which is
// reached here by reflection (test code only).
func newJbogarin(url string, hc *http.Client) (client, error) {
	c := webexteams.NewClient()
	c.SetAuthToken(token)
	f := reflect.ValueOf(c).Elem().FieldByName("common").FieldByName("client")
	rc, ok := reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Interface().(*resty.Client)
	if !ok || rc == nil {
		return nil, errors.New("jbogarin: resty client not found")
	}
	rc.SetBaseURL(url + "/v1")
	rc.SetTransport(hc.Transport)
	return &jbogarin{c: c}, nil
}

func (j *jbogarin) get(context.Context) error {
	m, _, err := j.c.Messages.GetMessage(messageID)
	if err != nil {
		return err
	}
	return checkMessage(m.ID)
}

// create: this client sends messages without attachments as
// multipart/form-data.
func (j *jbogarin) create(context.Context) error {
	m, _, err := j.c.Messages.CreateMessage(&webexteams.MessageCreateRequest{RoomID: roomOne, Text: createText, Markdown: createMarkdown})
	if err != nil {
		return err
	}
	return checkMessage(m.ID)
}

func (j *jbogarin) listPage(context.Context) (int, error) {
	page, _, err := j.c.Messages.ListMessages(&webexteams.ListMessagesQueryParams{RoomID: roomOne, Max: 100})
	if err != nil {
		return 0, err
	}
	return len(page.Items), nil
}

// listAll: with Paginate the client follows every link and returns all
// messages in one slice; it has no page-at-a-time iteration.
func (j *jbogarin) listAll(_ context.Context, total int) (int, error) {
	all, _, err := j.c.Messages.ListMessages(&webexteams.ListMessagesQueryParams{RoomID: roomOf(total), Max: 100, Paginate: true})
	if err != nil {
		return 0, err
	}
	for i := range all.Items {
		consume(&all.Items[i])
	}
	return len(all.Items), nil
}

// --- github.com/WebexCommunity/webex-go-sdk/v2 ------------------------------

type webexCommunity struct{ m *wcmessages.Client }

func newWebexCommunity(url string, hc *http.Client) (client, error) {
	c, err := wcwebex.NewClient(token, &webexsdk.Config{
		BaseURL:    url + "/v1",
		HttpClient: hc,
		Timeout:    30 * time.Second,
		MaxRetries: 3,
	})
	if err != nil {
		return nil, err
	}
	return &webexCommunity{m: c.Messages()}, nil
}

func (w *webexCommunity) get(context.Context) error {
	m, err := w.m.Get(messageID)
	if err != nil {
		return err
	}
	return checkMessage(m.ID)
}

func (w *webexCommunity) create(context.Context) error {
	m, err := w.m.Create(&wcmessages.Message{RoomID: roomOne, Text: createText, Markdown: createMarkdown})
	if err != nil {
		return err
	}
	return checkMessage(m.ID)
}

func (w *webexCommunity) listPage(context.Context) (int, error) {
	page, err := w.m.List(&wcmessages.ListOptions{RoomID: roomOne, Max: 100})
	if err != nil {
		return 0, err
	}
	return len(page.Items), nil
}

// listAll: List decodes the first page into messages; Next returns later
// pages as raw JSON items, which the caller decodes.
func (w *webexCommunity) listAll(_ context.Context, total int) (int, error) {
	first, err := w.m.List(&wcmessages.ListOptions{RoomID: roomOf(total), Max: 100})
	if err != nil {
		return 0, err
	}
	n := 0
	for i := range first.Items {
		consume(&first.Items[i])
		n++
	}
	page := first.Page
	for page.HasNext {
		if page, err = page.Next(); err != nil {
			return n, err
		}
		for _, raw := range page.Items {
			var m wcmessages.Message
			if err := json.Unmarshal(raw, &m); err != nil {
				return n, err
			}
			consume(&m)
			n++
		}
	}
	return n, nil
}

// --- shared -----------------------------------------------------------------

const messageID = "Y2lzY29zcGFyazovL3VzL01FU1NBR0UvbWVzc2FnZS0lMDZk000001"

// checkMessage makes sure a decoded message is the one served.
func checkMessage(id string) error {
	if id != messageID {
		return fmt.Errorf("decoded message id %q, want %q", id, messageID)
	}
	return nil
}

// sink keeps consumed messages observable so that no decode is optimised
// away.
var sink any

func consume(m any) { sink = m }
