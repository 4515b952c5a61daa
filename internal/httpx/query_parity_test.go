package httpx

import (
	"testing"
	"time"

	gq "github.com/google/go-querystring/query"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Query encodes what go-querystring encodes from the same struct tagged
// with ",omitempty" and ",comma" everywhere (see Query's comment for why
// Query stays).
func TestQueryMatchesGoQuerystring(t *testing.T) {
	t.Parallel()
	before := time.Date(2024, 3, 5, 10, 11, 12, 0, time.UTC)
	for _, p := range []benchParams{
		{},
		{RoomID: "r1", Max: 100},
		{RoomID: "r 1&x", ParentID: "p", MentionedPeople: []string{"me", "a,b"}, Before: before, BeforeMessage: "m", Max: 1},
	} {
		want, err := gq.Values(benchParamsGQ(p))
		require.NoError(t, err)
		assert.Equal(t, want.Encode(), Query(&p).Encode())
	}
}

// benchParams is shaped like messages.ListParams.
type benchParams struct {
	RoomID          string    `url:"roomId"`
	ParentID        string    `url:"parentId"`
	MentionedPeople []string  `url:"mentionedPeople"`
	Before          time.Time `url:"before"`
	BeforeMessage   string    `url:"beforeMessage"`
	Max             int       `url:"max"`
}

type benchParamsGQ struct {
	RoomID          string    `url:"roomId,omitempty"`
	ParentID        string    `url:"parentId,omitempty"`
	MentionedPeople []string  `url:"mentionedPeople,comma,omitempty"`
	Before          time.Time `url:"before,omitempty"`
	BeforeMessage   string    `url:"beforeMessage,omitempty"`
	Max             int       `url:"max,omitempty"`
}

func BenchmarkQuery(b *testing.B) {
	p := &benchParams{RoomID: "r1", Max: 100}
	b.ReportAllocs()
	for b.Loop() {
		_ = Query(p).Encode()
	}
}

func BenchmarkQuery_goQuerystring(b *testing.B) {
	p := &benchParamsGQ{RoomID: "r1", Max: 100}
	b.ReportAllocs()
	for b.Loop() {
		v, _ := gq.Values(p)
		_ = v.Encode()
	}
}
