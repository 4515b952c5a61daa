package webextest

import (
	"html"
	"regexp"
	"strings"
)

// Markdown emphasis that Webex drops from the plain text of a message:
// **bold**, __bold__, *italic*, _italic_, ~~strike~~ and `code`.
// Single underscores count only at word boundaries, so snake_case and
// addresses keep theirs.
var emphasisREs = []struct {
	re   *regexp.Regexp
	repl string
}{
	{regexp.MustCompile(`\*\*(\S(?:.*?\S)?)\*\*`), "$1"},
	{regexp.MustCompile(`__(\S(?:.*?\S)?)__`), "$1"},
	{regexp.MustCompile(`~~(\S(?:.*?\S)?)~~`), "$1"},
	{regexp.MustCompile("`([^`]+)`"), "$1"},
	{regexp.MustCompile(`\*(\S(?:[^*]*?\S)?)\*`), "$1"},
	{regexp.MustCompile(`(^|[^\pL\pN_])_(\S(?:[^_]*?\S)?)_($|[^\pL\pN_])`), "$1$2$3"},
}

// mentionMark stands for a mention while emphasis is stripped, so that
// names and addresses inside mentions are left alone. renderMarkdown drops
// it from the rest of the markdown, so marks and mentions pair up.
const mentionMark = "\uE000"

// plainText removes markdown emphasis markers from s, then puts labels
// back in place of the mention marks, in order.
func plainText(s string, labels []string) string {
	for _, e := range emphasisREs {
		s = e.re.ReplaceAllString(s, e.repl)
	}
	// Twice for _a_ _b_: a boundary character is consumed by one match.
	s = emphasisREs[len(emphasisREs)-1].re.ReplaceAllString(s, "$1$2$3")
	parts := strings.Split(s, mentionMark)
	var b strings.Builder
	for i, p := range parts {
		b.WriteString(p)
		if i < len(labels) {
			b.WriteString(labels[i])
		}
	}
	return b.String()
}

// mentionRE matches Webex markdown mentions: <@personId:ID|Name>,
// <@personEmail:addr|Name> and <@all>.
var mentionRE = regexp.MustCompile(`<@(?:(personId|personEmail):([^|>]+)(?:\|([^>]*))?|(all)(?:\|[^>]*)?)>`)

// renderedMarkdown is the result of interpreting a markdown body.
type renderedMarkdown struct {
	text            string
	html            string
	mentionedPeople []string
	mentionedGroups []string
}

// renderMarkdown resolves mentions in md and derives text and html. The
// text is what Webex shows: mentions become names and emphasis markers go.
// Callers hold mu (for person lookups).
func (s *Server) renderMarkdown(md string) renderedMarkdown {
	var out renderedMarkdown
	var text, htm strings.Builder
	var labels []string
	seen := map[string]bool{}
	last := 0
	for _, loc := range mentionRE.FindAllStringSubmatchIndex(md, -1) {
		text.WriteString(strings.ReplaceAll(md[last:loc[0]], mentionMark, ""))
		htm.WriteString(html.EscapeString(md[last:loc[0]]))
		last = loc[1]
		if loc[8] >= 0 { // <@all>
			text.WriteString(mentionMark)
			labels = append(labels, "All")
			htm.WriteString(`<spark-mention data-object-type="groupMention" data-group-type="all">All</spark-mention>`)
			if !seen["group:all"] {
				seen["group:all"] = true
				out.mentionedGroups = append(out.mentionedGroups, "all")
			}
			continue
		}
		kind, ref := md[loc[2]:loc[3]], strings.TrimSpace(md[loc[4]:loc[5]])
		label := ""
		if loc[6] >= 0 {
			label = md[loc[6]:loc[7]]
		}
		var p *person
		if kind == "personId" {
			p = s.personByID(ref)
		} else {
			p = s.byEmail[emailKey(ref)]
		}
		if label == "" {
			if p != nil {
				label = p.displayName
			} else {
				label = ref
			}
		}
		text.WriteString(mentionMark)
		labels = append(labels, label)
		if p == nil {
			htm.WriteString(html.EscapeString(label))
			continue
		}
		htm.WriteString(`<spark-mention data-object-type="person" data-object-id="` + p.id + `">` + html.EscapeString(label) + `</spark-mention>`)
		if !seen[p.id] {
			seen[p.id] = true
			out.mentionedPeople = append(out.mentionedPeople, p.id)
		}
	}
	text.WriteString(strings.ReplaceAll(md[last:], mentionMark, ""))
	htm.WriteString(html.EscapeString(md[last:]))
	out.text = plainText(text.String(), labels)
	out.html = "<p>" + htm.String() + "</p>"
	return out
}
