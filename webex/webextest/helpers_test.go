package webextest

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// resp is a decoded test response.
type resp struct {
	status int
	header http.Header
	raw    []byte
	body   map[string]any
}

// items returns the "items" array of a list response.
func (r resp) items() []map[string]any {
	var out []map[string]any
	arr, _ := r.body["items"].([]any)
	for _, it := range arr {
		out = append(out, it.(map[string]any))
	}
	return out
}

// str returns a string field.
func (r resp) str(k string) string { s, _ := r.body[k].(string); return s }

// newTestServer starts an emulator closed at test end.
func newTestServer(t *testing.T, opts ...Option) *Server {
	t.Helper()
	srv := NewServer(opts...)
	t.Cleanup(srv.Close)
	return srv
}

// call performs a request against srv. path is below /v1 (or an absolute
// URL); body is JSON-encoded unless it is a string or nil.
func call(t *testing.T, srv *Server, token, method, path string, body any) resp {
	t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	default:
		buf, err := json.Marshal(b)
		require.NoError(t, err)
		rd = bytes.NewReader(buf)
	}
	url := path
	if !strings.HasPrefix(path, "http") {
		url = srv.URL() + path
	}
	req, err := http.NewRequest(method, url, rd)
	require.NoError(t, err)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if rd != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	res, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	out := resp{status: res.StatusCode, header: res.Header, raw: raw}
	if len(raw) > 0 && strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") {
		require.NoError(t, json.Unmarshal(raw, &out.body), string(raw))
	}
	return out
}

// requireError asserts a Webex-shaped error with status.
func requireError(t *testing.T, r resp, status int) {
	t.Helper()
	require.Equal(t, status, r.status, string(r.raw))
	require.NotEmpty(t, r.str("message"), string(r.raw))
	require.NotEmpty(t, r.str("trackingId"))
	errs, _ := r.body["errors"].([]any)
	require.Len(t, errs, 1)
	require.Equal(t, r.header.Get("Trackingid"), r.str("trackingId"))
}
