package mcpserver

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/rooms"
)

// Bounds of one messages_search call.
const (
	// searchSpaces is the most spaces one call scans.
	searchSpaces = 10
	// searchMessages is the most messages one call reads.
	searchMessages = 500
	// searchPage is the page size of each read.
	searchPage = 100
)

// MessageSearchInput is the input of messages_search.
type MessageSearchInput struct {
	Query       string    `json:"query,omitempty" jsonschema:"words that must all appear in the text (any case)"`
	PersonEmail string    `json:"personEmail,omitempty" jsonschema:"only messages sent by this email"`
	After       time.Time `json:"after,omitzero" jsonschema:"only messages sent after this time (RFC 3339)"`
	Before      time.Time `json:"before,omitzero" jsonschema:"only messages sent before this time (RFC 3339)"`
	MentionsMe  bool      `json:"mentionsMe,omitempty" jsonschema:"only messages that mention the agent"`
	HasFiles    bool      `json:"hasFiles,omitempty" jsonschema:"only messages with files"`
	RoomIDs     []string  `json:"roomIds,omitempty" jsonschema:"search only these spaces; default: the agent's spaces, most recently active first"`
	Limit       int       `json:"limit,omitempty" jsonschema:"most matches to return, 1 to 50 (default 20)"`
	Cursor      string    `json:"cursor,omitempty" jsonschema:"the nextCursor of a previous call, to go on where it stopped"`
}

// MessageSearchOutput is the result of messages_search: matches newest
// first within what was scanned, and what was not scanned.
type MessageSearchOutput struct {
	Items []messages.Message `json:"items"`
	// SpacesScanned and MessagesScanned say what this call read.
	SpacesScanned   int `json:"spacesScanned"`
	MessagesScanned int `json:"messagesScanned"`
	// Complete is true when every space in range was scanned to the end
	// of the date range.
	Complete bool `json:"complete"`
	// NotScanned says what was left for the next call.
	NotScanned string `json:"notScanned,omitempty"`
	NextCursor string `json:"nextCursor,omitempty" jsonschema:"pass as cursor to go on scanning; absent when complete"`
}

// searchState is where a search stopped: the next space to scan (by
// position) and, within it, the last message read.
type searchState struct {
	Space int    `json:"s"`
	After string `json:"m,omitempty"`
}

func searchTools() []tool {
	return []tool{
		&spec[MessageSearchInput, MessageSearchOutput]{
			name: "messages_search", title: "Search messages", cap: CapMessages, level: Read, kind: kindRead,
			scopes: []string{webex.ScopeMessagesRead, webex.ScopeRoomsRead},
			desc: "Find messages by words, sender, date range, mentions of the agent or files, across the spaces the agent may read " +
				"(most recently active first), newest first within each call. Each call scans at most 10 spaces and 500 messages, " +
				"says what it did not scan, and returns a nextCursor to go on.",
			verb: "search", past: "searched",
			object: func(c *call, in *MessageSearchInput) string {
				if len(in.RoomIDs) == 1 {
					return "messages in " + c.space(in.RoomIDs[0])
				}
				return "messages"
			},
			guard: func(_ context.Context, c *call, in *MessageSearchInput) error {
				for _, r := range in.RoomIDs {
					if err := c.allowSpace(r); err != nil {
						return err
					}
				}
				return nil
			},
			run:     searchMessagesRun,
			summary: searchSummary,
		},
	}
}

func searchSummary(o MessageSearchOutput) string {
	s := fmt.Sprintf("%d matches in %d messages of %d spaces", len(o.Items), o.MessagesScanned, o.SpacesScanned)
	if !o.Complete {
		s += "; not complete: " + o.NotScanned
	}
	return s
}

func searchMessagesRun(ctx context.Context, c *call, in *MessageSearchInput) (MessageSearchOutput, error) {
	out := MessageSearchOutput{Items: []messages.Message{}}
	limit := 20
	if in.Limit > 0 {
		limit = min(in.Limit, 50)
	}
	var st searchState
	if raw, err := c.cursor(in.Cursor); err != nil {
		return out, err
	} else if raw != "" && json.Unmarshal([]byte(raw), &st) != nil {
		return out, errBadCursor
	}
	spaces, more, err := searchSpaceWindow(ctx, c, in, st.Space)
	if err != nil {
		return out, err
	}
	var me string
	if in.MentionsMe {
		p, err := c.client().People.Me(ctx, nil)
		if err != nil {
			return out, err
		}
		me = p.ID
	}
	words := strings.Fields(strings.ToLower(in.Query))
	budget := searchMessages
	next := searchState{Space: -1}
spaces:
	for i, room := range spaces {
		out.SpacesScanned++
		after := ""
		if i == 0 {
			after = st.After
		}
		for {
			lp := &messages.ListParams{RoomID: room, BeforeMessage: after, Max: searchPage}
			if after == "" {
				lp.Before = in.Before
			}
			p, err := c.client().Messages.ListPage(ctx, lp, "")
			if err != nil {
				return out, err
			}
			done := len(p.Items) < searchPage
			for j := range p.Items {
				m := &p.Items[j]
				if !in.After.IsZero() && m.Created.Before(in.After) {
					done = true
					break
				}
				out.MessagesScanned++
				budget--
				after = m.ID
				if matches(m, words, in, me) {
					out.Items = append(out.Items, *m)
				}
				if budget == 0 || len(out.Items) == limit {
					next = searchState{Space: st.Space + i, After: after}
					if j == len(p.Items)-1 && done {
						next = searchState{Space: st.Space + i + 1}
					}
					break spaces
				}
			}
			if done {
				break
			}
		}
	}
	slices.SortStableFunc(out.Items, func(a, b messages.Message) int { return b.Created.Compare(a.Created) })
	switch {
	case next.Space >= 0 && (next.Space < st.Space+len(spaces) || more):
		out.NotScanned = fmt.Sprintf("stopped after %d messages and %d matches (the bounds of one call); spaces after the %d scanned, and older messages of the last one, were not scanned",
			out.MessagesScanned, len(out.Items), out.SpacesScanned)
	case more:
		next = searchState{Space: st.Space + len(spaces)}
		out.NotScanned = fmt.Sprintf("only %d spaces are scanned per call; the agent's other spaces were not scanned", searchSpaces)
	default:
		out.Complete = true
	}
	if !out.Complete {
		b, _ := json.Marshal(next)
		out.NextCursor = c.next(string(b))
	}
	return out, nil
}

// searchSpaceWindow returns the spaces a search scans from position from,
// at most searchSpaces, and whether more follow: the roomIds given, else
// the agent's allowlist, else its spaces by last activity.
func searchSpaceWindow(ctx context.Context, c *call, in *MessageSearchInput, from int) ([]string, bool, error) {
	var all []string
	switch {
	case len(in.RoomIDs) > 0:
		all = in.RoomIDs
	case c.rt.agent.Confined():
		all = c.rt.agent.Spaces
	default:
		n := 0
		var out []string
		for r, err := range c.client().Rooms.List(ctx, &rooms.ListParams{SortBy: rooms.SortByLastActivity, Max: searchPage}) {
			if err != nil {
				return nil, false, err
			}
			if n >= from+searchSpaces {
				return out, true, nil
			}
			if n >= from {
				out = append(out, r.ID)
				c.rt.srv.noteSpace(r.ID, r.Title)
			}
			n++
		}
		return out, false, nil
	}
	if from >= len(all) {
		return nil, false, nil
	}
	end := min(len(all), from+searchSpaces)
	return all[from:end], end < len(all), nil
}

// matches reports whether a message meets every criterion of the search.
func matches(m *messages.Message, words []string, in *MessageSearchInput, me string) bool {
	switch {
	case in.PersonEmail != "" && !strings.EqualFold(m.PersonEmail, in.PersonEmail):
		return false
	case in.HasFiles && len(m.Files) == 0:
		return false
	case me != "" && !slices.Contains(m.MentionedPeople, me):
		return false
	}
	text := strings.ToLower(m.Text + "\n" + m.Markdown)
	for _, w := range words {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}
