package meetings_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/gowebex/sdk/internal/emu"
	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/meetings"
	"github.com/gowebex/sdk/webex/webextest"
)

// The examples run against the in-memory emulator: with real Webex, build
// the client with webex.NewClient() and a token in WEBEX_ACCESS_TOKEN.

// hostClient returns a client acting as hana@example.com, a host with the
// meeting scopes.
func hostClient(srv *webextest.Server) (*webextest.Person, *webex.Client) {
	host, token := srv.NewMeetingUserWithToken("hana@example.com", "Hana Host")
	return host, emu.Client(srv, token)
}

// pastMeeting seeds a "Design review" that host held with ivy@example.com,
// and returns the id of its (ended) meeting instance.
func pastMeeting(srv *webextest.Server, host *webextest.Person) string {
	m := srv.NewMeeting(host, webextest.MeetingSpec{Title: "Design review"})
	if err := srv.StartMeeting(m.ID, srv.NewUser(nil, "ivy@example.com", "Ivy")); err != nil {
		log.Fatal(err)
	}
	if err := srv.EndMeeting(m.ID); err != nil {
		log.Fatal(err)
	}
	id, _ := srv.MeetingInstanceID(m.ID)
	return id
}

func ExampleService_List() {
	srv := webextest.NewServer()
	defer srv.Close()
	host, client := hostClient(srv)
	now := time.Now()
	srv.NewMeeting(host, webextest.MeetingSpec{Title: "Design review", Start: now.Add(24 * time.Hour)})
	srv.NewMeeting(host, webextest.MeetingSpec{Title: "Offsite", Start: now.AddDate(0, 1, 0)})

	// The meetings of the coming week, one entry per occurrence.
	p := &meetings.ListParams{
		MeetingType: meetings.TypeScheduledMeeting,
		From:        now,
		To:          now.AddDate(0, 0, 7),
	}
	for m, err := range client.Meetings.List(context.Background(), p) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(m.Title, m.MeetingType, m.State)
	}
	// Output: Design review scheduledMeeting scheduled
}

func ExampleService_Create() {
	srv := webextest.NewServer()
	defer srv.Close()
	_, client := hostClient(srv)

	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		log.Fatal(err)
	}
	start := time.Date(2030, 4, 1, 10, 0, 0, 0, paris)
	m, err := client.Meetings.Create(context.Background(), &meetings.CreateParams{
		Title:    "Design review",
		Agenda:   "Proposals for the new onboarding flow",
		Start:    start,
		End:      start.Add(45 * time.Minute),
		Timezone: "Europe/Paris",
		Invitees: []meetings.InviteeParams{
			{Email: "bo@example.com", CoHost: webex.Ptr(true)},
			{Email: "cy@example.com"},
		},
		Settings: meetings.Settings{
			EnabledJoinBeforeHost: webex.Ptr(true),
			JoinBeforeHostMinutes: webex.Ptr(5),
		},
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("scheduled", m.Title, m.Start.In(paris).Format("Mon 2 Jan 15:04"), "with a password:", m.Password != "")
	// Output: scheduled Design review Mon 1 Apr 10:00 with a password: true
}

func ExampleService_Create_recurring() {
	srv := webextest.NewServer()
	defer srv.Close()
	_, client := hostClient(srv)

	start := time.Date(2030, 4, 1, 9, 0, 0, 0, time.UTC)
	series, err := client.Meetings.Create(context.Background(), &meetings.CreateParams{
		Title: "Stand-up",
		Start: start,
		End:   start.Add(15 * time.Minute),
		// Every weekday for eight weeks (RFC 5545, without "RRULE:").
		Recurrence: "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR;COUNT=40",
		Settings:   meetings.Settings{SendEmail: webex.Ptr(false)},
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(series.MeetingType, series.Recurrence)
	// Output: meetingSeries FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR;COUNT=40
}

func ExampleService_Patch() {
	srv := webextest.NewServer()
	defer srv.Close()
	host, client := hostClient(srv)
	seeded := srv.NewMeeting(host, webextest.MeetingSpec{Title: "Design review", Agenda: "Onboarding"})

	// Only these fields change; everything else stays as it is. Set,
	// Null and a zero Nullable set, clear and leave alone the fields a
	// patch may clear (Agenda, Recurrence, TrackingCodes).
	m, err := client.Meetings.Patch(context.Background(), seeded.ID, &meetings.PatchParams{
		Agenda:   meetings.Set("Moved to the larger room"),
		Settings: meetings.Settings{EnabledJoinBeforeHost: webex.Ptr(false)},
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(m.Title+":", m.Agenda)
	// Output: Design review: Moved to the larger room
}

func ExampleService_Get() {
	srv := webextest.NewServer()
	defer srv.Close()
	host, client := hostClient(srv)
	series := srv.NewMeeting(host, webextest.MeetingSpec{Title: "Stand-up", Recurrence: "FREQ=DAILY;COUNT=5"})
	ctx := context.Background()

	// For a series, Current gives the occurrence that is next or ready.
	m, err := client.Meetings.Get(ctx, series.ID, &meetings.GetParams{Current: webex.Ptr(true)})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(m.Title, m.MeetingType, m.MeetingNumber == series.MeetingNumber)

	missing := "0123456789abcdef0123456789abcdef"
	if _, err := client.Meetings.Get(ctx, missing, nil); errors.Is(err, webex.ErrNotFound) {
		fmt.Println("no such meeting, or not visible to this token")
	}
	// Output:
	// Stand-up scheduledMeeting true
	// no such meeting, or not visible to this token
}

func ExampleService_Join() {
	srv := webextest.NewServer()
	defer srv.Close()
	host, client := hostClient(srv)
	m := srv.NewMeeting(host, webextest.MeetingSpec{Title: "Design review"})

	link, err := client.Meetings.Join(context.Background(), &meetings.JoinParams{
		MeetingNumber:     m.MeetingNumber,
		Email:             "guest@example.com",
		DisplayName:       "Guest",
		ExpirationMinutes: 15,
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("join link:", link.JoinLink != "", "valid for at most 15 minutes:", time.Until(link.Expiration) <= 15*time.Minute)
	// Output: join link: true valid for at most 15 minutes: true
}

func ExampleService_Delete() {
	srv := webextest.NewServer()
	defer srv.Close()
	host, client := hostClient(srv)
	m := srv.NewMeeting(host, webextest.MeetingSpec{Title: "Design review", Invitees: []string{"bo@example.com"}})
	ctx := context.Background()

	// Cancel without emailing the invitees.
	if err := client.Meetings.Delete(ctx, m.ID, &meetings.DeleteParams{SendEmail: webex.Ptr(false)}); err != nil {
		log.Fatal(err)
	}
	_, err := client.Meetings.Get(ctx, m.ID, nil)
	fmt.Println("cancelled:", errors.Is(err, webex.ErrNotFound), "emails sent:", len(srv.MeetingEmails()))
	// Output: cancelled: true emails sent: 0
}

func ExampleInviteeService_BulkInsert() {
	srv := webextest.NewServer()
	defer srv.Close()
	host, client := hostClient(srv)
	m := srv.NewMeeting(host, webextest.MeetingSpec{Title: "Design review"})

	invited, err := client.MeetingInvitees.BulkInsert(context.Background(), &meetings.BulkInviteeParams{
		MeetingID: m.ID,
		Items: []meetings.InviteeItem{
			{Email: "bo@example.com", DisplayName: "Bo Lind"},
			{Email: "cy@example.com", SendEmail: webex.Ptr(false)},
		},
	})
	if err != nil {
		log.Fatal(err)
	}
	for _, inv := range invited {
		fmt.Println(inv.Email, inv.DisplayName)
	}
	fmt.Println("invitations emailed:", len(srv.MeetingEmails()))
	// Output:
	// bo@example.com Bo Lind
	// cy@example.com cy
	// invitations emailed: 1
}

func ExampleParticipantService_List() {
	srv := webextest.NewServer()
	defer srv.Close()
	host, client := hostClient(srv)
	instanceID := pastMeeting(srv, host)

	p := &meetings.ParticipantListParams{MeetingID: instanceID}
	for pt, err := range client.MeetingParticipants.List(context.Background(), p) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(pt.DisplayName, pt.State, "stayed:", pt.LeftTime.Sub(pt.JoinedTime) >= 0)
	}
	// Unordered output:
	// Hana Host end stayed: true
	// Ivy end stayed: true
}

func ExampleParticipantService_Admit() {
	srv := webextest.NewServer()
	defer srv.Close()
	host, client := hostClient(srv)
	m := srv.NewMeeting(host, webextest.MeetingSpec{Title: "Design review"})
	if err := srv.StartMeeting(m.ID); err != nil {
		log.Fatal(err)
	}
	if _, err := srv.JoinLobby(m.ID, srv.NewUser(nil, "ivy@example.com", "Ivy")); err != nil {
		log.Fatal(err)
	}
	instanceID, _ := srv.MeetingInstanceID(m.ID)
	ctx := context.Background()

	// Let everyone waiting in the lobby in.
	var lobby []meetings.AdmitItem
	for pt, err := range client.MeetingParticipants.List(ctx, &meetings.ParticipantListParams{MeetingID: instanceID}) {
		if err != nil {
			log.Fatal(err)
		}
		if pt.State == meetings.ParticipantStateLobby {
			lobby = append(lobby, meetings.AdmitItem{ParticipantID: pt.ID})
		}
	}
	if len(lobby) > 0 {
		if err := client.MeetingParticipants.Admit(ctx, lobby); err != nil {
			log.Fatal(err)
		}
	}
	fmt.Println("admitted", len(lobby))
	// Output: admitted 1
}

func ExampleRecordingService_Get() {
	srv := webextest.NewServer()
	defer srv.Close()
	host, client := hostClient(srv)
	instanceID := pastMeeting(srv, host)
	ctx := context.Background()
	var recordingID string
	for r, err := range client.Recordings.List(ctx, &meetings.RecordingListParams{MeetingID: instanceID}) {
		if err != nil {
			log.Fatal(err)
		}
		recordingID = r.ID
	}

	r, err := client.Recordings.Get(ctx, recordingID, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(r.Topic, r.Format, r.SizeBytes > 0)
	if l := r.TemporaryDirectDownloadLinks; l != nil {
		fmt.Println("MP4 link:", l.RecordingDownloadLink != "", "expires:", !l.Expiration.IsZero())
	}
	// Output:
	// Design review MP4 true
	// MP4 link: true expires: true
}

// transcriptOf returns the id of the transcript of a meeting instance.
func transcriptOf(client *webex.Client, instanceID string) string {
	for t, err := range client.Transcripts.List(context.Background(), &meetings.TranscriptListParams{MeetingID: instanceID}) {
		if err != nil {
			log.Fatal(err)
		}
		return t.ID
	}
	log.Fatal("no transcript")
	return ""
}

func ExampleTranscriptService_Download() {
	srv := webextest.NewServer()
	defer srv.Close()
	host, client := hostClient(srv)
	transcriptID := transcriptOf(client, pastMeeting(srv, host))
	dir, err := os.MkdirTemp("", "transcripts")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	f, err := client.Transcripts.Download(context.Background(), transcriptID, &meetings.TranscriptDownloadParams{Format: meetings.TranscriptFormatVTT})
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	out, err := os.Create(filepath.Join(dir, "transcript.vtt"))
	if err != nil {
		log.Fatal(err)
	}
	defer out.Close()
	// Streamed to disk; never held in memory whole.
	n, err := io.Copy(out, f)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("saved", f.ContentType, n > 0)
	// Output: saved text/vtt;charset=UTF-8 true
}

func ExampleTranscriptService_ListSnippets() {
	srv := webextest.NewServer()
	defer srv.Close()
	host, client := hostClient(srv)
	transcriptID := transcriptOf(client, pastMeeting(srv, host))

	for s, err := range client.Transcripts.ListSnippets(context.Background(), transcriptID, nil) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("[%s] %s: %s\n", s.Offset(), s.PersonName, s.Text)
	}
	// Output:
	// [1s] Hana Host: Welcome everyone to Design review.
	// [4.64s] Hana Host: Let's go through the agenda.
	// [7.92s] Ivy: Hello, this is Ivy.
}

func ExampleSummaryService_List() {
	srv := webextest.NewServer()
	defer srv.Close()
	host, client := hostClient(srv)
	instanceID := pastMeeting(srv, host)

	for s, err := range client.MeetingSummaries.List(context.Background(), instanceID) {
		if err != nil {
			log.Fatal(err)
		}
		if s.Notes != nil {
			fmt.Println(s.Notes.Content)
		}
		for _, a := range s.ActionItems {
			fmt.Println("-", a.Content)
		}
	}
	// Output:
	// <p>Design review: the participants reviewed the agenda and agreed on next steps.</p>
	// - Hana Host to share the meeting notes.
	// - Everyone to review the recording.
}
