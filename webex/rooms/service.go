// Package rooms is being written.
package rooms

import "github.com/gowebex/sdk/internal/httpx"

// Service is the rooms API.
type Service struct{ core *httpx.Client }

// NewService returns the service on core.
func NewService(core *httpx.Client) *Service { return &Service{core: core} }
