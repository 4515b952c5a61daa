package teams_test

import (
	"net/http"
	"testing"

	"github.com/gowebex/sdk/internal/sdktest"
)

// noRequests fails the test if the server gets any request.
func noRequests(t *testing.T, mux *http.ServeMux) {
	t.Helper()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("unexpected request %s %s", r.Method, r.URL)
		sdktest.WriteError(w, http.StatusTeapot, "unexpected")
	})
}
