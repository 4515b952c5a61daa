package rooms

import (
	"strings"
	"time"

	"github.com/gowebex/sdk/internal/httpx"
)

// ListParams filters the spaces listed. All fields are optional; a nil
// *ListParams lists every space the caller belongs to.
type ListParams struct {
	// TeamID lists the spaces of one team.
	TeamID string `url:"teamId"`
	// Type lists only spaces of this type: [TypeDirect] or [TypeGroup].
	Type Type `url:"type"`
	// OrgPublicSpaces lists the organization's public spaces, joined or
	// not, sorted by when they were made public. It cannot be combined
	// with TeamID, Type or SortBy.
	OrgPublicSpaces bool `url:"orgPublicSpaces"`
	// From lists spaces made public after this time.
	From time.Time `url:"from"`
	// To lists spaces made public before this time.
	To time.Time `url:"to"`
	// SortBy orders the list: [SortByID], [SortByLastActivity] or
	// [SortByCreated].
	SortBy SortBy `url:"sortBy"`
	// Max is the page size (zero: Webex's default of 100; Webex allows up
	// to 1000 today and answers 400 past its ceiling).
	Max int `url:"max"`
}

func (p *ListParams) validate() error {
	if p == nil {
		return nil
	}
	if p.OrgPublicSpaces {
		switch {
		case p.TeamID != "":
			return httpx.Invalid("rooms", "ListParams.OrgPublicSpaces cannot be combined with TeamID")
		case p.Type != "":
			return httpx.Invalid("rooms", "ListParams.OrgPublicSpaces cannot be combined with Type")
		case p.SortBy != "":
			return httpx.Invalid("rooms", "ListParams.OrgPublicSpaces cannot be combined with SortBy")
		}
	}
	if !p.From.IsZero() && !p.To.IsZero() && p.To.Before(p.From) {
		return httpx.Invalid("rooms", "ListParams.To must not be before From")
	}
	if p.Max < 0 {
		return httpx.Invalid("rooms", "ListParams.Max must not be negative")
	}
	return nil
}

// CreateParams is a new group space. Title is required. The caller becomes
// a member (and, with IsLocked, a moderator). To start a 1:1 space, send a
// message to the person instead.
type CreateParams struct {
	Title string `json:"title"`
	// TeamID creates the space in a team.
	TeamID           string `json:"teamId,omitempty"`
	ClassificationID string `json:"classificationId,omitempty"`
	// IsLocked makes the space moderated, with the creator as moderator.
	IsLocked *bool `json:"isLocked,omitempty"`
	// IsPublic makes the space discoverable in the organization; it then
	// needs a Description.
	IsPublic    *bool  `json:"isPublic,omitempty"`
	Description string `json:"description,omitempty"`
	// IsAnnouncementOnly lets only moderators post; it needs IsLocked.
	IsAnnouncementOnly *bool `json:"isAnnouncementOnly,omitempty"`
}

func (p *CreateParams) validate() error {
	switch {
	case p == nil || strings.TrimSpace(p.Title) == "":
		return httpx.Invalid("rooms", "CreateParams.Title is required")
	case isTrue(p.IsPublic) && strings.TrimSpace(p.Description) == "":
		return httpx.Invalid("rooms", "CreateParams.Description is required when IsPublic is true")
	case isTrue(p.IsAnnouncementOnly) && !isTrue(p.IsLocked):
		return httpx.Invalid("rooms", "CreateParams.IsAnnouncementOnly needs IsLocked set to true")
	}
	return nil
}

// UpdateParams is the new state of a space. Webex requires Title on every
// update, even when it does not change; fields left nil or empty are not
// sent. To remove the description, set Description to a single space.
type UpdateParams struct {
	Title            string `json:"title"`
	ClassificationID string `json:"classificationId,omitempty"`
	// TeamID moves a space that belongs to no team into a team. Spaces
	// cannot move between teams, and every moderator must be a member of
	// the team.
	TeamID   string `json:"teamId,omitempty"`
	IsLocked *bool  `json:"isLocked,omitempty"`
	// IsPublic makes the space discoverable in the organization (only a
	// compliance officer may set true) or private again (false).
	IsPublic    *bool  `json:"isPublic,omitempty"`
	Description string `json:"description,omitempty"`
	// IsAnnouncementOnly turns announcement mode on (the space must be
	// locked) or off.
	IsAnnouncementOnly *bool `json:"isAnnouncementOnly,omitempty"`
	// IsReadOnly lets a compliance officer make a direct space read-only.
	IsReadOnly *bool `json:"isReadOnly,omitempty"`
}

func (p *UpdateParams) validate() error {
	switch {
	case p == nil || strings.TrimSpace(p.Title) == "":
		return httpx.Invalid("rooms", "UpdateParams.Title is required (Webex needs it on every update; use the current title to keep it)")
	case isTrue(p.IsAnnouncementOnly) && p.IsLocked != nil && !*p.IsLocked:
		return httpx.Invalid("rooms", "UpdateParams.IsAnnouncementOnly cannot be true when IsLocked is false")
	}
	return nil
}

func isTrue(b *bool) bool { return b != nil && *b }
