package webex

import (
	"errors"
	"os"
	"strings"

	"golang.org/x/oauth2"

	"github.com/gowebex/sdk/internal/httpx"
	"github.com/gowebex/sdk/webex/attachments"
	"github.com/gowebex/sdk/webex/contents"
	"github.com/gowebex/sdk/webex/events"
	"github.com/gowebex/sdk/webex/meetings"
	"github.com/gowebex/sdk/webex/memberships"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/people"
	"github.com/gowebex/sdk/webex/rooms"
	"github.com/gowebex/sdk/webex/teams"
	"github.com/gowebex/sdk/webex/webhooks"
)

// Version is the SDK's version, sent in the default User-Agent.
const Version = "0.1.0"

// DefaultBaseURL is the Webex REST API the client talks to by default.
const DefaultBaseURL = httpx.DefaultBaseURL

// TokenEnv is the environment variable NewClient reads the access token
// from when no token option is given.
const TokenEnv = "WEBEX_ACCESS_TOKEN"

// BaseURLEnv is the environment variable NewClient reads the API base URL
// from when [WithBaseURL] is not given, such as the address of
// cmd/webex-emulator. Unset or empty, the base URL is [DefaultBaseURL].
const BaseURLEnv = "WEBEX_BASE_URL"

// Client is a Webex API client. Its fields are the resource services; they
// share one HTTP core: the token
// source, per-endpoint rate limiters and the retry policy. A Client is safe
// for concurrent use by many goroutines; create one and reuse it.
type Client struct {
	core   *httpx.Client
	tokens oauth2.TokenSource

	// Messages posts, lists, edits and deletes messages.
	Messages *messages.Service
	// Rooms manages spaces ("rooms" in the API).
	Rooms *rooms.Service
	// Memberships adds people to spaces and removes them.
	Memberships *memberships.Service
	// People looks up people and, with an admin token, manages them.
	People *people.Service
	// Teams manages teams.
	Teams *teams.Service
	// TeamMemberships adds people to teams and removes them.
	TeamMemberships *teams.MembershipService
	// Webhooks registers the URLs Webex posts events to.
	Webhooks *webhooks.Service
	// AttachmentActions reads and creates card submissions.
	AttachmentActions *attachments.Service
	// Contents downloads the files messages carry.
	Contents *contents.Service
	// Events reads the compliance events of the organization (compliance
	// officers only).
	Events *events.Service

	// Meetings schedules, updates, joins and ends meetings.
	Meetings *meetings.Service
	// MeetingInvitees manages the people invited to meetings.
	MeetingInvitees *meetings.InviteeService
	// MeetingParticipants lists and manages the people in a meeting.
	MeetingParticipants *meetings.ParticipantService
	// Recordings lists, gets and deletes meeting recordings.
	Recordings *meetings.RecordingService
	// Transcripts lists, downloads and edits meeting transcripts.
	Transcripts *meetings.TranscriptService
	// MeetingSummaries lists and deletes AI meeting summaries.
	MeetingSummaries *meetings.SummaryService
}

// NewClient returns a client configured by opts. Without [WithToken],
// [WithTokenSource] or [WithOAuth2] it reads the token from
// WEBEX_ACCESS_TOKEN, and without [WithBaseURL] the base URL from
// WEBEX_BASE_URL; with no token at all it returns an error.
func NewClient(opts ...Option) (*Client, error) {
	cfg := config{getenv: os.Getenv}
	for _, opt := range opts {
		if opt != nil {
			opt(&cfg)
		}
	}
	if !cfg.baseURLSet {
		cfg.httpx.BaseURL = strings.TrimSpace(cfg.getenv(BaseURLEnv))
	}
	if cfg.oauth != nil {
		if cfg.tokenSet || cfg.httpx.TokenSource != nil {
			return nil, errors.New("webex: WithOAuth2 excludes WithToken and WithTokenSource")
		}
		ts, err := cfg.oauth.source(cfg.httpx.HTTPClient)
		if err != nil {
			return nil, err
		}
		cfg.httpx.TokenSource = ts
	}
	if cfg.httpx.TokenSource == nil {
		token := cfg.token
		if !cfg.tokenSet {
			token = cfg.getenv(TokenEnv)
		}
		token = strings.TrimSpace(token)
		if token == "" {
			if cfg.tokenSet {
				return nil, errors.New("webex: WithToken was given an empty token")
			}
			return nil, errors.New("webex: no access token: pass WithToken or WithTokenSource, or set " + TokenEnv)
		}
		cfg.httpx.TokenSource = oauth2.StaticTokenSource(&oauth2.Token{AccessToken: token, TokenType: "Bearer"})
	}
	if cfg.httpx.UserAgent == "" {
		cfg.httpx.UserAgent = "gowebex-sdk/" + Version
	}
	core, err := httpx.New(cfg.httpx)
	if err != nil {
		return nil, err
	}
	return &Client{
		core:            core,
		tokens:          cfg.httpx.TokenSource,
		Messages:        (*messages.Service)(core),
		Rooms:           (*rooms.Service)(core),
		Memberships:     (*memberships.Service)(core),
		People:          (*people.Service)(core),
		Teams:           (*teams.Service)(core),
		TeamMemberships: (*teams.MembershipService)(core),
		Webhooks:        (*webhooks.Service)(core),

		AttachmentActions: (*attachments.Service)(core),
		Contents:          (*contents.Service)(core),
		Events:            (*events.Service)(core),

		Meetings:            (*meetings.Service)(core),
		MeetingInvitees:     (*meetings.InviteeService)(core),
		MeetingParticipants: (*meetings.ParticipantService)(core),
		Recordings:          (*meetings.RecordingService)(core),
		Transcripts:         (*meetings.TranscriptService)(core),
		MeetingSummaries:    (*meetings.SummaryService)(core),
	}, nil
}

// TokenSource returns the source the client takes its access token from:
// the one [WithToken], [WithTokenSource], [WithOAuth2] or
// WEBEX_ACCESS_TOKEN gave it. Packages that speak to Webex outside the REST
// API, such as the realtime listener, use it so that a program configures
// its token once. The tokens it gives are credentials: send them only to
// Webex's hosts.
func (c *Client) TokenSource() oauth2.TokenSource { return c.tokens }

// BaseURL returns the API base URL the client sends requests to.
func (c *Client) BaseURL() string { return c.core.BaseURL().String() }

// Limiter returns the rate limiter pacing the client's requests.
func (c *Client) Limiter() Limiter { return c.core.Limiter() }
