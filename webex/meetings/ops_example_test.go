package meetings_test

import (
	"context"
	"errors"
	"fmt"
	"log"

	"github.com/gowebex/sdk/internal/emu"
	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/meetings"
	"github.com/gowebex/sdk/webex/webextest"
)

// The Examples of the operations added for issue 11 (the recycle bin,
// sharing, group and admin recordings, admin meeting reads, controls,
// reassigning hosts, SIP call-outs), each against the emulator.

// opsHost returns a meeting host and its client.
func opsHost(srv *webextest.Server) (*webextest.Person, *webex.Client) {
	host, token := srv.NewMeetingUserWithToken("hana@example.com", "Hana Host")
	return host, emu.Client(srv, token)
}

// opsAdmin returns a client of an administrator of the default
// organization with the admin meeting scopes.
func opsAdmin(srv *webextest.Server) *webex.Client {
	admin := srv.NewAdmin(nil, "ada@example.com", "Ada Admin")
	return emu.Client(srv, srv.NewToken(admin, append(webextest.AdminMeetingScopes(), webextest.MeetingScopes()...)...))
}

// opsRecording holds a "Design review" for host and returns the id of its
// recording.
func opsRecording(srv *webextest.Server, host *webextest.Person, client *webex.Client) string {
	m := srv.NewMeeting(host, webextest.MeetingSpec{Title: "Design review"})
	if err := srv.StartMeeting(m.ID, srv.NewUser(nil, "ivy@example.com", "Ivy")); err != nil {
		log.Fatal(err)
	}
	if err := srv.EndMeeting(m.ID); err != nil {
		log.Fatal(err)
	}
	instanceID, _ := srv.MeetingInstanceID(m.ID)
	for r, err := range client.Recordings.List(context.Background(), &meetings.RecordingListParams{MeetingID: instanceID}) {
		if err != nil {
			log.Fatal(err)
		}
		return r.ID
	}
	log.Fatal("no recording")
	return ""
}

// inBin counts the caller's recordings in the recycle bin.
func inBin(client *webex.Client) int {
	n := 0
	for _, err := range client.Recordings.List(context.Background(), &meetings.RecordingListParams{Status: meetings.StatusDeleted}) {
		if err != nil {
			log.Fatal(err)
		}
		n++
	}
	return n
}

func ExampleRecordingService_MoveToRecycleBin() {
	srv := webextest.NewServer()
	defer srv.Close()
	host, client := opsHost(srv)
	id := opsRecording(srv, host, client)

	err := client.Recordings.MoveToRecycleBin(context.Background(), &meetings.RecycleBinParams{RecordingIDs: []string{id}})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("in the recycle bin:", inBin(client))
	// Output: in the recycle bin: 1
}

func ExampleRecordingService_Restore() {
	srv := webextest.NewServer()
	defer srv.Close()
	host, client := opsHost(srv)
	id := opsRecording(srv, host, client)
	ctx := context.Background()
	if err := client.Recordings.MoveToRecycleBin(ctx, &meetings.RecycleBinParams{RecordingIDs: []string{id}}); err != nil {
		log.Fatal(err)
	}

	if err := client.Recordings.Restore(ctx, &meetings.RecycleBinParams{All: true}); err != nil {
		log.Fatal(err)
	}
	r, err := client.Recordings.Get(ctx, id, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(r.Topic, r.Status)
	// Output: Design review available
}

func ExampleRecordingService_Purge() {
	srv := webextest.NewServer()
	defer srv.Close()
	host, client := opsHost(srv)
	id := opsRecording(srv, host, client)
	ctx := context.Background()
	if err := client.Recordings.MoveToRecycleBin(ctx, &meetings.RecycleBinParams{RecordingIDs: []string{id}}); err != nil {
		log.Fatal(err)
	}

	// Purged recordings are gone for good: Restore cannot bring them back.
	if err := client.Recordings.Purge(ctx, &meetings.RecycleBinParams{RecordingIDs: []string{id}}); err != nil {
		log.Fatal(err)
	}
	status, _ := srv.RecordingStatus(id)
	fmt.Println("in the recycle bin:", inBin(client), "status:", status)
	// Output: in the recycle bin: 0 status: purged
}

func ExampleRecordingService_Share() {
	srv := webextest.NewServer()
	defer srv.Close()
	host, client := opsHost(srv)
	id := opsRecording(srv, host, client)

	err := client.Recordings.Share(context.Background(), id, &meetings.ShareParams{
		AddEmails: []string{"bo@example.com", "cy@example.com"},
		SendEmail: webex.Ptr(true),
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(srv.RecordingAccess(id))
	// Output: [bo@example.com cy@example.com]
}

func ExampleRecordingService_ShareByLink() {
	srv := webextest.NewServer()
	defer srv.Close()
	host, client := opsHost(srv)
	id := opsRecording(srv, host, client)
	ctx := context.Background()
	r, err := client.Recordings.Get(ctx, id, nil)
	if err != nil {
		log.Fatal(err)
	}

	// A person pasted the link; no recording id needed.
	err = client.Recordings.ShareByLink(ctx, &meetings.ShareByLinkParams{
		WebShareLink: r.PlaybackURL,
		ShareParams:  meetings.ShareParams{AddEmails: []string{"bo@example.com"}},
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(srv.RecordingAccess(id))
	// Output: [bo@example.com]
}

func ExampleRecordingService_ListGroup() {
	srv := webextest.NewServer()
	defer srv.Close()
	host, client := opsHost(srv)
	opsRecording(srv, host, client)
	app := opsAdmin(srv) // a service app with group recording access, here an admin

	for r, err := range app.Recordings.ListGroup(context.Background(), &meetings.GroupRecordingListParams{HostEmail: host.Email}) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(r.Topic, r.Format, r.Status)
	}
	// Output: Design review MP4 available
}

func ExampleRecordingService_GetGroup() {
	srv := webextest.NewServer()
	defer srv.Close()
	host, client := opsHost(srv)
	id := opsRecording(srv, host, client)
	app := opsAdmin(srv)

	r, err := app.Recordings.GetGroup(context.Background(), id, &meetings.GroupRecordingGetParams{PersonID: host.ID})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(r.Topic, "download link:", r.TemporaryDirectDownloadLinks != nil)
	// Output: Design review download link: true
}

func ExampleRecordingService_DeleteAdmin() {
	srv := webextest.NewServer()
	defer srv.Close()
	host, client := opsHost(srv)
	id := opsRecording(srv, host, client)
	admin := opsAdmin(srv)

	if err := admin.Recordings.DeleteAdmin(context.Background(), id); err != nil {
		log.Fatal(err)
	}
	_, err := client.Recordings.Get(context.Background(), id, nil)
	fmt.Println("the host gets it:", err == nil, "not found:", errors.Is(err, webex.ErrNotFound))
	// Output: the host gets it: false not found: true
}

func ExampleService_ListAdmin() {
	srv := webextest.NewServer()
	defer srv.Close()
	host, _ := opsHost(srv)
	m := srv.NewMeeting(host, webextest.MeetingSpec{Title: "Board meeting", Agenda: "Budget"})
	admin := opsAdmin(srv)

	for got, err := range admin.Meetings.ListAdmin(context.Background(), &meetings.AdminListParams{MeetingNumber: m.MeetingNumber}) {
		if err != nil {
			log.Fatal(err)
		}
		// An admin sees who hosts it, not its agenda or password.
		fmt.Printf("%s hosted by %s, agenda %q, password %q\n", got.Title, got.HostEmail, got.Agenda, got.Password)
	}
	// Output: Board meeting hosted by hana@example.com, agenda "", password ""
}

func ExampleService_GetAdmin() {
	srv := webextest.NewServer()
	defer srv.Close()
	host, _ := opsHost(srv)
	m := srv.NewMeeting(host, webextest.MeetingSpec{Title: "Board meeting"})
	admin := opsAdmin(srv)

	got, err := admin.Meetings.GetAdmin(context.Background(), m.ID, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(got.Title, got.MeetingType, "web link hidden:", got.WebLink == "")
	// Output: Board meeting meetingSeries web link hidden: true
}

// liveMeeting starts a meeting of host and returns its series id.
func liveMeeting(srv *webextest.Server, host *webextest.Person) string {
	m := srv.NewMeeting(host, webextest.MeetingSpec{Title: "Stand-up"})
	if err := srv.StartMeeting(m.ID); err != nil {
		log.Fatal(err)
	}
	return m.ID
}

func ExampleService_GetControls() {
	srv := webextest.NewServer()
	defer srv.Close()
	host, client := opsHost(srv)
	id := liveMeeting(srv, host)

	c, err := client.Meetings.GetControls(context.Background(), id)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("locked:", c.Locked, "recording:", c.RecordingStarted)
	// Output: locked: false recording: false
}

func ExampleService_UpdateControls() {
	srv := webextest.NewServer()
	defer srv.Close()
	host, client := opsHost(srv)
	id := liveMeeting(srv, host)

	// Lock the meeting and start recording it.
	c, err := client.Meetings.UpdateControls(context.Background(), id, &meetings.ControlsUpdateParams{
		Locked:           webex.Ptr(true),
		RecordingStarted: webex.Ptr(true),
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("locked:", c.Locked, "recording:", c.RecordingStarted, "paused:", c.RecordingPaused)
	// Output: locked: true recording: true paused: false
}

func ExampleService_ReassignHost() {
	srv := webextest.NewServer()
	defer srv.Close()
	host, _ := opsHost(srv)
	m := srv.NewMeeting(host, webextest.MeetingSpec{Title: "Weekly sync"})
	srv.NewUser(nil, "bo@example.com", "Bo")
	admin := opsAdmin(srv)
	ctx := context.Background()

	res, err := admin.Meetings.ReassignHost(ctx, &meetings.ReassignHostParams{HostEmail: "bo@example.com", MeetingIDs: []string{m.ID, "no-such-meeting"}})
	if err != nil {
		log.Fatal(err)
	}
	for _, it := range res.Failed() {
		fmt.Println("not reassigned:", it.MeetingID, it.HTTPStatus)
	}
	got, err := admin.Meetings.GetAdmin(ctx, m.ID, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(got.Title, "is hosted by", got.HostEmail)
	// Output:
	// not reassigned: no-such-meeting 404
	// Weekly sync is hosted by bo@example.com
}

func ExampleParticipantService_CallOut() {
	srv := webextest.NewServer()
	defer srv.Close()
	host, client := opsHost(srv)
	id := liveMeeting(srv, host)

	call, err := client.MeetingParticipants.CallOut(context.Background(), &meetings.CallOutParams{
		MeetingID:   id,
		Address:     "boardroom@example.com",
		DisplayName: "Boardroom",
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(call.DisplayName, call.AddressType, call.State)
	// Output: Boardroom sipAddress pending
}

func ExampleParticipantService_CancelCallOut() {
	srv := webextest.NewServer()
	defer srv.Close()
	host, client := opsHost(srv)
	id := liveMeeting(srv, host)
	ctx := context.Background()
	call, err := client.MeetingParticipants.CallOut(ctx, &meetings.CallOutParams{MeetingID: id, Address: "boardroom@example.com", DisplayName: "Boardroom"})
	if err != nil {
		log.Fatal(err)
	}

	if err := client.MeetingParticipants.CancelCallOut(ctx, call.ParticipantID); err != nil {
		log.Fatal(err)
	}
	// Cancelling twice finds nothing to cancel.
	err = client.MeetingParticipants.CancelCallOut(ctx, call.ParticipantID)
	fmt.Println("second cancel not found:", errors.Is(err, webex.ErrNotFound))
	// Output: second cancel not found: true
}

func ExampleNull() {
	srv := webextest.NewServer()
	defer srv.Close()
	host, client := opsHost(srv)
	m := srv.NewMeeting(host, webextest.MeetingSpec{Title: "Sync", Agenda: "Old agenda", Recurrence: "FREQ=WEEKLY;COUNT=4"})

	// Null clears a field, Set sets it, and a zero Nullable leaves it alone.
	got, err := client.Meetings.Patch(context.Background(), m.ID, &meetings.PatchParams{
		Agenda:     meetings.Null[string](),
		Recurrence: meetings.Null[string](), // a single meeting from now on
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("agenda %q, recurrence %q\n", got.Agenda, got.Recurrence)
	// Output: agenda "", recurrence ""
}
