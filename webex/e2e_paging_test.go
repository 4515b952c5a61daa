package webex_test

import (
	"context"
	"fmt"
	"net/url"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/events"
	"github.com/gowebex/sdk/webex/memberships"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/people"
	"github.com/gowebex/sdk/webex/rooms"
	"github.com/gowebex/sdk/webex/teams"
	"github.com/gowebex/sdk/webex/webextest"
	"github.com/gowebex/sdk/webex/webhooks"

	"github.com/gowebex/sdk/internal/testmain"
)

func TestMessagesPageWithMaxAndLinkNext(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	alice, tok := srv.NewUserWithToken("", "Alice")
	room := srv.NewRoom(alice, "R")
	for i := range 25 {
		srv.NewMessage(alice, room, strconv.Itoa(i))
	}
	c := newClient(t, srv, tok)
	ctx := t.Context()
	p := &messages.ListParams{RoomID: room.ID, Max: 10}

	// The iterator follows the next links: newest first, three pages.
	var texts []string
	for m, err := range c.Messages.List(ctx, p) {
		require.NoError(t, err)
		texts = append(texts, m.Text)
	}
	require.Len(t, texts, 25)
	for i, text := range texts {
		assert.Equal(t, strconv.Itoa(24-i), text)
	}
	assert.Equal(t, 3, srv.RequestCount("GET /messages"))

	// Breaking out early stops paging.
	n := 0
	for _, err := range c.Messages.List(ctx, p) {
		require.NoError(t, err)
		if n++; n == 3 {
			break
		}
	}
	assert.Equal(t, 4, srv.RequestCount("GET /messages"))

	// By hand: each page holds max items and the link to the next.
	page, err := c.Messages.ListPage(ctx, p, "")
	require.NoError(t, err)
	require.Len(t, page.Items, 10)
	assert.Equal(t, "24", page.Items[0].Text)
	require.NotEmpty(t, page.NextURL)
	next, err := url.Parse(page.NextURL)
	require.NoError(t, err)
	assert.Equal(t, "10", next.Query().Get("max"), "the next link keeps max")
	assert.Equal(t, room.ID, next.Query().Get("roomId"))

	// Resume later, even from another client.
	c2 := newClient(t, srv, tok)
	page, err = c2.Messages.ListPage(ctx, p, page.NextURL)
	require.NoError(t, err)
	require.Len(t, page.Items, 10)
	assert.Equal(t, "14", page.Items[0].Text)
	page, err = c2.Messages.ListPage(ctx, p, page.NextURL)
	require.NoError(t, err)
	require.Len(t, page.Items, 5)
	assert.Equal(t, "0", page.Items[4].Text)
	assert.Empty(t, page.NextURL, "the last page has no next link")
}

func TestMentionFilterSurvivesPaging(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	alice, atok := srv.NewUserWithToken("", "Alice")
	bot, btok := srv.NewBotWithToken("bot@webex.bot", "Bot")
	room := srv.NewRoom(alice, "R", bot)
	c := newClient(t, srv, atok)
	for i := range 7 {
		_, err := c.Messages.Create(t.Context(), &messages.CreateParams{RoomID: room.ID,
			Markdown: messages.MentionPerson(bot.ID, "Bot") + " ping " + strconv.Itoa(i)})
		require.NoError(t, err)
		srv.NewMessage(alice, room, "noise")
	}
	botc := newClient(t, srv, btok)
	got := collect(t, botc.Messages.List(t.Context(), &messages.ListParams{RoomID: room.ID, MentionedPeople: []string{"me"}, Max: 2}))
	require.Len(t, got, 7)
	for i, m := range got {
		assert.Equal(t, "Bot ping "+strconv.Itoa(6-i), m.Text)
	}
	assert.Equal(t, 4, srv.RequestCount("GET /messages"))
}

func TestEveryListPages(t *testing.T) {
	t.Parallel()
	type listCase struct {
		name     string
		endpoint string
		want     int
		max      int
		// setup seeds want items visible to the caller and returns a
		// function listing their ids through the SDK iterator with max.
		setup func(t *testing.T, srv *webextest.Server, me *webextest.Person, c *webex.Client) func(ctx context.Context) []string
	}
	ids := func(t *testing.T, seq func(yield func(string, error) bool)) []string {
		var out []string
		for id, err := range seq {
			require.NoError(t, err)
			out = append(out, id)
		}
		return out
	}
	cases := []listCase{
		{"rooms", "GET /rooms", 7, 3, func(t *testing.T, srv *webextest.Server, me *webextest.Person, c *webex.Client) func(context.Context) []string {
			for i := range 7 {
				srv.NewRoom(me, fmt.Sprint("room ", i))
			}
			return func(ctx context.Context) []string {
				return ids(t, mapIDs(c.Rooms.List(ctx, &rooms.ListParams{Max: 3}), func(r *rooms.Room) string { return r.ID }))
			}
		}},
		{"memberships", "GET /memberships", 6, 4, func(t *testing.T, srv *webextest.Server, me *webextest.Person, c *webex.Client) func(context.Context) []string {
			var others []*webextest.Person
			for i := range 5 {
				others = append(others, srv.NewUser(nil, "", fmt.Sprint("Member ", i)))
			}
			room := srv.NewRoom(me, "R", others...)
			return func(ctx context.Context) []string {
				return ids(t, mapIDs(c.Memberships.List(ctx, &memberships.ListParams{RoomID: room.ID, Max: 4}), func(m *memberships.Membership) string { return m.ID }))
			}
		}},
		{"people", "GET /people", 5, 2, func(t *testing.T, srv *webextest.Server, me *webextest.Person, c *webex.Client) func(context.Context) []string {
			for i := range 5 {
				srv.NewUser(nil, "", fmt.Sprint("Pat ", i))
			}
			return func(ctx context.Context) []string {
				return ids(t, mapIDs(c.People.List(ctx, &people.ListParams{DisplayName: "Pat", Max: 2}), func(p *people.Person) string { return p.ID }))
			}
		}},
		{"teams", "GET /teams", 5, 2, func(t *testing.T, srv *webextest.Server, me *webextest.Person, c *webex.Client) func(context.Context) []string {
			for i := range 5 {
				srv.NewTeam(me, fmt.Sprint("team ", i))
			}
			return func(ctx context.Context) []string {
				return ids(t, mapIDs(c.Teams.List(ctx, &teams.ListParams{Max: 2}), func(tm *teams.Team) string { return tm.ID }))
			}
		}},
		{"team memberships", "GET /team/memberships", 5, 3, func(t *testing.T, srv *webextest.Server, me *webextest.Person, c *webex.Client) func(context.Context) []string {
			var others []*webextest.Person
			for i := range 4 {
				others = append(others, srv.NewUser(nil, "", fmt.Sprint("Teammate ", i)))
			}
			team := srv.NewTeam(me, "T", others...)
			return func(ctx context.Context) []string {
				return ids(t, mapIDs(c.TeamMemberships.List(ctx, &teams.ListMembershipsParams{TeamID: team.ID, Max: 3}), func(m *teams.Membership) string { return m.ID }))
			}
		}},
		{"webhooks", "GET /webhooks", 5, 2, func(t *testing.T, srv *webextest.Server, me *webextest.Person, c *webex.Client) func(context.Context) []string {
			for i := range 5 {
				_, err := c.Webhooks.Create(t.Context(), &webhooks.CreateParams{Name: fmt.Sprint("hook ", i),
					TargetURL: "https://example.com/hook", Resource: webhooks.ResourceRooms, Event: webhooks.EventAll})
				require.NoError(t, err)
			}
			return func(ctx context.Context) []string {
				return ids(t, mapIDs(c.Webhooks.List(ctx, &webhooks.ListParams{Max: 2}), func(w *webhooks.Webhook) string { return w.ID }))
			}
		}},
		{"events", "GET /events", 5, 2, func(t *testing.T, srv *webextest.Server, me *webextest.Person, c *webex.Client) func(context.Context) []string {
			for i := range 5 {
				_, err := c.Teams.Create(t.Context(), &teams.CreateParams{Name: fmt.Sprint("team ", i)})
				require.NoError(t, err)
			}
			ev := newEventsService(t, srv, srv.NewToken(me, webex.ScopeComplianceEventsRead))
			return func(ctx context.Context) []string {
				return ids(t, mapIDs(ev.List(ctx, &events.ListParams{Resource: "teams", Max: 2}), func(e *events.Event) string { return e.ID }))
			}
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			srv := newServer(t)
			me := srv.NewPerson(nil, webextest.PersonSpec{Email: "me@example.com", DisplayName: "Me",
				Roles: []string{webextest.RoleComplianceOfficer}})
			c := newClient(t, srv, srv.NewToken(me, webex.ScopeAll))
			list := tc.setup(t, srv, me, c)
			before := srv.RequestCount(tc.endpoint)
			got := list(t.Context())
			assert.Len(t, got, tc.want)
			seen := map[string]bool{}
			for _, id := range got {
				assert.False(t, seen[id], "id %s listed twice", id)
				seen[id] = true
			}
			pages := (tc.want + tc.max - 1) / tc.max
			assert.Equal(t, pages, srv.RequestCount(tc.endpoint)-before, "one request per page of %d", tc.max)
		})
	}
}

// mapIDs turns an SDK iterator into one of ids.
func mapIDs[T any](seq func(yield func(*T, error) bool), id func(*T) string) func(yield func(string, error) bool) {
	return func(yield func(string, error) bool) {
		for v, err := range seq {
			s := ""
			if v != nil {
				s = id(v)
			}
			if !yield(s, err) {
				return
			}
		}
	}
}

// TestListHundredThousandMessages pages a large space through the SDK:
// every message once, newest first, one request per page. Under the race
// detector, which slows the emulator and the SDK about tenfold, it pages
// 2,000 messages 20 at a time: the same 100 pages through the same code,
// in a fraction of the time; without it (CI runs it so too) it lists
// 100,000 and holds the listing to a time bound.
func TestListHundredThousandMessages(t *testing.T) {
	if testing.Short() {
		t.Skip("seeds 100,000 messages")
	}
	t.Parallel()
	n, max, bound := 100_000, 1000, 5*time.Second // about 1s on an idle 2-core machine
	if testmain.Race {
		n, max, bound = 2_000, 20, 30*time.Second
	}
	srv := newServer(t)
	alice, tok := srv.NewUserWithToken("", "Alice")
	big := srv.NewRoom(alice, "Big")
	start := time.Now()
	for i := range n {
		srv.NewMessage(alice, big, strconv.Itoa(i))
	}
	seeded := time.Since(start)
	c := newClient(t, srv, tok)

	start = time.Now()
	want := n - 1
	for m, err := range c.Messages.List(t.Context(), &messages.ListParams{RoomID: big.ID, Max: max}) {
		require.NoError(t, err)
		if m.Text != strconv.Itoa(want) {
			require.Equal(t, strconv.Itoa(want), m.Text)
		}
		want--
	}
	listed := time.Since(start)
	assert.Equal(t, -1, want, "every message listed once, newest first")
	assert.Equal(t, n/max, srv.RequestCount("GET /messages"))
	t.Logf("seeded %d messages in %v, listed them through the SDK in %v", n, seeded, listed)
	assert.Less(t, listed, bound)
}
