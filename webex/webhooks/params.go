package webhooks

import (
	"net/url"
	"strings"

	"github.com/gowebex/sdk/internal/httpx"
)

// ListParams filters the webhooks listed.
type ListParams struct {
	// Max is the page size.
	Max int `url:"max"`
	// OwnedBy set to OwnedByOrg lists organization-wide webhooks only.
	OwnedBy OwnedBy `url:"ownedBy"`
}

func (p *ListParams) validate() error {
	if p != nil && p.Max < 0 {
		return httpx.Invalid("webhooks", "ListParams.Max must not be negative")
	}
	return nil
}

// CreateParams is a new webhook. Name, TargetURL, Resource and Event are
// required.
type CreateParams struct {
	Name      string    `json:"name"`
	TargetURL string    `json:"targetUrl"`
	Resource  Resource  `json:"resource"`
	Event     EventType `json:"event"`
	// Filter narrows the events, such as "roomId=…"; see
	// https://developer.webex.com/docs/api/guides/webhooks#filtering-webhooks.
	Filter string `json:"filter,omitempty"`
	// Secret, when set, makes Webex sign every delivery (X-Spark-Signature);
	// check it with [Verify] or a [Handler]. Strongly recommended.
	Secret string `json:"secret,omitempty"`
	// OwnedBy set to OwnedByOrg makes an organization-wide webhook (admin
	// tokens; required with host or owner filters).
	OwnedBy OwnedBy `json:"ownedBy,omitempty"`
}

func (p *CreateParams) validate() error {
	switch {
	case p == nil:
		return httpx.Invalid("webhooks", "CreateParams is nil")
	case strings.TrimSpace(p.Name) == "":
		return httpx.Invalid("webhooks", "CreateParams.Name is required")
	case p.TargetURL == "":
		return httpx.Invalid("webhooks", "CreateParams.TargetURL is required")
	case p.Resource == "":
		return httpx.Invalid("webhooks", "CreateParams.Resource is required")
	case p.Event == "":
		return httpx.Invalid("webhooks", "CreateParams.Event is required")
	}
	return checkTargetURL("CreateParams", p.TargetURL)
}

// UpdateParams replaces a webhook's settings. Webex requires Name and
// TargetURL even when they do not change. Resource, event and filter cannot
// be changed: delete the webhook and create another.
type UpdateParams struct {
	Name      string `json:"name"`
	TargetURL string `json:"targetUrl"`
	// Secret replaces the signing secret; empty keeps the current one.
	Secret  string  `json:"secret,omitempty"`
	OwnedBy OwnedBy `json:"ownedBy,omitempty"`
	// Status set to StatusActive reactivates a webhook Webex disabled.
	Status Status `json:"status,omitempty"`
}

func (p *UpdateParams) validate() error {
	switch {
	case p == nil:
		return httpx.Invalid("webhooks", "UpdateParams is nil")
	case strings.TrimSpace(p.Name) == "":
		return httpx.Invalid("webhooks", "UpdateParams.Name is required")
	case p.TargetURL == "":
		return httpx.Invalid("webhooks", "UpdateParams.TargetURL is required")
	}
	return checkTargetURL("UpdateParams", p.TargetURL)
}

func checkTargetURL(params, raw string) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return httpx.Invalid("webhooks", "%s.TargetURL %q is not an absolute http or https URL", params, raw)
	}
	return nil
}
