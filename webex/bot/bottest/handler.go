package bottest

import (
	"net/http"

	"github.com/gowebex/sdk/webex/bot"
)

// handlerFunc serves the bot that get returns, once there is one: the
// webhook server must exist before the bot, which needs its URL.
type handlerFunc func() *bot.Bot

func (f handlerFunc) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b := f()
	if b == nil {
		http.Error(w, "bot not ready", http.StatusServiceUnavailable)
		return
	}
	b.ServeHTTP(w, r)
}
