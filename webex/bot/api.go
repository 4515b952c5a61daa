package bot

import (
	"context"
	"iter"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/attachments"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/people"
	"github.com/gowebex/sdk/webex/rooms"
	"github.com/gowebex/sdk/webex/webhooks"
)

// The parts of the client the bot uses, as interfaces so that tests and
// benchmarks of the router can do without HTTP.
type (
	messageAPI interface {
		Create(ctx context.Context, p *messages.CreateParams) (*messages.Message, error)
		CreateWithFile(ctx context.Context, p *messages.CreateParams, f messages.File) (*messages.Message, error)
		Get(ctx context.Context, messageID string) (*messages.Message, error)
		Delete(ctx context.Context, messageID string) error
	}
	peopleAPI interface {
		Me(ctx context.Context, p *people.GetParams) (*people.Person, error)
		Get(ctx context.Context, personID string, p *people.GetParams) (*people.Person, error)
	}
	roomAPI interface {
		Get(ctx context.Context, roomID string) (*rooms.Room, error)
	}
	actionAPI interface {
		Get(ctx context.Context, actionID string) (*attachments.Action, error)
	}
	webhookAPI interface {
		List(ctx context.Context, p *webhooks.ListParams) iter.Seq2[*webhooks.Webhook, error]
		Create(ctx context.Context, p *webhooks.CreateParams) (*webhooks.Webhook, error)
		Update(ctx context.Context, webhookID string, p *webhooks.UpdateParams) (*webhooks.Webhook, error)
		Delete(ctx context.Context, webhookID string) error
	}
)

// apis is the client, seen through those interfaces.
type apis struct {
	client   *webex.Client // nil in tests of the router
	messages messageAPI
	people   peopleAPI
	rooms    roomAPI
	actions  actionAPI
	webhooks webhookAPI
}

func clientAPIs(c *webex.Client) apis {
	return apis{client: c, messages: c.Messages, people: c.People, rooms: c.Rooms,
		actions: c.AttachmentActions, webhooks: c.Webhooks}
}
