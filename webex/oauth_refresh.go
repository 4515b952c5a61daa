package webex

import (
	"context"
	"errors"
	"net/http"
	"sync"

	"golang.org/x/oauth2"

	"github.com/gowebex/sdk/webex/api"
)

// WithOAuth2 authenticates as the user of an OAuth integration: tok is the
// token conf.Exchange returned (or one stored since), and the client
// refreshes it with conf when it expires, and once more when Webex answers
// 401 to a token it still held valid (revoked, or expired early): the call
// that drew the 401 is then sent once more with the new token, whatever its
// method, since Webex did not act on it. A second 401 is returned.
//
// Webex rotates refresh tokens, so save is called with each new token, as
// [NotifyRefresh] does, to persist it; save may be nil. The token endpoint
// is called with the [WithHTTPClient] client; a refresh after a 401 runs on
// the context of the call that drew it.
//
// With [WithToken] or [WithTokenSource] (a plain oauth2.TokenSource cannot
// be told to refresh a token it holds valid) a 401 is returned at once.
// See https://developer.webex.com/docs/integrations.
func WithOAuth2(conf *oauth2.Config, tok *oauth2.Token, save func(*oauth2.Token) error) Option {
	return func(c *config) { c.oauth = &oauthOption{conf: conf, tok: tok, save: save} }
}

type oauthOption struct {
	conf *oauth2.Config
	tok  *oauth2.Token
	save func(*oauth2.Token) error
}

// source builds the refreshing token source of the option.
func (o *oauthOption) source(hc *http.Client) (oauth2.TokenSource, error) {
	switch {
	case o.conf == nil:
		return nil, errors.New("webex: WithOAuth2 needs an *oauth2.Config")
	case o.tok == nil || o.tok.AccessToken == "" && o.tok.RefreshToken == "":
		return nil, errors.New("webex: WithOAuth2 needs a token with an access or a refresh token")
	}
	tok := *o.tok
	return NotifyRefresh(&refreshingSource{conf: o.conf, hc: hc, tok: &tok}, o.save), nil
}

// refreshingSource hands out its token while it is valid and refreshes it
// when it expires or when the client reports it rejected.
type refreshingSource struct {
	conf *oauth2.Config
	hc   *http.Client // nil: oauth2's default

	mu  sync.Mutex
	tok *oauth2.Token
}

var _ api.TokenRefresher = (*refreshingSource)(nil)

func (s *refreshingSource) Token() (*oauth2.Token, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.tok.Valid() {
		return s.tok, nil
	}
	return s.refreshLocked(context.Background())
}

func (s *refreshingSource) Refresh(ctx context.Context, rejected string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.tok.AccessToken != rejected {
		return nil // replaced since the rejected one went out
	}
	_, err := s.refreshLocked(ctx)
	return err
}

func (s *refreshingSource) refreshLocked(ctx context.Context) (*oauth2.Token, error) {
	if s.tok.RefreshToken == "" {
		return nil, errors.New("webex: the access token has expired and there is no refresh token")
	}
	if s.hc != nil {
		ctx = context.WithValue(ctx, oauth2.HTTPClient, s.hc)
	}
	// A token with no access token is never valid, so the source refreshes.
	t, err := s.conf.TokenSource(ctx, &oauth2.Token{RefreshToken: s.tok.RefreshToken}).Token()
	if err != nil {
		return nil, err
	}
	s.tok = t
	return t, nil
}
