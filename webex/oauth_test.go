package webex

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/oauth2"
)

func TestOAuth2Config(t *testing.T) {
	t.Parallel()
	scopes := []string{ScopeMessagesWrite, ScopeRoomsRead}
	c := OAuth2Config("id", "secret", "https://app/cb", scopes...)
	scopes[0] = "mutated"
	assert.Equal(t, "https://webexapis.com/v1/authorize", c.Endpoint.AuthURL)
	assert.Equal(t, "https://webexapis.com/v1/access_token", c.Endpoint.TokenURL)
	assert.Equal(t, []string{"spark:messages_write", "spark:rooms_read"}, c.Scopes)
	u := c.AuthCodeURL("state-1")
	assert.Contains(t, u, "client_id=id")
	assert.Contains(t, u, "scope=spark%3Amessages_write+spark%3Arooms_read")
	assert.Contains(t, u, "redirect_uri=https%3A%2F%2Fapp%2Fcb")
}

type seqSource struct {
	toks []*oauth2.Token
	i    int
}

func (s *seqSource) Token() (*oauth2.Token, error) {
	t := s.toks[min(s.i, len(s.toks)-1)]
	s.i++
	return t, nil
}

func TestNotifyRefreshSavesEachNewToken(t *testing.T) {
	t.Parallel()
	a := &oauth2.Token{AccessToken: "a1", RefreshToken: "r1"}
	b := &oauth2.Token{AccessToken: "a2", RefreshToken: "r2"}
	src := &seqSource{toks: []*oauth2.Token{a, a, b, b}}
	var saved []string
	fail := false
	ts := NotifyRefresh(src, func(t *oauth2.Token) error {
		saved = append(saved, t.RefreshToken)
		if fail {
			return errors.New("disk full")
		}
		return nil
	})
	for range 2 {
		tok, err := ts.Token()
		require.NoError(t, err)
		assert.Equal(t, "a1", tok.AccessToken)
	}
	fail = true
	tok, err := ts.Token()
	require.NoError(t, err, "a failing save still hands out the token")
	assert.Equal(t, "a2", tok.AccessToken)
	fail = false
	_, _ = ts.Token()
	assert.Equal(t, []string{"r1", "r2", "r2"}, saved, "saved once per new token, and again after a failed save")
}
