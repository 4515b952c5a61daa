// Package memberships is being written.
package memberships

import "github.com/gowebex/sdk/internal/httpx"

// Service is the memberships API.
type Service struct{ core *httpx.Client }

// NewService returns the service on core.
func NewService(core *httpx.Client) *Service { return &Service{core: core} }
