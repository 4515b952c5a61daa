package webextest

import (
	"encoding/json"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"
)

// maxTextBytes is Webex's message length limit.
const maxTextBytes = 7439

// maxEdits is how often a message may be edited.
const maxEdits = 10

// Message is a seeded message.
type Message struct {
	// ID is the Webex message id.
	ID string
	// RoomID is the id of the message's room.
	RoomID string
	// PersonID is the author's id.
	PersonID string
	// ParentID is the thread parent's id, if any.
	ParentID string
	// Text is the plain text.
	Text string
	// Files holds the message's file URLs.
	Files []string
}

// MessageSpec describes a message to seed with PostMessage.
type MessageSpec struct {
	// Text is the plain text.
	Text string
	// Markdown is the rich text; mentions (<@personId:ID|Name>,
	// <@personEmail:addr>, <@all>) populate mentionedPeople/Groups.
	Markdown string
	// ParentID makes the message a reply in a thread.
	ParentID string
	// Attachments is a JSON array of cards, stored verbatim.
	Attachments json.RawMessage
	// File, if set, is uploaded and served under /contents/{id}.
	File *File
}

// File is an uploaded file.
type File struct {
	// Name is the file name given in Content-Disposition.
	Name string
	// ContentType is the file's media type.
	ContentType string
	// Data is the file's content.
	Data []byte
}

// messageJSON is the Webex message representation.
type messageJSON struct {
	ID              string          `json:"id"`
	ParentID        string          `json:"parentId,omitempty"`
	RoomID          string          `json:"roomId"`
	RoomType        string          `json:"roomType"`
	ToPersonID      string          `json:"toPersonId,omitempty"`
	ToPersonEmail   string          `json:"toPersonEmail,omitempty"`
	Text            string          `json:"text,omitempty"`
	Markdown        string          `json:"markdown,omitempty"`
	HTML            string          `json:"html,omitempty"`
	Files           []string        `json:"files,omitempty"`
	PersonID        string          `json:"personId"`
	PersonEmail     string          `json:"personEmail"`
	MentionedPeople []string        `json:"mentionedPeople,omitempty"`
	MentionedGroups []string        `json:"mentionedGroups,omitempty"`
	Attachments     json.RawMessage `json:"attachments,omitempty"`
	Created         string          `json:"created"`
	Updated         string          `json:"updated,omitempty"`
	IsVoiceClip     bool            `json:"isVoiceClip"`
}

// render builds the JSON view of m; callers hold mu.
func (m *message) render() messageJSON {
	v := messageJSON{
		ID: m.id, RoomID: m.room.id, RoomType: m.room.typ,
		Text: m.text, Markdown: m.markdown, HTML: m.html, Files: m.files,
		PersonID: m.author.id, PersonEmail: m.author.email,
		MentionedPeople: m.mentionedPeople, MentionedGroups: m.mentionedGroups,
		Attachments: m.attachments, Created: formatTime(m.created),
	}
	if m.parent != nil {
		v.ParentID = m.parent.id
	}
	if !m.updated.IsZero() {
		v.Updated = formatTime(m.updated)
	}
	return v
}

// hookData is the webhook view of m: the message without its content.
func (m *message) hookData() messageJSON {
	v := m.render()
	v.Text, v.Markdown, v.HTML, v.Attachments, v.Updated = "", "", "", nil, ""
	return v
}

// handle returns the public view of m.
func (m *message) handle() *Message {
	h := &Message{ID: m.id, RoomID: m.room.id, PersonID: m.author.id, Text: m.text, Files: m.files}
	if m.parent != nil {
		h.ParentID = m.parent.id
	}
	return h
}

// visibleTo reports whether p may read m: p can access the room, and a bot
// in a group room only sees messages that mention it (or that it wrote).
func (m *message) visibleTo(p *person) bool {
	if m.deleted || !m.room.canAccess(p) {
		return false
	}
	if p.isBot() && m.room.typ == "group" && m.author != p && !m.mentions(p.id) {
		return false
	}
	return true
}

// messageByID resolves a live message id; callers hold mu.
func (s *Server) messageByID(id string) *message {
	u, ok := decodeTyped(id, typeMessage)
	if !ok {
		return nil
	}
	m := s.messages[u]
	if m == nil || m.deleted {
		return nil
	}
	return m
}

// msgInput is a message to create.
type msgInput struct {
	RoomID        string          `json:"roomId"`
	ToPersonID    string          `json:"toPersonId"`
	ToPersonEmail string          `json:"toPersonEmail"`
	ParentID      string          `json:"parentId"`
	Text          string          `json:"text"`
	Markdown      string          `json:"markdown"`
	Files         []string        `json:"files"`
	Attachments   json.RawMessage `json:"attachments"`
	upload        *File
}

// postMessageLocked validates in and appends a message to r.
func (s *Server) postMessageLocked(author *person, r *room, in msgInput, base string, emit bool) (*message, *apiError) {
	if in.Text == "" && in.Markdown == "" && len(in.Files) == 0 && in.upload == nil && len(in.Attachments) == 0 {
		return nil, errf(http.StatusBadRequest, "A message requires text, markdown, files or attachments.")
	}
	if len(in.Text) > maxTextBytes || len(in.Markdown) > maxTextBytes {
		return nil, errf(http.StatusBadRequest, "The message is longer than the maximum of %d bytes.", maxTextBytes)
	}
	if len(in.Files)+btoi(in.upload != nil) > 1 {
		return nil, errf(http.StatusBadRequest, "Only one file may be attached to a message.")
	}
	var parent *message
	if in.ParentID != "" {
		u, ok := decodeTyped(in.ParentID, typeMessage)
		if !ok {
			return nil, errf(http.StatusBadRequest, "Invalid parentId.")
		}
		parent = s.messages[u]
		if parent == nil || parent.deleted || parent.room != r {
			return nil, errf(http.StatusBadRequest, "The parent message was not found in this room.")
		}
		if parent.parent != nil {
			return nil, errf(http.StatusBadRequest, "Replies to a reply are not supported; use the thread's parent message.")
		}
	}
	now := s.now()
	u := newUUID()
	m := &message{
		uuid: u, id: encodeID(typeMessage, u), room: r, idx: len(r.msgs), parent: parent,
		author: author, text: in.Text, markdown: in.Markdown, attachments: in.Attachments,
		created: now,
	}
	if in.Markdown != "" {
		md := s.renderMarkdown(in.Markdown)
		m.html, m.mentionedPeople, m.mentionedGroups = md.html, md.mentionedPeople, md.mentionedGroups
		if m.text == "" {
			m.text = md.text
		}
	}
	m.files = append(m.files, in.Files...)
	if in.upload != nil {
		cu := newUUID()
		ct := &content{uuid: cu, id: encodeID(typeContent, cu), filename: in.upload.Name,
			contentType: in.upload.ContentType, data: in.upload.Data, msg: m}
		s.contents[cu] = ct
		m.files = append(m.files, base+"/contents/"+ct.id)
	}
	r.msgs = append(r.msgs, m)
	r.live++
	r.lastAct = now
	s.messages[u] = m
	s.record(emit, author, "messages", "created", m)
	return m, nil
}

// btoi converts a bool to 0 or 1.
func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// seedBase is the base URL for file links created by seeding.
func (s *Server) seedBase() string {
	if s.base != "" {
		return s.base
	}
	return "http://localhost/v1"
}

// NewMessage seeds a plain-text message by author in room.
func (s *Server) NewMessage(author *Person, room *Room, text string) *Message {
	return s.PostMessage(author, room, MessageSpec{Text: text})
}

// PostMessage seeds a message described by spec. The author need not be
// a member of the room. It panics on invalid input.
func (s *Server) PostMessage(author *Person, room *Room, spec MessageSpec) *Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	a := s.mustPerson(author)
	r := s.rooms[room.uuid]
	if r == nil {
		panic("webextest: unknown room " + room.ID)
	}
	m, err := s.postMessageLocked(a, r, msgInput{
		Text: spec.Text, Markdown: spec.Markdown, ParentID: spec.ParentID,
		Attachments: spec.Attachments, upload: spec.File,
	}, s.seedBase(), false)
	if err != nil {
		panic("webextest: PostMessage: " + err.msg)
	}
	return m.handle()
}

// createMessage serves POST /messages (JSON or multipart/form-data).
func (s *Server) createMessage(c *reqCtx) {
	var in msgInput
	if strings.HasPrefix(strings.ToLower(c.r.Header.Get("Content-Type")), "multipart/form-data") {
		if !c.parseMultipartMessage(&in) {
			return
		}
	} else if !c.decode(&in) {
		return
	}
	if in.Attachments != nil && (len(in.Attachments) == 0 || in.Attachments[0] != '[') {
		if string(in.Attachments) != "null" {
			c.fail(http.StatusBadRequest, "attachments must be an array.")
			return
		}
		in.Attachments = nil
	}
	if in.RoomID == "" && in.ToPersonID == "" && in.ToPersonEmail == "" {
		c.fail(http.StatusBadRequest, "One of roomId, toPersonId or toPersonEmail is required.")
		return
	}
	if in.Text == "" && in.Markdown == "" && len(in.Files) == 0 && in.upload == nil && len(in.Attachments) == 0 {
		c.fail(http.StatusBadRequest, "Either text, markdown or files is required.")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var r *room
	switch {
	case in.RoomID != "":
		if _, ok := decodeTyped(in.RoomID, typeRoom); !ok {
			c.fail(http.StatusBadRequest, "Invalid roomId.")
			return
		}
		r = s.roomByID(in.RoomID)
		if r == nil || !r.canAccess(c.me) {
			c.fail(http.StatusNotFound, "Could not find a room with the provided roomId.")
			return
		}
	default:
		var to *person
		if in.ToPersonID != "" {
			if _, ok := decodeTyped(in.ToPersonID, typePeople); !ok {
				c.fail(http.StatusBadRequest, "Invalid toPersonId.")
				return
			}
			to = s.personByID(in.ToPersonID)
		} else {
			to = s.byEmail[emailKey(in.ToPersonEmail)]
		}
		if to == nil {
			c.fail(http.StatusNotFound, "Could not find the person to send the message to.")
			return
		}
		if to == c.me {
			c.fail(http.StatusBadRequest, "Cannot send a direct message to yourself.")
			return
		}
		r = s.directRoomLocked(c.me, to, true)
	}
	m, err := s.postMessageLocked(c.me, r, in, c.base(), true)
	if err != nil {
		c.failErr(err)
		return
	}
	v := m.render()
	v.ToPersonID, v.ToPersonEmail = in.ToPersonID, in.ToPersonEmail
	c.ok(v)
}

// parseMultipartMessage reads a multipart/form-data message with an
// optional "files" part.
func (c *reqCtx) parseMultipartMessage(in *msgInput) bool {
	c.r.Body = http.MaxBytesReader(c.w, c.r.Body, 100<<20)
	if err := c.r.ParseMultipartForm(32 << 20); err != nil {
		c.fail(http.StatusBadRequest, "Malformed multipart body: %v", err)
		return false
	}
	f := c.r.MultipartForm
	get := func(k string) string {
		if v := f.Value[k]; len(v) > 0 {
			return v[0]
		}
		return ""
	}
	in.RoomID, in.ToPersonID, in.ToPersonEmail = get("roomId"), get("toPersonId"), get("toPersonEmail")
	in.Text, in.Markdown, in.ParentID = get("text"), get("markdown"), get("parentId")
	in.Files = append(in.Files, f.Value["files"]...)
	parts := f.File["files"]
	if len(parts) > 1 || (len(parts) == 1 && len(in.Files) > 0) {
		c.fail(http.StatusBadRequest, "Only one file may be attached to a message.")
		return false
	}
	if len(parts) == 1 {
		fh := parts[0]
		rd, err := fh.Open()
		if err != nil {
			c.fail(http.StatusBadRequest, "Unable to read the uploaded file.")
			return false
		}
		defer rd.Close()
		data := make([]byte, fh.Size)
		if _, err := readFull(rd, data); err != nil {
			c.fail(http.StatusBadRequest, "Unable to read the uploaded file.")
			return false
		}
		ct := fh.Header.Get("Content-Type")
		if ct == "" {
			ct = http.DetectContentType(data)
		}
		in.upload = &File{Name: fh.Filename, ContentType: ct, Data: data}
	}
	return true
}

// getMessage serves GET /messages/{id}.
func (s *Server) getMessage(c *reqCtx) {
	s.mu.RLock()
	m := s.messageByID(c.params[0])
	if m == nil || !m.visibleTo(c.me) {
		s.mu.RUnlock()
		c.failErr(errNotFound())
		return
	}
	v := m.render()
	s.mu.RUnlock()
	c.ok(v)
}

// editMessage serves PUT /messages/{id}.
func (s *Server) editMessage(c *reqCtx) {
	var in msgInput
	if !c.decode(&in) {
		return
	}
	if in.RoomID == "" {
		c.fail(http.StatusBadRequest, "roomId is required.")
		return
	}
	if in.Text == "" && in.Markdown == "" {
		c.fail(http.StatusBadRequest, "Either text or markdown is required.")
		return
	}
	if len(in.Text) > maxTextBytes || len(in.Markdown) > maxTextBytes {
		c.fail(http.StatusBadRequest, "The message is longer than the maximum of %d bytes.", maxTextBytes)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.messageByID(c.params[0])
	if m == nil || !m.visibleTo(c.me) {
		c.failErr(errNotFound())
		return
	}
	if in.RoomID != m.room.id {
		c.fail(http.StatusBadRequest, "roomId does not match the message's room.")
		return
	}
	if m.author != c.me {
		c.fail(http.StatusForbidden, "Only the author of a message can edit it.")
		return
	}
	if len(m.files) > 0 || len(m.attachments) > 0 {
		c.fail(http.StatusBadRequest, "Editing messages with files or attachments is not currently supported.")
		return
	}
	if m.edits >= maxEdits {
		c.fail(http.StatusBadRequest, "The edit limit of %d has been reached for this message.", maxEdits)
		return
	}
	m.text, m.markdown, m.html, m.mentionedPeople, m.mentionedGroups = in.Text, in.Markdown, "", nil, nil
	if in.Markdown != "" {
		md := s.renderMarkdown(in.Markdown)
		m.html, m.mentionedPeople, m.mentionedGroups = md.html, md.mentionedPeople, md.mentionedGroups
		if m.text == "" {
			m.text = md.text
		}
	}
	m.edits++
	m.updated = s.now()
	s.record(true, c.me, "messages", "updated", m)
	c.ok(m.render())
}

// deleteMessage serves DELETE /messages/{id}.
func (s *Server) deleteMessage(c *reqCtx) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.messageByID(c.params[0])
	if m == nil || !m.visibleTo(c.me) {
		c.failErr(errNotFound())
		return
	}
	if m.author != c.me && !m.room.isModerator(c.me) {
		c.fail(http.StatusForbidden, "Only the author or a moderator can delete a message.")
		return
	}
	s.record(true, c.me, "messages", "deleted", m)
	m.deleted = true
	m.room.live--
	c.noContent()
}

// msgFilter selects messages while paging a room.
type msgFilter struct {
	viewer    *person
	parent    string
	mentioned []string
}

// match reports whether m passes f.
func (f *msgFilter) match(m *message) bool {
	if !m.visibleTo(f.viewer) {
		return false
	}
	if f.parent != "" && (m.parent == nil || m.parent.id != f.parent) {
		return false
	}
	if len(f.mentioned) > 0 {
		hit := false
		for _, id := range f.mentioned {
			if m.mentions(id) {
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

// pageRoom lists up to max messages of r newest first, starting below
// index start, and reports whether more remain.
func pageRoom(r *room, start, max int, f *msgFilter) ([]messageJSON, *message, bool) {
	items := make([]messageJSON, 0, min(max, 64))
	var last *message
	i := start - 1
	for ; i >= 0 && len(items) < max; i-- {
		m := r.msgs[i]
		if f.match(m) {
			items = append(items, m.render())
			last = m
		}
	}
	for ; i >= 0; i-- {
		if f.match(r.msgs[i]) {
			return items, last, true
		}
	}
	return items, last, false
}

// listMessages serves GET /messages.
func (s *Server) listMessages(c *reqCtx) {
	q := c.r.URL.Query()
	roomID := q.Get("roomId")
	if roomID == "" {
		c.fail(http.StatusBadRequest, "roomId is required.")
		return
	}
	var mentioned []string
	for _, v := range q["mentionedPeople"] {
		for _, id := range strings.Split(v, ",") {
			if id = strings.TrimSpace(id); id != "" {
				mentioned = append(mentioned, id)
			}
		}
	}
	limit := 1000
	if len(mentioned) > 0 {
		limit = 100
	}
	max, ok := c.parseMax(50, limit, len(mentioned) > 0)
	if !ok {
		return
	}
	var before time.Time
	if b := q.Get("before"); b != "" {
		t, ok := parseTime(b)
		if !ok {
			c.fail(http.StatusBadRequest, "Invalid before timestamp %q.", b)
			return
		}
		before = t
	}
	for i, id := range mentioned {
		if id == "me" {
			mentioned[i] = c.me.id
		} else if _, ok := decodeTyped(id, typePeople); !ok {
			c.fail(http.StatusBadRequest, "Invalid mentionedPeople value %q.", id)
			return
		}
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	r := s.roomByID(roomID)
	if r == nil || !r.canAccess(c.me) {
		c.failErr(errNotFound())
		return
	}
	start := len(r.msgs)
	if bm := q.Get("beforeMessage"); bm != "" {
		u, ok := decodeTyped(bm, typeMessage)
		if !ok {
			c.fail(http.StatusBadRequest, "Invalid beforeMessage.")
			return
		}
		m := s.messages[u]
		if m == nil || m.room != r {
			c.fail(http.StatusBadRequest, "beforeMessage was not found in this room.")
			return
		}
		start = m.idx
	}
	if !before.IsZero() {
		cut := sort.Search(len(r.msgs), func(i int) bool { return !r.msgs[i].created.Before(before) })
		start = min(start, cut)
	}
	f := &msgFilter{viewer: c.me, parent: q.Get("parentId"), mentioned: mentioned}
	items, last, more := pageRoom(r, start, max, f)
	if more {
		// Webex's next link drops mentionedPeople; emulate that quirk.
		c.nextLink(map[string]string{"beforeMessage": last.id, "mentionedPeople": "", "before": "", "max": strconv.Itoa(max)})
	}
	okList(c, items)
}

// listDirectMessages serves GET /messages/direct.
func (s *Server) listDirectMessages(c *reqCtx) {
	q := c.r.URL.Query()
	pid, pemail := q.Get("personId"), q.Get("personEmail")
	if pid == "" && pemail == "" {
		c.fail(http.StatusBadRequest, "Either personId or personEmail is required.")
		return
	}
	max, ok := c.parseMax(50, 1000, false)
	if !ok {
		return
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var other *person
	if pid != "" {
		if _, ok := decodeTyped(pid, typePeople); !ok {
			c.fail(http.StatusBadRequest, "Invalid personId.")
			return
		}
		other = s.personByID(pid)
	} else {
		other = s.byEmail[emailKey(pemail)]
	}
	if other == nil {
		c.failErr(errNotFound())
		return
	}
	r := s.direct[directKey(c.me, other)]
	if r == nil || r.members[c.me.uuid] == nil {
		okList(c, []messageJSON{})
		return
	}
	start := len(r.msgs)
	if bm := q.Get("beforeMessage"); bm != "" {
		u, ok := decodeTyped(bm, typeMessage)
		m := s.messages[u]
		if !ok || m == nil || m.room != r {
			c.fail(http.StatusBadRequest, "Invalid beforeMessage.")
			return
		}
		start = m.idx
	}
	f := &msgFilter{viewer: c.me, parent: q.Get("parentId")}
	items, last, more := pageRoom(r, start, max, f)
	if more {
		c.nextLink(map[string]string{"beforeMessage": last.id, "max": strconv.Itoa(max)})
	}
	okList(c, items)
}
