package events

import (
	"time"

	"github.com/gowebex/sdk/internal/httpx"
)

// ListParams filters the events listed. All fields are optional, except
// that [ResourceConvergedRecordings] needs ServiceType; a nil *ListParams
// lists every event Webex keeps.
type ListParams struct {
	// Resource lists only events on this resource, such as
	// [ResourceMessages].
	Resource Resource `url:"resource"`
	// Type lists only events of this type, such as [TypeCreated].
	Type Type `url:"type"`
	// ActorID lists only events performed by this person, by id.
	ActorID string `url:"actorId"`
	// From lists events that happened after this time.
	From time.Time `url:"from"`
	// To lists events that happened before this time (zero: up to now). It
	// cannot be in the future.
	To time.Time `url:"to"`
	// Max is the page size (zero: Webex's default of 100; Webex allows up
	// to 1000 today and answers 400 past its ceiling).
	Max int `url:"max"`
	// ServiceType is required with [ResourceConvergedRecordings] and only
	// allowed with it: [ServiceTypeCalling].
	ServiceType ServiceType `url:"serviceType"`
}

func (p *ListParams) validate() error {
	if p == nil {
		return nil
	}
	switch {
	case p.Resource == ResourceConvergedRecordings && p.ServiceType == "":
		return httpx.Invalid("events", "ListParams.ServiceType is required with Resource convergedRecordings")
	case p.ServiceType != "" && p.Resource != ResourceConvergedRecordings:
		return httpx.Invalid("events", "ListParams.ServiceType is only allowed with Resource convergedRecordings")
	case !p.From.IsZero() && !p.To.IsZero() && p.To.Before(p.From):
		return httpx.Invalid("events", "ListParams.To must not be before From")
	case p.Max < 0:
		return httpx.Invalid("events", "ListParams.Max must not be negative")
	}
	return nil
}
