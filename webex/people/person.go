package people

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"time"
)

// Person is a Webex user, bot or guest, as Webex returns it. Which fields
// are set depends on the caller: presence (Status, LastActivity) only for
// people of the caller's organization or one it manages, and never when
// they were listed by id; administrative fields (Roles, Licenses,
// InvitePending, LoginEnabled) only for admins of the person's organization.
// See https://developer.webex.com/docs/api/v1/people.
type Person struct {
	ID     string   `json:"id"`
	Emails []string `json:"emails,omitempty"`
	// PhoneNumbers are the person's numbers; a Webex Calling user's
	// extension appears as type work_extension with its routing prefix.
	PhoneNumbers []PhoneNumber `json:"phoneNumbers,omitempty"`
	// Extension is the Webex Calling extension.
	Extension string `json:"extension,omitempty"`
	// LocationID is the person's Webex Calling location.
	LocationID  string `json:"locationId,omitempty"`
	DisplayName string `json:"displayName,omitempty"`
	// NickName is absent when none is configured.
	NickName  string `json:"nickName,omitempty"`
	FirstName string `json:"firstName,omitempty"`
	LastName  string `json:"lastName,omitempty"`
	// Avatar is the URL of the person's avatar, a PNG image.
	Avatar string `json:"avatar,omitempty"`
	OrgID  string `json:"orgId,omitempty"`
	// Roles are the ids of the admin roles the person holds.
	Roles []string `json:"roles,omitempty"`
	// Licenses are the ids of the licenses allocated to the person.
	Licenses   []string `json:"licenses,omitempty"`
	Department string   `json:"department,omitempty"`
	// Manager names the person's manager; ManagerID is the manager's
	// person id.
	Manager   string    `json:"manager,omitempty"`
	ManagerID string    `json:"managerId,omitempty"`
	Title     string    `json:"title,omitempty"`
	Addresses []Address `json:"addresses,omitempty"`
	Created   time.Time `json:"created,omitzero"`
	// LastModified is when the person was last changed.
	LastModified time.Time `json:"lastModified,omitzero"`
	// Timezone is an IANA zone name such as "America/Denver", absent when
	// none is configured.
	Timezone string `json:"timezone,omitempty"`
	// LastActivity is the person's last activity in Webex (presence).
	LastActivity time.Time `json:"lastActivity,omitzero"`
	// SiteURLs are the Webex Meetings sites where the person has a role;
	// "#attendee" after a site name marks the attendee role.
	SiteURLs     []string     `json:"siteUrls,omitempty"`
	SIPAddresses []SIPAddress `json:"sipAddresses,omitempty"`
	// XMPPFederationJID identifies the person to XMPP-based messengers
	// federated with Webex.
	XMPPFederationJID string `json:"xmppFederationJid,omitempty"`
	// Status is the presence status, one of the Status constants.
	Status Status `json:"status,omitempty"`
	// InvitePending reports that the person was invited but has not yet
	// activated an account. Nil when Webex did not say (non-admins).
	InvitePending *bool `json:"invitePending,omitempty"`
	// LoginEnabled reports whether the person may sign in to Webex. Nil
	// when Webex did not say (non-admins).
	LoginEnabled *bool `json:"loginEnabled,omitempty"`
	// Type is the kind of account: TypePerson, TypeBot or TypeAppUser.
	Type Type `json:"type,omitempty"`
}

// Type is the kind of an account: [Person.Type].
type Type string

// Kinds of account.
const (
	TypePerson  Type = "person"
	TypeBot     Type = "bot"
	TypeAppUser Type = "appuser" // a guest user of a guest issuer
)

// Status is a presence status: [Person.Status].
type Status string

// Presence statuses.
const (
	StatusActive       Status = "active" // active within the last 10 minutes
	StatusCall         Status = "call"   // in a call
	StatusDoNotDisturb Status = "DoNotDisturb"
	StatusInactive     Status = "inactive" // last active more than 10 minutes ago
	StatusMeeting      Status = "meeting"  // in a meeting
	StatusOutOfOffice  Status = "OutOfOffice"
	StatusPending      Status = "pending" // never signed in
	StatusPresenting   Status = "presenting"
	StatusUnknown      Status = "unknown"
)

// PhoneNumber is one of a person's phone numbers.
type PhoneNumber struct {
	// Type is one of the PhoneType constants. Only PhoneTypeWork can be set.
	Type  PhoneType `json:"type,omitempty"`
	Value string    `json:"value"`
	// Primary marks the person's primary number. Webex sets it; it is not
	// sent when false.
	Primary bool `json:"primary,omitempty"`
}

// PhoneType is the type of a phone number: [PhoneNumber.Type].
type PhoneType string

// Phone number types.
const (
	PhoneTypeWork          PhoneType = "work"
	PhoneTypeWorkExtension PhoneType = "work_extension" // Webex Calling extension with its routing prefix; read-only
	PhoneTypeMobile        PhoneType = "mobile"
	PhoneTypeFax           PhoneType = "fax"
)

// SIPAddress is one of a person's SIP addresses. Webex assigns them,
// asynchronously after a person is created.
type SIPAddress struct {
	// Type is one of the SIPType constants.
	Type    SIPType `json:"type,omitempty"`
	Value   string  `json:"value"`
	Primary bool    `json:"primary,omitempty"`
}

// SIPType is the type of a SIP address: [SIPAddress.Type].
type SIPType string

// SIP address types.
const (
	SIPTypePersonalRoom SIPType = "personal-room"
	SIPTypeEnterprise   SIPType = "enterprise"
	SIPTypeCloudCalling SIPType = "cloud-calling"
)

// Address is a postal address of a person.
type Address struct {
	Type          string `json:"type,omitempty"` // such as "work"
	Country       string `json:"country,omitempty"`
	Locality      string `json:"locality,omitempty"` // often the city
	Region        string `json:"region,omitempty"`   // often the state
	StreetAddress string `json:"streetAddress,omitempty"`
	PostalCode    string `json:"postalCode,omitempty"`
}

// UnmarshalJSON decodes a person. Webex documents invitePending and
// loginEnabled as the strings "true" and "false" but may send JSON
// booleans; both are accepted.
func (p *Person) UnmarshalJSON(b []byte) error {
	type plain Person
	var w struct {
		plain
		InvitePending json.RawMessage `json:"invitePending"`
		LoginEnabled  json.RawMessage `json:"loginEnabled"`
	}
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	invite, err := flexBool("invitePending", w.InvitePending)
	if err != nil {
		return err
	}
	login, err := flexBool("loginEnabled", w.LoginEnabled)
	if err != nil {
		return err
	}
	*p = Person(w.plain)
	p.InvitePending, p.LoginEnabled = invite, login
	return nil
}

// flexBool decodes true, false, "true" or "false"; absent or null is nil.
func flexBool(name string, raw json.RawMessage) (*bool, error) {
	switch string(bytes.TrimSpace(raw)) {
	case "", "null":
		return nil, nil
	case "true", `"true"`:
		v := true
		return &v, nil
	case "false", `"false"`:
		v := false
		return &v, nil
	}
	return nil, fmt.Errorf("people: person %s: want true or false, got %s", name, raw)
}

// UpdateParams returns the parameters that put p back as it is, for the
// read-modify-write Webex asks of an update: get the person, change the
// returned parameters, then call [Service.Update]. Only work phone numbers
// are copied: Webex rejects mobile and fax numbers in an update, and a
// work_extension is set with Extension. Read-only fields such as SIP
// addresses, presence and which number is primary are left out.
func (p *Person) UpdateParams() *UpdateParams {
	u := &UpdateParams{
		Emails:      slices.Clone(p.Emails),
		Extension:   p.Extension,
		LocationID:  p.LocationID,
		DisplayName: p.DisplayName,
		FirstName:   p.FirstName,
		LastName:    p.LastName,
		NickName:    p.NickName,
		Avatar:      p.Avatar,
		OrgID:       p.OrgID,
		Roles:       slices.Clone(p.Roles),
		Licenses:    slices.Clone(p.Licenses),
		Department:  p.Department,
		Manager:     p.Manager,
		ManagerID:   p.ManagerID,
		Title:       p.Title,
		Addresses:   slices.Clone(p.Addresses),
		SiteURLs:    slices.Clone(p.SiteURLs),
	}
	for _, n := range p.PhoneNumbers {
		if n.Type == PhoneTypeWork {
			u.PhoneNumbers = append(u.PhoneNumbers, PhoneNumberParams{Type: n.Type, Value: n.Value})
		}
	}
	if p.LoginEnabled != nil {
		v := *p.LoginEnabled
		u.LoginEnabled = &v
	}
	return u
}
