package webextest

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Meeting is a seeded meeting series (a one-off meeting is a series of
// one occurrence).
type Meeting struct {
	// ID is the meeting series id.
	ID string
	// MeetingNumber is the number attendees dial or type to join.
	MeetingNumber string
	// Title is the meeting's title at creation.
	Title string
	// WebLink is the meeting's information page.
	WebLink string
	// SIPAddress is the video address, MeetingNumber@site.
	SIPAddress string
	// SiteURL is the Webex site, derived from the host's organization.
	SiteURL string
	// HostID is the host's person id.
	HostID string
	// Start and End bound the first occurrence.
	Start, End time.Time
}

// MeetingSpec describes a meeting to seed with NewMeeting.
type MeetingSpec struct {
	// Title defaults to "<host>'s meeting".
	Title string
	// Agenda is optional.
	Agenda string
	// Password is generated when empty.
	Password string
	// Start defaults to the next quarter hour; End to an hour after Start.
	// Unlike the API, seeding accepts times in the past.
	Start, End time.Time
	// Recurrence is an RFC 5545 rule (FREQ, INTERVAL, COUNT, UNTIL, BYDAY),
	// making the meeting a recurring series.
	Recurrence string
	// Invitees are invited by email; persons not known to the emulator
	// are invited as guests.
	Invitees []string
	// CoHosts are invited as cohosts.
	CoHosts []string
	// RoomID associates the meeting with a space.
	RoomID string
}

// Participant is a person in a meeting, as seen by the driving helpers.
type Participant struct {
	// ID is the participant id used by /meetingParticipants.
	ID string
	// MeetingID is the meeting instance id.
	MeetingID string
	// PersonID is the person's id.
	PersonID string
	// Email is the person's email.
	Email string
	// State is "lobby", "joined" or "end".
	State string
}

// Kinds of MeetingEmail.
const (
	MeetingEmailInvitation   = "invitation"
	MeetingEmailUpdate       = "update"
	MeetingEmailCancellation = "cancellation"
)

// MeetingEmail is an email the emulator would have sent about a meeting:
// invitations (create, invitee added), updates and cancellations (delete,
// invitee removed), unless the request set sendEmail to false.
type MeetingEmail struct {
	// Kind is MeetingEmailInvitation, MeetingEmailUpdate or
	// MeetingEmailCancellation.
	Kind string
	// To is the recipient's address.
	To string
	// MeetingID is the meeting series id.
	MeetingID string
}

// errors returned by the driving helpers.
var (
	errNoMeeting      = errors.New("webextest: no such meeting")
	errNoParticipant  = errors.New("webextest: no such participant")
	errNotInProgress  = errors.New("webextest: the meeting is not in progress")
	errNoOccurrence   = errors.New("webextest: the meeting has no occurrence left to start")
	errNotInLobby     = errors.New("webextest: the participant is not in the lobby")
	errAlreadyStarted = errors.New("webextest: the meeting is already in progress")
)

// handle returns the public view of m.
func (m *mtgSeries) handle() *Meeting {
	return &Meeting{ID: m.id, MeetingNumber: m.number, Title: m.title, WebLink: m.webLink,
		SIPAddress: m.sipAddress(), SiteURL: m.site, HostID: m.host.id, Start: m.start, End: m.end}
}

// handle returns the public view of p.
func (p *mtgParticipant) handle() *Participant {
	return &Participant{ID: p.id, MeetingID: p.inst.id, PersonID: p.person.id, Email: p.person.email, State: p.state}
}

// NewMeeting seeds a meeting hosted by host. Like other seeding it sends
// no emails and delivers no webhooks. It panics on an invalid spec.
func (s *Server) NewMeeting(host *Person, spec MeetingSpec) *Meeting {
	s.mu.Lock()
	defer s.mu.Unlock()
	h := s.mustPerson(host)
	now := s.now()
	start, end := spec.Start, spec.End
	if start.IsZero() {
		start = now.Truncate(15 * time.Minute).Add(15 * time.Minute)
	}
	start = start.UTC().Truncate(time.Minute)
	if end.IsZero() {
		end = start.Add(time.Hour)
	}
	end = end.UTC().Truncate(time.Minute)
	if !end.After(start) {
		panic("webextest: NewMeeting: End must be after Start")
	}
	occ, err := occurrences(start, spec.Recurrence)
	if err != nil {
		panic("webextest: NewMeeting: " + err.Error())
	}
	title := spec.Title
	if title == "" {
		title = h.displayName + "'s meeting"
	}
	m := s.newSeriesLocked(h, title, start, end, occ)
	m.agenda, m.recurrence, m.roomID = spec.Agenda, spec.Recurrence, spec.RoomID
	if spec.Password != "" {
		m.password = spec.Password
	}
	for _, e := range spec.Invitees {
		s.addInviteeLocked(m, e, "", false, false)
	}
	for _, e := range spec.CoHosts {
		s.addInviteeLocked(m, e, "", true, false)
	}
	return m.handle()
}

// MeetingEmails returns the meeting emails sent so far, oldest first.
func (s *Server) MeetingEmails() []MeetingEmail {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return append([]MeetingEmail(nil), s.mtg.mails...)
}

// mailLocked records an email; callers hold mu.
func (s *Server) mailLocked(kind string, m *mtgSeries, to string) {
	s.mtg.mails = append(s.mtg.mails, MeetingEmail{Kind: kind, To: to, MeetingID: m.id})
}

// seriesForDriving resolves a series or scheduled meeting id to the series
// and the occurrence to start; callers hold mu.
func (s *Server) seriesForDriving(meetingID string) (*mtgSeries, time.Time, error) {
	ref, ok := s.resolveMeeting(meetingID)
	if !ok || ref.series.deleted {
		return nil, time.Time{}, errNoMeeting
	}
	if ref.inst != nil {
		return ref.series, ref.inst.occStart, nil
	}
	if ref.isOcc {
		return ref.series, ref.occ, nil
	}
	occ, ok := ref.series.currentOcc(s.now())
	if !ok {
		return nil, time.Time{}, errNoOccurrence
	}
	return ref.series, occ, nil
}

// StartMeeting starts a meeting: the current occurrence of a series, or
// the given scheduled meeting. The host joins, then each of participants;
// people waiting in the lobby are let in. The meeting becomes inProgress.
// Unlike seeding, StartMeeting delivers webhooks (meetings "started",
// meetingParticipants "joined"), as the real meeting would.
func (s *Server) StartMeeting(meetingID string, participants ...*Person) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, occ, err := s.seriesForDriving(meetingID)
	if err != nil {
		return err
	}
	ps := make([]*person, 0, len(participants))
	for _, p := range participants {
		pp := s.people[p.uuid]
		if pp == nil {
			return fmt.Errorf("webextest: unknown person %s", p.ID)
		}
		ps = append(ps, pp)
	}
	in := m.byOcc[occ.Unix()]
	if in != nil && in.state != mtgStateLobby {
		return errAlreadyStarted
	}
	if r := m.running(); r != nil && r != in {
		return errAlreadyStarted
	}
	if in == nil {
		in = s.newInstanceLocked(m, occ)
	}
	s.goLiveLocked(in)
	for _, p := range ps {
		s.joinLocked(in, p, false)
	}
	return nil
}

// newInstanceLocked creates the instance of occurrence occ.
func (s *Server) newInstanceLocked(m *mtgSeries, occ time.Time) *mtgInstance {
	in := &mtgInstance{
		id: m.id + "_I_" + digits(18), series: m, occStart: occ, occEnd: occ.Add(m.duration()),
		start: s.now(), state: mtgStateLobby, seq: s.nextSeq(),
	}
	m.instances = append(m.instances, in)
	m.byOcc[occ.Unix()] = in
	s.mtg.instances[in.id] = in
	return in
}

// goLiveLocked puts the instance in progress: the host joins and the
// lobby is admitted.
func (s *Server) goLiveLocked(in *mtgInstance) {
	in.state, in.start = mtgStateInProgress, s.now()
	host := in.series.host
	s.hookLocked("meetings", "started", host, in, in.hookData(), nil)
	s.joinLocked(in, host, false)
	for _, p := range in.participants {
		if p.state == partLobby {
			s.admitLocked(p)
		}
	}
}

// participantOf returns p's live participant record in in, if any.
func (in *mtgInstance) participantOf(p *person) *mtgParticipant {
	for _, pt := range in.participants {
		if pt.person == p && pt.state != partEnd {
			return pt
		}
	}
	return nil
}

// joinLocked adds p to in: joined, or in the lobby when lobby is set or the
// meeting has not started. A person already there is left as is.
func (s *Server) joinLocked(in *mtgInstance, p *person, lobby bool) *mtgParticipant {
	if pt := in.participantOf(p); pt != nil {
		return pt
	}
	m := in.series
	inv := m.invitee(p)
	pt := &mtgParticipant{
		id: in.id + "_" + newUUID(), inst: in, person: p, host: m.host == p,
		coHost: inv != nil && inv.coHost, invitee: inv != nil, video: "on", seq: s.nextSeq(),
	}
	in.participants = append(in.participants, pt)
	s.mtg.participants[pt.id] = pt
	if lobby || in.state != mtgStateInProgress {
		pt.state = partLobby
		return pt
	}
	s.admitLocked(pt)
	return pt
}

// admitLocked moves a participant from the lobby (or nowhere) into the
// meeting and fires meetingParticipants "joined".
func (s *Server) admitLocked(pt *mtgParticipant) {
	pt.state, pt.joined = partJoined, s.now()
	if pt.host {
		pt.inst.hostJoined = true
	} else {
		pt.inst.attendeeJoined = true
	}
	s.hookLocked("meetingParticipants", "joined", pt.person, pt.inst, pt.render(), map[string][]string{"email": {pt.person.email}})
}

// leaveLocked makes a participant leave and fires "left".
func (s *Server) leaveLocked(pt *mtgParticipant) {
	wasJoined := pt.state == partJoined
	pt.state, pt.left = partEnd, s.now()
	if pt.joined.IsZero() {
		pt.joined = pt.left
	}
	if wasJoined {
		s.hookLocked("meetingParticipants", "left", pt.person, pt.inst, pt.render(), map[string][]string{"email": {pt.person.email}})
	}
}

// JoinMeeting makes p join a meeting. When the meeting is in progress p
// joins it; before it starts p waits in the lobby (the instance is in the
// "lobby" state) unless p is the host, which starts the meeting. It
// returns p's participant record and delivers webhooks like StartMeeting.
func (s *Server) JoinMeeting(meetingID string, p *Person) (*Participant, error) {
	return s.joinMeeting(meetingID, p, false)
}

// JoinLobby puts p in the lobby of a meeting, as a locked meeting would;
// admit them with AdmitParticipant or the API (PUT
// /meetingParticipants/{id} with admit, or POST /meetingParticipants/admit).
func (s *Server) JoinLobby(meetingID string, p *Person) (*Participant, error) {
	return s.joinMeeting(meetingID, p, true)
}

// joinMeeting implements JoinMeeting and JoinLobby.
func (s *Server) joinMeeting(meetingID string, p *Person, lobby bool) (*Participant, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	pp := s.people[p.uuid]
	if pp == nil {
		return nil, fmt.Errorf("webextest: unknown person %s", p.ID)
	}
	m, occ, err := s.seriesForDriving(meetingID)
	if err != nil {
		return nil, err
	}
	in := m.byOcc[occ.Unix()]
	if in != nil && in.state == mtgStateEnded {
		return nil, errNotInProgress
	}
	if in == nil {
		if r := m.running(); r != nil {
			in = r
		} else {
			in = s.newInstanceLocked(m, occ)
		}
	}
	if pp == m.host && in.state == mtgStateLobby {
		s.goLiveLocked(in)
		return in.participantOf(pp).handle(), nil
	}
	return s.joinLocked(in, pp, lobby).handle(), nil
}

// AdmitParticipant lets a participant in from the lobby.
func (s *Server) AdmitParticipant(participantID string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	pt := s.mtg.participants[participantID]
	switch {
	case pt == nil:
		return errNoParticipant
	case pt.state != partLobby:
		return errNotInLobby
	case pt.inst.state != mtgStateInProgress:
		return errNotInProgress
	}
	s.admitLocked(pt)
	return nil
}

// LeaveMeeting makes a participant leave the meeting.
func (s *Server) LeaveMeeting(participantID string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	pt := s.mtg.participants[participantID]
	switch {
	case pt == nil:
		return errNoParticipant
	case pt.state == partEnd:
		return errNotInProgress
	}
	s.leaveLocked(pt)
	return nil
}

// EndMeeting ends the meeting in progress (by series, scheduled meeting or
// instance id), as POST /meetings/{id}/end does: every participant leaves,
// and a recording, a transcript and a summary are created. It delivers the
// webhooks (meetingParticipants "left", meetings "ended", recordings and
// meetingTranscripts "created") and records compliance events.
func (s *Server) EndMeeting(meetingID string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	ref, ok := s.resolveMeeting(meetingID)
	if !ok {
		return errNoMeeting
	}
	in := ref.inst
	switch {
	case in == nil && ref.isOcc:
		in = ref.series.byOcc[ref.occ.Unix()]
	case in == nil:
		in = ref.series.running()
	}
	if in == nil || in.state == mtgStateEnded {
		return errNotInProgress
	}
	s.endInstanceLocked(in, ref.series.host)
	return nil
}

// MeetingInstanceID returns the id of the meeting instance of a series or
// scheduled meeting: the one in progress, else the latest. ok is false
// when the meeting never started.
func (s *Server) MeetingInstanceID(meetingID string) (id string, ok bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	ref, found := s.resolveMeeting(meetingID)
	if !found {
		return "", false
	}
	if in := s.latestInstance(ref); in != nil {
		return in.id, true
	}
	return "", false
}

// latestInstance returns the referenced instance, or the series' running
// or latest one; callers hold mu.
func (s *Server) latestInstance(ref mtgRef) *mtgInstance {
	switch {
	case ref.inst != nil:
		return ref.inst
	case ref.isOcc:
		return ref.series.byOcc[ref.occ.Unix()]
	}
	if r := ref.series.running(); r != nil {
		return r
	}
	if n := len(ref.series.instances); n > 0 {
		return ref.series.instances[n-1]
	}
	return nil
}

// endInstanceLocked ends in and creates its artifacts.
func (s *Server) endInstanceLocked(in *mtgInstance, actor *person) {
	now := s.now()
	for _, pt := range in.participants {
		if pt.state != partEnd {
			s.leaveLocked(pt)
		}
	}
	in.state, in.end = mtgStateEnded, now
	m := in.series
	s.hookLocked("meetings", "ended", actor, in, in.hookData(), nil)
	s.complianceLocked(actor, "meetings", "ended", in.render())
	if !in.hostJoined && !in.attendeeJoined {
		return
	}
	dur := int(in.end.Sub(in.start) / time.Second)
	if dur < 1 {
		dur = 1
	}
	rid := hexID(16)
	in.recording = &mtgRecording{id: rid, inst: in, created: now, recorded: in.start, duration: dur,
		size: int64(dur)*61_440 + 1_048_576, status: "available", password: m.password, seq: s.nextSeq()}
	s.mtg.recordings[rid] = in.recording
	tid := newUUID() + "_M_" + hexID(16)
	tr := &mtgTranscript{id: tid, inst: in, start: in.start, status: "available", seq: s.nextSeq()}
	offset := 1000
	n := 0
	for _, pt := range in.participants {
		if pt.joined.IsZero() || pt.state == partLobby {
			continue
		}
		for _, line := range snippetLines(pt, m) {
			n++
			d := 1200 + 60*len(line)
			tr.snippets = append(tr.snippets, &mtgSnippet{id: strings.ReplaceAll(tid[:36], "-", "") + "_" + padNum(uint64(n), 5),
				text: line, personName: pt.person.displayName, personEmail: pt.person.email,
				offsetMs: offset, durationMs: d})
			offset += d + 400
		}
	}
	in.transcript = tr
	s.mtg.transcripts[tid] = tr
	in.summary = &mtgSummary{id: newUUID(), inst: in, status: "available",
		notes:       "<p>" + htmlEscape(m.title) + ": the participants reviewed the agenda and agreed on next steps.</p>",
		actionItems: []string{m.host.displayName + " to share the meeting notes.", "Everyone to review the recording."}}
	s.mtg.summaries[in.summary.id] = in.summary
	s.hookLocked("recordings", "created", m.host, in, in.recording.render(s.base, false), nil)
	s.hookLocked("meetingTranscripts", "created", m.host, in, tr.render(s.base), nil)
	s.complianceLocked(m.host, "meetingTranscripts", "created", tr.render(s.base))
}

// snippetLines is what a participant "said".
func snippetLines(pt *mtgParticipant, m *mtgSeries) []string {
	if pt.host {
		return []string{"Welcome everyone to " + m.title + ".", "Let's go through the agenda."}
	}
	return []string{"Hello, this is " + pt.person.displayName + "."}
}

// htmlEscape escapes text for the summary's HTML notes.
func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

// hookLocked delivers a meetings-family webhook to the meeting's host
// (and org-wide webhooks of the host's organization). Callers hold mu.
func (s *Server) hookLocked(resource, typ string, actor *person, in *mtgInstance, data any, extra map[string][]string) {
	m := in.series
	attrs := map[string][]string{
		"meetingId": {in.id, m.id, m.scheduledID(in.occStart)}, "hostUserId": {m.host.id},
		"hostEmail": {m.host.email}, "siteUrl": {m.site}, "meetingType": {"meeting"},
	}
	for k, v := range extra {
		attrs[k] = v
	}
	host := m.host
	s.bus.publish(change{resource: resource, event: typ, actor: actor,
		obj: &notice{hookData: data, attrs: attrs, visible: func(p *person) bool { return p == host }}})
}

// complianceLocked records a compliance event; callers hold mu.
func (s *Server) complianceLocked(actor *person, resource, typ string, data any) {
	s.bus.publish(change{resource: resource, event: typ, actor: actor, obj: &notice{eventData: data}})
}

// NewMeetingUserWithToken creates a regular user in the default
// organization and a token carrying spark:all plus every user-level
// meeting scope (MeetingScopes). NewUserWithToken's spark:all token cannot
// use the meetings API, as with real Webex integrations.
func (s *Server) NewMeetingUserWithToken(email, displayName string) (*Person, string) {
	p := s.NewUser(nil, email, displayName)
	return p, s.NewToken(p, append(MeetingScopes(), scopeAll)...)
}
