package httpx

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func newPlainServer(t *testing.T, h http.HandlerFunc) string {
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv.URL
}

func TestQuery(t *testing.T) {
	t.Parallel()
	type params struct {
		Room     string    `url:"roomId"`
		Max      int       `url:"max"`
		Locked   *bool     `url:"isLocked"`
		Public   bool      `url:"isPublic"`
		People   []string  `url:"mentionedPeople"`
		Before   time.Time `url:"before"`
		Ignored  string
		Skipped  string `url:"-"`
		internal string
	}
	f := false
	q := Query(&params{Room: "r", Locked: &f, People: []string{"me", "p2"}, Before: time.Date(2026, 1, 2, 3, 4, 5, 0, time.FixedZone("X", 3600)), Ignored: "x", Skipped: "y", internal: "z"})
	assert.Equal(t, "before=2026-01-02T02%3A04%3A05Z&isLocked=false&mentionedPeople=me%2Cp2&roomId=r", q.Encode())
	assert.Nil(t, Query((*params)(nil)))
	assert.Empty(t, Query(params{}))
	assert.Nil(t, Query(42))
}
