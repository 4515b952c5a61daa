package bot

import (
	"slices"
	"strings"

	"github.com/gowebex/sdk/webex/rooms"
)

// Rule says whom a bot serves and where. The zero Rule serves everyone
// everywhere. People and Domains restrict who (a sender passes when any of
// them matches); Spaces restricts where. When both are set, both must hold.
type Rule struct {
	// People are person ids or email addresses.
	People []string
	// Domains are email domains, such as "example.com"; subdomains do not
	// match.
	Domains []string
	// Spaces are space (room) ids.
	Spaces []string
}

// access is the rule for each kind of space and what to do on refusal.
type access struct {
	direct, group Rule
	refusal       string // "" ignores quietly
}

// allows reports whether the rule lets the sender be served in the space,
// and if not, why (for the log).
func (r *Rule) allows(personID, email, spaceID string) (bool, string) {
	if len(r.Spaces) > 0 && !slices.Contains(r.Spaces, spaceID) {
		return false, "space not allowed"
	}
	if len(r.People) == 0 && len(r.Domains) == 0 {
		return true, ""
	}
	for _, p := range r.People {
		if p == personID || (email != "" && strings.EqualFold(p, email)) {
			return true, ""
		}
	}
	if _, domain, ok := strings.Cut(email, "@"); ok {
		for _, d := range r.Domains {
			if strings.EqualFold(strings.TrimPrefix(d, "@"), domain) {
				return true, ""
			}
		}
	}
	return false, "person not allowed"
}

// Allows reports whether the rule lets p be served in space s.
func (r *Rule) Allows(p Person, s Space) bool {
	ok, _ := r.allows(p.ID, p.Email, s.ID)
	return ok
}

// SetAccess replaces the rules for direct and group spaces, such as after
// reloading a configuration; it takes effect for the next event.
func (b *Bot) SetAccess(direct, group Rule) {
	b.accessMu.Lock()
	defer b.accessMu.Unlock()
	b.cfg.access.direct, b.cfg.access.group = direct, group
}

// rule returns the rule for a space type ("direct" or "group").
func (a *access) rule(spaceType rooms.Type) *Rule {
	if spaceType == rooms.TypeDirect {
		return &a.direct
	}
	return &a.group
}
