// Package teams is being written.
package teams

import "github.com/gowebex/sdk/internal/httpx"

// Service is the teams API.
type Service struct{ core *httpx.Client }

// NewService returns the service on core.
func NewService(core *httpx.Client) *Service { return &Service{core: core} }

// MembershipService is the team memberships API.
type MembershipService struct{ core *httpx.Client }

// NewMembershipService returns the service on core.
func NewMembershipService(core *httpx.Client) *MembershipService { return &MembershipService{core: core} }
