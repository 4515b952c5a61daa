package attachments_test

import (
	"net/http"
	"testing"

	"github.com/gowebex/sdk/internal/sdktest"
	"github.com/gowebex/sdk/webex/attachments"
)

// newService returns a fresh sdktest mux and the attachments service of a client
// pointed at it.
func newService(t *testing.T) (*http.ServeMux, *attachments.Service) {
	t.Helper()
	mux, c := sdktest.New(t)
	return mux, c.AttachmentActions
}
