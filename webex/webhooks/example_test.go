package webhooks_test

import (
	"context"
	"crypto/hmac"
	"crypto/sha1"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/gowebex/sdk/internal/emu"
	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/webextest"
	"github.com/gowebex/sdk/webex/webhooks"
)

// The examples run against the in-memory emulator: with real Webex, build
// the client with webex.NewClient() and a token in WEBEX_ACCESS_TOKEN.

func ExampleService_Create() {
	srv := webextest.NewServer()
	defer srv.Close()
	client := emu.ClientAs(srv, "helper@webex.bot", "Helper")

	hook, err := client.Webhooks.Create(context.Background(), &webhooks.CreateParams{
		Name:      "Bot mentions",
		TargetURL: "https://bot.example.com/webex/events",
		Resource:  webhooks.ResourceMessages,
		Event:     webhooks.EventCreated,
		Filter:    "mentionedPeople=me",
		Secret:    "a long random secret", // from your configuration
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("created", hook.Name, hook.Status)
	// Output: created Bot mentions active
}

func ExampleService_List() {
	srv := webextest.NewServer()
	defer srv.Close()
	client := emu.ClientAs(srv, "ada@example.com", "Ada Lovelace")
	ctx := context.Background()
	for _, r := range []webhooks.Resource{webhooks.ResourceMessages, webhooks.ResourceMemberships} {
		p := &webhooks.CreateParams{Name: string(r), TargetURL: "https://bot.example.com/" + string(r), Resource: r, Event: webhooks.EventAll}
		if _, err := client.Webhooks.Create(ctx, p); err != nil {
			log.Fatal(err)
		}
	}

	for hook, err := range client.Webhooks.List(ctx, nil) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(hook.Resource, hook.Event, hook.Status, hook.TargetURL)
	}
	// Unordered output:
	// messages all active https://bot.example.com/messages
	// memberships all active https://bot.example.com/memberships
}

// Webex disables a webhook whose target keeps failing; Update turns it
// back on.
func ExampleService_Update() {
	srv := webextest.NewServer(webextest.WithWebhookFailureLimit(1))
	defer srv.Close()
	ada, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client := emu.Client(srv, token)
	room := srv.NewRoom(ada, "Launch")
	down := httptest.NewServer(http.NotFoundHandler()) // a target that fails every delivery
	defer down.Close()
	ctx := context.Background()
	created, err := client.Webhooks.Create(ctx, &webhooks.CreateParams{Name: "All messages", TargetURL: down.URL, Resource: webhooks.ResourceMessages, Event: webhooks.EventCreated})
	if err != nil {
		log.Fatal(err)
	}
	if _, err := client.Messages.Create(ctx, &messages.CreateParams{RoomID: room.ID, Text: "hello"}); err != nil {
		log.Fatal(err)
	}
	srv.Flush() // wait for the failed delivery

	hook, err := client.Webhooks.Get(ctx, created.ID)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(hook.Name, hook.Status)
	if hook.Status == webhooks.StatusInactive {
		hook, err = client.Webhooks.Update(ctx, hook.ID, &webhooks.UpdateParams{
			Name:      hook.Name,
			TargetURL: hook.TargetURL,
			Status:    webhooks.StatusActive,
		})
		if err != nil {
			log.Fatal(err)
		}
	}
	fmt.Println(hook.Name, hook.Status)
	// Output:
	// All messages inactive
	// All messages active
}

func ExampleService_Delete() {
	srv := webextest.NewServer()
	defer srv.Close()
	client := emu.ClientAs(srv, "ada@example.com", "Ada Lovelace")
	ctx := context.Background()
	hook, err := client.Webhooks.Create(ctx, &webhooks.CreateParams{Name: "Rooms", TargetURL: "https://bot.example.com/rooms", Resource: webhooks.ResourceRooms, Event: webhooks.EventAll})
	if err != nil {
		log.Fatal(err)
	}

	for range 2 { // deleting twice is harmless when ErrNotFound is ignored
		err = client.Webhooks.Delete(ctx, hook.ID)
		if err != nil && !errors.Is(err, webex.ErrNotFound) {
			log.Fatal(err)
		}
		fmt.Println("gone:", err == nil || errors.Is(err, webex.ErrNotFound))
	}
	// Output:
	// gone: true
	// gone: true
}

// A receiver that checks each delivery's signature and fetches the text
// of the message it announces.
func ExampleNewHandler() {
	srv := webextest.NewServer()
	defer srv.Close()
	ada, token := srv.NewUserWithToken("ada@example.com", "Ada Lovelace")
	client := emu.Client(srv, token)
	room := srv.NewRoom(ada, "Launch")

	secret := []byte("a long random secret") // from your configuration
	h, err := webhooks.NewHandler(secret, func(ctx context.Context, ev *webhooks.Event) error {
		if ev.Resource != webhooks.ResourceMessages || ev.Event != webhooks.EventCreated {
			return nil
		}
		data, err := ev.Message()
		if err != nil {
			return err
		}
		// The delivery carries ids only; fetch the text. An error makes
		// Webex deliver the event again.
		m, err := client.Messages.Get(ctx, data.ID)
		if err != nil {
			return err
		}
		fmt.Printf("%s wrote %q\n", m.PersonEmail, m.Text)
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	// In production: http.Handle("POST /webex/events", h) on a public HTTPS address.
	receiver := httptest.NewServer(h)
	defer receiver.Close()

	ctx := context.Background()
	if _, err := client.Webhooks.Create(ctx, &webhooks.CreateParams{Name: "Messages", TargetURL: receiver.URL, Resource: webhooks.ResourceMessages, Event: webhooks.EventCreated, Secret: string(secret)}); err != nil {
		log.Fatal(err)
	}
	if _, err := client.Messages.Create(ctx, &messages.CreateParams{RoomID: room.ID, Text: "Ship it"}); err != nil {
		log.Fatal(err)
	}
	srv.Flush() // wait until the emulator has delivered
	// Output: ada@example.com wrote "Ship it"
}

// Verify checks a delivery's signature in a handler of your own.
func ExampleVerify() {
	secret := []byte("a long random secret")
	raw := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 1<<20))
		if err != nil {
			http.Error(w, "bad body", http.StatusBadRequest)
			return
		}
		if err := webhooks.Verify(secret, body, r.Header.Get(webhooks.SignatureHeader)); err != nil {
			http.Error(w, "invalid signature", http.StatusUnauthorized)
			return
		}
		// body is authentic: decode and handle it.
		w.WriteHeader(http.StatusOK)
	})

	// Two deliveries, signed as Webex signs them and with a forged signature.
	body := `{"resource":"messages","event":"created","data":{"id":"abc"}}`
	mac := hmac.New(sha1.New, secret)
	mac.Write([]byte(body))
	for _, sig := range []string{hex.EncodeToString(mac.Sum(nil)), strings.Repeat("0", 40)} {
		req := httptest.NewRequest("POST", "/webex/raw", strings.NewReader(body))
		req.Header.Set(webhooks.SignatureHeader, sig)
		rec := httptest.NewRecorder()
		raw.ServeHTTP(rec, req)
		fmt.Println(rec.Code)
	}
	// Output:
	// 200
	// 401
}

func ExampleEvent_DecodeData() {
	handle := func(ctx context.Context, ev *webhooks.Event) error {
		switch ev.Resource {
		case webhooks.ResourceMemberships:
			m, err := ev.Membership()
			if err != nil {
				return err
			}
			fmt.Println(m.PersonEmail, ev.Event)
		case webhooks.ResourceTelephonyCalls:
			var call struct {
				CallID    string `json:"callId"`
				EventType string `json:"eventType"`
			}
			if err := ev.DecodeData(&call); err != nil {
				return err
			}
			fmt.Println("call", call.CallID, call.EventType)
		}
		return nil
	}
	h, err := webhooks.NewHandler(nil, handle, webhooks.AllowUnsigned()) // signed in production
	if err != nil {
		log.Fatal(err)
	}
	for _, body := range []string{
		`{"resource":"memberships","event":"created","data":{"personEmail":"bob@example.com"}}`,
		`{"resource":"telephony_calls","event":"updated","data":{"callId":"c-1","eventType":"connected"}}`,
	} {
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("POST", "/webex/events", strings.NewReader(body)))
	}
	// Output:
	// bob@example.com created
	// call c-1 connected
}
