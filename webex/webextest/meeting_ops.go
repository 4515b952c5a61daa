package webextest

import (
	"net/http"
	"slices"
	"strconv"
	"strings"
)

// The operations issue 11 added to the meetings family: the recycle bin,
// sharing, group recordings and admin deletion of recordings; admin reads
// of meetings, meeting controls and host reassignment; SIP call-outs.

// Scopes of meeting controls. Tokens with meeting:schedules_read or
// meeting:schedules_write are accepted too, so MeetingScopes() suffices.
const (
	scopeMtgControlsRead  = "meeting:controls_read"
	scopeMtgControlsWrite = "meeting:controls_write"
)

// Recording statuses.
const (
	recAvailable = "available"
	recDeleted   = "deleted" // in the recycle bin
	recPurged    = "purged"  // gone for users (purged, or deleted by an admin)
)

// mtgOps is the state of the added operations; guarded by Server.mu. Its
// maps are made on first use.
type mtgOps struct {
	shares   map[string][]string     // recording id → emails it is shared with
	controls map[string]*mtgControls // instance id → controls
	callOuts map[string]*mtgCallOut  // participant id → pending call-out
}

// mtgControls are the controls of a live meeting.
type mtgControls struct {
	Locked           bool `json:"locked"`
	RecordingStarted bool `json:"recordingStarted"`
	RecordingPaused  bool `json:"recordingPaused"`
}

// mtgCallOut is a SIP call-out that is ringing.
type mtgCallOut struct {
	ParticipantID           string `json:"participantId"`
	InvitationCorrelationID string `json:"invitationCorrelationId,omitempty"`
	MeetingNumber           string `json:"meetingNumber"`
	MeetingID               string `json:"meetingId"`
	Address                 string `json:"address"`
	AddressType             string `json:"addressType"`
	DisplayName             string `json:"displayName"`
	State                   string `json:"state"`
}

// addMeetingOpsRoutes declares the added operations.
func (s *Server) addMeetingOpsRoutes() {
	s.handle("POST /v1/recordings/softDelete", s.softDeleteRecordings)
	s.handle("POST /v1/recordings/restore", s.restoreRecordings)
	s.handle("POST /v1/recordings/purge", s.purgeRecordings)
	s.handle("POST /v1/recordings/{id}/accessList", s.shareRecording)
	s.handle("POST /v1/recordings/accessList", s.shareRecordingByLink)
	s.handle("GET /v1/group/recordings", s.listGroupRecordings, need(scopeMtgAdminRecRead))
	s.handle("GET /v1/group/recordings/{id}", s.getGroupRecording, need(scopeMtgAdminRecRead))
	s.handle("DELETE /v1/admin/recordings/{id}", s.adminDeleteRecording, need(scopeMtgAdminRecWrite))
	s.handle("GET /v1/admin/meetings", s.adminListMeetings, need(scopeMtgAdminRead))
	s.handle("GET /v1/admin/meetings/{id}", s.adminGetMeeting, need(scopeMtgAdminRead))
	s.handle("GET /v1/meetings/controls", s.getControls)
	s.handle("PUT /v1/meetings/controls", s.updateControls)
	s.handle("POST /v1/meetings/reassignHost", s.reassignHost, need(scopeMtgAdminWrite))
	s.handle("POST /v1/meetingParticipants/callout", s.callOut, need(scopeMtgPartWrite))
	s.handle("POST /v1/meetingParticipants/cancelCallout", s.cancelCallOut, need(scopeMtgPartWrite))
}

// RecordingAccess returns the emails a recording is shared with, in the
// order they were added: what Share and ShareByLink changed.
func (s *Server) RecordingAccess(recordingID string) []string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return slices.Clone(s.mtg.ops.shares[recordingID])
}

// RecordingStatus returns a recording's status: "available", "deleted"
// (in the recycle bin) or "purged" (purged, or deleted by an admin); ok is
// false for an unknown id.
func (s *Server) RecordingStatus(recordingID string) (status string, ok bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	r := s.mtg.recordings[recordingID]
	if r == nil {
		return "", false
	}
	return r.status, true
}

// binBody is the body of the recycle bin operations.
type binBody struct {
	RecordingIDs []string `json:"recordingIds"`
	SiteURL      string   `json:"siteUrl"`
	RestoreAll   bool     `json:"restoreAll"`
	PurgeAll     bool     `json:"purgeAll"`
}

// recycleBin moves the caller's recordings named in the body (or all, when
// all says so) from status from to status to.
func (s *Server) recycleBin(c *reqCtx, from, to string, all func(binBody) bool) {
	actor := s.actAs(c, c.query("hostEmail"), scopeMtgRecWrite, scopeMtgAdminRecWrite)
	if actor == nil {
		return
	}
	var b binBody
	if !c.decode(&b) {
		return
	}
	everything := all != nil && all(b)
	switch {
	case everything && len(b.RecordingIDs) > 0:
		c.fail(http.StatusBadRequest, "recordingIds should be empty when all recordings are selected.")
		return
	case !everything && len(b.RecordingIDs) == 0:
		c.fail(http.StatusBadRequest, "recordingIds should not be empty.")
		return
	case len(b.RecordingIDs) > 100:
		c.fail(http.StatusBadRequest, "recordingIds can have at most 100 items.")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	mine := func(r *mtgRecording) bool {
		return r.inst.series.host == actor && (b.SiteURL == "" || r.inst.series.site == b.SiteURL)
	}
	if everything {
		for _, r := range s.mtg.recordings {
			if mine(r) && r.status == from {
				r.status = to
			}
		}
		c.noContent()
		return
	}
	var rs []*mtgRecording
	for _, id := range b.RecordingIDs {
		r := s.mtg.recordings[id]
		if r == nil || !mine(r) || r.status != from {
			c.fail(http.StatusNotFound, "Recording %s was not found in the expected state.", id)
			return
		}
		rs = append(rs, r)
	}
	for _, r := range rs {
		r.status = to
	}
	c.noContent()
}

// softDeleteRecordings serves POST /recordings/softDelete.
func (s *Server) softDeleteRecordings(c *reqCtx) { s.recycleBin(c, recAvailable, recDeleted, nil) }

// restoreRecordings serves POST /recordings/restore.
func (s *Server) restoreRecordings(c *reqCtx) {
	s.recycleBin(c, recDeleted, recAvailable, func(b binBody) bool { return b.RestoreAll })
}

// purgeRecordings serves POST /recordings/purge.
func (s *Server) purgeRecordings(c *reqCtx) {
	s.recycleBin(c, recDeleted, recPurged, func(b binBody) bool { return b.PurgeAll })
}

// shareBody is the body of the share operations.
type shareBody struct {
	HostEmail    string   `json:"hostEmail"`
	WebShareLink string   `json:"webShareLink"`
	AddEmails    []string `json:"addEmails"`
	RemoveEmails []string `json:"removeEmails"`
	SendEmail    bool     `json:"sendEmail"`
}

// shareRecording serves POST /recordings/{id}/accessList.
func (s *Server) shareRecording(c *reqCtx) {
	var b shareBody
	if !c.decode(&b) {
		return
	}
	s.share(c, c.params[0], b)
}

// shareRecordingByLink serves POST /recordings/accessList: the recording
// is the one whose playback URL is the webShareLink.
func (s *Server) shareRecordingByLink(c *reqCtx) {
	var b shareBody
	if !c.decode(&b) {
		return
	}
	if b.WebShareLink == "" {
		c.fail(http.StatusBadRequest, "webShareLink is required.")
		return
	}
	s.mu.RLock()
	id := ""
	for rid, r := range s.mtg.recordings {
		if r.render("", false).PlaybackURL == b.WebShareLink {
			id = rid
		}
	}
	s.mu.RUnlock()
	if id == "" {
		c.failErr(errNotFound())
		return
	}
	s.share(c, id, b)
}

// share changes the access list of recording id.
func (s *Server) share(c *reqCtx, id string, b shareBody) {
	actor := s.actAs(c, b.HostEmail, scopeMtgRecWrite, scopeMtgAdminRecWrite)
	if actor == nil {
		return
	}
	if len(b.AddEmails) == 0 && len(b.RemoveEmails) == 0 {
		c.fail(http.StatusBadRequest, "addEmails or removeEmails is required.")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.recordingByID(id, actor)
	if r == nil {
		c.failErr(errNotFound())
		return
	}
	if s.mtg.ops.shares == nil {
		s.mtg.ops.shares = map[string][]string{}
	}
	list := s.mtg.ops.shares[id]
	for _, e := range b.AddEmails {
		if !slices.ContainsFunc(list, func(x string) bool { return emailKey(x) == emailKey(e) }) {
			list = append(list, e)
		}
	}
	list = slices.DeleteFunc(list, func(x string) bool {
		return slices.ContainsFunc(b.RemoveEmails, func(e string) bool { return emailKey(x) == emailKey(e) })
	})
	s.mtg.ops.shares[id] = list
	c.noContent()
}

// groupTarget resolves whose recordings a group call reads: personId or
// the hostEmail header, a person of the caller's organization.
func (s *Server) groupTarget(c *reqCtx) *person {
	personID, email := c.query("personId"), c.r.Header.Get("hostEmail")
	if personID == "" && email == "" {
		c.fail(http.StatusBadRequest, "One of personId and the hostEmail header is required.")
		return nil
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var p *person
	if personID != "" {
		p = s.personByID(personID)
	} else {
		p = s.byEmail[emailKey(email)]
	}
	if p == nil || p.org != c.me.org {
		c.fail(http.StatusNotFound, "The person was not found.")
		return nil
	}
	return p
}

// listGroupRecordings serves GET /group/recordings: the available
// recordings of one person of the caller's organization.
func (s *Server) listGroupRecordings(c *reqCtx) {
	target := s.groupTarget(c)
	if target == nil {
		return
	}
	f, ok := s.parseRecordingFilter(c)
	if !ok {
		return
	}
	s.serveRecordings(c, f, func(r *mtgRecording) bool { return r.inst.series.host == target })
}

// getGroupRecording serves GET /group/recordings/{id}.
func (s *Server) getGroupRecording(c *reqCtx) {
	target := s.groupTarget(c)
	if target == nil {
		return
	}
	s.serveRecording(c, target)
}

// adminDeleteRecording serves DELETE /admin/recordings/{id}: a recording
// of the admin's organization is gone for everyone but compliance.
func (s *Server) adminDeleteRecording(c *reqCtx) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.mtg.recordings[c.params[0]]
	if r == nil || r.status == recPurged || r.inst.series.host.org != c.me.org {
		c.failErr(errNotFound())
		return
	}
	if !isAdmin(c.me, c.me.org) {
		c.fail(http.StatusForbidden, "Only an administrator can delete a recording of the organization.")
		return
	}
	r.status = recPurged
	c.noContent()
}

// forAdmin removes from a rendered meeting what an admin does not see.
func forAdmin(v map[string]any) map[string]any {
	for _, k := range []string{"agenda", "hostKey", "password", "phoneAndVideoSystemPassword", "panelistPassword",
		"phoneAndVideoSystemPanelistPassword", "webLink", "sipAddress", "dialInIpAddress", "registration"} {
		delete(v, k)
	}
	if t, ok := v["telephony"].(map[string]any); ok {
		delete(t, "accessCode")
	}
	return v
}

// adminMeetingsAllowed checks that the caller administers its
// organization.
func (s *Server) adminMeetingsAllowed(c *reqCtx) bool {
	s.mu.RLock()
	ok := isAdmin(c.me, c.me.org)
	s.mu.RUnlock()
	if !ok {
		c.fail(http.StatusForbidden, "Only an administrator can read the meetings of the organization.")
	}
	return ok
}

// adminListMeetings serves GET /admin/meetings: the meetings of the
// admin's organization with a meeting number or web link.
func (s *Server) adminListMeetings(c *reqCtx) {
	if !s.adminMeetingsAllowed(c) {
		return
	}
	number, webLink := c.query("meetingNumber"), c.query("webLink")
	if countNonEmpty(number, webLink) != 1 {
		c.fail(http.StatusBadRequest, "One of meetingNumber and webLink is required.")
		return
	}
	current, _, ok := c.boolQuery("current")
	if !ok {
		return
	}
	s.mu.RLock()
	now := s.now()
	items := []map[string]any{}
	for _, m := range s.mtg.series {
		if m.deleted || m.host.org != c.me.org || (number != "" && m.number != number) || (webLink != "" && m.webLink != webLink) {
			continue
		}
		ref := mtgRef{series: m}
		if current {
			if occ, ok := m.currentOcc(now); ok {
				ref.occ, ref.isOcc = occ, true
			}
		}
		items = append(items, forAdmin(ref.render(now)))
	}
	s.mu.RUnlock()
	okList(c, items)
}

// adminGetMeeting serves GET /admin/meetings/{id}.
func (s *Server) adminGetMeeting(c *reqCtx) {
	if !s.adminMeetingsAllowed(c) {
		return
	}
	current, _, ok := c.boolQuery("current")
	if !ok {
		return
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	now := s.now()
	ref, found := s.resolveMeeting(c.params[0])
	if !found || ref.series.deleted || ref.series.host.org != c.me.org {
		c.failErr(errNotFound())
		return
	}
	if current && ref.inst == nil && !ref.isOcc {
		if occ, ok := ref.series.currentOcc(now); ok {
			ref.occ, ref.isOcc = occ, true
		}
	}
	c.ok(forAdmin(ref.render(now)))
}

// liveInstance resolves meeting id to the meeting in progress that actor
// may see, writing the error when there is none; callers hold mu.
func (s *Server) liveInstance(c *reqCtx, actor *person, id string) *mtgInstance {
	ref, found := s.resolveMeeting(id)
	if !found || !ref.visible(actor) {
		c.failErr(errNotFound())
		return nil
	}
	in := ref.inst
	if in == nil {
		in = ref.series.running()
	}
	if in == nil || in.state == mtgStateEnded {
		c.fail(http.StatusBadRequest, "The meeting is not in progress.")
		return nil
	}
	return in
}

// controlsOf returns the controls of in, made on first use; callers hold
// mu for writing.
func (s *Server) controlsOf(in *mtgInstance) *mtgControls {
	if s.mtg.ops.controls == nil {
		s.mtg.ops.controls = map[string]*mtgControls{}
	}
	ct := s.mtg.ops.controls[in.id]
	if ct == nil {
		ct = &mtgControls{}
		s.mtg.ops.controls[in.id] = ct
	}
	return ct
}

// getControls serves GET /meetings/controls.
func (s *Server) getControls(c *reqCtx) {
	if !c.needScope(scopeMtgControlsRead, scopeMtgRead) {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	in := s.liveInstance(c, c.me, c.query("meetingId"))
	if in == nil {
		return
	}
	c.ok(*s.controlsOf(in))
}

// updateControls serves PUT /meetings/controls: the host or a cohost
// locks the meeting or drives its recording.
func (s *Server) updateControls(c *reqCtx) {
	if !c.needScope(scopeMtgControlsWrite, scopeMtgWrite) {
		return
	}
	var b struct {
		Locked           *bool `json:"locked"`
		RecordingStarted *bool `json:"recordingStarted"`
		RecordingPaused  *bool `json:"recordingPaused"`
	}
	if !c.decode(&b) {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	in := s.liveInstance(c, c.me, c.query("meetingId"))
	if in == nil {
		return
	}
	if !in.series.canManage(c.me) {
		c.fail(http.StatusForbidden, "Only the host or a cohost can change the meeting's controls.")
		return
	}
	ct := s.controlsOf(in)
	if b.Locked != nil {
		ct.Locked = *b.Locked
	}
	if b.RecordingStarted != nil {
		ct.RecordingStarted = *b.RecordingStarted
		if !ct.RecordingStarted {
			ct.RecordingPaused = false
		}
	}
	if b.RecordingPaused != nil {
		if *b.RecordingPaused && !ct.RecordingStarted {
			c.fail(http.StatusBadRequest, "The meeting is not being recorded.")
			return
		}
		ct.RecordingPaused = *b.RecordingPaused
	}
	c.ok(*ct)
}

// reassignHost serves POST /meetings/reassignHost: 204 when every meeting
// moved to the new host, 207 with an item per meeting otherwise.
func (s *Server) reassignHost(c *reqCtx) {
	var b struct {
		HostEmail  string   `json:"hostEmail"`
		MeetingIDs []string `json:"meetingIds"`
	}
	if !c.decode(&b) {
		return
	}
	if b.HostEmail == "" || len(b.MeetingIDs) == 0 {
		c.fail(http.StatusBadRequest, "hostEmail and meetingIds are required.")
		return
	}
	site := c.r.Header.Get("siteUrl")
	s.mu.Lock()
	defer s.mu.Unlock()
	if !isAdmin(c.me, c.me.org) {
		c.fail(http.StatusForbidden, "Only an administrator can reassign meetings.")
		return
	}
	host := s.byEmail[emailKey(b.HostEmail)]
	if host == nil || host.org != c.me.org {
		c.fail(http.StatusNotFound, "No user with hostEmail %s was found.", b.HostEmail)
		return
	}
	type item struct {
		MeetingID  string `json:"meetingId"`
		HTTPStatus string `json:"httpStatus"`
		Message    string `json:"message,omitempty"`
		Errors     []struct {
			Description string `json:"description"`
		} `json:"errors,omitempty"`
	}
	items, failed := make([]item, 0, len(b.MeetingIDs)), false
	for _, id := range b.MeetingIDs {
		m := s.mtg.series[strings.SplitN(id, "_", 2)[0]]
		if m == nil || m.deleted || m.host.org != c.me.org || (site != "" && m.site != site) {
			failed = true
			it := item{MeetingID: id, HTTPStatus: strconv.Itoa(http.StatusNotFound), Message: "Not Found"}
			it.Errors = append(it.Errors, struct {
				Description string `json:"description"`
			}{"The meeting was not found on the site."})
			items = append(items, it)
			continue
		}
		m.host = host
		items = append(items, item{MeetingID: id, HTTPStatus: strconv.Itoa(http.StatusOK)})
	}
	if !failed {
		c.noContent()
		return
	}
	c.writeJSON(http.StatusMultiStatus, map[string]any{"items": items})
}

// callOut serves POST /meetingParticipants/callout: the SIP device rings
// (the call stays pending until cancelled).
func (s *Server) callOut(c *reqCtx) {
	var b mtgCallOut
	if !c.decode(&b) {
		return
	}
	switch {
	case countNonEmpty(b.MeetingID, b.MeetingNumber) != 1:
		c.fail(http.StatusBadRequest, "One of meetingId and meetingNumber is required.")
		return
	case b.Address == "" || b.DisplayName == "":
		c.fail(http.StatusBadRequest, "address and displayName are required.")
		return
	case b.AddressType != "" && b.AddressType != "sipAddress":
		c.fail(http.StatusBadRequest, "Invalid addressType %q.", b.AddressType)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	id := b.MeetingID
	if b.MeetingNumber != "" {
		if m := s.mtg.byNumber[b.MeetingNumber]; m != nil {
			id = m.id
		}
	}
	in := s.liveInstance(c, c.me, id)
	if in == nil {
		return
	}
	if !in.series.canManage(c.me) {
		c.fail(http.StatusForbidden, "Only the host or a cohost can call a participant out.")
		return
	}
	b.ParticipantID = in.id + "_" + hexID(8)
	b.MeetingID, b.MeetingNumber = in.id, in.series.number
	b.AddressType, b.State = "sipAddress", "pending"
	if s.mtg.ops.callOuts == nil {
		s.mtg.ops.callOuts = map[string]*mtgCallOut{}
	}
	co := b
	s.mtg.ops.callOuts[b.ParticipantID] = &co
	c.ok(b)
}

// cancelCallOut serves POST /meetingParticipants/cancelCallout.
func (s *Server) cancelCallOut(c *reqCtx) {
	var b struct {
		ParticipantID string `json:"participantId"`
	}
	if !c.decode(&b) {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	co := s.mtg.ops.callOuts[b.ParticipantID]
	if co == nil {
		c.failErr(errNotFound())
		return
	}
	in := s.mtg.instances[co.MeetingID]
	if in == nil || !in.series.canManage(c.me) {
		c.failErr(errNotFound())
		return
	}
	delete(s.mtg.ops.callOuts, b.ParticipantID)
	c.noContent()
}
