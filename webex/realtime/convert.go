package realtime

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/api"
	"github.com/gowebex/sdk/webex/memberships"
	"github.com/gowebex/sdk/webex/notify"
)

// maxCached bounds each id cache; a full cache starts again empty.
const maxCached = 10_000

// converter turns activities into events: it resolves uuids to REST ids
// and fetches the REST objects through the client's services.
type converter struct {
	svc    *services
	client *webex.Client

	mu     sync.Mutex
	rooms  map[string]string // conversation uuid → room id
	people map[string]string // person uuid → person id
}

// newConverter returns a converter with empty caches.
func newConverter(svc *services, client *webex.Client) *converter {
	return &converter{svc: svc, client: client, rooms: map[string]string{}, people: map[string]string{}}
}

// cached resolves uuid through cache m, asking lookup on a miss.
func (c *converter) cached(ctx context.Context, m map[string]string, a *activity, kind, uuid string) (string, error) {
	c.mu.Lock()
	id, ok := m[uuid]
	c.mu.Unlock()
	if ok {
		return id, nil
	}
	id, err := c.svc.lookup(ctx, a.Target.URL, kind, uuid)
	if err != nil {
		return "", err
	}
	c.mu.Lock()
	if len(m) >= maxCached {
		clear(m)
	}
	m[uuid] = id
	c.mu.Unlock()
	return id, nil
}

// room resolves the activity's space.
func (c *converter) room(ctx context.Context, a *activity) (string, error) {
	return c.cached(ctx, c.rooms, a, "rooms", a.Target.ID)
}

// person resolves a person's uuid.
func (c *converter) person(ctx context.Context, a *activity, uuid string) (string, error) {
	return c.cached(ctx, c.people, a, "people", uuid)
}

// convert turns a into an event. It returns nil and no error for an
// activity that makes no event (an unknown verb, a share whose files are
// not scanned yet, an object gone before it could be fetched). An error
// wrapping errGarbage will not get better; others might.
func (c *converter) convert(ctx context.Context, a *activity) (*notify.Event, error) {
	switch a.Verb {
	case "post":
		return c.message(ctx, a, a.ID)
	case "update":
		switch a.Object.ObjectType {
		case "content":
			if !scanned(a) {
				return nil, nil
			}
			return c.message(ctx, a, a.Object.ID)
		case "conversation":
			return c.space(ctx, a, notify.EventUpdated)
		}
		return nil, nil
	case "create":
		if a.Object.ObjectType != "conversation" {
			return nil, nil
		}
		return c.space(ctx, a, notify.EventCreated)
	case "delete":
		return c.deleted(ctx, a)
	case "cardAction":
		return c.cardAction(ctx, a)
	case "add":
		return c.added(ctx, a)
	case "leave":
		return c.left(ctx, a)
	}
	// share (announced again by an update once scanned), acknowledge, ...
	return nil, nil
}

// scanned reports whether every file of a content update is safe.
func scanned(a *activity) bool {
	items := a.Object.Files.Items
	if len(items) == 0 {
		return false
	}
	for _, f := range items {
		if f.MalwareQuarantineState != "safe" {
			return false
		}
	}
	return true
}

// gone turns "not found" into no event: the object went, or the token may
// not see it.
func gone(err error) error {
	if errors.Is(err, api.ErrNotFound) {
		return nil
	}
	return err
}

// newEvent builds an event with data marshalled as the webhook would carry
// it.
func newEvent(res notify.Resource, typ notify.EventType, actorID string, data any) (*notify.Event, error) {
	b, err := json.Marshal(data)
	if err != nil {
		return nil, err
	}
	return &notify.Event{Resource: res, Event: typ, ActorID: actorID, Data: b}, nil
}

// message makes messages/created for the message whose uuid is uuid.
func (c *converter) message(ctx context.Context, a *activity, uuid string) (*notify.Event, error) {
	id, err := c.svc.lookup(ctx, a.Target.URL, "messages", uuid)
	if err != nil {
		return nil, gone(err)
	}
	m, err := c.client.Messages.Get(ctx, id)
	if err != nil {
		return nil, gone(err)
	}
	ev, err := newEvent(notify.ResourceMessages, notify.EventCreated, m.PersonID, notify.MessageData{
		ID: m.ID, RoomID: m.RoomID, RoomType: m.RoomType, ParentID: m.ParentID, PersonID: m.PersonID,
		PersonEmail: m.PersonEmail, MentionedPeople: m.MentionedPeople, MentionedGroups: m.MentionedGroups,
		Files: m.Files, Created: m.Created, Updated: m.Updated})
	if err != nil {
		return nil, err
	}
	ev.FullMessage = m
	return ev, nil
}

// deleted makes messages/deleted.
func (c *converter) deleted(ctx context.Context, a *activity) (*notify.Event, error) {
	roomID, err := c.room(ctx, a)
	if err != nil {
		return nil, gone(err)
	}
	msgID, err := c.svc.lookup(ctx, a.Target.URL, "messages", a.Object.ID)
	if err != nil {
		// The message may be gone from the lookup too: its id is the
		// room's cluster with the message's uuid.
		msgID, err = sibling(roomID, "MESSAGE", a.Object.ID)
		if err != nil {
			return nil, err
		}
	}
	actorID, err := c.person(ctx, a, a.Actor.ID)
	if err != nil {
		return nil, gone(err)
	}
	return newEvent(notify.ResourceMessages, notify.EventDeleted, actorID, notify.MessageData{ID: msgID, RoomID: roomID})
}

// cardAction makes attachmentActions/created with the action.
func (c *converter) cardAction(ctx context.Context, a *activity) (*notify.Event, error) {
	id, err := c.svc.lookup(ctx, a.Target.URL, "attachment/actions", a.ID)
	if err != nil {
		return nil, gone(err)
	}
	act, err := c.client.AttachmentActions.Get(ctx, id)
	if err != nil {
		return nil, gone(err)
	}
	ev, err := newEvent(notify.ResourceAttachmentActions, notify.EventCreated, act.PersonID, notify.AttachmentActionData{
		ID: act.ID, Type: act.Type, MessageID: act.MessageID, PersonID: act.PersonID, RoomID: act.RoomID, Created: act.Created})
	if err != nil {
		return nil, err
	}
	ev.FullAction = act
	return ev, nil
}

// added makes memberships/created with the membership as its data.
func (c *converter) added(ctx context.Context, a *activity) (*notify.Event, error) {
	roomID, err := c.room(ctx, a)
	if err != nil {
		return nil, gone(err)
	}
	personID, err := c.person(ctx, a, a.Object.ID)
	if err != nil {
		return nil, gone(err)
	}
	actorID, err := c.person(ctx, a, a.Actor.ID)
	if err != nil {
		return nil, gone(err)
	}
	for m, err := range c.client.Memberships.List(ctx, &memberships.ListParams{RoomID: roomID, PersonID: personID}) {
		if err != nil {
			return nil, gone(err)
		}
		return newEvent(notify.ResourceMemberships, notify.EventCreated, actorID, notify.MembershipData{
			ID: m.ID, RoomID: m.RoomID, RoomType: m.RoomType, PersonID: m.PersonID, PersonEmail: m.PersonEmail,
			PersonDisplayName: m.PersonDisplayName, PersonOrgID: m.PersonOrgID, IsModerator: m.IsModerator,
			IsMonitor: m.IsMonitor, IsRoomHidden: m.IsRoomHidden, Created: m.Created})
	}
	return nil, nil // left again already
}

// left makes memberships/deleted; the membership is gone, so its data is
// what the activity says.
func (c *converter) left(ctx context.Context, a *activity) (*notify.Event, error) {
	roomID, err := c.room(ctx, a)
	if err != nil && errors.Is(err, api.ErrNotFound) {
		// The one who left (the bot itself) may no longer see the space.
		roomID, err = "", nil
	}
	if err != nil {
		return nil, err
	}
	personID, err := c.person(ctx, a, a.Object.ID)
	if err != nil {
		return nil, gone(err)
	}
	actorID, err := c.person(ctx, a, a.Actor.ID)
	if err != nil {
		return nil, gone(err)
	}
	if roomID == "" {
		if roomID, err = sibling(personID, "ROOM", a.Target.ID); err != nil {
			return nil, err
		}
	}
	memID, err := sibling(roomID, "MEMBERSHIP", a.Object.ID+":"+a.Target.ID)
	if err != nil {
		return nil, err
	}
	return newEvent(notify.ResourceMemberships, notify.EventDeleted, actorID, notify.MembershipData{
		ID: memID, RoomID: roomID, PersonID: personID, PersonEmail: a.Object.EmailAddress,
		PersonDisplayName: a.Object.DisplayName})
}

// space makes rooms/created or rooms/updated with the space as its data.
func (c *converter) space(ctx context.Context, a *activity, typ notify.EventType) (*notify.Event, error) {
	roomID, err := c.room(ctx, a)
	if err != nil {
		return nil, gone(err)
	}
	actorID, err := c.person(ctx, a, a.Actor.ID)
	if err != nil {
		return nil, gone(err)
	}
	r, err := c.client.Rooms.Get(ctx, roomID)
	if err != nil {
		return nil, gone(err)
	}
	return newEvent(notify.ResourceRooms, typ, actorID, notify.RoomData{
		ID: r.ID, Title: r.Title, Type: r.Type, IsLocked: r.IsLocked, TeamID: r.TeamID, CreatorID: r.CreatorID,
		OwnerID: r.OwnerID, ClassificationID: r.ClassificationID, IsAnnouncementOnly: r.IsAnnouncementOnly,
		IsReadOnly: r.IsReadOnly, IsPublic: r.IsPublic, LastActivity: r.LastActivity, Created: r.Created})
}

// sibling builds the id of another object in the cluster of known, a REST
// id: Webex ids are base64 of ciscospark://CLUSTER/TYPE/UUID.
func sibling(known, typ, uuid string) (string, error) {
	id, err := webex.ParseID(known)
	if err != nil {
		return "", fmt.Errorf("realtime: %w: %v", errGarbage, err)
	}
	return webex.ID{Cluster: id.Cluster, Type: typ, UUID: uuid}.String(), nil
}
