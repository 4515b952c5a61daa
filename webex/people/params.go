package people

import (
	"strings"

	"github.com/gowebex/sdk/internal/httpx"
)

// MaxListIDs is the most person ids one list request may name.
const MaxListIDs = 85

// ListParams filters the people listed. Webex needs a filter from
// non-admins (Email or DisplayName); admins may list their whole
// organization, which must be asked for with Unfiltered so that a
// forgotten filter is caught here rather than by a 400 from Webex.
type ListParams struct {
	// Email lists the person with this address. Outside the caller's
	// organization it works only for partner admins.
	Email string `url:"email"`
	// DisplayName lists people whose name starts with it.
	DisplayName string `url:"displayName"`
	// IDs lists people by id, at most MaxListIDs. People listed by id have
	// no presence information. To learn which ids were not found, use
	// [Service.Lookup].
	IDs []string `url:"id"`
	// OrgID lists people in another organization (partner admins).
	OrgID string `url:"orgId"`
	// Roles lists people holding these admin roles, by role id (admins,
	// own organization only).
	Roles []string `url:"roles"`
	// CallingData includes Webex Calling details (admins); Max is then at
	// most 100.
	CallingData bool `url:"callingData"`
	// LocationID lists the people of a location (admins); Max is then at
	// most 50.
	LocationID string `url:"locationId"`
	// ExcludeStatus leaves out presence, which makes the query faster.
	ExcludeStatus bool `url:"excludeStatus"`
	// Max is the page size.
	Max int `url:"max"`
	// Unfiltered confirms that, with none of the filters above, every
	// person of the organization is to be listed. Only admins may.
	Unfiltered bool `url:"-"`
}

func (p *ListParams) validate() error {
	if p == nil {
		return httpx.Invalid("people", "ListParams is nil: set Email, DisplayName, IDs, Roles, LocationID or OrgID, or Unfiltered to list everyone (admins)")
	}
	filtered := p.Email != "" || p.DisplayName != "" || len(p.IDs) > 0 || len(p.Roles) > 0 || p.LocationID != "" || p.OrgID != ""
	switch {
	case !filtered && !p.Unfiltered:
		return httpx.Invalid("people", "ListParams needs Email, DisplayName, IDs, Roles, LocationID or OrgID, or Unfiltered to list everyone (admins)")
	case p.Max < 0:
		return httpx.Invalid("people", "ListParams.Max must not be negative")
	}
	if err := checkIDs("ListParams.IDs", p.IDs); err != nil {
		return err
	}
	for _, r := range p.Roles {
		if strings.TrimSpace(r) == "" {
			return httpx.Invalid("people", "ListParams.Roles holds an empty role id")
		}
	}
	return nil
}

func checkIDs(field string, ids []string) error {
	if len(ids) > MaxListIDs {
		return httpx.Invalid("people", "%s holds %d ids, at most %d are allowed", field, len(ids), MaxListIDs)
	}
	for _, id := range ids {
		if strings.TrimSpace(id) == "" {
			return httpx.Invalid("people", "%s holds an empty id", field)
		}
	}
	return nil
}

// GetParams are the options of [Service.Get] and [Service.Me]. A nil
// *GetParams means the defaults.
type GetParams struct {
	// CallingData includes Webex Calling details (admins).
	CallingData bool `url:"callingData"`
}

// PhoneNumberParams is a phone number a request sets. Webex takes only
// work numbers here (Type empty or [PhoneTypeWork]); mobile, fax and
// work_extension numbers are read-only, and Webex decides which number is
// primary.
type PhoneNumberParams struct {
	// Type is [PhoneTypeWork], or empty for Webex's default (work).
	Type  PhoneType `json:"type,omitempty"`
	Value string    `json:"value"`
}

// checkPhoneNumbers checks that only settable numbers go out.
func checkPhoneNumbers(name string, nums []PhoneNumberParams) error {
	for i, n := range nums {
		if n.Type != "" && n.Type != PhoneTypeWork {
			return httpx.Invalid("people", "%s.PhoneNumbers[%d].Type must be %q: Webex does not let a request set %q numbers", name, i, PhoneTypeWork, n.Type)
		}
		if strings.TrimSpace(n.Value) == "" {
			return httpx.Invalid("people", "%s.PhoneNumbers[%d].Value is empty", name, i)
		}
	}
	return nil
}

// CreateParams is a new person. Emails is required (Webex uses only the
// first address), and at least one of DisplayName, FirstName and LastName.
// A Webex Calling user needs PhoneNumbers or Extension, LocationID and a
// calling license in Licenses.
type CreateParams struct {
	Emails []string `json:"emails"`
	// PhoneNumbers need a Webex Calling license; only work numbers can be
	// set.
	PhoneNumbers []PhoneNumberParams `json:"phoneNumbers,omitempty"`
	// Extension is the Webex Calling extension, without the location's
	// routing prefix.
	Extension   string `json:"extension,omitempty"`
	LocationID  string `json:"locationId,omitempty"`
	DisplayName string `json:"displayName,omitempty"`
	FirstName   string `json:"firstName,omitempty"`
	LastName    string `json:"lastName,omitempty"`
	// Avatar is the URL of a PNG image.
	Avatar string `json:"avatar,omitempty"`
	OrgID  string `json:"orgId,omitempty"`
	// Roles are admin role ids.
	Roles []string `json:"roles,omitempty"`
	// Licenses are license ids; those that cannot be assigned are skipped
	// without an error.
	Licenses   []string  `json:"licenses,omitempty"`
	Department string    `json:"department,omitempty"`
	Manager    string    `json:"manager,omitempty"`
	ManagerID  string    `json:"managerId,omitempty"`
	Title      string    `json:"title,omitempty"`
	Addresses  []Address `json:"addresses,omitempty"`
	// SiteURLs are meeting sites; append "#attendee" to a site name
	// (mysite.webex.com#attendee) to make the person an attendee there.
	SiteURLs []string `json:"siteUrls,omitempty"`

	// CallingData includes Webex Calling details in the answer.
	CallingData bool `json:"-" url:"callingData"`
	// MinResponse asks Webex to answer with the new person's id only.
	MinResponse bool `json:"-" url:"minResponse"`
}

func (p *CreateParams) validate() error {
	switch {
	case p == nil:
		return httpx.Invalid("people", "CreateParams is nil")
	case len(p.Emails) == 0:
		return httpx.Invalid("people", "CreateParams.Emails is required")
	case p.DisplayName == "" && p.FirstName == "" && p.LastName == "":
		return httpx.Invalid("people", "CreateParams needs DisplayName, FirstName or LastName")
	}
	for _, e := range p.Emails {
		if strings.TrimSpace(e) == "" {
			return httpx.Invalid("people", "CreateParams.Emails holds an empty address")
		}
	}
	return checkPhoneNumbers("CreateParams", p.PhoneNumbers)
}

// UpdateParams is the full new state of a person: Webex replaces the
// person's details with these, so fields left empty may be cleared. Start
// from [Person.UpdateParams] of the current person and change what is
// needed. DisplayName is required.
type UpdateParams struct {
	// Emails should list the primary address first.
	Emails []string `json:"emails,omitempty"`
	// PhoneNumbers need a Webex Calling license; only work numbers can be
	// set. Set the calling extension with Extension, not a work_extension
	// number.
	PhoneNumbers []PhoneNumberParams `json:"phoneNumbers,omitempty"`
	// Extension is the Webex Calling extension, without the location's
	// routing prefix.
	Extension string `json:"extension,omitempty"`
	// LocationID can be set only when a calling license is assigned; it
	// cannot change for an existing calling user.
	LocationID  string `json:"locationId,omitempty"`
	DisplayName string `json:"displayName"`
	FirstName   string `json:"firstName,omitempty"`
	LastName    string `json:"lastName,omitempty"`
	// NickName cannot be changed: Webex sets it to FirstName.
	NickName   string    `json:"nickName,omitempty"`
	Avatar     string    `json:"avatar,omitempty"`
	OrgID      string    `json:"orgId,omitempty"`
	Roles      []string  `json:"roles,omitempty"`
	Licenses   []string  `json:"licenses,omitempty"`
	Department string    `json:"department,omitempty"`
	Manager    string    `json:"manager,omitempty"`
	ManagerID  string    `json:"managerId,omitempty"`
	Title      string    `json:"title,omitempty"`
	Addresses  []Address `json:"addresses,omitempty"`
	// SiteURLs are meeting sites; "#attendee" after a site name makes the
	// person an attendee there (remove the site's host license as well).
	SiteURLs []string `json:"siteUrls,omitempty"`
	// LoginEnabled allows or forbids the person to sign in to Webex.
	LoginEnabled *bool `json:"loginEnabled,omitempty"`

	// CallingData includes Webex Calling details in the answer.
	CallingData bool `json:"-" url:"callingData"`
	// ShowAllTypes includes more user data such as attendee roles; it is
	// needed to remove an attendee role.
	ShowAllTypes bool `json:"-" url:"showAllTypes"`
	// MinResponse asks Webex to leave the person's details out of the
	// answer.
	MinResponse bool `json:"-" url:"minResponse"`
}

func (p *UpdateParams) validate() error {
	switch {
	case p == nil:
		return httpx.Invalid("people", "UpdateParams is nil")
	case strings.TrimSpace(p.DisplayName) == "":
		return httpx.Invalid("people", "UpdateParams.DisplayName is required")
	}
	for _, e := range p.Emails {
		if strings.TrimSpace(e) == "" {
			return httpx.Invalid("people", "UpdateParams.Emails holds an empty address")
		}
	}
	return checkPhoneNumbers("UpdateParams", p.PhoneNumbers)
}
