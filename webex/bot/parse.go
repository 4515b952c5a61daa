package bot

import (
	"html"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gowebex/sdk/webex/messages"
)

// identity is who the bot is, as people/me says.
type identity struct {
	ID          string
	UUID        string // the uuid inside ID, as spark-mention markup names it
	Email       string
	DisplayName string
	NickName    string
}

// mdMention matches a markdown mention: <@personId:ID|Label>,
// <@personEmail:addr|Label>.
var mdMention = regexp.MustCompile(`<@(personId|personEmail):([^|>]+)(?:\|([^>]*))?>`)

// htmlMention matches a person mention in a message's html.
var htmlMention = regexp.MustCompile(`<spark-mention[^>]*data-object-id="([^"]+)"[^>]*>(.*?)</spark-mention>`)

// mentionsMe reports whether m mentions the bot.
func (id *identity) mentionsMe(m *messages.Message) bool {
	return slices.ContainsFunc(m.MentionedPeople, id.is)
}

// is reports whether a person id (or uuid, or email) is the bot's.
func (id *identity) is(ref string) bool {
	ref = strings.TrimSpace(ref)
	return ref != "" && (ref == id.ID || ref == id.UUID || strings.EqualFold(ref, id.Email))
}

// labels returns the names under which m may show the bot's mention, the
// likeliest first: the label in its markdown or html, then the display
// name, its first word and the nickname.
func (id *identity) labels(m *messages.Message) []string {
	var out []string
	for _, sm := range mdMention.FindAllStringSubmatch(m.Markdown, -1) {
		if id.is(sm[2]) && strings.TrimSpace(sm[3]) != "" {
			out = append(out, strings.TrimSpace(sm[3]))
		}
	}
	for _, sm := range htmlMention.FindAllStringSubmatch(m.HTML, -1) {
		if id.is(sm[1]) {
			out = append(out, strings.TrimSpace(html.UnescapeString(sm[2])))
		}
	}
	out = append(out, id.DisplayName)
	if first, _, ok := strings.Cut(id.DisplayName, " "); ok {
		out = append(out, first)
	}
	out = append(out, id.NickName)
	seen := map[string]bool{}
	return slices.DeleteFunc(out, func(s string) bool {
		k := strings.ToLower(s)
		dup := s == "" || seen[k]
		seen[k] = true
		return dup
	})
}

// stripMention returns m's text without the bot's mention: the first word
// after it is then the command. A message that does not mention the bot
// (a direct message) is returned trimmed.
func (id *identity) stripMention(m *messages.Message) string {
	text := strings.TrimSpace(m.Text)
	if !id.mentionsMe(m) {
		return text
	}
	labels := id.labels(m)
	// The usual case: the message starts with the mention.
	lead := strings.TrimPrefix(text, "@")
	for _, l := range labels {
		if rest, ok := cutPrefixFold(lead, l); ok && boundary(rest) {
			return strings.TrimSpace(strings.TrimLeft(rest, ",:"))
		}
	}
	// Elsewhere in the text: drop its first occurrence.
	for _, l := range labels {
		if i := indexWord(text, l); i >= 0 {
			before := strings.TrimSuffix(text[:i], "@")
			return strings.Join(strings.Fields(before+" "+strings.TrimLeft(text[i+len(l):], ",:")), " ")
		}
	}
	return text
}

// cutPrefixFold is strings.CutPrefix, ignoring case.
func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// boundary reports whether rest starts where a word may end.
func boundary(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_')
}

// indexWord returns the byte index of the first occurrence of word in s,
// ignoring case, that is a whole word; -1 if none.
func indexWord(s, word string) int {
	ls, lw := strings.ToLower(s), strings.ToLower(word)
	if len(ls) != len(s) || lw == "" {
		return -1 // case folding changed the length: give up rather than cut wrong
	}
	for off := 0; ; {
		i := strings.Index(ls[off:], lw)
		if i < 0 {
			return -1
		}
		i += off
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		if (i == 0 || !(unicode.IsLetter(prev) || unicode.IsDigit(prev))) && boundary(s[i+len(word):]) {
			return i
		}
		off = i + 1
	}
}

// command splits text into its first word, lowercased (the command), the
// other words and the text after the first word.
func command(text string) (name string, args []string, rest string) {
	fields := strings.Fields(text)
	if len(fields) == 0 {
		return "", nil, ""
	}
	name = strings.ToLower(strings.TrimPrefix(fields[0], "/"))
	rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(text), fields[0]))
	return name, fields[1:], rest
}
