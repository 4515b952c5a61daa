package webextest

import (
	"net/http"
	"time"
)

// event is a compliance event.
type event struct {
	uuid, id string
	resource string
	typ      string
	actor    *person
	orgID    string
	created  time.Time
	data     any
}

// eventJSON is the Webex compliance event representation.
type eventJSON struct {
	ID       string `json:"id"`
	Resource string `json:"resource"`
	Type     string `json:"type"`
	AppID    string `json:"appId"`
	ActorID  string `json:"actorId"`
	OrgID    string `json:"orgId"`
	Created  string `json:"created"`
	Data     any    `json:"data"`
}

// render builds the JSON view of e.
func (s *Server) renderEvent(e *event) eventJSON {
	return eventJSON{ID: e.id, Resource: e.resource, Type: e.typ, AppID: s.appID,
		ActorID: e.actor.id, OrgID: e.orgID, Created: formatTime(e.created), Data: e.data}
}

// eventData is the compliance view of a message: the message plus orgId.
type messageEventData struct {
	messageJSON
	OrgID string `json:"orgId"`
}

// logCompliance is the bus subscriber that keeps the compliance log:
// every change to messages, memberships, rooms, teams, team memberships
// and attachment actions, and the meetings family's notices that carry
// event data. Callers hold mu for writing.
func (s *Server) logCompliance(c change) {
	var data any
	switch o := c.obj.(type) {
	case *message:
		if o == nil {
			return
		}
		data = messageEventData{messageJSON: o.render(), OrgID: o.room.creator.org.id}
	case *membership:
		if o == nil {
			return
		}
		data = o.render()
	case *room:
		if o == nil {
			return
		}
		data = o.render(c.actor)
	case *team:
		if o == nil {
			return
		}
		data = o.render()
	case *teamMembership:
		if o == nil {
			return
		}
		data = o.render()
	case *attachmentAction:
		if o == nil {
			return
		}
		data = o.render()
	case *notice:
		if o.eventData == nil {
			return
		}
		data = o.eventData
	default:
		return
	}
	u := newUUID()
	ev := &event{uuid: u, id: encodeID(typeEvent, u), resource: c.resource, typ: c.event,
		actor: c.actor, orgID: c.actor.org.id, created: s.now(), data: data}
	s.events = append(s.events, ev)
	s.eventByID[u] = ev
}

// isComplianceOfficer reports whether p holds the compliance officer role.
func isComplianceOfficer(p *person) bool { return p.hasRole(RoleComplianceOfficer) }

// listEvents serves GET /events (compliance officers only).
func (s *Server) listEvents(c *reqCtx) {
	q := c.r.URL.Query()
	max, ok := c.parseMax(100, 1000, true)
	if !ok {
		return
	}
	resource, typ, actorID := q.Get("resource"), q.Get("type"), q.Get("actorId")
	if typ != "" && typ != "created" && typ != "updated" && typ != "deleted" && typ != "ended" {
		c.fail(http.StatusBadRequest, "Invalid type %q.", typ)
		return
	}
	var from, to time.Time
	for _, p := range []struct {
		name string
		dst  *time.Time
	}{{"from", &from}, {"to", &to}} {
		if v := q.Get(p.name); v != "" {
			t, ok := parseTime(v)
			if !ok {
				c.fail(http.StatusBadRequest, "Invalid %s timestamp %q.", p.name, v)
				return
			}
			*p.dst = t
		}
	}
	s.mu.RLock()
	if !isComplianceOfficer(c.me) {
		s.mu.RUnlock()
		c.fail(http.StatusForbidden, "Only a compliance officer can list events.")
		return
	}
	var items []eventJSON
	orgID := c.me.org.id
	for i := len(s.events) - 1; i >= 0; i-- {
		e := s.events[i]
		if e.orgID != orgID || (resource != "" && e.resource != resource) || (typ != "" && e.typ != typ) ||
			(actorID != "" && e.actor.id != actorID) ||
			(!from.IsZero() && e.created.Before(from)) || (!to.IsZero() && !e.created.Before(to)) {
			continue
		}
		items = append(items, s.renderEvent(e))
	}
	s.mu.RUnlock()
	if page, ok := pageOffset(c, items, max); ok {
		okList(c, page)
	}
}

// getEvent serves GET /events/{id}.
func (s *Server) getEvent(c *reqCtx) {
	s.mu.RLock()
	if !isComplianceOfficer(c.me) {
		s.mu.RUnlock()
		c.fail(http.StatusForbidden, "Only a compliance officer can read events.")
		return
	}
	var e *event
	if u, ok := decodeTyped(c.params[0], typeEvent); ok {
		e = s.eventByID[u]
	}
	if e == nil || e.orgID != c.me.org.id {
		s.mu.RUnlock()
		c.failErr(errNotFound())
		return
	}
	v := s.renderEvent(e)
	s.mu.RUnlock()
	c.ok(v)
}
