package webex

import (
	"context"
	"sync"

	"golang.org/x/oauth2"

	"github.com/gowebex/sdk/webex/api"
)

// OAuth endpoints of Webex integrations.
const (
	AuthURL  = "https://webexapis.com/v1/authorize"
	TokenURL = "https://webexapis.com/v1/access_token"
)

// OAuth2Config returns the OAuth 2.0 configuration of a Webex integration
// with the given client id, secret, redirect URL and scopes.
//
// Run the authorization-code flow with it, then build a client from the
// refreshing token source:
//
//	conf := webex.OAuth2Config(id, secret, "https://example.com/callback",
//		webex.ScopeMessagesWrite, webex.ScopeRoomsRead)
//	tok, err := conf.Exchange(ctx, code)
//	ts := webex.NotifyRefresh(conf.TokenSource(ctx, tok), saveToken)
//	client, err := webex.NewClient(webex.WithTokenSource(ts))
//
// See https://developer.webex.com/docs/integrations.
func OAuth2Config(clientID, clientSecret, redirectURL string, scopes ...string) *oauth2.Config {
	return &oauth2.Config{
		ClientID:     clientID,
		ClientSecret: clientSecret,
		RedirectURL:  redirectURL,
		Scopes:       append([]string(nil), scopes...),
		Endpoint: oauth2.Endpoint{
			AuthURL:   AuthURL,
			TokenURL:  TokenURL,
			AuthStyle: oauth2.AuthStyleInParams,
		},
	}
}

// NotifyRefresh wraps ts so that save is called with every new token it
// returns: after each refresh, so that a rotated refresh token can be
// persisted. Webex rotates refresh tokens; a program that does not store
// the new one loses access when the old one expires. If save fails, the
// token is still used and save is called again on the next request.
//
// When ts can be told to refresh a rejected token (an [api.TokenRefresher],
// such as the source [WithOAuth2] builds), the returned source can too.
func NotifyRefresh(ts oauth2.TokenSource, save func(*oauth2.Token) error) oauth2.TokenSource {
	n := &notifyingSource{src: ts, save: save}
	if r, ok := ts.(api.TokenRefresher); ok {
		return &notifyingRefresher{notifyingSource: n, r: r}
	}
	return n
}

// notifyingRefresher is a notifyingSource over an api.TokenRefresher. The
// new token is saved when the client next asks for it.
type notifyingRefresher struct {
	*notifyingSource
	r api.TokenRefresher
}

func (s *notifyingRefresher) Refresh(ctx context.Context, rejected string) error {
	return s.r.Refresh(ctx, rejected)
}

type notifyingSource struct {
	src  oauth2.TokenSource
	save func(*oauth2.Token) error

	mu   sync.Mutex
	last *oauth2.Token
}

func (s *notifyingSource) Token() (*oauth2.Token, error) {
	tok, err := s.src.Token()
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.last != nil && s.last.AccessToken == tok.AccessToken && s.last.RefreshToken == tok.RefreshToken {
		return tok, nil
	}
	if s.save != nil {
		if err := s.save(tok); err != nil {
			return tok, nil
		}
	}
	s.last = tok
	return tok, nil
}
