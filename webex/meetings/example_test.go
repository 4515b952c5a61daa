package meetings_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"time"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/meetings"
)

func ExampleService_List() {
	client, err := webex.NewClient() // token from WEBEX_ACCESS_TOKEN
	if err != nil {
		log.Fatal(err)
	}
	// The meetings of the coming week, one entry per occurrence.
	now := time.Now()
	p := &meetings.ListParams{
		MeetingType: meetings.TypeScheduledMeeting,
		From:        now,
		To:          now.AddDate(0, 0, 7),
	}
	for m, err := range client.Meetings.List(context.Background(), p) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(m.Start.Local().Format("Mon 15:04"), m.Title, m.WebLink)
	}
}

func ExampleService_Create() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
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
		Invitees: []meetings.Invitee{
			{Email: "bo@example.com", CoHost: webex.Ptr(true)},
			{Email: "cy@example.com"},
		},
		EnabledJoinBeforeHost: webex.Ptr(true),
		JoinBeforeHostMinutes: webex.Ptr(5),
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("scheduled", m.ID, m.WebLink, "password", m.Password)
}

func ExampleService_Create_recurring() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	start := time.Date(2030, 4, 1, 9, 0, 0, 0, time.UTC)
	series, err := client.Meetings.Create(context.Background(), &meetings.CreateParams{
		Title: "Stand-up",
		Start: start,
		End:   start.Add(15 * time.Minute),
		// Every weekday for eight weeks (RFC 5545, without "RRULE:").
		Recurrence: "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR;COUNT=40",
		SendEmail:  webex.Ptr(false),
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(series.MeetingType, series.ID, series.Recurrence)
}

func ExampleService_Patch() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	// Only these fields change; everything else stays as it is.
	m, err := client.Meetings.Patch(context.Background(), "MEETING_ID", &meetings.PatchParams{
		Agenda:                webex.Ptr("Moved to the larger room"),
		EnabledJoinBeforeHost: webex.Ptr(false),
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(m.Title, m.Agenda)
}

func ExampleService_Get() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	// For a series, Current gives the occurrence that is next or ready.
	m, err := client.Meetings.Get(context.Background(), "MEETING_SERIES_ID", &meetings.GetParams{Current: webex.Ptr(true)})
	if errors.Is(err, webex.ErrNotFound) {
		fmt.Println("no such meeting, or not visible to this token")
		return
	}
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(m.Title, m.State, m.Start, m.MeetingNumber)
}

func ExampleService_Join() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	link, err := client.Meetings.Join(context.Background(), &meetings.JoinParams{
		MeetingNumber:     "26418890213",
		Email:             "guest@example.com",
		DisplayName:       "Guest",
		ExpirationMinutes: 15,
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(link.JoinLink, "valid until", link.Expiration.Local())
}

func ExampleService_Delete() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	// Cancel without emailing the invitees.
	if err := client.Meetings.Delete(context.Background(), "MEETING_ID", &meetings.DeleteParams{SendEmail: webex.Ptr(false)}); err != nil {
		log.Fatal(err)
	}
}

func ExampleInviteeService_BulkInsert() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	invited, err := client.MeetingInvitees.BulkInsert(context.Background(), &meetings.BulkInviteeParams{
		MeetingID: "MEETING_ID",
		Items: []meetings.InviteeItem{
			{Email: "bo@example.com", DisplayName: "Bo Lind"},
			{Email: "cy@example.com", SendEmail: webex.Ptr(false)},
		},
	})
	if err != nil {
		log.Fatal(err)
	}
	for _, inv := range invited {
		fmt.Println(inv.ID, inv.Email)
	}
}

func ExampleParticipantService_List() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	p := &meetings.ParticipantListParams{MeetingID: "MEETING_INSTANCE_ID"}
	for pt, err := range client.MeetingParticipants.List(context.Background(), p) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(pt.DisplayName, pt.State, pt.JoinedTime.Format(time.Kitchen), pt.LeftTime.Sub(pt.JoinedTime))
	}
}

func ExampleParticipantService_Admit() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	// Let everyone waiting in the lobby in.
	var lobby []meetings.AdmitItem
	for pt, err := range client.MeetingParticipants.List(ctx, &meetings.ParticipantListParams{MeetingID: "MEETING_INSTANCE_ID"}) {
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
}

func ExampleRecordingService_Get() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	r, err := client.Recordings.Get(context.Background(), "RECORDING_ID", nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(r.Topic, time.Duration(r.DurationSeconds)*time.Second, r.SizeBytes, "bytes")
	if l := r.TemporaryDirectDownloadLinks; l != nil {
		fmt.Println("MP4:", l.RecordingDownloadLink, "until", l.Expiration.Local())
	}
}

func ExampleTranscriptService_Download() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	f, err := client.Transcripts.Download(context.Background(), "TRANSCRIPT_ID", &meetings.TranscriptDownloadParams{Format: meetings.TranscriptFormatVTT})
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	out, err := os.Create("transcript.vtt")
	if err != nil {
		log.Fatal(err)
	}
	defer out.Close()
	// Streamed to disk; never held in memory whole.
	n, err := io.Copy(out, f)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("saved", n, "bytes of", f.ContentType, f.FileName)
}

func ExampleTranscriptService_ListSnippets() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	for s, err := range client.Transcripts.ListSnippets(context.Background(), "TRANSCRIPT_ID", nil) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("[%s] %s: %s\n", s.Offset(), s.PersonName, s.Text)
	}
}

func ExampleSummaryService_List() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	summaries, err := client.MeetingSummaries.List(context.Background(), "MEETING_INSTANCE_ID")
	if err != nil {
		log.Fatal(err)
	}
	for _, s := range summaries {
		if s.Notes != nil {
			fmt.Println(s.Notes.Content)
		}
		for _, a := range s.ActionItems {
			fmt.Println("-", a.Content)
		}
	}
}
