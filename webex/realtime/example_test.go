package realtime_test

import (
	"context"
	"fmt"
	"log"
	"strings"
	"sync"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/notify"
	"github.com/gowebex/sdk/webex/realtime"
	"github.com/gowebex/sdk/webex/webextest"
)

// A bot listens with no public URL and sees the message that mentions it,
// fetched in full. Against Webex, drop the emulator lines and
// WithCatalogURL: realtime.New(client, realtime.WithToken(token)).
func ExampleListener_Listen() {
	srv := webextest.NewServer()
	defer srv.Close()
	bot, botToken := srv.NewBotWithToken("helper@example.com", "Helper")
	ada, adaToken := srv.NewUserWithToken("ada@example.com", "Ada")
	space := srv.NewRoom(ada, "Ops", bot)
	client, _ := webex.NewClient(webex.WithToken(botToken), webex.WithBaseURL(srv.URL()))
	adaClient, _ := webex.NewClient(webex.WithToken(adaToken), webex.WithBaseURL(srv.URL()))

	ready := make(chan struct{})
	var once sync.Once // OnConnect runs again after each reconnection
	l, err := realtime.New(client, realtime.WithToken(botToken),
		realtime.WithCatalogURL(strings.TrimSuffix(srv.URL(), "/v1")+"/u2c/api/v1/catalog"),
		realtime.OnConnect(func() { once.Do(func() { close(ready) }) }))
	if err != nil {
		log.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan error)
	go func() {
		done <- l.Listen(ctx, func(ctx context.Context, ev *notify.Event) error {
			fmt.Printf("%s/%s: %s\n", ev.Resource, ev.Event, ev.FullMessage.Text)
			stop()
			return nil
		})
	}()
	<-ready
	_, err = adaClient.Messages.Create(context.Background(), &messages.CreateParams{
		RoomID: space.ID, Markdown: "<@personEmail:helper@example.com|Helper> status?"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("Listen returned:", <-done)
	fmt.Println("devices left:", len(srv.Devices(bot)))
	// Output:
	// messages/created: Helper status?
	// Listen returned: <nil>
	// devices left: 0
}
