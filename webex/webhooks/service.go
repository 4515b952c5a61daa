package webhooks

import (
	"context"
	"iter"
	"net/http"

	"github.com/gowebex/sdk/internal/httpx"
	"github.com/gowebex/sdk/webex/api"
)

// Service is the webhooks API. Get one from webex.Client.Webhooks.
//
// A Service is a view of the client it came from; the zero value is not
// usable and fails every call with an error.
type Service httpx.Client

func (s *Service) core() *httpx.Client { return (*httpx.Client)(s) }

// Page is one page of webhooks and the link to the next.
type Page = api.Page[Webhook]

func (s *Service) listRequest(p *ListParams) *httpx.Request {
	return &httpx.Request{Method: http.MethodGet, Pattern: "/webhooks", Query: httpx.Query(p)}
}

// List returns the caller's webhooks (with OwnedBy "org", the
// organization's) across all pages. p may be nil. It needs the read scope of
// the webhooks' resources, such as spark:messages_read.
//
// Endpoint: GET /webhooks
// See https://developer.webex.com/docs/api/v1/webhooks/list-webhooks.
func (s *Service) List(ctx context.Context, p *ListParams) iter.Seq2[*Webhook, error] {
	if err := p.validate(); err != nil {
		return httpx.Fail[Webhook](err)
	}
	return httpx.List[Webhook](ctx, s.core(), s.listRequest(p))
}

// ListPage returns one page of webhooks: the first when pageURL is empty,
// otherwise the page at pageURL, a NextURL from an earlier page.
//
// Endpoint: GET /webhooks
// See https://developer.webex.com/docs/api/v1/webhooks/list-webhooks.
func (s *Service) ListPage(ctx context.Context, p *ListParams, pageURL string) (*Page, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.GetPage[Webhook](ctx, s.core(), s.listRequest(p), pageURL)
}

// Create registers a webhook: Webex then POSTs every matching event to
// TargetURL. It needs the read scope of the resource, such as
// spark:messages_read for messages. Set a Secret so that deliveries can be
// verified.
//
// Endpoint: POST /webhooks
// See https://developer.webex.com/docs/api/v1/webhooks/create-a-webhook.
func (s *Service) Create(ctx context.Context, p *CreateParams) (*Webhook, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.Call[Webhook](ctx, s.core(), &httpx.Request{Method: http.MethodPost, Pattern: "/webhooks", Body: p})
}

// Get returns a webhook by id. It needs the read scope of its resource.
//
// Endpoint: GET /webhooks/{webhookId}
// See https://developer.webex.com/docs/api/v1/webhooks/get-webhook-details.
func (s *Service) Get(ctx context.Context, webhookID string) (*Webhook, error) {
	return httpx.Call[Webhook](ctx, s.core(), &httpx.Request{Method: http.MethodGet, Pattern: "/webhooks/{webhookId}", Params: []string{webhookID}})
}

// Update replaces a webhook's name, target URL, secret and owner, or
// reactivates it (Status: StatusActive). It needs the read scope of its
// resource.
//
// Endpoint: PUT /webhooks/{webhookId}
// See https://developer.webex.com/docs/api/v1/webhooks/update-a-webhook.
func (s *Service) Update(ctx context.Context, webhookID string, p *UpdateParams) (*Webhook, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.Call[Webhook](ctx, s.core(), &httpx.Request{Method: http.MethodPut, Pattern: "/webhooks/{webhookId}", Params: []string{webhookID}, Body: p})
}

// Delete deletes a webhook; Webex stops delivering its events. It needs the
// read scope of its resource.
//
// Endpoint: DELETE /webhooks/{webhookId}
// See https://developer.webex.com/docs/api/v1/webhooks/delete-a-webhook.
func (s *Service) Delete(ctx context.Context, webhookID string) error {
	_, err := s.core().Do(ctx, &httpx.Request{Method: http.MethodDelete, Pattern: "/webhooks/{webhookId}", Params: []string{webhookID}}, nil)
	return err
}
