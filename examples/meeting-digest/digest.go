package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/meetings"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/webhooks"
)

// snippetsInDigest is how many transcript lines a digest quotes.
const snippetsInDigest = 5

// digester posts a digest of each ended meeting to one space.
type digester struct {
	client *webex.Client
	roomID string
	// posted, when set, is told about each digest posted.
	posted func(*messages.Message)
}

// handle is the webhook function: the delivery is verified already.
func (d *digester) handle(ctx context.Context, ev *webhooks.Event) error {
	if ev.Resource != webhooks.ResourceMeetings || ev.Event != webhooks.EventEnded {
		return nil
	}
	m, err := ev.Meeting()
	if err != nil {
		return err
	}
	text, err := d.digest(ctx, m)
	if err != nil {
		return err // 500: Webex delivers the event again
	}
	msg, err := d.client.Messages.Create(ctx, &messages.CreateParams{RoomID: d.roomID, Markdown: text})
	if err != nil {
		return fmt.Errorf("posting the digest: %w", err)
	}
	if d.posted != nil {
		d.posted(msg)
	}
	return nil
}

// digest writes the markdown digest of an ended meeting instance.
func (d *digester) digest(ctx context.Context, m *webhooks.MeetingData) (string, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s** has ended", m.Title)
	if !m.Start.IsZero() && !m.End.IsZero() {
		if d := m.End.Sub(m.Start); d < time.Minute {
			b.WriteString(" after less than a minute")
		} else {
			fmt.Fprintf(&b, " after %s", d.Round(time.Minute))
		}
	}
	b.WriteString(".\n\n")

	var names []string
	for p, err := range d.client.MeetingParticipants.List(ctx, &meetings.ParticipantListParams{MeetingID: m.ID}) {
		if err != nil {
			return "", fmt.Errorf("listing participants: %w", err)
		}
		names = append(names, p.DisplayName)
	}
	if len(names) > 0 {
		fmt.Fprintf(&b, "**Participants:** %s\n\n", strings.Join(names, ", "))
	}

	for r, err := range d.client.Recordings.List(ctx, &meetings.RecordingListParams{MeetingID: m.ID}) {
		if err != nil {
			return "", fmt.Errorf("listing recordings: %w", err)
		}
		full, err := d.client.Recordings.Get(ctx, r.ID, nil)
		if err != nil {
			return "", fmt.Errorf("getting recording %s: %w", r.ID, err)
		}
		fmt.Fprintf(&b, "**Recording:** [watch](%s), %s", full.PlaybackURL, time.Duration(full.DurationSeconds)*time.Second)
		if l := full.TemporaryDirectDownloadLinks; l != nil && l.RecordingDownloadLink != "" {
			fmt.Fprintf(&b, ", [download](%s) (link valid until %s)", l.RecordingDownloadLink, l.Expiration.Format("15:04 MST"))
		}
		b.WriteString("\n\n")
	}

	for t, err := range d.client.Transcripts.List(ctx, &meetings.TranscriptListParams{MeetingID: m.ID}) {
		if err != nil {
			return "", fmt.Errorf("listing transcripts: %w", err)
		}
		b.WriteString("**From the transcript:**\n")
		n := 0
		for s, err := range d.client.Transcripts.ListSnippets(ctx, t.ID, nil) {
			if err != nil {
				return "", fmt.Errorf("reading transcript %s: %w", t.ID, err)
			}
			fmt.Fprintf(&b, "> %s %s: %s\n", clock(s.Offset()), s.PersonName, s.Text)
			if n++; n == snippetsInDigest {
				break // the iterator stops paging here
			}
		}
	}
	return b.String(), nil
}

// clock formats an offset into the meeting as m:ss.
func clock(d time.Duration) string {
	d = d.Round(time.Second)
	return fmt.Sprintf("%d:%02d", int(d.Minutes()), int(d.Seconds())%60)
}
