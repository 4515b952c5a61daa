package webextest

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRealtimeDeviceAndWebsocketAuth(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	bot, botTok := srv.NewBotWithToken("bot@example.com", "Bot")
	_, aliceTok := srv.NewUserWithToken("alice@example.com", "Alice")
	root := strings.TrimSuffix(srv.URL(), "/v1")

	cat := call(t, srv, botTok, "GET", root+"/u2c/api/v1/catalog", nil)
	require.Equal(t, http.StatusOK, cat.status)
	links := cat.body["serviceLinks"].(map[string]any)
	assert.Equal(t, root+"/wdm/api/v1", links["wdm"])
	requireError(t, call(t, srv, "", "GET", root+"/u2c/api/v1/catalog", nil), http.StatusUnauthorized)

	requireError(t, call(t, srv, botTok, "POST", root+"/wdm/api/v1/devices", map[string]any{"name": "x"}), http.StatusBadRequest)
	dev := call(t, srv, botTok, "POST", root+"/wdm/api/v1/devices", map[string]any{"name": "d1", "deviceType": "DESKTOP"})
	require.Equal(t, http.StatusOK, dev.status)
	assert.Equal(t, []string{"d1"}, srv.Devices(bot))
	requireError(t, call(t, srv, aliceTok, "GET", dev.str("url"), nil), http.StatusNotFound)

	dial := func(token string) (*websocket.Conn, error) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		c, _, err := websocket.Dial(ctx, dev.str("webSocketUrl"), nil)
		if err != nil {
			return nil, err
		}
		b, _ := json.Marshal(map[string]any{"id": "1", "type": "authorization", "data": map[string]string{"token": "Bearer " + token}})
		require.NoError(t, c.Write(ctx, websocket.MessageText, b))
		return c, nil
	}
	// Another person's token is refused with close code 4401.
	c, err := dial(aliceTok)
	require.NoError(t, err)
	_, _, err = c.Read(context.Background())
	assert.Equal(t, websocket.StatusCode(4401), websocket.CloseStatus(err))

	c, err = dial(botTok)
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	require.NoError(t, c.Write(ctx, websocket.MessageText, []byte(`{"id":"p1","type":"ping"}`)))
	_, b, err := c.Read(ctx)
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":"p1","type":"pong"}`, string(b))
	assert.Equal(t, 1, srv.RealtimeStats().Connected)

	require.Equal(t, http.StatusNoContent, call(t, srv, botTok, "DELETE", dev.str("url"), nil).status)
	_, _, err = c.Read(ctx)
	assert.Error(t, err, "deleting the device closes its websocket")
	assert.Empty(t, srv.Devices(bot))
	_, err = dial(botTok)
	assert.Error(t, err, "a deleted device's websocket answers 404")
}
