package mcpserver

import (
	"context"
	"net/url"
	"strings"

	"github.com/gowebex/sdk/webex/webhooks"
)

// WebhookListInput is the input of webhooks_list.
type WebhookListInput struct {
	OwnedBy string `json:"ownedBy,omitempty" jsonschema:"org to list only organization-wide webhooks (admins)"`
	PageInput
}

// WebhookIDInput names one webhook.
type WebhookIDInput struct {
	WebhookID string `json:"webhookId" jsonschema:"the webhook id"`
}

// WebhookCreateInput is the input of webhooks_create.
type WebhookCreateInput struct {
	Name      string `json:"name" jsonschema:"a name for the webhook"`
	TargetURL string `json:"targetUrl" jsonschema:"the HTTPS URL Webex will POST events to"`
	Resource  string `json:"resource" jsonschema:"what to watch: messages, memberships, rooms, attachmentActions, meetings, recordings, meetingParticipants, meetingTranscripts or all"`
	Event     string `json:"event" jsonschema:"which change: created, updated, deleted, started, ended, joined, left or all"`
	Filter    string `json:"filter,omitempty" jsonschema:"narrow the events, e.g. roomId=<space id> or mentionedPeople=me (joined with &)"`
	Secret    string `json:"secret,omitempty" jsonschema:"a secret Webex signs each delivery with (X-Spark-Signature); strongly recommended"`
	OwnedBy   string `json:"ownedBy,omitempty" jsonschema:"org for an organization-wide webhook (admins)"`
}

// WebhookUpdateInput is the input of webhooks_update.
type WebhookUpdateInput struct {
	WebhookID string `json:"webhookId" jsonschema:"the webhook id"`
	Name      string `json:"name" jsonschema:"the webhook's name (required by Webex even when unchanged)"`
	TargetURL string `json:"targetUrl" jsonschema:"the target URL (required by Webex even when unchanged)"`
	Secret    string `json:"secret,omitempty" jsonschema:"a new signing secret; the current one is kept when omitted"`
	Status    string `json:"status,omitempty" jsonschema:"active to turn back on a webhook Webex disabled"`
}

// redact removes a webhook's signing secret from what the agent sees.
func redact(w webhooks.Webhook) webhooks.Webhook {
	w.Secret = ""
	return w
}

// filterRooms returns every roomId a webhook filter names (the key
// compared without case), or an error for a filter that does not parse.
func filterRooms(filter string) ([]string, error) {
	q, err := url.ParseQuery(filter)
	if err != nil {
		return nil, err
	}
	var rooms []string
	for k, vs := range q {
		if strings.EqualFold(k, "roomId") {
			rooms = append(rooms, vs...)
		}
	}
	return rooms, nil
}

// filterRoom returns the first roomId a webhook filter names, for the
// audit log's sentence.
func filterRoom(filter string) string {
	rooms, _ := filterRooms(filter)
	if len(rooms) == 0 {
		return ""
	}
	return rooms[0]
}

// allowFilter checks a webhook filter for a confined agent: it must name
// at least one space, and every roomId it names, value by value, must be
// on the allowlist.
func allowFilter(c *call, filter string) error {
	if !c.rt.agent.Confined() {
		return nil
	}
	rooms, err := filterRooms(filter)
	if err != nil {
		return c.deny("this agent is confined to its space allowlist, and the webhook filter does not parse")
	}
	if len(rooms) == 0 {
		return c.allowSpace("")
	}
	for _, r := range rooms {
		if err := c.allowSpace(r); err != nil {
			return err
		}
	}
	return nil
}

func webhookTools() []tool {
	return []tool{
		&spec[WebhookListInput, ListOutput[webhooks.Webhook]]{
			name: "webhooks_list", title: "List webhooks", cap: CapWebhooks, level: Read, kind: kindRead,
			desc: "List the webhooks the agent's token registered (ownedBy org: the organization's), one page at a time. " +
				"Signing secrets are never shown. Returns up to limit webhooks and a nextCursor.",
			verb: "list", past: "listed", object: func(*call, *WebhookListInput) string { return "webhooks" },
			run: func(ctx context.Context, c *call, in *WebhookListInput) (ListOutput[webhooks.Webhook], error) {
				u, err := c.cursor(in.Cursor)
				if err != nil {
					return ListOutput[webhooks.Webhook]{}, err
				}
				p, err := c.client().Webhooks.ListPage(ctx, &webhooks.ListParams{OwnedBy: webhooks.OwnedBy(in.OwnedBy), Max: pageSize(in.Limit)}, u)
				if err != nil {
					return ListOutput[webhooks.Webhook]{}, err
				}
				items := make([]webhooks.Webhook, 0, len(p.Items))
				for _, w := range p.Items {
					if allowFilter(c, w.Filter) == nil {
						items = append(items, redact(w))
					}
				}
				return ListOutput[webhooks.Webhook]{Items: items, NextCursor: c.next(p.NextURL)}, nil
			},
			summary: func(o ListOutput[webhooks.Webhook]) string {
				return listSummary(len(o.Items), "webhooks", o.NextCursor)
			},
		},
		&spec[WebhookIDInput, webhooks.Webhook]{
			name: "webhooks_get", title: "Get a webhook", cap: CapWebhooks, level: Read, kind: kindRead,
			desc: "Get one webhook by id: its target URL, resource, event, filter and status (the secret is never shown).",
			verb: "read", past: "read",
			object: func(c *call, in *WebhookIDInput) string {
				return c.ref("webhookId", "webhook", in.WebhookID) + c.where()
			},
			guard: guardWebhook(func(in *WebhookIDInput) string { return in.WebhookID }),
			run: func(ctx context.Context, c *call, in *WebhookIDInput) (webhooks.Webhook, error) {
				if w, ok := prefetched[webhooks.Webhook](c); ok {
					return redact(*w), nil
				}
				w, err := c.client().Webhooks.Get(ctx, in.WebhookID)
				if err != nil {
					return webhooks.Webhook{}, err
				}
				return redact(*w), nil
			},
			summary: func(w webhooks.Webhook) string { return "webhook " + w.Name + " (" + string(w.Status) + ")" },
		},
		&spec[WebhookCreateInput, webhooks.Webhook]{
			name: "webhooks_create", title: "Register a webhook", cap: CapWebhooks, level: Write, kind: kindCreate,
			desc: "Register a webhook: Webex will POST every matching event (resource and event, narrowed by filter) to targetUrl. " +
				"The agent's token needs the read scope of the resource. Set a secret so deliveries can be verified. " +
				"An agent confined to spaces must filter on one of them (filter roomId=<id>).",
			verb: "register", past: "registered",
			object: func(c *call, in *WebhookCreateInput) string {
				s := "a webhook on " + in.Resource + "/" + in.Event
				if r := filterRoom(in.Filter); r != "" {
					s += " in " + c.space(r)
				}
				return s
			},
			guard: func(_ context.Context, c *call, in *WebhookCreateInput) error {
				return allowFilter(c, in.Filter)
			},
			run: func(ctx context.Context, c *call, in *WebhookCreateInput) (webhooks.Webhook, error) {
				w, err := c.client().Webhooks.Create(ctx, &webhooks.CreateParams{
					Name: in.Name, TargetURL: in.TargetURL, Resource: webhooks.Resource(in.Resource),
					Event: webhooks.EventType(in.Event), Filter: in.Filter, Secret: in.Secret, OwnedBy: webhooks.OwnedBy(in.OwnedBy),
				})
				if err != nil {
					return webhooks.Webhook{}, err
				}
				c.target("webhookId", w.ID)
				return redact(*w), nil
			},
			summary: func(w webhooks.Webhook) string { return "registered webhook " + w.ID },
		},
		&spec[WebhookUpdateInput, webhooks.Webhook]{
			name: "webhooks_update", title: "Update a webhook", cap: CapWebhooks, level: Write, kind: kindUpdate,
			desc: "Change a webhook's name, target URL or secret, or reactivate it (status active). " +
				"Name and targetUrl are always required; resource, event and filter cannot change.",
			verb: "update", past: "updated",
			object: func(c *call, in *WebhookUpdateInput) string {
				return c.ref("webhookId", "webhook", in.WebhookID) + c.where()
			},
			guard: guardWebhook(func(in *WebhookUpdateInput) string { return in.WebhookID }),
			run: func(ctx context.Context, c *call, in *WebhookUpdateInput) (webhooks.Webhook, error) {
				w, err := c.client().Webhooks.Update(ctx, in.WebhookID, &webhooks.UpdateParams{
					Name: in.Name, TargetURL: in.TargetURL, Secret: in.Secret, Status: webhooks.Status(in.Status),
				})
				if err != nil {
					return webhooks.Webhook{}, err
				}
				return redact(*w), nil
			},
			summary: func(w webhooks.Webhook) string { return "updated webhook " + w.ID },
		},
		&spec[WebhookIDInput, Done]{
			name: "webhooks_delete", title: "Delete a webhook", cap: CapWebhooks, level: Full, kind: kindDelete,
			desc: "Delete a webhook; Webex stops delivering its events.",
			verb: "delete", past: "deleted",
			object: func(c *call, in *WebhookIDInput) string {
				return c.ref("webhookId", "webhook", in.WebhookID) + c.where()
			},
			guard: guardWebhook(func(in *WebhookIDInput) string { return in.WebhookID }),
			run: func(ctx context.Context, c *call, in *WebhookIDInput) (Done, error) {
				if err := c.client().Webhooks.Delete(ctx, in.WebhookID); err != nil {
					return Done{}, err
				}
				return Done{OK: true, Message: "deleted webhook " + in.WebhookID}, nil
			},
			summary: func(d Done) string { return d.Message },
		},
	}
}

// guardWebhook returns a guard for tools naming a webhook: for a confined
// agent, it fetches the webhook and checks the space its filter names.
func guardWebhook[In any](id func(*In) string) func(context.Context, *call, *In) error {
	return func(ctx context.Context, c *call, in *In) error {
		if !c.rt.agent.Confined() {
			return nil
		}
		w, err := c.client().Webhooks.Get(ctx, id(in))
		if err != nil {
			return err
		}
		c.pre, c.room = w, filterRoom(w.Filter)
		return allowFilter(c, w.Filter)
	}
}
