package api

import (
	"context"

	"golang.org/x/oauth2"
)

// TokenRefresher is a token source that the client can tell that Webex
// rejected a token (401) it still held valid, so that it gets a new one.
// The client then sends the request once more with the new token; a second
// 401 is returned to the caller.
//
// The source of webex.WithOAuth2 is one, and webex.NotifyRefresh keeps the
// ability of the source it wraps. A static token (webex.WithToken) and a
// plain oauth2.TokenSource are not: their 401 is returned at once.
type TokenRefresher interface {
	oauth2.TokenSource
	// Refresh replaces the token whose access token is rejected by a new
	// one, unless it has been replaced already (several calls may see the
	// same 401), and returns an error when it cannot. ctx is the context
	// of the call that drew the 401.
	Refresh(ctx context.Context, rejected string) error
}
