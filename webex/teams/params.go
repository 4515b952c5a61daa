package teams

import (
	"strings"

	"github.com/gowebex/sdk/internal/httpx"
)

// ListParams are the options of listing teams. A nil *ListParams means the
// defaults.
type ListParams struct {
	// Max is the page size.
	Max int `url:"max"`
}

func (p *ListParams) validate() error {
	if p != nil && p.Max < 0 {
		return httpx.Invalid("teams", "ListParams.Max must not be negative")
	}
	return nil
}

// CreateParams is a new team. Name is required.
type CreateParams struct {
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
}

func (p *CreateParams) validate() error {
	if p == nil || strings.TrimSpace(p.Name) == "" {
		return httpx.Invalid("teams", "CreateParams.Name is required")
	}
	return nil
}

// UpdateParams is the new state of a team. Name is required, even when
// only the description changes.
type UpdateParams struct {
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
}

func (p *UpdateParams) validate() error {
	if p == nil || strings.TrimSpace(p.Name) == "" {
		return httpx.Invalid("teams", "UpdateParams.Name is required")
	}
	return nil
}
