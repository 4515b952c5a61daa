// Package people is being written.
package people

import "github.com/gowebex/sdk/internal/httpx"

// Service is the people API.
type Service struct{ core *httpx.Client }

// NewService returns the service on core.
func NewService(core *httpx.Client) *Service { return &Service{core: core} }
