package bot

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/gowebex/sdk/webex/attachments"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/people"
	"github.com/gowebex/sdk/webex/rooms"
)

// fakeAPI answers the bot's calls from memory, for measuring the toolkit
// alone.
type fakeAPI struct{}

func (fakeAPI) Create(_ context.Context, p *messages.CreateParams) (*messages.Message, error) {
	return &messages.Message{ID: "reply", RoomID: p.RoomID, ParentID: p.ParentID, Text: p.Markdown}, nil
}
func (fakeAPI) CreateWithFile(ctx context.Context, p *messages.CreateParams, _ messages.File) (*messages.Message, error) {
	return fakeAPI{}.Create(ctx, p)
}
func (fakeAPI) Get(context.Context, string) (*messages.Message, error) { return nil, nil }
func (fakeAPI) Delete(context.Context, string) error                   { return nil }

type fakePeople struct{}

func (fakePeople) Me(context.Context, *people.GetParams) (*people.Person, error) {
	return &people.Person{ID: "bot-id", Emails: []string{"bot@webex.bot"}, DisplayName: "Bot", Type: "bot"}, nil
}
func (fakePeople) Get(_ context.Context, id string, _ *people.GetParams) (*people.Person, error) {
	return &people.Person{ID: id, Emails: []string{id + "@example.com"}, DisplayName: id, Type: "person"}, nil
}

type fakeRooms struct{}

func (fakeRooms) Get(_ context.Context, id string) (*rooms.Room, error) {
	return &rooms.Room{ID: id, Type: "group"}, nil
}

type fakeActions struct{}

func (fakeActions) Get(context.Context, string) (*attachments.Action, error) { return nil, nil }

func fakeBot(tb testing.TB, opts ...Option) *Bot {
	api := apis{messages: fakeAPI{}, people: fakePeople{}, rooms: fakeRooms{}, actions: fakeActions{}}
	opts = append([]Option{WithLogger(slog.New(slog.NewTextHandler(io.Discard, nil)))}, opts...)
	b, err := newBot(context.Background(), api, opts...)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// BenchmarkRouter measures events per second through the toolkit alone:
// accept (dedupe claim in the MemoryStore), the per-space queues, mention
// stripping, routing, the handler's reply and the trace, with the Webex
// calls answered from memory. Events spread over 64 spaces.
func BenchmarkRouter(b *testing.B) {
	var wg sync.WaitGroup
	bt := fakeBot(b, WithDedupeTTL(time.Minute), WithTrace(func(Trace) { wg.Done() }))
	bt.Command("deploy", func(ctx context.Context, c *Context) error {
		_, err := c.Reply(ctx, "deploying "+c.Rest)
		return err
	}, "deploy")
	ctx := context.Background()
	evs := make([]*event, b.N)
	for i := range evs {
		space := fmt.Sprint("space-", i%64)
		evs[i] = &event{kind: KindMessage, id: fmt.Sprint("m", i), spaceID: space, personID: "ada",
			message: &messages.Message{ID: fmt.Sprint("m", i), RoomID: space, RoomType: "group", PersonID: "ada",
				Text: "Bot deploy api", MentionedPeople: []string{"bot-id"}}}
	}
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	wg.Add(b.N)
	for _, ev := range evs {
		for {
			err := bt.accept(ctx, ev)
			if err == nil {
				break
			}
			if err != ErrBusy {
				b.Fatal(err)
			}
			time.Sleep(time.Millisecond) // the queue is full: let the workers catch up
		}
	}
	wg.Wait()
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "events/s")
}

func TestRouterWithFakes(t *testing.T) {
	t.Parallel()
	done := make(chan Trace, 1)
	bt := fakeBot(t, WithTrace(func(tr Trace) { done <- tr }))
	bt.Command("deploy", func(ctx context.Context, c *Context) error {
		_, err := c.Reply(ctx, "deploying "+c.Rest)
		return err
	}, "deploy")
	ev := &event{kind: KindMessage, id: "m1", spaceID: "s", personID: "ada",
		message: &messages.Message{ID: "m1", RoomID: "s", PersonID: "ada", Text: "Bot deploy api", MentionedPeople: []string{"bot-id"}}}
	if err := bt.accept(context.Background(), ev); err != nil {
		t.Fatal(err)
	}
	tr := <-done
	if tr.Outcome != Handled || len(tr.Posted) != 1 || tr.Posted[0].Text != "deploying api" {
		t.Fatalf("got %+v", tr)
	}
	// The same event again is a duplicate.
	if err := bt.accept(context.Background(), ev); err != nil {
		t.Fatal(err)
	}
	if tr := <-done; tr.Outcome != Duplicate {
		t.Fatalf("got %+v", tr)
	}
}

// failingStore fails every call, as a Redis that is down does.
type failingStore struct{ *MemoryStore }

func (*failingStore) Claim(context.Context, string, time.Duration) (bool, error) {
	return false, errStoreDown
}

var errStoreDown = fmt.Errorf("store down")

func TestStoreDownAsksForRedelivery(t *testing.T) {
	t.Parallel()
	bt := fakeBot(t, WithStore(&failingStore{NewMemoryStore()}))
	ev := &event{kind: KindMessage, id: "m1", spaceID: "s", personID: "ada"}
	if err := bt.accept(context.Background(), ev); err == nil {
		t.Fatal("want an error, so that the event is delivered again")
	}
	if n := bt.disp.inHand(); n != 0 {
		t.Fatalf("%d events queued", n)
	}
}

func TestOwnEventsAreDroppedWithoutAClaim(t *testing.T) {
	t.Parallel()
	s := NewMemoryStore()
	bt := fakeBot(t, WithStore(s))
	for _, ev := range []*event{
		{kind: KindMessage, id: "m1", spaceID: "s", personID: "bot-id"},
		{kind: KindSubmit, id: "a1", spaceID: "s", personID: "bot-id"},
		{kind: KindMessage, id: "m2", spaceID: "s", personID: "x", personEmail: "Other@Webex.Bot"},
		nil,
	} {
		if err := bt.accept(context.Background(), ev); err != nil {
			t.Fatal(err)
		}
	}
	if s.Len() != 0 {
		t.Fatalf("%d keys claimed", s.Len())
	}
}
