package messages

import "strings"

// MentionPerson returns the markdown that mentions a person by id, shown
// as name: <@personId:ID|Name>. Webex notifies the person and lists them in
// the message's MentionedPeople. Use it in CreateParams.Markdown.
func MentionPerson(personID, name string) string {
	name = strings.NewReplacer("<", "", ">", "", "|", "").Replace(name)
	if name == "" {
		return "<@personId:" + personID + ">"
	}
	return "<@personId:" + personID + "|" + name + ">"
}

// MentionEmail returns the markdown that mentions a person by email:
// <@personEmail:EMAIL>.
func MentionEmail(email string) string {
	return "<@personEmail:" + email + ">"
}

// MentionAll returns the markdown that mentions everyone in a group space:
// <@all>. The message lists "all" in MentionedGroups.
func MentionAll() string { return "<@all>" }
