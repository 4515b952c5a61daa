package attachments

import (
	"context"
	"net/http"

	"github.com/gowebex/sdk/internal/httpx"
)

// Service is the attachment actions API.
//
// A Service is a view of the client it came from; the zero value is not
// usable and fails every call with an error.
type Service httpx.Client

func (s *Service) core() *httpx.Client { return (*httpx.Client)(s) }

// Create submits the card of a message with the given inputs, as if the
// caller had pressed its submit button; the token must be able to see the
// message. Webex answers 202 Accepted with the new action. Like every POST it is not
// retried once Webex may have received it.
//
// Endpoint: POST /attachment/actions
// See https://developer.webex.com/docs/api/v1/attachment-actions/create-an-attachment-action.
func (s *Service) Create(ctx context.Context, p *CreateParams) (*Action, error) {
	body, err := p.body()
	if err != nil {
		return nil, err
	}
	return httpx.Call[Action](ctx, s.core(), &httpx.Request{Method: http.MethodPost, Pattern: "/attachment/actions", Body: body})
}

// Get returns an attachment action by id, with the submitted inputs. Webex
// shows an action only to the author of the card's message, typically the
// bot that posted it, which learns the id from an attachmentActions
// webhook.
//
// Endpoint: GET /attachment/actions/{id}
// See https://developer.webex.com/docs/api/v1/attachment-actions/get-attachment-action-details.
func (s *Service) Get(ctx context.Context, actionID string) (*Action, error) {
	return httpx.Call[Action](ctx, s.core(), &httpx.Request{Method: http.MethodGet, Pattern: "/attachment/actions/{id}", Params: []string{actionID}})
}
