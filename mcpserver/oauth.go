package mcpserver

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"
	"golang.org/x/oauth2"

	"github.com/gowebex/sdk/webex"
)

// OAuthAgent is an agent that is an OAuth integration acting for a user:
// its client id and secret come from the environment and its refresh
// token from a file. The token refreshes when it expires and once when
// Webex answers 401; Webex rotates refresh tokens, and each new one is
// saved to the file atomically, readable by its owner only (0600).
//
//	agents:
//	  assistant:
//	    oauth:
//	      client_id_env: WEBEX_CLIENT_ID
//	      client_secret_env: WEBEX_CLIENT_SECRET
//	      refresh_token_file: /var/lib/webex-mcp/assistant.token
//	    grants: {messages: write}
//
// The file holds the refresh token alone (as the integration's sign-in
// gave it) or the JSON token the server last saved.
type OAuthAgent struct {
	ClientIDEnv, ClientSecretEnv string
	RefreshTokenFile             string
}

func parseOAuth(a *Agent, n *yaml.Node) error {
	if n.Kind != yaml.MappingNode {
		return perr(n, "agent %q: oauth must be a mapping (client_id_env, client_secret_env, refresh_token_file)", a.Name)
	}
	o := &OAuthAgent{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if v.Kind != yaml.ScalarNode || v.Value == "" {
			return perr(v, "agent %q: oauth: %s must be a name", a.Name, clip(k.Value, 64))
		}
		switch k.Value {
		case "client_id_env":
			o.ClientIDEnv = v.Value
		case "client_secret_env":
			o.ClientSecretEnv = v.Value
		case "refresh_token_file":
			o.RefreshTokenFile = v.Value
		default:
			return perr(k, "agent %q: oauth: unknown key %q (want client_id_env, client_secret_env, refresh_token_file)", a.Name, clip(k.Value, 64))
		}
	}
	if o.ClientIDEnv == "" || o.ClientSecretEnv == "" || o.RefreshTokenFile == "" {
		return perr(n, "agent %q: oauth needs client_id_env, client_secret_env and refresh_token_file", a.Name)
	}
	a.OAuth = o
	return nil
}

// oauthOption returns the client option of an OAuth agent: a token that
// refreshes through golang.org/x/oauth2, saving each new one to the file.
// tokenURL, when set, replaces Webex's token endpoint (the emulator's).
func oauthOption(a *Agent, getenv func(string) string, tokenURL string) (webex.Option, error) {
	o := a.OAuth
	id, secret := strings.TrimSpace(getenv(o.ClientIDEnv)), strings.TrimSpace(getenv(o.ClientSecretEnv))
	switch {
	case id == "":
		return nil, fmt.Errorf("mcpserver: agent %q: %w: environment variable %s (oauth client_id_env) is not set", a.Name, ErrMissingToken, o.ClientIDEnv)
	case secret == "":
		return nil, fmt.Errorf("mcpserver: agent %q: %w: environment variable %s (oauth client_secret_env) is not set", a.Name, ErrMissingToken, o.ClientSecretEnv)
	}
	tok, err := readTokenFile(o.RefreshTokenFile)
	if err != nil {
		return nil, fmt.Errorf("mcpserver: agent %q: %w", a.Name, err)
	}
	conf := webex.OAuth2Config(id, secret, "", ScopesFor(a)...)
	if tokenURL != "" {
		conf.Endpoint.TokenURL = tokenURL
	}
	save := func(t *oauth2.Token) error { return writeTokenFile(o.RefreshTokenFile, t) }
	return webex.WithOAuth2(conf, tok, save), nil
}

// readTokenFile reads a saved token, or a bare refresh token.
func readTokenFile(path string) (*oauth2.Token, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("refresh token file: %w", err)
	}
	s := strings.TrimSpace(string(data))
	tok := &oauth2.Token{}
	if strings.HasPrefix(s, "{") {
		if err := json.Unmarshal([]byte(s), tok); err != nil {
			return nil, fmt.Errorf("refresh token file %s: not a saved token: %v", path, err)
		}
	} else {
		tok.RefreshToken = s
	}
	if tok.RefreshToken == "" {
		return nil, fmt.Errorf("refresh token file %s holds no refresh token", path)
	}
	return tok, nil
}

// writeTokenFile saves a token atomically: a temporary file in the same
// directory, mode 0600, synced, then renamed over the old one.
func writeTokenFile(path string, t *oauth2.Token) error {
	data, err := json.Marshal(t)
	if err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp) // after a successful rename, there is nothing to remove
	if err := f.Chmod(0o600); err != nil {
		f.Close()
		return err
	}
	if _, err := f.Write(append(data, '\n')); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
