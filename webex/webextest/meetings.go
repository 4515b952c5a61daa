package webextest

import (
	"encoding/json"
	"net/http"
	"sort"
	"strings"
	"time"
)

// addMeetingRoutes declares the meetings family. Most scopes depend on
// hostEmail (user or admin scope), so handlers check them.
func (s *Server) addMeetingRoutes() {
	s.handle("GET /v1/meetings/templates", s.listMeetingTemplates)
	s.handle("GET /v1/meetings/templates/{id}", s.getMeetingTemplate)
	s.handle("POST /v1/meetings/join", s.joinMeetingLink)
	s.handle("GET /v1/meetings", s.listMeetings)
	s.handle("POST /v1/meetings", s.createMeeting)
	s.handle("POST /v1/meetings/{id}/end", s.endMeetingHTTP)
	s.handle("GET /v1/meetings/{id}", s.getMeeting)
	s.handle("PUT /v1/meetings/{id}", s.updateMeeting)
	s.handle("PATCH /v1/meetings/{id}", s.patchMeeting)
	s.handle("DELETE /v1/meetings/{id}", s.deleteMeeting)
	s.addMeetingArtifactRoutes()
	s.addMeetingOpsRoutes()
}

// meetingDefaults are the settings a meeting has unless given.
var meetingDefaults = map[string]any{
	"enabledAutoRecordMeeting": false, "allowAnyUserToBeCoHost": false,
	"enabledJoinBeforeHost": false, "enableConnectAudioBeforeHost": false,
	"joinBeforeHostMinutes": 0, "excludePassword": false, "publicMeeting": false,
	"reminderTime": 10, "unlockedMeetingJoinSecurity": "allowJoin", "sessionTypeId": 3,
	"enabledWebcastView": false, "enableAutomaticLock": false, "automaticLockMinutes": 0,
	"allowFirstUserToBeCoHost": false, "allowAuthenticatedDevices": false,
	"enabledBreakoutSessions": false, "enabledAudioWatermark": false,
	"enabledVisualWatermark": false, "requireAttendeeLogin": false,
	"restrictToInvitees": false, "enabledLiveStream": false,
	"meetingOptions": map[string]any{"enabledChat": true, "enabledVideo": true,
		"enabledPolling": false, "enabledNote": true, "noteType": "allowAll",
		"enabledFileTransfer": false, "enabledUCFRichMedia": false},
	"attendeePrivileges": map[string]any{"enabledShareContent": true,
		"enabledSaveDocument": false, "enabledPrintDocument": false, "enabledAnnotate": false,
		"enabledViewParticipantList": true, "enabledViewThumbnails": false,
		"enabledRemoteControl": true, "enabledViewAnyDocument": false,
		"enabledViewAnyPage": false, "enabledContactOperatorPrivately": false,
		"enabledChatHost": true, "enabledChatPresenter": true, "enabledChatOtherParticipants": true},
	"audioConnectionOptions": map[string]any{"audioConnectionType": "webexAudio",
		"enabledTollFreeCallIn": false, "enabledGlobalCallIn": true,
		"enabledAudienceCallBack": false, "entryAndExitTone": "beep",
		"allowHostToUnmuteParticipants": false, "allowAttendeeToUnmuteSelf": true,
		"muteAttendeeUponEntry": true},
}

// meetingExtraSettings are further settings stored as given.
var meetingExtraSettings = map[string]bool{
	"registration": true, "integrationTags": true, "trackingCodes": true, "liveStream": true,
	"breakoutSessions": true, "simultaneousInterpretation": true, "panelistPassword": true,
	"visualWatermarkOpacity": true,
}

// settingsFrom picks the settings out of a request body, checking that
// boolean and number defaults keep their type.
func settingsFrom(raw map[string]json.RawMessage) (map[string]json.RawMessage, *apiError) {
	out := map[string]json.RawMessage{}
	for k, v := range raw {
		def, known := meetingDefaults[k]
		if !known && !meetingExtraSettings[k] {
			continue
		}
		if string(v) == "null" {
			continue
		}
		var probe any
		_ = json.Unmarshal(v, &probe)
		switch def.(type) {
		case bool:
			if _, ok := probe.(bool); !ok {
				return nil, errf(http.StatusBadRequest, "%s must be a boolean.", k)
			}
		case int:
			if _, ok := probe.(float64); !ok {
				return nil, errf(http.StatusBadRequest, "%s must be a number.", k)
			}
		}
		out[k] = v
	}
	return out, nil
}

// baseJSON is what every meeting type shares; callers hold mu.
func (m *mtgSeries) baseJSON() map[string]any {
	v := make(map[string]any, 48)
	for k, d := range meetingDefaults {
		v[k] = d
	}
	for k, raw := range m.settings {
		v[k] = raw
	}
	v["meetingNumber"] = m.number
	v["title"] = m.title
	if m.agenda != "" {
		v["agenda"] = m.agenda
	}
	v["password"] = m.password
	v["phoneAndVideoSystemPassword"] = m.pvPassword
	v["timezone"] = m.timezone
	v["hostUserId"] = m.host.id
	v["hostDisplayName"] = m.host.displayName
	v["hostEmail"] = m.host.email
	v["hostKey"] = m.hostKey
	v["siteUrl"] = m.site
	v["webLink"] = m.webLink
	v["sipAddress"] = m.sipAddress()
	v["dialInIpAddress"] = "173.243.2.68"
	v["scheduledType"] = m.scheduledType
	if m.roomID != "" {
		v["roomId"] = m.roomID
	}
	v["telephony"] = map[string]any{
		"accessCode": m.number,
		"callInNumbers": []map[string]string{
			{"label": "United States Toll", "callInNumber": "+1-415-655-0002", "tollType": "toll"},
			{"label": "United States Toll Free", "callInNumber": "+1-855-244-8681", "tollType": "tollFree"},
		},
		"links": []map[string]string{{"rel": "globalCallinNumbers",
			"href": "/v1/meetings/" + m.id + "/globalCallinNumbers", "method": "GET"}},
	}
	return v
}

// renderSeries is the JSON view of a series; callers hold mu.
func (m *mtgSeries) render(now time.Time) map[string]any {
	v := m.baseJSON()
	v["id"] = m.id
	v["meetingType"] = "meetingSeries"
	v["state"] = m.state(now)
	v["start"] = fmtMtgTime(m.start)
	v["end"] = fmtMtgTime(m.end)
	if m.recurrence != "" {
		v["recurrence"] = m.recurrence
	}
	return v
}

// renderOcc is the JSON view of the scheduled meeting at occ.
func (m *mtgSeries) renderOcc(occ, now time.Time) map[string]any {
	v := m.baseJSON()
	v["id"] = m.scheduledID(occ)
	v["meetingSeriesId"] = m.id
	v["meetingType"] = "scheduledMeeting"
	v["state"] = m.occState(occ, now)
	v["isModified"] = false
	v["start"] = fmtMtgTime(occ)
	v["end"] = fmtMtgTime(occ.Add(m.duration()))
	if in := m.byOcc[occ.Unix()]; in != nil {
		v["hostDidJoin"], v["attendeeDidJoin"] = in.hostJoined, in.attendeeJoined
	}
	return v
}

// render is the JSON view of an instance; callers hold mu.
func (in *mtgInstance) render() map[string]any {
	m := in.series
	v := map[string]any{
		"id": in.id, "meetingSeriesId": m.id, "scheduledMeetingId": m.scheduledID(in.occStart),
		"meetingNumber": m.number, "title": m.title, "meetingType": "meeting",
		"state": in.state, "timezone": m.timezone, "start": fmtMtgTime(in.start),
		"hostUserId": m.host.id, "hostDisplayName": m.host.displayName, "hostEmail": m.host.email,
		"siteUrl": m.site, "webLink": m.webLink, "sipAddress": m.sipAddress(),
		"scheduledType": m.scheduledType, "hostDidJoin": in.hostJoined,
		"attendeeDidJoin": in.attendeeJoined,
		"hasChat":         false, "hasRecording": in.recording != nil && in.recording.status == "available",
		"hasTranscription": in.transcript != nil && in.transcript.status == "available",
		"hasSummary":       in.summary != nil && in.summary.status == "available",
		"hasClosedCaption": false, "hasPolls": false, "hasQA": false, "hasSlido": false,
		"hasRegistration": false, "hasRegistrants": false, "hasPostEventSurvey": false,
	}
	if m.agenda != "" {
		v["agenda"] = m.agenda
	}
	if m.roomID != "" {
		v["roomId"] = m.roomID
	}
	if in.state == mtgStateEnded {
		v["end"] = fmtMtgTime(in.end)
	} else {
		v["end"] = fmtMtgTime(in.occEnd)
	}
	return v
}

// hookData is the webhook view of an instance.
func (in *mtgInstance) hookData() map[string]any {
	v := in.render()
	for _, k := range []string{"sipAddress", "agenda", "roomId", "hasChat", "hasRecording",
		"hasTranscription", "hasSummary", "hasClosedCaption", "hasPolls", "hasQA", "hasSlido",
		"hasRegistration", "hasRegistrants", "hasPostEventSurvey", "hostDidJoin", "attendeeDidJoin"} {
		delete(v, k)
	}
	return v
}

// mtgRef is a resolved meeting id: a series, one of its scheduled
// meetings, or an instance.
type mtgRef struct {
	series *mtgSeries
	occ    time.Time
	isOcc  bool
	inst   *mtgInstance
}

// resolveMeeting resolves any meeting id; callers hold mu.
func (s *Server) resolveMeeting(id string) (mtgRef, bool) {
	if strings.Contains(id, "_I_") {
		in := s.mtg.instances[id]
		if in == nil {
			return mtgRef{}, false
		}
		return mtgRef{series: in.series, inst: in}, true
	}
	sid, occKey, isOcc := strings.Cut(id, "_")
	m := s.mtg.series[sid]
	if m == nil {
		return mtgRef{}, false
	}
	if !isOcc {
		return mtgRef{series: m}, true
	}
	occ, err := time.Parse("20060102T150405Z", occKey)
	if err != nil || !m.hasOcc(occ) {
		return mtgRef{}, false
	}
	return mtgRef{series: m, occ: occ, isOcc: true}, true
}

// visible reports whether p may read the referenced meeting.
func (r mtgRef) visible(p *person) bool {
	if r.series.canSee(p) {
		return true
	}
	if r.inst != nil {
		for _, pt := range r.inst.participants {
			if pt.person == p {
				return true
			}
		}
	}
	return false
}

// render is the JSON view of the referenced meeting.
func (r mtgRef) render(now time.Time) map[string]any {
	switch {
	case r.inst != nil:
		return r.inst.render()
	case r.isOcc:
		return r.series.renderOcc(r.occ, now)
	}
	return r.series.render(now)
}

// meetingInput is the body of POST, PUT and PATCH /meetings.
type meetingInput struct {
	Adhoc         *bool          `json:"adhoc"`
	RoomID        string         `json:"roomId"`
	TemplateID    string         `json:"templateId"`
	Title         *string        `json:"title"`
	Agenda        *string        `json:"agenda"`
	Password      *string        `json:"password"`
	Start         string         `json:"start"`
	End           string         `json:"end"`
	Timezone      *string        `json:"timezone"`
	Recurrence    *string        `json:"recurrence"`
	ScheduledType string         `json:"scheduledType"`
	HostEmail     string         `json:"hostEmail"`
	SendEmail     *bool          `json:"sendEmail"`
	Invitees      []inviteeInput `json:"invitees"`
}

// decodeMeeting reads a meeting body as typed input and raw attributes.
func (c *reqCtx) decodeMeeting() (*meetingInput, map[string]json.RawMessage, bool) {
	var raw json.RawMessage
	if !c.decode(&raw) {
		return nil, nil, false
	}
	var in meetingInput
	var attrs map[string]json.RawMessage
	if err := json.Unmarshal(raw, &attrs); err != nil || attrs == nil {
		c.fail(http.StatusBadRequest, "The request body must be a JSON object.")
		return nil, nil, false
	}
	if err := json.Unmarshal(raw, &in); err != nil {
		c.fail(http.StatusBadRequest, "Malformed meeting: %v", err)
		return nil, nil, false
	}
	return &in, attrs, true
}

// meetingTimes parses and checks start and end as Webex does: minute
// precision, not in the past, 10 minutes to 23:59 long.
func meetingTimes(startS, endS string, now time.Time) (time.Time, time.Time, *apiError) {
	start, ok := parseISO(startS)
	if !ok {
		return time.Time{}, time.Time{}, errf(http.StatusBadRequest, "Invalid start %q: expected an ISO 8601 date and time.", startS)
	}
	end, ok := parseISO(endS)
	if !ok {
		return time.Time{}, time.Time{}, errf(http.StatusBadRequest, "Invalid end %q: expected an ISO 8601 date and time.", endS)
	}
	nowMin := now.Truncate(time.Minute)
	start, end = start.Truncate(time.Minute), end.Truncate(time.Minute)
	if start.Equal(nowMin) {
		start = start.Add(time.Minute)
	}
	d := end.Sub(start)
	switch {
	case start.Before(nowMin):
		return time.Time{}, time.Time{}, errf(http.StatusBadRequest, "start cannot be before current date and time.")
	case !end.After(start):
		return time.Time{}, time.Time{}, errf(http.StatusBadRequest, "end cannot be before start.")
	case d < 10*time.Minute || d > 23*time.Hour+59*time.Minute:
		return time.Time{}, time.Time{}, errf(http.StatusBadRequest, "The duration between start and end must be between 10 minutes and 23 hours 59 minutes.")
	}
	return start, end, nil
}

// validScheduledType checks scheduledType, defaulting it to "meeting".
func validScheduledType(t string) (string, bool) {
	switch t {
	case "":
		return "meeting", true
	case "meeting", "webinar", "personalRoomMeeting":
		return t, true
	}
	return "", false
}

// newSeriesLocked creates and indexes a series; callers hold mu.
func (s *Server) newSeriesLocked(host *person, title string, start, end time.Time, occ []time.Time) *mtgSeries {
	s.mtg.numberSeq++
	number := "2" + digits(2) + padNum(s.mtg.numberSeq%1_000_000, 6)
	for s.mtg.byNumber[number] != nil {
		number = "2" + digits(8)
	}
	id := hexID(16)
	site := siteFor(host.org)
	m := &mtgSeries{
		id: id, number: number, title: title, password: "Wx" + digits(2) + hexID(3),
		pvPassword: digits(8), timezone: "UTC", hostKey: digits(6), site: site,
		webLink:       "https://" + site + "/" + siteName(site) + "/j.php?MTID=m" + hexID(16),
		scheduledType: "meeting", start: start, end: end, host: host,
		settings: map[string]json.RawMessage{}, created: s.now(), seq: s.nextSeq(),
		occurrences: occ, byOcc: map[int64]*mtgInstance{},
	}
	s.mtg.series[id] = m
	s.mtg.byNumber[number] = m
	return m
}

// padNum zero-pads n to width digits.
func padNum(n uint64, width int) string {
	b := []byte(strings.Repeat("0", width))
	for i := width - 1; i >= 0 && n > 0; i-- {
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b)
}

// createMeeting serves POST /meetings.
func (s *Server) createMeeting(c *reqCtx) {
	in, attrs, ok := c.decodeMeeting()
	if !ok {
		return
	}
	hostEmail := in.HostEmail
	if in.RoomID != "" {
		hostEmail = "" // Webex ignores hostEmail with roomId
	}
	host := s.actAs(c, hostEmail, scopeMtgWrite, scopeMtgAdminWrite)
	if host == nil {
		return
	}
	settings, aerr := settingsFrom(attrs)
	if aerr != nil {
		c.failErr(aerr)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	var rm *room
	if in.RoomID != "" {
		rm = s.roomByID(in.RoomID)
		if rm == nil || !rm.canAccess(host) {
			c.fail(http.StatusNotFound, "The space given by roomId was not found.")
			return
		}
	}
	if in.Adhoc != nil && *in.Adhoc {
		if rm == nil {
			c.fail(http.StatusBadRequest, "roomId is required when adhoc is true.")
			return
		}
		for _, m := range s.mtg.series {
			if m.adhoc && m.roomID == rm.id && m.running() == nil {
				c.ok(m.render(now))
				return
			}
		}
		title := host.displayName
		if in.Title != nil && strings.TrimSpace(*in.Title) != "" {
			title = *in.Title
		}
		start := now.Truncate(time.Minute)
		m := s.newSeriesLocked(host, title, start, start.Add(20*time.Minute), []time.Time{start})
		m.adhoc, m.roomID = true, rm.id
		for _, mb := range rm.members {
			if mb.person != host {
				s.addInviteeLocked(m, mb.person.email, mb.person.displayName, true, false)
			}
		}
		c.ok(m.render(now))
		return
	}
	title := ""
	if in.Title != nil {
		title = strings.TrimSpace(*in.Title)
	}
	switch {
	case title == "":
		c.fail(http.StatusBadRequest, "title is required.")
		return
	case len([]rune(title)) > 128:
		c.fail(http.StatusBadRequest, "title can be at most 128 characters long.")
		return
	}
	var tmpl *mtgTemplate
	if in.TemplateID != "" {
		if tmpl = templateByID(in.TemplateID); tmpl == nil {
			c.fail(http.StatusBadRequest, "Invalid templateId %q.", in.TemplateID)
			return
		}
	}
	if in.Start == "" && in.End == "" && tmpl != nil {
		st := now.Truncate(15 * time.Minute).Add(15 * time.Minute)
		in.Start, in.End = st.Format(time.RFC3339), st.Add(time.Hour).Format(time.RFC3339)
	}
	if in.Start == "" || in.End == "" {
		c.fail(http.StatusBadRequest, "start and end are required.")
		return
	}
	start, end, aerr := meetingTimes(in.Start, in.End, now)
	if aerr != nil {
		c.failErr(aerr)
		return
	}
	rec := ""
	if in.Recurrence != nil {
		rec = strings.TrimSpace(*in.Recurrence)
	}
	occ, err := occurrences(start, rec)
	if err != nil {
		c.fail(http.StatusBadRequest, "Invalid recurrence %q: %v.", rec, err)
		return
	}
	st, ok := validScheduledType(in.ScheduledType)
	if !ok {
		c.fail(http.StatusBadRequest, "Invalid scheduledType %q.", in.ScheduledType)
		return
	}
	if len(in.Invitees) > 1000 {
		c.fail(http.StatusBadRequest, "At most 1000 invitees may be given.")
		return
	}
	for _, inv := range in.Invitees {
		if !strings.Contains(inv.Email, "@") {
			c.fail(http.StatusBadRequest, "Every invitee needs a valid email.")
			return
		}
	}
	m := s.newSeriesLocked(host, title, start, end, occ)
	m.recurrence, m.scheduledType, m.settings = rec, st, settings
	if in.Agenda != nil {
		m.agenda = *in.Agenda
	}
	if in.Password != nil && *in.Password != "" {
		m.password = *in.Password
	}
	if in.Timezone != nil && *in.Timezone != "" {
		m.timezone = *in.Timezone
	}
	if rm != nil {
		m.roomID = rm.id
	}
	if tmpl != nil {
		for k, v := range tmpl.settings {
			if _, given := m.settings[k]; !given {
				b, _ := json.Marshal(v)
				m.settings[k] = b
			}
		}
	}
	sendEmail := in.SendEmail == nil || *in.SendEmail
	switch {
	case len(in.Invitees) > 0:
		for _, inv := range in.Invitees {
			if m.inviteeByEmail(inv.Email) == nil {
				s.addInviteeLocked(m, inv.Email, inv.DisplayName, inv.CoHost != nil && *inv.CoHost || rm != nil && inv.CoHost == nil, inv.Panelist != nil && *inv.Panelist)
			}
		}
	case rm != nil:
		for _, mb := range rm.members {
			if mb.person != host {
				s.addInviteeLocked(m, mb.person.email, mb.person.displayName, true, false)
			}
		}
	}
	if sendEmail {
		s.mailLocked(MeetingEmailInvitation, m, host.email)
		for _, inv := range m.invitees {
			s.mailLocked(MeetingEmailInvitation, m, inv.email)
		}
	}
	c.ok(m.render(now))
}

// getMeeting serves GET /meetings/{id}.
func (s *Server) getMeeting(c *reqCtx) {
	actor := s.actAs(c, c.query("hostEmail"), scopeMtgRead, scopeMtgAdminRead)
	if actor == nil {
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
	if !found || !ref.visible(actor) {
		c.failErr(errNotFound())
		return
	}
	if current && ref.inst == nil && !ref.isOcc {
		if occ, ok := ref.series.currentOcc(now); ok {
			ref.occ, ref.isOcc = occ, true
		}
	}
	c.ok(ref.render(now))
}

// listMeetings serves GET /meetings.
func (s *Server) listMeetings(c *reqCtx) {
	q := c.r.URL.Query()
	actor := s.actAs(c, q.Get("hostEmail"), scopeMtgRead, scopeMtgAdminRead)
	if actor == nil {
		return
	}
	number, webLink, roomID := q.Get("meetingNumber"), q.Get("webLink"), q.Get("roomId")
	if countNonEmpty(number, webLink, roomID) > 1 {
		c.fail(http.StatusBadRequest, "meetingNumber, webLink and roomId are mutually exclusive.")
		return
	}
	max, ok := c.parseMax(10, 100, true)
	if !ok {
		return
	}
	current, _, ok := c.boolQuery("current")
	if !ok {
		return
	}
	mtype, state, stype := q.Get("meetingType"), q.Get("state"), q.Get("scheduledType")
	switch mtype {
	case "", "meetingSeries", "scheduledMeeting", "meeting":
	default:
		c.fail(http.StatusBadRequest, "Invalid meetingType %q.", mtype)
		return
	}
	switch state {
	case "", mtgStateActive, mtgStateScheduled, mtgStateReady, mtgStateLobby, mtgStateInProgress,
		mtgStateEnded, mtgStateMissed, mtgStateExpired:
	default:
		c.fail(http.StatusBadRequest, "Invalid state %q.", state)
		return
	}
	var hasFilters []struct {
		name     string
		val, set bool
	}
	for _, n := range []string{"hasRecording", "hasTranscription", "hasSummary", "hasChat",
		"hasClosedCaption", "hasPolls", "hasQA", "hasSlido"} {
		v, set, ok := c.boolQuery(n)
		if !ok {
			return
		}
		if set {
			hasFilters = append(hasFilters, struct {
				name     string
				val, set bool
			}{n, v, set})
		}
	}
	now := s.now()
	from, to, ok := c.timeRange("from", "to", weekRange(now, mtype != "meeting"))
	if !ok {
		return
	}
	site, seriesID, tag := q.Get("siteUrl"), q.Get("meetingSeriesId"), q.Get("integrationTag")
	s.mu.RLock()
	var items []map[string]any
	var series []*mtgSeries
	for _, m := range s.mtg.series {
		series = append(series, m)
	}
	sort.Slice(series, func(i, j int) bool {
		if !series[i].start.Equal(series[j].start) {
			return series[i].start.Before(series[j].start)
		}
		return series[i].seq < series[j].seq
	})
	pick := func(m *mtgSeries) {
		if current {
			if occ, ok := m.currentOcc(now); ok {
				items = append(items, m.renderOcc(occ, now))
				return
			}
		}
		items = append(items, m.render(now))
	}
	switch {
	case number != "" || webLink != "":
		for _, m := range series {
			if (number != "" && m.number == number || webLink != "" && m.webLink == webLink) && m.canSee(actor) {
				pick(m)
			}
		}
		max = 100
	case roomID != "":
		rm := s.roomByID(roomID)
		for _, m := range series {
			if rm != nil && m.roomID == rm.id && !m.adhoc && (m.canSee(actor) || rm.canAccess(actor)) {
				pick(m)
			}
		}
		max = 100
	case seriesID != "":
		m := s.mtg.series[seriesID]
		if m != nil && m.canSee(actor) {
			if mtype != "meeting" {
				for _, occ := range m.occurrences {
					if (!q.Has("from") || !occ.Before(from)) && (!q.Has("to") || occ.Before(to)) &&
						(state == "" || m.occState(occ, now) == state) && !m.adhoc {
						items = append(items, m.renderOcc(occ, now))
					}
				}
			}
			if mtype != "scheduledMeeting" {
				for _, in := range m.instances {
					if state == "" || in.state == state {
						items = append(items, in.render())
					}
				}
			}
		}
	case mtype == "scheduledMeeting":
		for _, m := range series {
			if m.adhoc || !m.canSee(actor) || (site != "" && m.site != site) || (stype != "" && m.scheduledType != stype) || !m.tagged(tag) {
				continue
			}
			for _, occ := range m.occurrences {
				if occ.Before(to) && occ.Add(m.duration()).After(from) && (state == "" || m.occState(occ, now) == state) {
					items = append(items, m.renderOcc(occ, now))
				}
			}
		}
		sort.SliceStable(items, func(i, j int) bool { return items[i]["start"].(string) < items[j]["start"].(string) })
	case mtype == "meeting":
		var insts []*mtgInstance
		for _, in := range s.mtg.instances {
			m := in.series
			if !(mtgRef{series: m, inst: in}).visible(actor) || (site != "" && m.site != site) ||
				(stype != "" && m.scheduledType != stype) || !m.tagged(tag) ||
				in.start.Before(from) || !in.start.Before(to) || (state != "" && in.state != state) {
				continue
			}
			v := in.render()
			keep := true
			for _, f := range hasFilters {
				if b, _ := v[f.name].(bool); b != f.val {
					keep = false
				}
			}
			if keep {
				insts = append(insts, in)
			}
		}
		sort.Slice(insts, func(i, j int) bool { return insts[i].seq < insts[j].seq })
		for _, in := range insts {
			items = append(items, in.render())
		}
	default:
		for _, m := range series {
			last := m.occurrences[len(m.occurrences)-1]
			if m.adhoc || !m.canSee(actor) || (site != "" && m.site != site) || (stype != "" && m.scheduledType != stype) || !m.tagged(tag) ||
				!m.start.Before(to) || !last.Add(m.duration()).After(from) || (state != "" && m.state(now) != state) {
				continue
			}
			items = append(items, m.render(now))
		}
	}
	s.mu.RUnlock()
	if page, ok := pageOffset(c, items, max); ok {
		okList(c, page)
	}
}

// tagged reports whether the series carries integration tag tag ("" is
// always true).
func (m *mtgSeries) tagged(tag string) bool {
	if tag == "" {
		return true
	}
	var tags []string
	_ = json.Unmarshal(m.settings["integrationTags"], &tags)
	for _, t := range tags {
		if t == tag {
			return true
		}
	}
	return false
}

// countNonEmpty counts non-empty strings.
func countNonEmpty(ss ...string) int {
	n := 0
	for _, s := range ss {
		if s != "" {
			n++
		}
	}
	return n
}

// updateMeeting serves PUT /meetings/{id}: the body replaces the series.
func (s *Server) updateMeeting(c *reqCtx) { s.changeMeeting(c, true) }

// patchMeeting serves PATCH /meetings/{id}: the body's fields change.
func (s *Server) patchMeeting(c *reqCtx) { s.changeMeeting(c, false) }

// changeMeeting implements PUT (replace) and PATCH (merge).
func (s *Server) changeMeeting(c *reqCtx, replace bool) {
	in, attrs, ok := c.decodeMeeting()
	if !ok {
		return
	}
	actor := s.actAs(c, in.HostEmail, scopeMtgWrite, scopeMtgAdminWrite)
	if actor == nil {
		return
	}
	settings, aerr := settingsFrom(attrs)
	if aerr != nil {
		c.failErr(aerr)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	ref, found := s.resolveMeeting(c.params[0])
	if !found || !ref.visible(actor) {
		c.failErr(errNotFound())
		return
	}
	m := ref.series
	switch {
	case m.host != actor:
		c.fail(http.StatusForbidden, "Only the meeting host can update the meeting.")
		return
	case ref.inst != nil:
		c.fail(http.StatusBadRequest, "A meeting instance cannot be updated.")
		return
	case ref.isOcc:
		c.fail(http.StatusBadRequest, "The emulator updates meeting series only, not single scheduled meetings.")
		return
	case m.adhoc:
		c.fail(http.StatusBadRequest, "An ad-hoc meeting cannot be updated.")
		return
	}
	title, startS, endS := m.title, fmtMtgTime(m.start), fmtMtgTime(m.end)
	if replace {
		if in.Title == nil || strings.TrimSpace(*in.Title) == "" || in.Start == "" || in.End == "" {
			c.fail(http.StatusBadRequest, "title, start and end are required.")
			return
		}
	}
	if in.Title != nil {
		title = strings.TrimSpace(*in.Title)
		if title == "" {
			c.fail(http.StatusBadRequest, "title cannot be empty.")
			return
		}
	}
	if in.Start != "" {
		startS = in.Start
	}
	if in.End != "" {
		endS = in.End
	}
	start, end := m.start, m.end
	if in.Start != "" || in.End != "" {
		if start, end, aerr = meetingTimes(startS, endS, now); aerr != nil {
			c.failErr(aerr)
			return
		}
	}
	rec := m.recurrence
	if in.Recurrence != nil {
		rec = strings.TrimSpace(*in.Recurrence)
	} else if replace || isNull(attrs, "recurrence") { // null clears: the series becomes one meeting
		rec = ""
	}
	occ, err := occurrences(start, rec)
	if err != nil {
		c.fail(http.StatusBadRequest, "Invalid recurrence %q: %v.", rec, err)
		return
	}
	st := m.scheduledType
	if in.ScheduledType != "" {
		if st, ok = validScheduledType(in.ScheduledType); !ok {
			c.fail(http.StatusBadRequest, "Invalid scheduledType %q.", in.ScheduledType)
			return
		}
	}
	m.title, m.start, m.end, m.recurrence, m.occurrences, m.scheduledType = title, start, end, rec, occ, st
	if replace {
		m.agenda, m.settings = "", settings
		m.timezone = "UTC"
	} else {
		for k, v := range settings {
			m.settings[k] = v
		}
		if isNull(attrs, "trackingCodes") {
			delete(m.settings, "trackingCodes")
		}
	}
	if in.Agenda != nil {
		m.agenda = *in.Agenda
	} else if isNull(attrs, "agenda") {
		m.agenda = ""
	}
	if in.Password != nil && *in.Password != "" {
		m.password = *in.Password
	}
	if in.Timezone != nil && *in.Timezone != "" {
		m.timezone = *in.Timezone
	}
	if in.SendEmail == nil || *in.SendEmail {
		for _, inv := range m.invitees {
			s.mailLocked(MeetingEmailUpdate, m, inv.email)
		}
	}
	c.ok(m.render(now))
}

// deleteMeeting serves DELETE /meetings/{id}.
func (s *Server) deleteMeeting(c *reqCtx) {
	actor := s.actAs(c, c.query("hostEmail"), scopeMtgWrite, scopeMtgAdminWrite)
	if actor == nil {
		return
	}
	sendEmail, set, ok := c.boolQuery("sendEmail")
	if !ok {
		return
	}
	if !set {
		sendEmail = true
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	ref, found := s.resolveMeeting(c.params[0])
	if !found || !ref.visible(actor) {
		c.failErr(errNotFound())
		return
	}
	m := ref.series
	switch {
	case m.host != actor:
		c.fail(http.StatusForbidden, "Only the meeting host can delete the meeting.")
		return
	case ref.inst != nil:
		c.fail(http.StatusBadRequest, "A meeting instance cannot be deleted.")
		return
	case m.running() != nil && (!ref.isOcc || m.running().occStart.Equal(ref.occ)):
		c.fail(http.StatusBadRequest, "A meeting in progress cannot be deleted; end it first.")
		return
	}
	if sendEmail {
		s.mailLocked(MeetingEmailCancellation, m, m.host.email)
		for _, inv := range m.invitees {
			s.mailLocked(MeetingEmailCancellation, m, inv.email)
		}
	}
	if ref.isOcc && len(m.occurrences) > 1 {
		kept := m.occurrences[:0:0]
		for _, o := range m.occurrences {
			if !o.Equal(ref.occ) {
				kept = append(kept, o)
			}
		}
		m.occurrences = kept
		c.noContent()
		return
	}
	m.deleted = true
	delete(s.mtg.series, m.id)
	delete(s.mtg.byNumber, m.number)
	for _, inv := range m.invitees {
		delete(s.mtg.invitees, inv.id)
	}
	c.noContent()
}

// endMeetingHTTP serves POST /meetings/{id}/end.
func (s *Server) endMeetingHTTP(c *reqCtx) {
	if !c.needScope(scopeMtgWrite, scopeMtgAdminWrite) {
		return
	}
	var body struct {
		Reason string `json:"reason"`
	}
	if c.r.ContentLength != 0 && !c.decode(&body) {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	ref, found := s.resolveMeeting(c.params[0])
	if !found || !(ref.visible(c.me) || isComplianceOfficer(c.me) && c.me.org == ref.series.host.org) {
		c.failErr(errNotFound())
		return
	}
	if !ref.series.canManage(c.me) && !isComplianceOfficer(c.me) {
		c.fail(http.StatusForbidden, "Only the meeting host, a cohost or a compliance officer can end the meeting.")
		return
	}
	in := ref.inst
	switch {
	case in == nil && ref.isOcc:
		in = ref.series.byOcc[ref.occ.Unix()]
	case in == nil:
		in = ref.series.running()
	}
	if in == nil || in.state == mtgStateEnded {
		c.fail(http.StatusBadRequest, "The meeting is not in progress.")
		return
	}
	s.endInstanceLocked(in, c.me)
	c.noContent()
}

// joinInput is the body of POST /meetings/join.
type joinInput struct {
	MeetingID                string `json:"meetingId"`
	MeetingNumber            string `json:"meetingNumber"`
	WebLink                  string `json:"webLink"`
	JoinDirectly             *bool  `json:"joinDirectly"`
	Email                    string `json:"email"`
	DisplayName              string `json:"displayName"`
	Password                 string `json:"password"`
	ExpirationMinutes        int    `json:"expirationMinutes"`
	RegistrationID           string `json:"registrationId"`
	HostEmail                string `json:"hostEmail"`
	CreateJoinLinkAsWebLink  bool   `json:"createJoinLinkAsWebLink"`
	CreateStartLinkAsWebLink bool   `json:"createStartLinkAsWebLink"`
}

// joinMeetingLink serves POST /meetings/join.
func (s *Server) joinMeetingLink(c *reqCtx) {
	var in joinInput
	if !c.decode(&in) {
		return
	}
	actor := s.actAs(c, in.HostEmail, scopeMtgRead, scopeMtgAdminRead)
	if actor == nil {
		return
	}
	switch n := countNonEmpty(in.MeetingID, in.MeetingNumber, in.WebLink); {
	case n == 0:
		c.fail(http.StatusBadRequest, "One of meetingId, meetingNumber and webLink is required.")
		return
	case n > 1:
		c.fail(http.StatusBadRequest, "meetingId, meetingNumber and webLink are mutually exclusive.")
		return
	case in.ExpirationMinutes < 0 || in.ExpirationMinutes > 60:
		c.fail(http.StatusBadRequest, "expirationMinutes must be between 1 and 60.")
		return
	}
	if in.ExpirationMinutes == 0 {
		in.ExpirationMinutes = 5
	}
	s.mu.RLock()
	var m *mtgSeries
	switch {
	case in.MeetingID != "":
		if ref, ok := s.resolveMeeting(in.MeetingID); ok {
			m = ref.series
		}
	case in.MeetingNumber != "":
		m = s.mtg.byNumber[in.MeetingNumber]
	default:
		for _, sm := range s.mtg.series {
			if sm.webLink == in.WebLink {
				m = sm
			}
		}
	}
	var weblink, site, number, password string
	var isHost, invited, found bool
	if m != nil && !m.deleted {
		weblink, site, number, password = m.webLink, m.site, m.number, m.password
		isHost, invited, found = m.canManage(actor), m.canSee(actor), true
	}
	s.mu.RUnlock()
	if !found {
		c.failErr(errNotFound())
		return
	}
	if !invited && in.Password != password {
		c.fail(http.StatusForbidden, "A valid password is required to join this meeting.")
		return
	}
	base := "https://" + site + "/wbxmjs/joinservice/sites/" + siteName(site) + "/meeting/download/" + hexID(16)
	out := struct {
		StartLink  string `json:"startLink,omitempty"`
		JoinLink   string `json:"joinLink"`
		Expiration string `json:"expiration,omitempty"`
	}{JoinLink: base + "?siteurl=" + siteName(site) + "&MTID=" + number + "&token=" + hexID(24)}
	if in.CreateJoinLinkAsWebLink {
		out.JoinLink = weblink
	}
	if isHost {
		out.StartLink = strings.Replace(base, "/download/", "/start/", 1) + "?siteurl=" + siteName(site) + "&MTID=" + number + "&token=" + hexID(24)
		if in.CreateStartLinkAsWebLink {
			out.StartLink = weblink
		}
	}
	if !(in.CreateJoinLinkAsWebLink && (in.CreateStartLinkAsWebLink || !isHost)) {
		out.Expiration = fmtMtgTime(s.now().Add(time.Duration(in.ExpirationMinutes) * time.Minute))
	}
	if in.JoinDirectly == nil || *in.JoinDirectly {
		c.w.Header().Set("Location", out.JoinLink)
		c.w.WriteHeader(http.StatusFound)
		return
	}
	c.ok(out)
}
