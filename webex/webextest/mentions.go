package webextest

import (
	"html"
	"regexp"
	"strings"
)

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

// renderMarkdown resolves mentions in md and derives text and html.
// Callers hold mu (for person lookups).
func (s *Server) renderMarkdown(md string) renderedMarkdown {
	var out renderedMarkdown
	var text, htm strings.Builder
	seen := map[string]bool{}
	last := 0
	for _, loc := range mentionRE.FindAllStringSubmatchIndex(md, -1) {
		text.WriteString(md[last:loc[0]])
		htm.WriteString(html.EscapeString(md[last:loc[0]]))
		last = loc[1]
		if loc[8] >= 0 { // <@all>
			text.WriteString("All")
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
		text.WriteString(label)
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
	text.WriteString(md[last:])
	htm.WriteString(html.EscapeString(md[last:]))
	out.text = text.String()
	out.html = "<p>" + htm.String() + "</p>"
	return out
}
