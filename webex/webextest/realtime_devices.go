package webextest

import (
	"net/http"
	"sort"
	"time"
)

// The realtime side of the emulator, as Webex's own clients see it (not
// part of the REST reference): a catalog naming the device and
// conversation services, device registration, a websocket per device
// (realtime_ws.go) and the lookups that turn an activity's uuids into REST
// ids. Paths:
//
//	GET    /u2c/api/v1/catalog                     the service catalog
//	GET    /wdm/api/v1/devices                     the caller's devices
//	POST   /wdm/api/v1/devices                     register a device
//	GET    /wdm/api/v1/devices/{id}                one device
//	DELETE /wdm/api/v1/devices/{id}                remove a device
//	GET    /mercury/devices/{id}/events            the device's websocket
//	GET    /conversation/api/v1/messages/{uuid}    REST id of a message
//	GET    /conversation/api/v1/attachment/actions/{uuid}
//	GET    /conversation/api/v1/rooms/{uuid}       REST id of a space
//	GET    /conversation/api/v1/people/{uuid}      REST id of a person

// device is a registered realtime device; guarded by hub.mu.
type device struct {
	uuid     string
	owner    *person
	name     string
	typ      string
	model    string
	created  time.Time
	base     string // scheme://host the device was registered through
	wsScheme string // ws or wss
	out      outbox
}

// wdmDeviceJSON is the device service's representation of a device.
type wdmDeviceJSON struct {
	URL            string `json:"url"`
	WebSocketURL   string `json:"webSocketUrl"`
	Name           string `json:"name"`
	DeviceName     string `json:"deviceName"`
	DeviceType     string `json:"deviceType"`
	Model          string `json:"model,omitempty"`
	LocalizedModel string `json:"localizedModel,omitempty"`
	CreationTime   string `json:"creationTime"`
}

// render builds d's JSON; callers hold hub.mu.
func (d *device) render() wdmDeviceJSON {
	host := d.base[len("http"):]
	if d.wsScheme == "wss" {
		host = d.base[len("https"):]
	}
	return wdmDeviceJSON{URL: d.base + "/wdm/api/v1/devices/" + d.uuid,
		WebSocketURL: d.wsScheme + host + "/mercury/devices/" + d.uuid + "/events",
		Name:         d.name, DeviceName: d.name, DeviceType: d.typ, Model: d.model, LocalizedModel: d.model,
		CreationTime: formatTime(d.created)}
}

// origin returns scheme://host of the request being served.
func (c *reqCtx) origin() (base, wsScheme string) {
	if c.r.TLS != nil {
		return "https://" + c.r.Host, "wss"
	}
	return "http://" + c.r.Host, "ws"
}

// addRealtimeRoutes declares the catalog, device and lookup routes and
// the websocket.
func (s *Server) addRealtimeRoutes() {
	s.handle("GET /u2c/api/v1/catalog", s.getCatalog)
	s.handle("GET /wdm/api/v1/devices", s.listDevices)
	s.handle("POST /wdm/api/v1/devices", s.registerDevice)
	s.handle("GET /wdm/api/v1/devices/{id}", s.getDevice)
	s.handle("DELETE /wdm/api/v1/devices/{id}", s.deleteDevice)
	s.handle("GET /mercury/devices/{id}/events", s.serveWebsocket, authNone())
	s.handle("GET /conversation/api/v1/messages/{id}", s.lookupMessage)
	s.handle("GET /conversation/api/v1/attachment/actions/{id}", s.lookupAction)
	s.handle("GET /conversation/api/v1/rooms/{id}", s.lookupRoom)
	s.handle("GET /conversation/api/v1/people/{id}", s.lookupPerson)
}

// getCatalog serves the catalog: the device and conversation services on
// the host the request came to.
func (s *Server) getCatalog(c *reqCtx) {
	base, _ := c.origin()
	c.ok(map[string]any{"serviceLinks": map[string]string{
		"wdm":          base + "/wdm/api/v1",
		"conversation": base + "/conversation/api/v1",
	}})
}

// listDevices serves GET /wdm/api/v1/devices: the caller's devices.
func (s *Server) listDevices(c *reqCtx) {
	h := s.hub
	h.mu.Lock()
	var ds []*device
	for _, d := range h.devices {
		if d.owner == c.me {
			ds = append(ds, d)
		}
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i].created.Before(ds[j].created) })
	out := make([]wdmDeviceJSON, 0, len(ds))
	for _, d := range ds {
		out = append(out, d.render())
	}
	h.mu.Unlock()
	c.ok(map[string]any{"devices": out})
}

// deviceInput is the body of POST /wdm/api/v1/devices.
type deviceInput struct {
	Name       string `json:"name"`
	DeviceName string `json:"deviceName"`
	DeviceType string `json:"deviceType"`
	Model      string `json:"model"`
}

// registerDevice serves POST /wdm/api/v1/devices.
func (s *Server) registerDevice(c *reqCtx) {
	var in deviceInput
	if !c.decode(&in) {
		return
	}
	if in.Name == "" {
		in.Name = in.DeviceName
	}
	if in.DeviceType == "" {
		c.fail(http.StatusBadRequest, "deviceType is required.")
		return
	}
	base, ws := c.origin()
	d := &device{uuid: newUUID(), owner: c.me, name: in.Name, typ: in.DeviceType, model: in.Model,
		created: s.now(), base: base, wsScheme: ws}
	h := s.hub
	h.mu.Lock()
	h.devices[d.uuid] = d
	h.registered++
	v := d.render()
	h.mu.Unlock()
	c.ok(v)
}

// deviceOf returns the caller's device named by the route, or nil after
// answering 404.
func (s *Server) deviceOf(c *reqCtx) *device {
	h := s.hub
	h.mu.Lock()
	d := h.devices[c.params[0]]
	h.mu.Unlock()
	if d == nil || d.owner != c.me {
		c.failErr(errNotFound())
		return nil
	}
	return d
}

// getDevice serves GET /wdm/api/v1/devices/{id}.
func (s *Server) getDevice(c *reqCtx) {
	if d := s.deviceOf(c); d != nil {
		s.hub.mu.Lock()
		v := d.render()
		s.hub.mu.Unlock()
		c.ok(v)
	}
}

// deleteDevice serves DELETE /wdm/api/v1/devices/{id}: the device goes
// and its websocket is closed.
func (s *Server) deleteDevice(c *reqCtx) {
	if d := s.deviceOf(c); d != nil {
		s.hub.remove(d)
		c.noContent()
	}
}

// Devices reports the names of p's registered realtime devices, oldest
// first.
func (s *Server) Devices(p *Person) []string {
	s.mu.RLock()
	pp := s.people[p.uuid]
	s.mu.RUnlock()
	h := s.hub
	h.mu.Lock()
	defer h.mu.Unlock()
	var ds []*device
	for _, d := range h.devices {
		if d.owner == pp {
			ds = append(ds, d)
		}
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i].created.Before(ds[j].created) })
	names := make([]string, 0, len(ds))
	for _, d := range ds {
		names = append(names, d.name)
	}
	return names
}

// lookupJSON is the answer of an id lookup.
type lookupJSON struct {
	ID string `json:"id"`
}

// lookupMessage serves the REST id of a message the caller may see
// (deleted ones included: a deletion names the message).
func (s *Server) lookupMessage(c *reqCtx) {
	s.mu.RLock()
	m := s.messages[c.params[0]]
	ok := m != nil && m.room.canAccess(c.me) && !(c.me.isBot() && m.room.typ == "group" && m.author != c.me && !m.mentions(c.me.id))
	s.mu.RUnlock()
	if !ok {
		c.failErr(errNotFound())
		return
	}
	c.ok(lookupJSON{ID: m.id})
}

// lookupAction serves the REST id of an attachment action.
func (s *Server) lookupAction(c *reqCtx) {
	s.mu.RLock()
	a := s.actions[c.params[0]]
	ok := a != nil && (a.actor == c.me || a.msg.author == c.me)
	s.mu.RUnlock()
	if !ok {
		c.failErr(errNotFound())
		return
	}
	c.ok(lookupJSON{ID: a.id})
}

// lookupRoom serves the REST id of a space the caller can see.
func (s *Server) lookupRoom(c *reqCtx) {
	s.mu.RLock()
	r := s.rooms[c.params[0]]
	ok := r != nil && r.canAccess(c.me)
	s.mu.RUnlock()
	if !ok {
		c.failErr(errNotFound())
		return
	}
	c.ok(lookupJSON{ID: r.id})
}

// lookupPerson serves the REST id of a person.
func (s *Server) lookupPerson(c *reqCtx) {
	s.mu.RLock()
	p := s.people[c.params[0]]
	s.mu.RUnlock()
	if p == nil {
		c.failErr(errNotFound())
		return
	}
	c.ok(lookupJSON{ID: p.id})
}
