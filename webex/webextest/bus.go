package webextest

// change is one thing that happened to the emulator's state: a resource
// ("messages", "memberships", ...) had an event ("created", "updated",
// "deleted", ...) caused by actor. obj is the model object (*message,
// *membership, *room, *team, *teamMembership, *attachmentAction) or, for
// the meetings family, a *notice carrying its prepared payloads.
type change struct {
	resource string
	event    string
	actor    *person
	obj      any
}

// notice is a change whose payloads its publisher prepared: the
// compliance event's data (nil: none), the webhook's data, the attributes
// webhook filters match, and who may see it (nil: no webhook).
type notice struct {
	eventData any
	hookData  any
	attrs     map[string][]string
	visible   func(*person) bool
}

// bus hands every change to its subscribers, in subscription order,
// synchronously: publishers hold Server.mu for writing, so a subscriber
// sees the state right after the change (for a deletion, right before it
// is removed) and must not take mu itself or block. Subscribers that do
// slow work (webhook delivery, websocket pushes) queue it.
type bus struct {
	subs []func(change)
}

// subscribe adds f; call it only while the Server is being built.
func (b *bus) subscribe(f func(change)) { b.subs = append(b.subs, f) }

// publish hands c to every subscriber.
func (b *bus) publish(c change) {
	for _, f := range b.subs {
		f(c)
	}
}

// record publishes a change made through the API. It does nothing unless
// emit is set (seeding is silent) or without an actor. Callers hold mu for
// writing; for deletions call it before removing.
func (s *Server) record(emit bool, actor *person, resource, typ string, obj any) {
	if !emit || actor == nil {
		return
	}
	s.bus.publish(change{resource: resource, event: typ, actor: actor, obj: obj})
}
