package webex_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/rooms"
	"github.com/gowebex/sdk/webex/webextest"
)

// A client for the in-memory emulator; with real Webex, drop WithBaseURL
// and pass your token (or set WEBEX_ACCESS_TOKEN).
func ExampleNewClient() {
	srv := webextest.NewServer()
	defer srv.Close()
	_, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")

	client, err := webex.NewClient(webex.WithBaseURL(srv.URL()), webex.WithToken(token))
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	room, err := client.Rooms.Create(ctx, &rooms.CreateParams{Title: "Launch"})
	if err != nil {
		log.Fatal(err)
	}
	if _, err := client.Messages.Create(ctx, &messages.CreateParams{RoomID: room.ID, Markdown: "We are **go**"}); err != nil {
		log.Fatal(err)
	}
	for m, err := range client.Messages.List(ctx, &messages.ListParams{RoomID: room.ID}) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s in %q: %s\n", m.PersonEmail, room.Title, m.Text)
	}
	// Output: ada@example.com in "Launch": We are go
}

// Errors from Webex are *webex.APIError; match their status with errors.Is.
func ExampleAPIError() {
	srv := webextest.NewServer()
	defer srv.Close()
	_, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client, err := webex.NewClient(webex.WithBaseURL(srv.URL()), webex.WithToken(token))
	if err != nil {
		log.Fatal(err)
	}

	_, err = client.Rooms.Get(context.Background(), webex.ID{Cluster: "us", Type: "ROOM", UUID: "no-such-room"}.String())
	var apiErr *webex.APIError
	switch {
	case errors.Is(err, webex.ErrNotFound) && errors.As(err, &apiErr):
		fmt.Println("not found, or not visible to this token; status", apiErr.StatusCode, "with a tracking id:", apiErr.TrackingID != "")
	case errors.Is(err, webex.ErrRateLimited) && errors.As(err, &apiErr):
		time.Sleep(apiErr.RetryAfter)
	}
	// Output: not found, or not visible to this token; status 404 with a tracking id: true
}

func ExampleParseID() {
	id, err := webex.ParseID("Y2lzY29zcGFyazovL3VzL1JPT00vYmJjZWIxYWQtNDNmMS0zYjU4LTkxNDctZjE0YmIwYzRkMTU0")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(id.Cluster, id.Type, id.UUID)
	// Output: us ROOM bbceb1ad-43f1-3b58-9147-f14bb0c4d154
}

// An OAuth integration: send the user to the authorization URL, exchange
// the code, and persist each rotated refresh token.
func ExampleOAuth2Config() {
	conf := webex.OAuth2Config("client-id", "client-secret", "https://bot.example.com/callback",
		webex.ScopeMessagesWrite, webex.ScopeRoomsRead)
	// Send the user to this URL. After the redirect back:
	//	tok, err := conf.Exchange(ctx, code)
	//	ts := webex.NotifyRefresh(conf.TokenSource(ctx, tok), store.Save)
	//	client, err := webex.NewClient(webex.WithTokenSource(ts))
	authURL := conf.AuthCodeURL("state-123")
	fmt.Println(conf.Endpoint.AuthURL, strings.HasPrefix(authURL, conf.Endpoint.AuthURL+"?"))
	fmt.Println(conf.Scopes)

	// Output:
	// https://webexapis.com/v1/authorize true
	// [spark:messages_write spark:rooms_read]
}

// Pace one endpoint yourself, below Webex's ceiling, and give up rather
// than wait more than ten seconds on a 429.
func ExampleWithRateLimit() {
	client, err := webex.NewClient(
		webex.WithToken("token"),
		webex.WithRateLimit("POST /messages", 580, 5),
		webex.WithMaxRetryAfter(10*time.Second),
	)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(client.Limiter().(*webex.LocalLimiter).RateLimitFor("POST /messages"))
	// Output: {580 5}
}

// The trackingId of a successful call, which Webex support asks for, and
// how many attempts it took.
func ExampleWithCallInfo() {
	srv := webextest.NewServer()
	defer srv.Close()
	_, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client, err := webex.NewClient(webex.WithBaseURL(srv.URL()), webex.WithToken(token))
	if err != nil {
		log.Fatal(err)
	}

	var info webex.CallInfo
	ctx := webex.WithCallInfo(context.Background(), &info)
	if _, err := client.Rooms.Create(ctx, &rooms.CreateParams{Title: "Launch"}); err != nil {
		log.Fatal(err)
	}
	fmt.Println(info.Status, info.Attempts, info.TrackingID != "")
	// Output: 200 1 true
}

// A header for one call, such as a meeting's password, goes on the
// context; the token's header cannot.
func ExampleWithHeader() {
	client, err := webex.NewClient(webex.WithToken("token"))
	if err != nil {
		log.Fatal(err)
	}
	ctx := webex.WithHeader(context.Background(), "Authorization", "Bearer someone-else")
	_, err = client.Rooms.Get(ctx, "room-id")
	fmt.Println(errors.Is(err, webex.ErrInvalidInput))
	fmt.Println(err)
	// Output:
	// true
	// webex: WithHeader: "Authorization" carries credentials, which only the client's token source sets
}

// Call an endpoint the SDK does not wrap with Client.Do, decoding the
// answer into a type of your own: here the caller's own person, with only
// the fields it needs. With Webex, the same call reaches organizations,
// licenses, roles or devices:
//
//	err := client.Do(ctx, &webex.Request{Method: http.MethodGet,
//		Path: "/licenses/{licenseId}", Params: []string{id}}, &license)
func ExampleClient_Do() {
	srv := webextest.NewServer()
	defer srv.Close()
	_, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client, err := webex.NewClient(webex.WithBaseURL(srv.URL()), webex.WithToken(token))
	if err != nil {
		log.Fatal(err)
	}

	var me struct {
		DisplayName string   `json:"displayName"`
		Emails      []string `json:"emails"`
	}
	err = client.Do(context.Background(), &webex.Request{Method: http.MethodGet, Path: "/people/me"}, &me)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(me.DisplayName, me.Emails)
	// Output: Ada Lovelace [ada@example.com]
}

// List the items of any list endpoint, following its Link pages: here
// spaces, two to a page.
func ExampleList() {
	srv := webextest.NewServer()
	defer srv.Close()
	_, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client, err := webex.NewClient(webex.WithBaseURL(srv.URL()), webex.WithToken(token))
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	for _, title := range []string{"Alpha", "Beta", "Gamma"} {
		if _, err := client.Rooms.Create(ctx, &rooms.CreateParams{Title: title}); err != nil {
			log.Fatal(err)
		}
	}

	type space struct {
		Title string `json:"title"`
	}
	req := &webex.Request{Method: http.MethodGet, Path: "/rooms", Query: url.Values{"max": {"2"}, "sortBy": {"created"}}}
	var info webex.CallInfo
	for s, err := range webex.List[space](webex.WithCallInfo(ctx, &info), client, req) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(s.Title)
	}
	fmt.Println("last page status", info.Status)
	// Unordered output:
	// Alpha
	// Beta
	// Gamma
	// last page status 200
}
