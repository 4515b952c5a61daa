package webextest

import (
	"encoding/json"
	"strconv"
	"sync"
	"time"
)

// maxPending bounds the frames a device keeps for a client that is away;
// the oldest go first.
const maxPending = 20_000

// hub is the bus subscriber that turns changes into activities on the
// websockets of the devices whose owners may see them, the way
// delivery.go queues webhooks: an ordered queue per device, here kept
// until the client acknowledges each frame, so that a client that drops
// and comes back gets what it had not acknowledged.
type hub struct {
	s  *Server
	mu sync.Mutex

	devices    map[string]*device // by uuid
	registered int                // devices ever registered
	connects   int                // websockets ever authenticated
	acks       int                // frames ever acknowledged
	faults     RealtimeFaults
	closed     bool
}

// outbox is a device's queue; guarded by hub.mu. An acknowledged frame is
// marked and leaves the queue once every frame before it has gone too, so
// that an ack costs O(1) however long the queue is.
type outbox struct {
	seq     int64
	pending []*frame          // oldest first; acknowledged ones wait for those before them
	byID    map[string]*frame // unacknowledged frames by envelope id (and duplicate id)
	sent    int               // how many of pending the current connection has sent
	conn    *wsConn           // the live connection, if any
}

// frame is one envelope on a device's websocket.
type frame struct {
	id    string // envelope id; acks name it
	dupID string // the id of its duplicate, when RealtimeFaults.Duplicate sent one
	raw   []byte // the envelope, or the whole frame for a raw frame
	bare  bool   // a raw frame: sent once, never acknowledged
	acked bool   // acknowledged (or, for a raw frame, sent)
}

// newHub returns the hub of s.
func newHub(s *Server) *hub { return &hub{s: s, devices: map[string]*device{}} }

// activity is a conversation activity as the websocket carries it.
type activity struct {
	ID        string         `json:"id"`
	ObjectTyp string         `json:"objectType"`
	Verb      string         `json:"verb"`
	Actor     activityPerson `json:"actor"`
	Object    map[string]any `json:"object"`
	Target    activityTarget `json:"target"`
	Published string         `json:"published"`
}

// activityPerson is an activity's actor.
type activityPerson struct {
	ID           string `json:"id"`
	ObjectType   string `json:"objectType"`
	EmailAddress string `json:"emailAddress"`
	DisplayName  string `json:"displayName"`
}

// activityTarget is the conversation an activity happened in.
type activityTarget struct {
	ID         string `json:"id"`
	ObjectType string `json:"objectType"`
	URL        string `json:"url"`
}

// envelope is one frame of the websocket.
type envelope struct {
	ID             string       `json:"id"`
	Data           envelopeData `json:"data"`
	Timestamp      int64        `json:"timestamp"`
	TrackingID     string       `json:"trackingId"`
	SequenceNumber int64        `json:"sequenceNumber"`
	AlertType      string       `json:"alertType"`
	FilterMessage  bool         `json:"filterMessage"`
	Headers        struct{}     `json:"headers"`
}

// envelopeData is an envelope's data.
type envelopeData struct {
	EventType string    `json:"eventType"`
	Activity  *activity `json:"activity"`
}

// planned is one activity to push, before it is addressed to a device.
type planned struct {
	verb     string
	id       string // activity id
	object   map[string]any
	room     *room
	visible  func(*person) bool
	actor    *person
	occurred time.Time
}

// publish is the bus subscriber. Callers hold Server.mu for writing.
func (h *hub) publish(c change) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed || len(h.devices) == 0 {
		return
	}
	now := h.s.now()
	var acts []planned
	switch o := c.obj.(type) {
	case *message:
		if o == nil {
			return
		}
		m := o
		visible := func(p *person) bool {
			return m.room.canAccess(p) && !(p.isBot() && m.room.typ == "group" && m.author != p && !m.mentions(p.id))
		}
		switch c.event {
		case "created":
			if len(m.files) == 0 {
				acts = append(acts, planned{verb: "post", id: m.uuid, object: map[string]any{"objectType": "comment", "id": m.uuid}})
				break
			}
			acts = append(acts,
				planned{verb: "share", id: m.uuid, object: map[string]any{"objectType": "content", "id": m.uuid}},
				planned{verb: "update", id: newUUID(), object: map[string]any{"objectType": "content", "id": m.uuid,
					"files": map[string]any{"items": scannedFiles(len(m.files))}}})
		case "deleted":
			acts = append(acts, planned{verb: "delete", id: newUUID(), object: map[string]any{"objectType": "activity", "id": m.uuid}})
		default:
			return
		}
		for i := range acts {
			acts[i].room, acts[i].visible = m.room, visible
		}
	case *membership:
		if o == nil || (c.event != "created" && c.event != "deleted") {
			return
		}
		verb := "add"
		if c.event == "deleted" {
			verb = "leave"
		}
		r, member := o.room, o.person
		acts = append(acts, planned{verb: verb, id: newUUID(), room: r,
			object:  map[string]any{"objectType": "person", "id": member.uuid, "emailAddress": member.email, "displayName": member.displayName},
			visible: func(p *person) bool { return p == member || r.canAccess(p) }})
	case *room:
		if o == nil || (c.event != "created" && c.event != "updated") {
			return
		}
		verb := "create"
		if c.event == "updated" {
			verb = "update"
		}
		acts = append(acts, planned{verb: verb, id: newUUID(), room: o,
			object: map[string]any{"objectType": "conversation", "id": o.uuid, "displayName": o.title}, visible: o.canAccess})
	case *attachmentAction:
		if o == nil {
			return
		}
		author, act := o.msg.author, o.actor
		acts = append(acts, planned{verb: "cardAction", id: o.uuid, room: o.msg.room,
			object:  map[string]any{"objectType": "submit", "id": o.uuid, "parent": map[string]any{"id": o.msg.uuid}},
			visible: func(p *person) bool { return p == author || p == act }})
	default:
		return
	}
	for _, d := range h.devices {
		for _, a := range acts {
			if a.visible(d.owner) {
				a.actor, a.occurred = c.actor, now
				h.enqueueLocked(d, a)
			}
		}
	}
}

// scannedFiles is the files part of a scanned content update.
func scannedFiles(n int) []map[string]any {
	out := make([]map[string]any, n)
	for i := range out {
		out[i] = map[string]any{"malwareQuarantineState": "safe"}
	}
	return out
}

// enqueueLocked addresses a to d and queues it; callers hold h.mu.
func (h *hub) enqueueLocked(d *device, a planned) {
	d.out.seq++
	env := envelope{ID: newUUID(), Timestamp: a.occurred.UnixMilli(), TrackingID: newTrackingID(),
		SequenceNumber: d.out.seq, AlertType: "none",
		Data: envelopeData{EventType: "conversation.activity", Activity: &activity{
			ID: a.id, ObjectTyp: "activity", Verb: a.verb,
			Actor:  activityPerson{ID: a.actor.uuid, ObjectType: "person", EmailAddress: a.actor.email, DisplayName: a.actor.displayName},
			Object: a.object,
			Target: activityTarget{ID: a.room.uuid, ObjectType: "conversation",
				URL: d.base + "/conversation/api/v1/conversations/" + a.room.uuid},
			Published: formatTime(a.occurred),
		}}}
	raw, err := json.Marshal(env)
	if err != nil {
		return
	}
	h.pushLocked(d, &frame{id: env.ID, raw: raw})
}

// pushLocked appends f to d's queue and wakes its connection.
func (h *hub) pushLocked(d *device, f *frame) {
	if d.out.byID == nil {
		d.out.byID = map[string]*frame{}
	}
	if len(d.out.pending) >= maxPending {
		h.doneLocked(d, d.out.pending[0])
		d.out.pending[0].acked = true
		h.trimLocked(d)
	}
	d.out.pending = append(d.out.pending, f)
	if !f.bare {
		d.out.byID[f.id] = f
	}
	if d.out.conn != nil {
		d.out.conn.wake()
	}
}

// doneLocked forgets f's ids.
func (h *hub) doneLocked(d *device, f *frame) {
	delete(d.out.byID, f.id)
	if f.dupID != "" {
		delete(d.out.byID, f.dupID)
	}
}

// trimLocked drops the acknowledged frames at the front of d's queue.
func (h *hub) trimLocked(d *device) {
	for len(d.out.pending) > 0 && d.out.pending[0].acked {
		d.out.pending[0] = nil
		d.out.pending = d.out.pending[1:]
		if d.out.sent > 0 {
			d.out.sent--
		}
	}
}

// ack marks the frame named id acknowledged.
func (h *hub) ack(d *device, id string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	f := d.out.byID[id]
	if f == nil || f.acked {
		return
	}
	f.acked = true
	h.doneLocked(d, f)
	h.acks++
	h.trimLocked(d)
}

// remove deletes d and closes its websocket.
func (h *hub) remove(d *device) {
	h.mu.Lock()
	delete(h.devices, d.uuid)
	c := d.out.conn
	d.out.conn = nil
	h.mu.Unlock()
	if c != nil {
		c.kill()
	}
}

// connsLocked returns the devices' open websockets; h.mu is held.
func (h *hub) connsLocked() []*wsConn {
	var conns []*wsConn
	for _, d := range h.devices {
		if d.out.conn != nil {
			conns = append(conns, d.out.conn)
		}
	}
	return conns
}

// close closes every websocket and stops queueing.
func (h *hub) close() {
	h.mu.Lock()
	h.closed = true
	conns := h.connsLocked()
	h.mu.Unlock()
	for _, c := range conns {
		c.kill()
	}
}

// RealtimeFaults are faults of the realtime websocket, set with
// SetRealtimeFaults.
type RealtimeFaults struct {
	// Silent makes the server a silent peer: connections stay open but it
	// sends nothing and answers no ping, so clients must detect the dead
	// connection themselves.
	Silent bool
	// Duplicate sends every activity twice, in two envelopes with
	// different ids, as Webex sometimes does.
	Duplicate bool
}

// SetRealtimeFaults replaces the realtime faults in force.
func (s *Server) SetRealtimeFaults(f RealtimeFaults) {
	h := s.hub
	h.mu.Lock()
	h.faults = f
	conns := h.connsLocked()
	h.mu.Unlock()
	for _, c := range conns {
		c.wake()
	}
}

// DropRealtime closes every realtime websocket abruptly, without a close
// frame, as a network failure would. Unacknowledged frames stay queued
// for the next connection of each device.
func (s *Server) DropRealtime() {
	h := s.hub
	h.mu.Lock()
	conns := h.connsLocked()
	h.mu.Unlock()
	for _, c := range conns {
		c.kill()
	}
}

// PushRealtimeFrame queues raw as one websocket frame for every device of
// p, exactly as given (malformed frames included); it is sent once and
// never waits for an acknowledgement.
func (s *Server) PushRealtimeFrame(p *Person, raw []byte) {
	s.mu.RLock()
	pp := s.people[p.uuid]
	s.mu.RUnlock()
	h := s.hub
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, d := range h.devices {
		if d.owner == pp {
			h.pushLocked(d, &frame{id: "raw-" + strconv.Itoa(len(d.out.pending)), raw: raw, bare: true})
		}
	}
}

// RealtimeStats counts what the realtime side has done.
type RealtimeStats struct {
	Registered int // devices ever registered
	Devices    int // devices registered now
	Connects   int // websockets ever authenticated
	Connected  int // websockets authenticated now
	Acks       int // frames acknowledged
	Pending    int // frames queued and not acknowledged, over all devices
}

// RealtimeStats reports the realtime counters.
func (s *Server) RealtimeStats() RealtimeStats {
	h := s.hub
	h.mu.Lock()
	defer h.mu.Unlock()
	st := RealtimeStats{Registered: h.registered, Devices: len(h.devices), Connects: h.connects, Acks: h.acks}
	for _, d := range h.devices {
		if d.out.conn != nil {
			st.Connected++
		}
		for _, f := range d.out.pending {
			if !f.bare && !f.acked {
				st.Pending++
			}
		}
	}
	return st
}
