package mcpserver

import (
	"fmt"
	"net/http"
	"time"

	"github.com/gowebex/sdk/webex"
)

// call is one tool call in progress: who makes it, with which client, and
// what it touched (for the audit log).
type call struct {
	rt      *agentRuntime
	tool    string
	start   time.Time
	trace   trace
	targets map[string]string
	content string
	// pre is the object a guard fetched to learn its space; run reuses it
	// instead of fetching it again.
	pre any
	// room is the space a guard learned the call acts in.
	room string
}

// prefetched returns the object the guard fetched, if it has type T.
func prefetched[T any](c *call) (*T, bool) {
	v, ok := c.pre.(*T)
	return v, ok && v != nil
}

// where is " in space X" for the space the call acts in, when known.
func (c *call) where() string {
	if c.room == "" {
		return ""
	}
	return " in " + c.space(c.room)
}

func (c *call) client() *webex.Client { return c.rt.client }

// target records an id the call names or acts on.
func (c *call) target(kind, id string) {
	if id == "" {
		return
	}
	if c.targets == nil {
		c.targets = make(map[string]string, 2)
	}
	c.targets[kind] = id
}

// space records a space id and returns how a person reads it: "space Q3
// Planning" when its title is known, else "space <id>".
func (c *call) space(id string) string {
	if id == "" {
		return "a space"
	}
	c.target("roomId", id)
	return "space " + c.rt.srv.spaceName(id)
}

// person records a person, by id or email, and returns it for a sentence.
func (c *call) person(id, email string) string {
	switch {
	case email != "":
		c.target("personEmail", email)
		return email
	case id != "":
		c.target("personId", id)
		return "person " + id
	}
	return "a person"
}

// ref records an id of the given kind and returns "<noun> <id>".
func (c *call) ref(kind, noun, id string) string {
	c.target(kind, id)
	if id == "" {
		return noun
	}
	return noun + " " + id
}

// allowSpace denies a space outside the agent's allowlist.
func (c *call) allowSpace(id string) error {
	if c.rt.agent.SpaceAllowed(id) {
		return nil
	}
	if id == "" {
		return c.deny("this agent is confined to its space allowlist, so the call must name one of its spaces (roomId)")
	}
	return &DeniedError{Agent: c.rt.agent.Name, Tool: c.tool, Space: id}
}

// confined denies calls that would reach spaces outside any allowlist
// (direct messages, new spaces) when the agent has one.
func (c *call) confined(what string) error {
	if !c.rt.agent.Confined() {
		return nil
	}
	return c.deny("agent " + c.rt.agent.Name + " is confined to its space allowlist, so it may not " + what)
}

func (c *call) deny(detail string) error {
	return &DeniedError{Agent: c.rt.agent.Name, Tool: c.tool, Detail: detail}
}

// cursor opens a cursor given to this agent by this tool.
func (c *call) cursor(cur string) (string, error) {
	return c.rt.srv.cursors.open(c.rt.agent.Name, c.tool, cur)
}

// next seals a next-page URL into a cursor for this agent and tool.
func (c *call) next(url string) string {
	return c.rt.srv.cursors.seal(c.rt.agent.Name, c.tool, url)
}

func statusText(code int) string {
	return fmt.Sprintf("%d %s", code, http.StatusText(code))
}

// Page sizes of list tools.
const (
	defaultLimit = 50
	maxLimit     = 100
)

// pageSize is the page size for a requested limit: 50 when unset, at most 100.
func pageSize(limit int) int {
	switch {
	case limit <= 0:
		return defaultLimit
	case limit > maxLimit:
		return maxLimit
	}
	return limit
}

// ListOutput is the result of a list tool: one page of items and the cursor
// of the next.
type ListOutput[T any] struct {
	Items      []T    `json:"items" jsonschema:"the items of this page"`
	NextCursor string `json:"nextCursor,omitempty" jsonschema:"pass as cursor to the same tool to get the next page; absent on the last page"`
}

// PageInput is the paging part of a list tool's input.
type PageInput struct {
	Limit  int    `json:"limit,omitempty" jsonschema:"how many items to return, 1 to 100 (default 50)"`
	Cursor string `json:"cursor,omitempty" jsonschema:"the nextCursor of a previous call of this tool, to get the next page; omit for the first page"`
}

func listSummary(n int, noun, next string) string {
	s := fmt.Sprintf("%d %s", n, noun)
	if next != "" {
		s += "; more available: call again with cursor set to nextCursor"
	}
	return s
}

// Done is the result of a tool that returns nothing but success.
type Done struct {
	OK      bool   `json:"ok"`
	Message string `json:"message"`
}

// record starts the call's audit record.
func (c *call) record() Record {
	rec := Record{
		Time:       c.start.UTC(),
		Agent:      c.rt.agent.Name,
		Tool:       c.tool,
		Targets:    c.targets,
		TrackingID: c.trace.get(),
		DurationMS: float64(time.Since(c.start).Microseconds()) / 1000,
	}
	if c.rt.srv.auditContent {
		rec.Content = c.content
	}
	return rec
}
