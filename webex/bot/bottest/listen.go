package bottest

import (
	"strings"
	"testing"
	"time"

	"github.com/gowebex/sdk/webex/bot"
	"github.com/gowebex/sdk/webex/realtime"
)

// NewListening is New with the bot on the realtime listener, its default
// transport, instead of webhooks: the emulator pushes the bot's events
// over its websocket. It returns once the bot is connected.
func NewListening(t testing.TB, opts ...bot.Option) *Env {
	t.Helper()
	return newEnv(t, listening, opts)
}

// listenerOptions points the bot's listener at the emulator, with fast
// reconnects.
func (e *Env) listenerOptions(token string) bot.Option {
	catalog := strings.TrimSuffix(e.Server.URL(), "/v1") + "/u2c/api/v1/catalog"
	return bot.WithListener(realtime.WithToken(token), realtime.WithCatalogURL(catalog),
		realtime.WithDeviceName("bottest"), realtime.WithBackoff(5*time.Millisecond, 100*time.Millisecond))
}

// awaitConnected waits until the bot's websocket is up: the emulator
// counts it, and nothing else tells.
func (e *Env) awaitConnected() {
	e.t.Helper()
	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	deadline := time.After(Timeout)
	for e.Server.RealtimeStats().Connected == 0 {
		select {
		case <-tick.C:
		case <-deadline:
			e.t.Fatalf("bottest: the bot's listener did not connect within %s", Timeout)
		}
	}
}
