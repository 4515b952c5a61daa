package contents_test

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFileName(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, header, want string
	}{
		{"quoted", `attachment; filename="report.pdf"`, "report.pdf"},
		{"token", `attachment; filename=report.pdf`, "report.pdf"},
		{"inline", `inline; filename="photo.jpg"`, "photo.jpg"},
		{"spaces unquoted", `attachment; filename=Q1 numbers.pdf`, "Q1 numbers.pdf"},
		{"escaped quotes", `attachment; filename="say \"hi\".txt"`, `say "hi".txt`},
		{"semicolon in quotes", `attachment; filename="a;b.txt"; size=3`, "a;b.txt"},
		{"utf-8 filename* wins", `attachment; filename="resume.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf`, "résumé.pdf"},
		{"filename* first", `attachment; filename*=utf-8'en'%E2%82%AC%20rates.pdf; filename="EUR rates.pdf"`, "€ rates.pdf"},
		{"iso-8859-1 filename*", `attachment; filename*=iso-8859-1''caf%E9.txt`, "café.txt"},
		{"bad filename* falls back", `attachment; filename="plain.txt"; filename*=UTF-8''%ZZ`, "plain.txt"},
		{"unknown charset falls back", `attachment; filename="plain.txt"; filename*=koi8-r''%C1`, "plain.txt"},
		{"invalid utf-8 falls back", `attachment; filename="plain.txt"; filename*=UTF-8''%FF`, "plain.txt"},
		{"case-insensitive name", `attachment; FileName="upper.txt"`, "upper.txt"},
		{"unix path", `attachment; filename="../../etc/passwd"`, "passwd"},
		{"windows path", `attachment; filename="..\\..\\evil.exe"`, "evil.exe"},
		{"dots only", `attachment; filename=".."`, ""},
		{"control characters", `attachment; filename*=UTF-8''a%01b%0A.txt`, "ab.txt"},
		{"none", `attachment`, ""},
		{"empty header", ``, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux, s, base := newService(t)
			mux.HandleFunc("HEAD /v1/contents/{contentId}", func(w http.ResponseWriter, r *http.Request) {
				if tt.header != "" {
					w.Header().Set("Content-Disposition", tt.header)
				}
				w.Header().Set("Content-Type", "application/octet-stream")
				w.Header().Set("Content-Length", "3")
			})
			info, err := s.Info(t.Context(), base+"/contents/content-1")
			require.NoError(t, err)
			assert.Equal(t, tt.want, info.Name)
			assert.Equal(t, "application/octet-stream", info.ContentType)
			assert.Equal(t, int64(3), info.Size)
		})
	}
}
