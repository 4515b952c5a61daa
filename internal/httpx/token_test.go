package httpx

import "golang.org/x/oauth2"

type tokenFunc func() (string, error)

func (f tokenFunc) Token() (*oauth2.Token, error) {
	s, err := f()
	if err != nil {
		return nil, err
	}
	return &oauth2.Token{AccessToken: s}, nil
}

func staticToken(s string) oauth2.TokenSource {
	return oauth2.StaticTokenSource(&oauth2.Token{AccessToken: s})
}
