package main

import (
	"context"
	"fmt"
	"net"
	"time"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/meetings"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/rooms"
	"github.com/gowebex/sdk/webex/webextest"
)

// demo schedules, holds and ends a meeting on the emulator and shows the
// digest the webhook produced.
func demo(ctx context.Context) error {
	fmt.Println("WEBEX_ACCESS_TOKEN is not set: running against the in-memory emulator.")
	srv := webextest.NewServer()
	defer srv.Close()
	_, token := srv.NewMeetingUserWithToken("hana@example.com", "Hana Host")
	guest := srv.NewUser(nil, "gus@example.com", "Gus Guest")

	client, err := webex.NewClient(webex.WithBaseURL(srv.URL()), webex.WithToken(token))
	if err != nil {
		return err
	}
	room, err := client.Rooms.Create(ctx, &rooms.CreateParams{Title: "Design review digests"})
	if err != nil {
		return err
	}
	posted := make(chan *messages.Message, 1)
	d := &digester{client: client, roomID: room.ID, posted: func(m *messages.Message) { posted <- m }}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	stop, err := d.start(ctx, ln, "http://"+ln.Addr().String()+"/webex")
	if err != nil {
		return err
	}
	defer stop()
	fmt.Printf("1. Registered a signed meetings/ended webhook; digests go to the space %q.\n", room.Title)

	start := time.Now().Add(15 * time.Minute).Truncate(time.Minute)
	m, err := client.Meetings.Create(ctx, &meetings.CreateParams{
		Title:    "Design review",
		Start:    start,
		End:      start.Add(30 * time.Minute),
		Invitees: []meetings.InviteeParams{{Email: guest.Email, DisplayName: guest.DisplayName}},
	})
	if err != nil {
		return fmt.Errorf("scheduling: %w", err)
	}
	fmt.Printf("2. Scheduled %q (meeting number %s) and invited %s.\n", m.Title, m.MeetingNumber, guest.DisplayName)

	if err := srv.StartMeeting(m.ID, guest); err != nil {
		return err
	}
	fmt.Println("3. The meeting took place (the emulator started it with the host and the guest).")

	if err := client.Meetings.End(ctx, m.ID, nil); err != nil {
		return fmt.Errorf("ending: %w", err)
	}
	fmt.Println("4. Ended it through the API; Webex made a recording and a transcript.")

	select {
	case msg := <-posted:
		fmt.Println("5. The webhook fired and the digest was posted:")
		fmt.Println()
		fmt.Println(indent(msg.Markdown))
		return nil
	case <-time.After(10 * time.Second):
		return fmt.Errorf("no digest within 10s")
	case <-ctx.Done():
		return ctx.Err()
	}
}

func indent(s string) string {
	out := "   "
	for _, r := range s {
		out += string(r)
		if r == '\n' {
			out += "   "
		}
	}
	return out
}
