package meetings

import "time"

// Template is a meeting template: the settings a meeting made with
// CreateParams.TemplateID starts from.
type Template struct {
	ID     string `json:"id"`
	Name   string `json:"name,omitempty"`
	Locale string `json:"locale,omitempty"`
	// SiteURL is the site the template belongs to.
	SiteURL string `json:"siteUrl,omitempty"`
	// TemplateType is [TemplateTypeMeeting] or [TemplateTypeWebinar].
	TemplateType TemplateType `json:"templateType,omitempty"`
	IsDefault    bool         `json:"isDefault,omitempty"`
	IsStandard   bool         `json:"isStandard,omitempty"`
	// Meeting holds the template's settings; only GetTemplate returns it.
	Meeting *TemplateMeeting `json:"meeting,omitempty"`
}

// TemplateType is the kind of meeting a template makes.
type TemplateType string

// Template types.
const (
	TemplateTypeMeeting TemplateType = "meeting"
	TemplateTypeWebinar TemplateType = "webinar"
)

// TemplateMeeting is the meeting a template describes: the settings a
// meeting created from it starts with.
type TemplateMeeting struct {
	Title    string    `json:"title,omitempty"`
	Agenda   string    `json:"agenda,omitempty"`
	Password string    `json:"password,omitempty"`
	Start    time.Time `json:"start,omitzero"`
	End      time.Time `json:"end,omitzero"`
	Timezone string    `json:"timezone,omitempty"`
	// Recurrence is an RFC 5545 recurrence rule.
	Recurrence       string        `json:"recurrence,omitempty"`
	ScheduledType    ScheduledType `json:"scheduledType,omitempty"`
	PanelistPassword string        `json:"panelistPassword,omitempty"`
	HostEmail        string        `json:"hostEmail,omitempty"`
	SiteURL          string        `json:"siteUrl,omitempty"`
	Adhoc            *bool         `json:"adhoc,omitempty"`
	RoomID           string        `json:"roomId,omitempty"`
	TemplateID       string        `json:"templateId,omitempty"`
	Settings
	Invitees                   []InviteeParams             `json:"invitees,omitempty"`
	Registration               *Registration               `json:"registration,omitempty"`
	IntegrationTags            []string                    `json:"integrationTags,omitempty"`
	SimultaneousInterpretation *SimultaneousInterpretation `json:"simultaneousInterpretation,omitempty"`
	BreakoutSessions           []BreakoutSession           `json:"breakoutSessions,omitempty"`
	TrackingCodes              []TrackingCode              `json:"trackingCodes,omitempty"`
}
