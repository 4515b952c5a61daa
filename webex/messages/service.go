package messages

import (
	"context"
	"iter"
	"net/http"

	"github.com/gowebex/sdk/internal/httpx"
	"github.com/gowebex/sdk/webex/api"
)

// Service is the messages API. Get one from webex.Client.Messages.
//
// A Service is a view of the client it came from; the zero value is not
// usable and fails every call with an error.
type Service httpx.Client

func (s *Service) core() *httpx.Client { return (*httpx.Client)(s) }

// Page is one page of messages and the link to the next.
type Page = api.Page[Message]

func (s *Service) listRequest(p *ListParams) *httpx.Request {
	return &httpx.Request{Method: http.MethodGet, Pattern: "/messages", Query: httpx.Query(p)}
}

// List returns the messages of a space, newest first, across all pages. It
// needs spark:messages_read. A bot in a group space sees only messages that
// mention it: set MentionedPeople to "me".
//
// Endpoint: GET /messages
// See https://developer.webex.com/docs/api/v1/messages/list-messages.
func (s *Service) List(ctx context.Context, p *ListParams) iter.Seq2[*Message, error] {
	if err := p.validate(); err != nil {
		return httpx.Fail[Message](err)
	}
	return httpx.List[Message](ctx, s.core(), s.listRequest(p))
}

// ListPage returns one page of messages: the first when pageURL is empty,
// otherwise the page at pageURL, a NextURL from an earlier page.
//
// Endpoint: GET /messages
func (s *Service) ListPage(ctx context.Context, p *ListParams, pageURL string) (*Page, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.GetPage[Message](ctx, s.core(), s.listRequest(p), pageURL)
}

// ListDirect returns the messages of the 1:1 space with a person, across all
// pages. It needs spark:messages_read.
//
// Endpoint: GET /messages/direct
// See https://developer.webex.com/docs/api/v1/messages/list-direct-messages.
func (s *Service) ListDirect(ctx context.Context, p *ListDirectParams) iter.Seq2[*Message, error] {
	if err := p.validate(); err != nil {
		return httpx.Fail[Message](err)
	}
	return httpx.List[Message](ctx, s.core(), &httpx.Request{Method: http.MethodGet, Pattern: "/messages/direct", Query: httpx.Query(p)})
}

// Create posts a message to a space or, with ToPersonID or ToPersonEmail, to
// a person directly. It needs spark:messages_write. A failed Create is never
// retried once Webex may have received it, so a message is not posted twice.
//
// Endpoint: POST /messages
// See https://developer.webex.com/docs/api/v1/messages/create-a-message.
func (s *Service) Create(ctx context.Context, p *CreateParams) (*Message, error) {
	if err := p.validate(false); err != nil {
		return nil, err
	}
	return httpx.Call[Message](ctx, s.core(), &httpx.Request{Method: http.MethodPost, Pattern: "/messages", Body: p})
}

// Get returns a message by id. It needs spark:messages_read.
//
// Endpoint: GET /messages/{messageId}
// See https://developer.webex.com/docs/api/v1/messages/get-message-details.
func (s *Service) Get(ctx context.Context, messageID string) (*Message, error) {
	return httpx.Call[Message](ctx, s.core(), &httpx.Request{Method: http.MethodGet, Pattern: "/messages/{messageId}", Params: []string{messageID}})
}

// Edit replaces the text of a message. Only its author may edit it. It needs
// spark:messages_write.
//
// Endpoint: PUT /messages/{messageId}
// See https://developer.webex.com/docs/api/v1/messages/edit-a-message.
func (s *Service) Edit(ctx context.Context, messageID string, p *EditParams) (*Message, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	return httpx.Call[Message](ctx, s.core(), &httpx.Request{Method: http.MethodPut, Pattern: "/messages/{messageId}", Params: []string{messageID}, Body: p})
}

// Delete deletes a message. Authors may delete their own messages and
// moderators anyone's. It needs spark:messages_write.
//
// Endpoint: DELETE /messages/{messageId}
// See https://developer.webex.com/docs/api/v1/messages/delete-a-message.
func (s *Service) Delete(ctx context.Context, messageID string) error {
	_, err := s.core().Do(ctx, &httpx.Request{Method: http.MethodDelete, Pattern: "/messages/{messageId}", Params: []string{messageID}}, nil)
	return err
}
