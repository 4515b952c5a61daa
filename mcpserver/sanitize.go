package mcpserver

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxValue is the longest a value of an audit record or an error message
// may be, in runes; longer ones are cut.
const maxValue = 256

// clip cuts s to at most n runes, saying how long it was when cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i, count := 0, 0
	for i = range s {
		if count == n {
			break
		}
		count++
	}
	return s[:i] + "…(" + strconv.Itoa(len(s)) + " bytes)"
}

// clean makes s safe to write as data: newlines, tabs and other control or
// invisible formatting characters are escaped (\n, \u202e), and the result
// is cut to maxValue runes.
func clean(s string) string {
	s = clip(s, maxValue)
	if !strings.ContainsFunc(s, unsafeRune) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if !unsafeRune(r) {
			b.WriteRune(r)
			continue
		}
		q := strconv.QuoteRune(r) // '\n', '\u202e'
		b.WriteString(q[1 : len(q)-1])
	}
	return b.String()
}

func unsafeRune(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == utf8.RuneError || r == '\u2028' || r == '\u2029'
}
