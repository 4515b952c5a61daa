// Package emu gives the service packages' Examples a client of the
// in-memory emulator in one line, so that every Example runs under go test
// and ends with // Output:. It is what webex.ExampleNewClient spells out:
//
//	client, err := webex.NewClient(webex.WithBaseURL(srv.URL()), webex.WithToken(token))
//
// Only external test packages import it; the service packages never do.
package emu

import (
	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/webextest"
)

// Client returns a client of srv that sends token.
func Client(srv *webextest.Server, token string) *webex.Client {
	c, err := webex.NewClient(webex.WithBaseURL(srv.URL()), webex.WithToken(token))
	if err != nil {
		panic("emu: " + err.Error()) // only a bad option can fail, and these are fixed
	}
	return c
}

// ClientAs creates a user in srv's default organization with a spark:all
// token and returns a client acting as that user.
func ClientAs(srv *webextest.Server, email, displayName string) *webex.Client {
	_, token := srv.NewUserWithToken(email, displayName)
	return Client(srv, token)
}
