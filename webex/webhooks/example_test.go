package webhooks_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/webhooks"
)

func ExampleService_Create() {
	client, err := webex.NewClient() // token from WEBEX_ACCESS_TOKEN
	if err != nil {
		log.Fatal(err)
	}
	hook, err := client.Webhooks.Create(context.Background(), &webhooks.CreateParams{
		Name:      "Bot mentions",
		TargetURL: "https://bot.example.com/webex/events",
		Resource:  webhooks.ResourceMessages,
		Event:     webhooks.EventCreated,
		Filter:    "mentionedPeople=me",
		Secret:    os.Getenv("WEBEX_WEBHOOK_SECRET"),
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("created", hook.ID, hook.Status)
}

func ExampleService_List() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	for hook, err := range client.Webhooks.List(context.Background(), nil) {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(hook.Name, hook.Resource, hook.Event, hook.Status, hook.TargetURL)
	}
}

func ExampleService_Update() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	hook, err := client.Webhooks.Get(ctx, "Y2lzY29zcGFyazovL3VzL1dFQkhPT0svZXhhbXBsZQ")
	if err != nil {
		log.Fatal(err)
	}
	if hook.Status == webhooks.StatusInactive {
		// Webex disables a webhook whose target keeps failing.
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
}

func ExampleService_Delete() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	err = client.Webhooks.Delete(context.Background(), "Y2lzY29zcGFyazovL3VzL1dFQkhPT0svZXhhbXBsZQ")
	if err != nil && !errors.Is(err, webex.ErrNotFound) {
		log.Fatal(err)
	}
}

func ExampleNewHandler() {
	client, err := webex.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	secret := []byte(os.Getenv("WEBEX_WEBHOOK_SECRET"))
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
	http.Handle("POST /webex/events", h)
	log.Fatal(http.ListenAndServe(":8080", nil))
}

func ExampleVerify() {
	secret := []byte(os.Getenv("WEBEX_WEBHOOK_SECRET"))
	http.HandleFunc("POST /webex/raw", func(w http.ResponseWriter, r *http.Request) {
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
}

func ExampleEvent_DecodeData() {
	handle := func(ctx context.Context, ev *webhooks.Event) error {
		switch ev.Resource {
		case webhooks.ResourceMemberships:
			m, err := ev.Membership()
			if err != nil {
				return err
			}
			fmt.Println(m.PersonEmail, ev.Event, "room", m.RoomID)
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
	_, _ = webhooks.NewHandler([]byte(os.Getenv("WEBEX_WEBHOOK_SECRET")), handle)
}
