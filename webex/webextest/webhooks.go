package webextest

import (
	"encoding/json"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
)

// webhook is a registered webhook.
type webhook struct {
	uuid, id  string
	name      string
	targetURL string
	resource  string
	event     string
	filter    string
	filters   [][2]string
	secret    string
	status    string
	ownedBy   string
	owner     *person
	created   time.Time
	seq       uint64
	failures  int
	q         hookQueue
}

// webhookJSON is the Webex webhook representation.
type webhookJSON struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	TargetURL string `json:"targetUrl"`
	Resource  string `json:"resource"`
	Event     string `json:"event"`
	Filter    string `json:"filter,omitempty"`
	Secret    string `json:"secret,omitempty"`
	Status    string `json:"status"`
	Created   string `json:"created"`
	OrgID     string `json:"orgId"`
	CreatedBy string `json:"createdBy"`
	AppID     string `json:"appId"`
	OwnedBy   string `json:"ownedBy"`
}

// renderWebhook builds the JSON view of w; callers hold mu.
func (s *Server) renderWebhook(w *webhook) webhookJSON {
	return webhookJSON{ID: w.id, Name: w.name, TargetURL: w.targetURL, Resource: w.resource,
		Event: w.event, Filter: w.filter, Secret: w.secret, Status: w.status,
		Created: formatTime(w.created), OrgID: w.owner.org.id, CreatedBy: w.owner.id,
		AppID: s.appID, OwnedBy: w.ownedBy}
}

// hookEnvelope is the body POSTed to a webhook's target URL.
type hookEnvelope struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	TargetURL string `json:"targetUrl"`
	Resource  string `json:"resource"`
	Event     string `json:"event"`
	Filter    string `json:"filter,omitempty"`
	OrgID     string `json:"orgId"`
	CreatedBy string `json:"createdBy"`
	AppID     string `json:"appId"`
	OwnedBy   string `json:"ownedBy"`
	Status    string `json:"status"`
	Created   string `json:"created"`
	ActorID   string `json:"actorId"`
	Data      any    `json:"data"`
}

// Webhook resources and events the emulator accepts.
var (
	hookResources = map[string]string{
		"messages": scopeMessagesRead, "memberships": scopeMembershipsRead, "rooms": scopeRoomsRead,
		"attachmentActions": scopeMessagesRead, "meetings": scopeMtgRead, "recordings": scopeMtgRecRead,
		"meetingParticipants": scopeMtgPartRead, "meetingTranscripts": scopeMtgTransRead, "all": "",
	}
	hookEvents = map[string]bool{"created": true, "updated": true, "deleted": true, "started": true,
		"ended": true, "joined": true, "left": true, "migrated": true, "all": true}
)

// parseFilter splits "k=v&k2=v2".
func parseFilter(f string) ([][2]string, bool) {
	if f == "" {
		return nil, true
	}
	var out [][2]string
	for _, part := range strings.Split(f, "&") {
		k, v, ok := strings.Cut(part, "=")
		if !ok || k == "" || v == "" {
			return nil, false
		}
		if uv, err := url.QueryUnescape(v); err == nil {
			v = uv
		}
		out = append(out, [2]string{k, v})
	}
	return out, true
}

// matches reports whether w wants an event.
func (w *webhook) matches(resource, typ string, attrs map[string][]string) bool {
	if w.status != "active" || (w.resource != "all" && w.resource != resource) || (w.event != "all" && w.event != typ) {
		return false
	}
	for _, f := range w.filters {
		want := f[1]
		if want == "me" && (f[0] == "personId" || f[0] == "mentionedPeople") {
			want = w.owner.id
		}
		hit := false
		for _, have := range attrs[f[0]] {
			if have == want || (f[0] == "personEmail" && strings.EqualFold(have, want)) {
				hit = true
				break
			}
		}
		if !hit {
			return false
		}
	}
	return true
}

// deliverHooks is the bus subscriber that queues webhook deliveries for a
// change, with the payload and filter attributes of its resource. Callers
// hold mu for writing.
func (s *Server) deliverHooks(c change) {
	if len(s.webhooks) == 0 {
		return
	}
	var data any
	var attrs map[string][]string
	var visible func(*person) bool
	switch o := c.obj.(type) {
	case *message:
		if o == nil {
			return
		}
		data = o.hookData()
		attrs = map[string][]string{
			"roomId": {o.room.id}, "roomType": {o.room.typ}, "personId": {o.author.id},
			"personEmail": {o.author.email}, "mentionedPeople": o.mentionedPeople,
			"hasFiles": {strconv.FormatBool(len(o.files) > 0)},
		}
		if o.parent != nil {
			attrs["parentId"] = []string{o.parent.id}
		}
		visible = o.visibleTo
	case *membership:
		if o == nil {
			return
		}
		data = o.render()
		attrs = map[string][]string{
			"roomId": {o.room.id}, "personId": {o.person.id}, "personEmail": {o.person.email},
			"isModerator": {strconv.FormatBool(o.isModerator)}, "roomType": {o.room.typ},
		}
		r, member := o.room, o.person
		visible = func(p *person) bool { return p == member || r.canAccess(p) }
	case *room:
		if o == nil {
			return
		}
		data = o.render(c.actor)
		attrs = map[string][]string{"id": {o.id}, "roomId": {o.id}, "type": {o.typ}, "isLocked": {strconv.FormatBool(o.isLocked)}}
		if o.team != nil {
			attrs["teamId"] = []string{o.team.id}
		}
		visible = o.canAccess
	case *attachmentAction:
		if o == nil {
			return
		}
		data = o.render()
		attrs = map[string][]string{"messageId": {o.msg.id}, "roomId": {o.roomID}, "personId": {o.actor.id}}
		author, act := o.msg.author, o.actor
		visible = func(p *person) bool { return p == author || p == act }
	case *notice:
		data, attrs, visible = o.hookData, o.attrs, o.visible
	}
	if visible == nil {
		return
	}
	s.dispatchLocked(c.resource, c.event, c.actor, data, attrs, visible)
}

// dispatchLocked queues deliveries of an event to every matching webhook
// whose owner may see the resource. Callers hold mu for writing.
func (s *Server) dispatchLocked(resource, typ string, actor *person, data any, attrs map[string][]string, visible func(*person) bool) {
	if len(s.webhooks) == 0 {
		return
	}
	hooks := make([]*webhook, 0, len(s.webhooks))
	for _, w := range s.webhooks {
		hooks = append(hooks, w)
	}
	sort.Slice(hooks, func(i, j int) bool { return hooks[i].seq < hooks[j].seq })
	for _, w := range hooks {
		if !w.matches(resource, typ, attrs) {
			continue
		}
		if w.ownedBy == "org" {
			if actor.org != w.owner.org {
				continue
			}
		} else if !visible(w.owner) {
			continue
		}
		body, err := json.Marshal(hookEnvelope{
			ID: w.id, Name: w.name, TargetURL: w.targetURL, Resource: resource, Event: typ,
			Filter: w.filter, OrgID: w.owner.org.id, CreatedBy: w.owner.id, AppID: s.appID,
			OwnedBy: w.ownedBy, Status: w.status, Created: formatTime(w.created),
			ActorID: actor.id, Data: data,
		})
		if err != nil {
			continue
		}
		s.hooks.enqueue(w, delivery{url: w.targetURL, secret: w.secret, body: body})
	}
}

// webhookByID resolves a webhook owned by the caller; callers hold mu.
func (s *Server) webhookByID(c *reqCtx, id string) *webhook {
	u, ok := decodeTyped(id, typeWebhook)
	if !ok {
		return nil
	}
	w := s.webhooks[u]
	if w == nil || w.owner != c.me {
		return nil
	}
	return w
}

// listWebhooks serves GET /webhooks.
func (s *Server) listWebhooks(c *reqCtx) {
	max, ok := c.parseMax(100, 1000, false)
	if !ok {
		return
	}
	ownedBy := c.query("ownedBy")
	s.mu.RLock()
	var ws []*webhook
	for _, w := range s.webhooks {
		if w.owner == c.me && (ownedBy == "" || w.ownedBy == ownedBy) {
			ws = append(ws, w)
		}
	}
	sort.Slice(ws, func(i, j int) bool { return ws[i].seq < ws[j].seq })
	items := make([]webhookJSON, 0, len(ws))
	for _, w := range ws {
		items = append(items, s.renderWebhook(w))
	}
	s.mu.RUnlock()
	if page, ok := pageOffset(c, items, max); ok {
		okList(c, page)
	}
}

// webhookInput is the body of POST/PUT /webhooks.
type webhookInput struct {
	Name      string `json:"name"`
	TargetURL string `json:"targetUrl"`
	Resource  string `json:"resource"`
	Event     string `json:"event"`
	Filter    string `json:"filter"`
	Secret    string `json:"secret"`
	OwnedBy   string `json:"ownedBy"`
	Status    string `json:"status"`
}

// validTarget reports whether u is an absolute http(s) URL.
func validTarget(u string) bool {
	p, err := url.Parse(u)
	return err == nil && (p.Scheme == "http" || p.Scheme == "https") && p.Host != ""
}

// createWebhook serves POST /webhooks.
func (s *Server) createWebhook(c *reqCtx) {
	var in webhookInput
	if !c.decode(&in) {
		return
	}
	switch {
	case strings.TrimSpace(in.Name) == "":
		c.fail(http.StatusBadRequest, "name is required.")
		return
	case !validTarget(in.TargetURL):
		c.fail(http.StatusBadRequest, "targetUrl must be an absolute http or https URL.")
		return
	case in.Resource == "":
		c.fail(http.StatusBadRequest, "resource is required.")
		return
	case in.Event == "":
		c.fail(http.StatusBadRequest, "event is required.")
		return
	}
	scope, known := hookResources[in.Resource]
	if !known {
		c.fail(http.StatusBadRequest, "Unsupported resource %q.", in.Resource)
		return
	}
	if !hookEvents[in.Event] {
		c.fail(http.StatusBadRequest, "Unsupported event %q.", in.Event)
		return
	}
	filters, ok := parseFilter(in.Filter)
	if !ok {
		c.fail(http.StatusBadRequest, "Malformed filter %q.", in.Filter)
		return
	}
	if scope != "" && !c.tok.hasScope(scope) {
		c.fail(http.StatusForbidden, "The access token does not have the required scope: %s", scope)
		return
	}
	ownedBy := "creator"
	if in.OwnedBy == "org" {
		ownedBy = "org"
	} else if in.OwnedBy != "" && in.OwnedBy != "creator" {
		c.fail(http.StatusBadRequest, "ownedBy must be org or creator.")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if ownedBy == "org" && !isAdmin(c.me, c.me.org) {
		c.fail(http.StatusForbidden, "Only an administrator can create organization-wide webhooks.")
		return
	}
	u := newUUID()
	w := &webhook{uuid: u, id: encodeID(typeWebhook, u), name: in.Name, targetURL: in.TargetURL,
		resource: in.Resource, event: in.Event, filter: in.Filter, filters: filters,
		secret: in.Secret, status: "active", ownedBy: ownedBy, owner: c.me,
		created: s.now(), seq: s.nextSeq()}
	s.webhooks[u] = w
	c.ok(s.renderWebhook(w))
}

// getWebhook serves GET /webhooks/{id}.
func (s *Server) getWebhook(c *reqCtx) {
	s.mu.RLock()
	w := s.webhookByID(c, c.params[0])
	var v webhookJSON
	if w != nil {
		v = s.renderWebhook(w)
	}
	s.mu.RUnlock()
	if w == nil {
		c.failErr(errNotFound())
		return
	}
	c.ok(v)
}

// updateWebhook serves PUT /webhooks/{id}: name, targetUrl, secret and
// reactivation via status "active".
func (s *Server) updateWebhook(c *reqCtx) {
	var in webhookInput
	if !c.decode(&in) {
		return
	}
	if strings.TrimSpace(in.Name) == "" {
		c.fail(http.StatusBadRequest, "name is required.")
		return
	}
	if !validTarget(in.TargetURL) {
		c.fail(http.StatusBadRequest, "targetUrl must be an absolute http or https URL.")
		return
	}
	if in.Status != "" && in.Status != "active" && in.Status != "inactive" {
		c.fail(http.StatusBadRequest, "Invalid status %q.", in.Status)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	w := s.webhookByID(c, c.params[0])
	if w == nil {
		c.failErr(errNotFound())
		return
	}
	w.name, w.targetURL = in.Name, in.TargetURL
	if in.Secret != "" {
		w.secret = in.Secret
	}
	if in.Status == "active" && w.status != "active" {
		w.status, w.failures = "active", 0
	}
	c.ok(s.renderWebhook(w))
}

// deleteWebhook serves DELETE /webhooks/{id}.
func (s *Server) deleteWebhook(c *reqCtx) {
	s.mu.Lock()
	defer s.mu.Unlock()
	w := s.webhookByID(c, c.params[0])
	if w == nil {
		c.failErr(errNotFound())
		return
	}
	delete(s.webhooks, w.uuid)
	c.noContent()
}
