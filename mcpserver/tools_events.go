package mcpserver

import (
	"context"
	"encoding/json"
	"time"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/events"
)

// EventListInput is the input of events_list.
type EventListInput struct {
	Resource    string    `json:"resource,omitempty" jsonschema:"only events on this resource: messages, memberships, rooms, attachmentActions, meetings, meetingMessages, ..."`
	Type        string    `json:"type,omitempty" jsonschema:"only events of this type: created, updated, deleted, ended, ..."`
	ActorID     string    `json:"actorId,omitempty" jsonschema:"only events performed by this person id"`
	From        time.Time `json:"from,omitzero" jsonschema:"only events after this time (RFC 3339)"`
	To          time.Time `json:"to,omitzero" jsonschema:"only events before this time (RFC 3339, not in the future)"`
	ServiceType string    `json:"serviceType,omitempty" jsonschema:"calling; required with resource convergedRecordings"`
	PageInput
}

// EventIDInput names one event.
type EventIDInput struct {
	EventID string `json:"eventId" jsonschema:"the event id"`
}

// eventRoom returns the space an event happened in: data.roomId, or
// data.id for an event on a space itself.
func eventRoom(e *events.Event) string {
	var d struct {
		ID     string `json:"id"`
		RoomID string `json:"roomId"`
	}
	if len(e.Data) == 0 || json.Unmarshal(e.Data, &d) != nil {
		return ""
	}
	if e.Resource == events.ResourceRooms {
		return d.ID
	}
	return d.RoomID
}

func eventTools() []tool {
	return []tool{
		&spec[EventListInput, ListOutput[events.Event]]{
			name: "events_list", title: "List compliance events", cap: CapEvents, level: Read, kind: kindRead,
			scopes: []string{webex.ScopeComplianceEventsRead},
			desc: "List what happened in the organization (messages posted, people added, spaces changed, meetings ended...), newest first, " +
				"one page at a time, filtered by resource, type, actor and time. Needs a compliance officer's token. " +
				"Returns up to limit events and a nextCursor. An agent confined to spaces sees only events in them.",
			verb: "list", past: "listed",
			object: func(_ *call, in *EventListInput) string {
				if in.Resource != "" {
					return in.Resource + " events"
				}
				return "compliance events"
			},
			run: func(ctx context.Context, c *call, in *EventListInput) (ListOutput[events.Event], error) {
				u, err := c.cursor(in.Cursor)
				if err != nil {
					return ListOutput[events.Event]{}, err
				}
				p, err := c.client().Events.ListPage(ctx, &events.ListParams{
					Resource: events.Resource(in.Resource), Type: events.Type(in.Type), ActorID: in.ActorID,
					From: in.From, To: in.To, ServiceType: events.ServiceType(in.ServiceType), Max: pageSize(in.Limit),
				}, u)
				if err != nil {
					return ListOutput[events.Event]{}, err
				}
				items := make([]events.Event, 0, len(p.Items))
				for i := range p.Items {
					if !c.rt.agent.Confined() || eventInAllowedSpace(c, &p.Items[i]) {
						items = append(items, p.Items[i])
					}
				}
				return ListOutput[events.Event]{Items: items, NextCursor: c.next(p.NextURL)}, nil
			},
			summary: func(o ListOutput[events.Event]) string { return listSummary(len(o.Items), "events", o.NextCursor) },
		},
		&spec[EventIDInput, events.Event]{
			name: "events_get", title: "Get a compliance event", cap: CapEvents, level: Read, kind: kindRead,
			scopes: []string{webex.ScopeComplianceEventsRead},
			desc:   "Get one compliance event by id, with the resource's data at the time. Needs a compliance officer's token.",
			verb:   "read", past: "read",
			object: func(c *call, in *EventIDInput) string { return c.ref("eventId", "event", in.EventID) + c.where() },
			run: func(ctx context.Context, c *call, in *EventIDInput) (events.Event, error) {
				e, err := c.client().Events.Get(ctx, in.EventID)
				if err != nil {
					return events.Event{}, err
				}
				c.room = eventRoom(e)
				if c.rt.agent.Confined() && !eventInAllowedSpace(c, e) {
					return events.Event{}, c.allowSpace(c.room)
				}
				return *e, nil
			},
			summary: func(e events.Event) string { return string(e.Resource) + " " + string(e.Type) + " event " + e.ID },
		},
	}
}

// eventInAllowedSpace reports whether a confined agent may see an event:
// only events in one of its spaces.
func eventInAllowedSpace(c *call, e *events.Event) bool {
	r := eventRoom(e)
	return r != "" && c.rt.agent.SpaceAllowed(r)
}
