package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/gowebex/sdk/webex/memberships"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/rooms"
	"github.com/gowebex/sdk/webex/webhooks"
)

// story runs the steps and tells out what each did, with the full ids
// Webex gave, so that a delivery can be matched to its message. Whatever
// happens, the space and the webhook it made are deleted before it returns.
func story(ctx context.Context, e *env, out io.Writer) (err error) {
	c := e.client
	step := 0
	say := func(format string, args ...any) {
		step++
		fmt.Fprintf(out, "%d. "+format+"\n", append([]any{step}, args...)...)
	}

	me, err := c.People.Me(ctx, nil)
	if err != nil {
		return fmt.Errorf("who am I: %w", err)
	}
	say("I am %s <%s>.", me.DisplayName, first(me.Emails))

	room, err := c.Rooms.Create(ctx, &rooms.CreateParams{Title: "Quickstart " + time.Now().Format("Jan 2 15:04")})
	if err != nil {
		return fmt.Errorf("creating a space: %w", err)
	}
	say("I created the space %q, id %s; as its creator I am a member and moderator.", room.Title, room.ID)
	defer func() {
		if derr := c.Rooms.Delete(context.WithoutCancel(ctx), room.ID); derr != nil && err == nil {
			err = fmt.Errorf("deleting the space: %w", derr)
			return
		}
		step++
		fmt.Fprintf(out, "%d. I deleted the space %q, and its messages with it.\n", step, room.Title)
	}()

	member, err := c.Memberships.Create(ctx, &memberships.CreateParams{RoomID: room.ID, PersonEmail: e.memberEmail})
	if err != nil {
		return fmt.Errorf("adding %s: %w", e.memberEmail, err)
	}
	name := member.PersonDisplayName
	if name == "" {
		name = member.PersonEmail
	}
	say("I added %s to it.", name)

	if e.webhookURL != "" {
		hook, err := c.Webhooks.Create(ctx, &webhooks.CreateParams{
			Name:      "quickstart",
			TargetURL: e.webhookURL,
			Resource:  webhooks.ResourceMessages,
			Event:     webhooks.EventCreated,
			Filter:    "roomId=" + room.ID,
			Secret:    e.secret,
		})
		if err != nil {
			return fmt.Errorf("registering a webhook: %w", err)
		}
		say("I registered a webhook for new messages in the space, signed with a secret, to %s.", e.webhookURL)
		defer c.Webhooks.Delete(context.WithoutCancel(ctx), hook.ID)
	} else {
		say("I skipped the webhook: real Webex needs a public URL for it (-webhook-url).")
	}

	post, err := c.Messages.Create(ctx, &messages.CreateParams{
		RoomID:   room.ID,
		Markdown: fmt.Sprintf("Welcome, %s! This space was made by the **Webex SDK for Go**.", messages.MentionPerson(member.PersonID, name)),
	})
	if err != nil {
		return fmt.Errorf("posting: %w", err)
	}
	say("I posted message %s, in markdown, mentioning %s (mentioned: %d person).", post.ID, name, len(post.MentionedPeople))

	reply, err := c.Messages.Create(ctx, &messages.CreateParams{
		RoomID:   room.ID,
		ParentID: post.ID,
		Text:     "And this is a reply in the thread.",
	})
	if err != nil {
		return fmt.Errorf("replying: %w", err)
	}
	say("I replied in its thread with message %s: %q.", reply.ID, reply.Text)

	if e.webhookURL != "" {
		got, err := awaitDeliveries(ctx, e.events, 2)
		if err != nil {
			return err
		}
		for _, ev := range got {
			data, err := ev.Message()
			if err != nil {
				return fmt.Errorf("decoding a delivery: %w", err)
			}
			which := "a message I did not post"
			switch data.ID {
			case post.ID:
				which = "my post"
			case reply.ID:
				which = "my reply"
			}
			say("My webhook receiver verified the signature of a %s/%s delivery for message %s (%s).", ev.Resource, ev.Event, data.ID, which)
		}
	}

	n := 0
	for m, err := range c.Messages.List(ctx, &messages.ListParams{RoomID: room.ID, Max: 1}) {
		if err != nil {
			return fmt.Errorf("listing messages: %w", err)
		}
		n++
		thread := ""
		if m.ParentID != "" {
			thread = " (in the thread)"
		}
		fmt.Fprintf(out, "   - %s: %s%s\n", m.PersonEmail, m.Text, thread)
	}
	say("I listed the space's %d messages above, newest first, one page per message to show the iterator following Webex's next links.", n)
	return nil
}

func awaitDeliveries(ctx context.Context, events <-chan *webhooks.Event, n int) ([]*webhooks.Event, error) {
	var got []*webhooks.Event
	timeout := time.After(10 * time.Second)
	for len(got) < n {
		select {
		case ev := <-events:
			got = append(got, ev)
		case <-timeout:
			return got, fmt.Errorf("waited 10s for %d webhook deliveries, got %d", n, len(got))
		case <-ctx.Done():
			return got, ctx.Err()
		}
	}
	return got, nil
}

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}
