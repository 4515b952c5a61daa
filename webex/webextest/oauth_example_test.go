package webextest_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"golang.org/x/oauth2"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/webextest"
)

// An OAuth integration end to end and offline: a person's consent, the
// code exchange, API calls with a refreshing token source, an expired
// access token, and a refresh token that rotates.
func ExampleServer_Authorize() {
	srv := webextest.NewServer()
	defer srv.Close()
	srv.RegisterIntegration("my-client-id", "my-client-secret")
	ada := srv.NewUser(nil, "ada@example.com", "Ada Lovelace")

	// The integration's configuration, pointed at the emulator.
	conf := webex.OAuth2Config("my-client-id", "my-client-secret", "https://app.example.com/callback", webex.ScopePeopleRead)
	conf.Endpoint.AuthURL, conf.Endpoint.TokenURL = srv.URL()+"/authorize", srv.URL()+"/access_token"

	// Ada signs in and accepts; Webex sends her browser back with a code.
	back, err := srv.Authorize(conf.AuthCodeURL("state-123"), ada)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("back to", back.Host, "with state", back.Query().Get("state"))
	ctx := context.Background()
	tok, err := conf.Exchange(ctx, back.Query().Get("code"))
	if err != nil {
		log.Fatal(err)
	}

	var stored *oauth2.Token // your token store
	save := func(t *oauth2.Token) error { stored = t; return nil }
	client, err := webex.NewClient(webex.WithBaseURL(srv.URL()),
		webex.WithTokenSource(webex.NotifyRefresh(conf.TokenSource(ctx, tok), save)))
	if err != nil {
		log.Fatal(err)
	}
	me, err := client.People.Me(ctx, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("acting for", me.DisplayName)

	// Fourteen days on, Webex refuses the access token...
	srv.SetTokenExpiry(tok.AccessToken, time.Now())
	old, err := webex.NewClient(webex.WithBaseURL(srv.URL()), webex.WithToken(tok.AccessToken))
	if err != nil {
		log.Fatal(err)
	}
	_, err = old.People.Me(ctx, nil)
	fmt.Println("expired access token refused:", errors.Is(err, webex.ErrUnauthorized))

	// ...and a program started with the stored token, now past its expiry,
	// refreshes it and stores the rotated refresh token.
	first := *stored
	restored := first
	restored.Expiry = time.Now()
	client, err = webex.NewClient(webex.WithBaseURL(srv.URL()),
		webex.WithTokenSource(webex.NotifyRefresh(conf.TokenSource(ctx, &restored), save)))
	if err != nil {
		log.Fatal(err)
	}
	if me, err = client.People.Me(ctx, nil); err != nil {
		log.Fatal(err)
	}
	fmt.Println("acting for", me.DisplayName, "again; refresh token rotated:", stored.RefreshToken != first.RefreshToken)

	// The refresh token used is spent.
	_, err = conf.TokenSource(ctx, &oauth2.Token{RefreshToken: first.RefreshToken}).Token()
	var re *oauth2.RetrieveError
	fmt.Println("old refresh token:", errors.As(err, &re) && re.ErrorCode == "invalid_grant")
	// Output:
	// back to app.example.com with state state-123
	// acting for Ada Lovelace
	// expired access token refused: true
	// acting for Ada Lovelace again; refresh token rotated: true
	// old refresh token: true
}
