package mcpserver_test

import (
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/gowebex/sdk/mcpserver"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// scenario calls tools as one agent and remembers which were covered.
type scenario struct {
	t       *testing.T
	e       *env
	agent   string
	covered map[string]bool
}

type obj = map[string]any

// do calls a tool that must succeed, decoding its structured result into out.
func (s *scenario) do(tool string, args obj, out any) {
	s.t.Helper()
	s.e.ok(s.t, s.agent, tool, args, out)
	rec := s.e.last(s.t, s.agent)
	assert.Equal(s.t, tool, rec.Tool)
	assert.Equal(s.t, mcpserver.Allowed, rec.Decision)
	assert.Equal(s.t, "ok", rec.Outcome)
	assert.NotEmpty(s.t, rec.TrackingID, "%s: no trackingId in audit", tool)
	assert.True(s.t, strings.HasPrefix(rec.Summary, s.agent+" "), rec.Summary)
	assert.True(s.t, strings.HasSuffix(rec.Summary, ": allowed"), rec.Summary)
	s.covered[tool] = true
}

// webexError calls a tool that the emulator refuses (admin tools on a user
// token): the error must be Webex's, with status, trackingId and advice.
func (s *scenario) webexError(tool string, args obj, status string) {
	s.t.Helper()
	res := s.e.call(s.t, s.agent, tool, args)
	require.True(s.t, res.IsError, "%s should fail", tool)
	msg := text(res)
	assert.Contains(s.t, msg, "Webex answered "+status)
	assert.Contains(s.t, msg, "trackingId")
	rec := s.e.last(s.t, s.agent)
	assert.Equal(s.t, mcpserver.Allowed, rec.Decision)
	assert.Equal(s.t, "error", rec.Outcome)
	assert.NotZero(s.t, rec.Status)
	s.covered[tool] = true
}

type item struct {
	ID string `json:"id"`
}

type list struct {
	Items      []map[string]any `json:"items"`
	NextCursor string           `json:"nextCursor"`
	More       bool             `json:"more"`
}

func (l list) id(i int) string { return l.Items[i]["id"].(string) }

// TestEveryTool calls every tool through in-memory MCP transports against
// the emulator, as an agent granted everything.
func TestEveryTool(t *testing.T) {
	t.Parallel()
	// Its own fixture: it deletes the demo meeting's transcript and
	// recording, which a second run (-count=N) would need again.
	e := newEnv(t, sharedPolicy(), nil)
	s := &scenario{t: t, e: e, agent: "boss", covered: map[string]bool{}}
	planning := e.emu.Spaces[mcpserver.DemoSpacePlanning]

	// Spaces and memberships.
	var spaces list
	s.do("spaces_list", obj{"limit": 2}, &spaces)
	require.Len(t, spaces.Items, 2)
	require.NotEmpty(t, spaces.NextCursor)
	var page2 list
	s.do("spaces_list", obj{"limit": 2, "cursor": spaces.NextCursor}, &page2)
	require.NotEmpty(t, page2.Items)
	assert.NotEqual(t, spaces.id(0), page2.id(0))
	var room map[string]any
	s.do("spaces_get", obj{"roomId": planning}, &room)
	assert.Equal(t, "Q3 Planning", room["title"])
	var created item
	s.do("spaces_create", obj{"title": "Agents", "isLocked": false}, &created)
	s.do("spaces_update", obj{"roomId": created.ID, "title": "Agents 2"}, &room)
	assert.Equal(t, "Agents 2", room["title"])
	var mem item
	s.do("memberships_create", obj{"roomId": created.ID, "personEmail": "carol@example.com"}, &mem)
	var mems list
	s.do("memberships_list", obj{"roomId": created.ID}, &mems)
	assert.Len(t, mems.Items, 2)
	s.do("memberships_get", obj{"membershipId": mem.ID}, &room)
	var upd map[string]any
	s.do("memberships_update", obj{"membershipId": mem.ID, "isModerator": true}, &upd)
	assert.Equal(t, true, upd["isModerator"])
	s.do("memberships_delete", obj{"membershipId": mem.ID}, nil)

	// Messages and cards.
	var msg item
	s.do("messages_create", obj{"roomId": created.ID, "text": "Kickoff"}, nil)
	s.do("messages_create", obj{"roomId": created.ID, "text": "Agenda"}, nil)
	s.do("messages_create", obj{"roomId": created.ID, "markdown": "Status: **green**"}, &msg)
	var msgs list
	s.do("messages_list", obj{"roomId": created.ID, "limit": 2}, &msgs)
	require.Len(t, msgs.Items, 2)
	assert.Equal(t, msg.ID, msgs.id(0), "newest first")
	require.NotEmpty(t, msgs.NextCursor)
	s.do("messages_list", obj{"roomId": created.ID, "limit": 2, "cursor": msgs.NextCursor}, &msgs)
	var got map[string]any
	s.do("messages_get", obj{"messageId": msg.ID}, &got)
	assert.Equal(t, created.ID, got["roomId"])
	s.do("messages_edit", obj{"messageId": msg.ID, "text": "Status: amber"}, &got)
	assert.Equal(t, "Status: amber", got["text"])
	var sent item
	s.do("messages_create", obj{"toPersonEmail": "alice@example.com", "text": "hi Alice"}, &sent)
	var direct list
	s.do("messages_list_direct", obj{"personEmail": "alice@example.com"}, &direct)
	require.NotEmpty(t, direct.Items) // the shared fixture keeps earlier runs' (-count=N)
	assert.Equal(t, sent.ID, direct.id(0), "the newest direct message comes first")
	var card item
	s.do("messages_create", obj{"roomId": created.ID, "text": "Approve?", "card": obj{
		"type": "AdaptiveCard", "version": "1.3",
		"body":    []obj{{"type": "Input.Text", "id": "comment"}},
		"actions": []obj{{"type": "Action.Submit", "title": "OK"}},
	}}, &card)
	var action item
	s.do("attachment_actions_create", obj{"messageId": card.ID, "inputs": obj{"comment": "fine"}}, &action)
	s.do("attachment_actions_get", obj{"actionId": action.ID}, &got)
	assert.Equal(t, card.ID, got["messageId"])
	var fileMsg item
	s.do("messages_create", obj{"roomId": created.ID, "text": "notes", "file": obj{"name": "notes.txt", "base64": "aGVsbG8gZmlsZQ=="}}, &fileMsg)
	var file map[string]any
	s.do("messages_file_get", obj{"messageId": fileMsg.ID}, &file)
	assert.Equal(t, "hello file", file["text"])
	var found list
	s.do("messages_search", obj{"query": "KICKOFF", "roomIds": []string{created.ID}}, &found)
	require.Len(t, found.Items, 1)
	s.do("messages_delete", obj{"messageId": msg.ID}, nil)
	s.do("spaces_delete", obj{"roomId": created.ID}, nil)

	// People.
	var me item
	s.do("people_me", nil, &me)
	var people list
	s.do("people_list", obj{"email": "alice@example.com"}, &people)
	require.Len(t, people.Items, 1)
	s.do("people_get", obj{"personId": people.id(0)}, &got)
	assert.Equal(t, "Alice Johnson", got["displayName"])
	var looked map[string]any
	s.do("people_lookup", obj{"ids": []string{people.id(0), me.ID}}, &looked)
	assert.Len(t, looked["items"], 2)
	var dave item
	s.do("people_create", obj{"emails": []string{"dave@example.com"}, "displayName": "Dave Lee"}, &dave)
	s.do("people_update", obj{"personId": dave.ID, "title": "Engineer"}, &got)
	assert.Equal(t, "Dave Lee", got["displayName"], "unchanged fields are kept")
	s.do("people_delete", obj{"personId": dave.ID}, nil)

	// Teams.
	var team item
	s.do("teams_create", obj{"name": "Launch"}, &team)
	var teams list
	s.do("teams_list", nil, &teams)
	assert.NotEmpty(t, teams.Items)
	s.do("teams_get", obj{"teamId": team.ID}, &got)
	s.do("teams_update", obj{"teamId": team.ID, "name": "Launch 2"}, &got)
	assert.Equal(t, "Launch 2", got["name"])
	var tm item
	s.do("team_memberships_create", obj{"teamId": team.ID, "personEmail": "bob@example.com"}, &tm)
	s.do("team_memberships_list", obj{"teamId": team.ID}, &mems)
	assert.Len(t, mems.Items, 2)
	s.do("team_memberships_get", obj{"membershipId": tm.ID}, &got)
	s.do("team_memberships_update", obj{"membershipId": tm.ID, "isModerator": true}, &got)
	assert.Equal(t, true, got["isModerator"])
	s.do("team_memberships_delete", obj{"membershipId": tm.ID}, nil)
	s.do("teams_delete", obj{"teamId": team.ID}, nil)

	// Webhooks: the secret never reaches the agent.
	var hook map[string]any
	s.do("webhooks_create", obj{"name": "new messages", "targetUrl": "https://example.com/hook", "resource": "messages",
		"event": "created", "filter": "roomId=" + planning, "secret": "s3cret"}, &hook)
	assert.NotContains(t, hook, "secret")
	hookID := hook["id"].(string)
	var hooks list
	s.do("webhooks_list", nil, &hooks)
	require.Len(t, hooks.Items, 1)
	assert.NotContains(t, hooks.Items[0], "secret")
	s.do("webhooks_get", obj{"webhookId": hookID}, &hook)
	assert.NotContains(t, hook, "secret")
	s.do("webhooks_update", obj{"webhookId": hookID, "name": "renamed", "targetUrl": "https://example.com/hook2"}, &hook)
	assert.Equal(t, "renamed", hook["name"])
	s.do("webhooks_delete", obj{"webhookId": hookID}, nil)

	// Compliance events.
	var events list
	s.do("events_list", obj{"limit": 5}, &events)
	require.NotEmpty(t, events.Items)
	s.do("events_get", obj{"eventId": events.id(0)}, &got)

	// Meetings.
	series := e.emu.Meetings["boss"]
	require.NotEmpty(t, series)
	instance, ok := e.emu.Server.MeetingInstanceID(series)
	require.True(t, ok)
	var meetings list
	s.do("meetings_list", obj{"meetingType": "meeting", "state": "ended"}, &meetings)
	require.NotEmpty(t, meetings.Items)
	s.do("meetings_get", obj{"meetingId": series}, &got)
	assert.Equal(t, "Q3 Kickoff", got["title"])
	start := time.Now().Add(10 * time.Minute).UTC().Truncate(time.Minute)
	var meeting item
	s.do("meetings_create", obj{"title": "Design review", "start": start.Format(time.RFC3339),
		"end": start.Add(time.Hour).Format(time.RFC3339), "invitees": []string{"carol@example.com"}}, &meeting)
	s.do("meetings_update", obj{"meetingId": meeting.ID, "agenda": "Mockups"}, &got)
	assert.Equal(t, "Mockups", got["agenda"])
	assert.Equal(t, "Design review", got["title"], "fields left out are unchanged")
	s.do("meetings_join", obj{"meetingId": meeting.ID}, &got)
	assert.NotEmpty(t, got["joinLink"])
	var templates list
	s.do("meeting_templates_list", obj{"limit": 2}, &templates)
	require.NotEmpty(t, templates.Items)
	s.do("meeting_templates_get", obj{"templateId": templates.id(0)}, &got)
	var invitees list
	s.do("meeting_invitees_list", obj{"meetingId": meeting.ID}, &invitees)
	require.Len(t, invitees.Items, 1)
	var inv item
	s.do("meeting_invitees_create", obj{"meetingId": meeting.ID, "email": "bob@example.com", "sendEmail": false}, &inv)
	s.do("meeting_invitees_create_bulk", obj{"meetingId": meeting.ID, "invitees": []obj{{"email": "alice@example.com"}}}, &got)
	s.do("meeting_invitees_get", obj{"inviteeId": inv.ID}, &got)
	s.do("meeting_invitees_update", obj{"inviteeId": inv.ID, "email": "bob@example.com", "coHost": true}, &got)
	assert.Equal(t, true, got["coHost"])
	s.do("meeting_invitees_delete", obj{"inviteeId": inv.ID}, nil)

	// A live meeting: the agent hosts, Bob joins, Alice and Carol wait in the lobby.
	host := e.emu.People[mcpserver.AgentEmail("boss")]
	_, err := e.emu.Server.JoinMeeting(meeting.ID, host)
	require.NoError(t, err)
	_, err = e.emu.Server.JoinMeeting(meeting.ID, e.emu.People["bob@example.com"])
	require.NoError(t, err)
	alice, err := e.emu.Server.JoinLobby(meeting.ID, e.emu.People["alice@example.com"])
	require.NoError(t, err)
	carol, err := e.emu.Server.JoinLobby(meeting.ID, e.emu.People["carol@example.com"])
	require.NoError(t, err)
	var parts list
	s.do("meeting_participants_list", obj{"meetingId": meeting.ID}, &parts)
	require.GreaterOrEqual(t, len(parts.Items), 2)
	s.do("meeting_participants_get", obj{"participantId": alice.ID}, &got)
	assert.Equal(t, "lobby", got["state"])
	s.do("meeting_participants_query", obj{"meetingId": meeting.ID, "emails": []string{"bob@example.com"}}, &parts)
	require.Len(t, parts.Items, 1)
	bobID := parts.id(0)
	s.do("meeting_participants_update", obj{"participantId": alice.ID, "admit": true}, &got)
	s.do("meeting_participants_admit", obj{"participantIds": []string{carol.ID}}, nil)
	s.do("meeting_participants_update", obj{"participantId": bobID, "muted": true}, &got)
	assert.Equal(t, true, got["muted"])
	s.do("meeting_controls_update", obj{"meetingId": meeting.ID, "locked": true, "recordingStarted": true}, &got)
	assert.Equal(t, true, got["recordingStarted"])
	s.do("meeting_controls_get", obj{"meetingId": meeting.ID}, &got)
	assert.Equal(t, true, got["locked"])
	s.do("meeting_participants_call_out", obj{"meetingId": meeting.ID, "address": "room@example.com", "displayName": "Room"}, &got)
	assert.Equal(t, "pending", got["state"])
	s.do("meeting_participants_cancel_call_out", obj{"participantId": got["participantId"]}, nil)
	s.do("meetings_end", obj{"meetingId": meeting.ID}, nil)
	s.do("meetings_delete", obj{"meetingId": meeting.ID, "sendEmail": false}, nil)

	// Recordings, transcripts, summaries of the demo meeting.
	var recs list
	s.do("recordings_list", nil, &recs)
	require.NotEmpty(t, recs.Items)
	s.do("recordings_get", obj{"recordingId": recs.id(0)}, &got)
	var trs list
	s.do("transcripts_list", obj{"meetingId": instance}, &trs)
	require.NotEmpty(t, trs.Items)
	trID := trs.id(0)
	var tx map[string]any
	s.do("transcripts_download", obj{"transcriptId": trID, "format": "txt"}, &tx)
	assert.NotEmpty(t, tx["text"])
	var snips list
	s.do("transcript_snippets_list", obj{"transcriptId": trID, "limit": 1}, &snips)
	require.Len(t, snips.Items, 1)
	s.do("transcript_snippets_get", obj{"transcriptId": trID, "snippetId": snips.id(0)}, &got)
	s.do("transcript_snippets_update", obj{"transcriptId": trID, "snippetId": snips.id(0), "text": "Corrected."}, &got)
	assert.Equal(t, "Corrected.", got["text"])
	var sums list
	s.do("summaries_list", obj{"meetingId": instance}, &sums)
	if len(sums.Items) > 0 {
		s.do("summaries_delete", obj{"summaryId": sums.id(0)}, nil)
	} else {
		s.webexError("summaries_delete", obj{"summaryId": "no-such-summary"}, "404")
	}
	s.do("summaries_list_admin", obj{"meetingId": instance}, &sums)
	s.do("transcripts_delete", obj{"transcriptId": trID}, nil)
	s.do("recordings_share", obj{"recordingId": recs.id(0), "addEmails": []string{"bob@example.com"}}, nil)
	s.do("recordings_delete", obj{"recordingId": recs.id(0)}, nil)
	s.do("recordings_restore", obj{"recordingId": recs.id(0)}, nil)
	// Admin listings need admin scopes the demo token does not carry: the
	// agent is told which scope is missing.
	s.webexError("recordings_list_admin", nil, "403")
	s.webexError("transcripts_list_admin", obj{"siteUrl": "example.webex.com"}, "403")
	assert.Contains(t, e.last(t, "boss").Error, "meeting:admin_transcripts_read")

	var missing []string
	for _, ti := range mcpserver.Tools() {
		if !s.covered[ti.Name] {
			missing = append(missing, ti.Name)
		}
	}
	sort.Strings(missing)
	assert.Empty(t, missing, "tools not covered")
}
