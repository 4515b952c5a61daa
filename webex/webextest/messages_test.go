package webextest

import (
	"bytes"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCreateMessageValidation(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	alice, tok := srv.NewUserWithToken("", "Alice")
	room := srv.NewRoom(alice, "R")
	cases := []struct {
		name   string
		body   any
		status int
	}{
		{"no target", map[string]any{"text": "x"}, 400},
		{"no content", map[string]any{"roomId": room.ID}, 400},
		{"malformed json", `{"roomId":`, 400},
		{"wrong type", `{"roomId": 5, "text": "x"}`, 400},
		{"garbage room id", map[string]any{"roomId": "garbage", "text": "x"}, 400},
		{"unknown room", map[string]any{"roomId": encodeID(typeRoom, newUUID()), "text": "x"}, 404},
		{"too long", map[string]any{"roomId": room.ID, "text": strings.Repeat("a", 8000)}, 400},
		{"self direct", map[string]any{"toPersonId": alice.ID, "text": "x"}, 400},
		{"unknown email", map[string]any{"toPersonEmail": "nobody@example.com", "text": "x"}, 404},
		{"bad parent", map[string]any{"roomId": room.ID, "text": "x", "parentId": "zzz"}, 400},
		{"attachments not array", map[string]any{"roomId": room.ID, "text": "x", "attachments": map[string]any{}}, 400},
	}
	for _, tc := range cases {
		r := call(t, srv, tok, "POST", "/messages", tc.body)
		requireError(t, r, tc.status)
	}
}

func TestCreateAndGetMessageShape(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	alice, tok := srv.NewUserWithToken("alice@example.com", "Alice")
	bob := srv.NewUser(nil, "bob@example.com", "Bob")
	room := srv.NewRoom(alice, "R", bob)
	md := fmt.Sprintf("Hi <@personId:%s|Bobby> and <@personEmail:alice@example.com> <@all>", bob.ID)
	r := call(t, srv, tok, "POST", "/messages", map[string]any{"roomId": room.ID, "markdown": md})
	require.Equal(t, http.StatusOK, r.status, string(r.raw))
	assert.Equal(t, room.ID, r.str("roomId"))
	assert.Equal(t, "group", r.str("roomType"))
	assert.Equal(t, "Hi Bobby and Alice All", r.str("text"))
	assert.Equal(t, md, r.str("markdown"))
	assert.Contains(t, r.str("html"), "spark-mention")
	assert.Equal(t, []any{bob.ID, alice.ID}, r.body["mentionedPeople"])
	assert.Equal(t, []any{"all"}, r.body["mentionedGroups"])
	assert.Equal(t, alice.ID, r.str("personId"))
	assert.Equal(t, "alice@example.com", r.str("personEmail"))
	id := r.str("id")
	typ, _, ok := decodeID(id)
	require.True(t, ok)
	assert.Equal(t, "MESSAGE", typ)

	g := call(t, srv, tok, "GET", "/messages/"+id, nil)
	require.Equal(t, http.StatusOK, g.status)
	assert.Equal(t, r.str("created"), g.str("created"))
	requireError(t, call(t, srv, tok, "GET", "/messages/garbage", nil), http.StatusNotFound)
	requireError(t, call(t, srv, tok, "GET", "/messages/"+encodeID(typeMessage, newUUID()), nil), http.StatusNotFound)
}

func TestDirectMessages(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	alice, atok := srv.NewUserWithToken("alice@example.com", "Alice")
	bob, btok := srv.NewUserWithToken("bob@example.com", "Bob")
	r1 := call(t, srv, atok, "POST", "/messages", map[string]any{"toPersonEmail": "bob@example.com", "text": "one"})
	require.Equal(t, http.StatusOK, r1.status, string(r1.raw))
	assert.Equal(t, "direct", r1.str("roomType"))
	assert.Equal(t, "bob@example.com", r1.str("toPersonEmail"))
	r2 := call(t, srv, btok, "POST", "/messages", map[string]any{"toPersonId": alice.ID, "text": "two"})
	require.Equal(t, http.StatusOK, r2.status)
	assert.Equal(t, r1.str("roomId"), r2.str("roomId"), "the direct room is reused")

	l := call(t, srv, atok, "GET", "/messages/direct?personId="+url.QueryEscape(bob.ID), nil)
	require.Equal(t, http.StatusOK, l.status)
	items := l.items()
	require.Len(t, items, 2)
	assert.Equal(t, "two", items[0]["text"])
	l = call(t, srv, btok, "GET", "/messages/direct?personEmail=alice@example.com", nil)
	require.Len(t, l.items(), 2)
	requireError(t, call(t, srv, atok, "GET", "/messages/direct", nil), http.StatusBadRequest)

	// The direct room's title is the other person's name.
	room := call(t, srv, atok, "GET", "/rooms/"+r1.str("roomId"), nil)
	assert.Equal(t, "Bob", room.str("title"))
	assert.Equal(t, "direct", room.str("type"))
	// A direct room cannot be renamed.
	requireError(t, call(t, srv, atok, "PUT", "/rooms/"+r1.str("roomId"), map[string]any{"title": "New"}), http.StatusBadRequest)
}

func TestOnlyMembersSeeMessages(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	alice, _ := srv.NewUserWithToken("", "Alice")
	_, etok := srv.NewUserWithToken("", "Eve")
	room := srv.NewRoom(alice, "Secret")
	m := srv.NewMessage(alice, room, "hidden")
	requireError(t, call(t, srv, etok, "GET", "/messages/"+m.ID, nil), http.StatusNotFound)
	requireError(t, call(t, srv, etok, "GET", "/messages?roomId="+room.ID, nil), http.StatusNotFound)
	requireError(t, call(t, srv, etok, "GET", "/rooms/"+room.ID, nil), http.StatusNotFound)
	requireError(t, call(t, srv, etok, "POST", "/messages", map[string]any{"roomId": room.ID, "text": "x"}), http.StatusNotFound)
	requireError(t, call(t, srv, etok, "DELETE", "/messages/"+m.ID, nil), http.StatusNotFound)
}

func TestBotSeesOnlyMentionsInGroupRooms(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	alice, _ := srv.NewUserWithToken("", "Alice")
	bot, bottok := srv.NewBotWithToken("bot@webex.bot", "Bot")
	room := srv.NewRoom(alice, "R", bot)
	plain := srv.NewMessage(alice, room, "not for the bot")
	ment := srv.PostMessage(alice, room, MessageSpec{Markdown: fmt.Sprintf("<@personId:%s|Bot> help", bot.ID)})
	requireError(t, call(t, srv, bottok, "GET", "/messages/"+plain.ID, nil), http.StatusNotFound)
	r := call(t, srv, bottok, "GET", "/messages/"+ment.ID, nil)
	require.Equal(t, http.StatusOK, r.status)
	l := call(t, srv, bottok, "GET", "/messages?roomId="+room.ID, nil)
	require.Len(t, l.items(), 1)
	l = call(t, srv, bottok, "GET", "/messages?mentionedPeople=me&roomId="+room.ID, nil)
	require.Len(t, l.items(), 1)
	assert.Equal(t, ment.ID, l.items()[0]["id"])

	// In a direct room the bot sees everything.
	dm := srv.DirectRoom(alice, bot)
	srv.NewMessage(alice, dm, "hello bot")
	l = call(t, srv, bottok, "GET", "/messages?roomId="+dm.ID, nil)
	require.Len(t, l.items(), 1)
}

func TestEditMessageRules(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	alice, atok := srv.NewUserWithToken("", "Alice")
	bob, btok := srv.NewUserWithToken("", "Bob")
	room := srv.NewRoom(alice, "R", bob)
	m := srv.NewMessage(alice, room, "v1")
	requireError(t, call(t, srv, atok, "PUT", "/messages/"+m.ID, map[string]any{"text": "v2"}), http.StatusBadRequest)
	requireError(t, call(t, srv, atok, "PUT", "/messages/"+m.ID, map[string]any{"roomId": room.ID}), http.StatusBadRequest)
	requireError(t, call(t, srv, btok, "PUT", "/messages/"+m.ID, map[string]any{"roomId": room.ID, "text": "hack"}), http.StatusForbidden)
	r := call(t, srv, atok, "PUT", "/messages/"+m.ID, map[string]any{"roomId": room.ID, "markdown": "**v2**"})
	require.Equal(t, http.StatusOK, r.status, string(r.raw))
	assert.Equal(t, "**v2**", r.str("markdown"))
	assert.NotEmpty(t, r.str("updated"))
	for i := 0; i < 9; i++ {
		r = call(t, srv, atok, "PUT", "/messages/"+m.ID, map[string]any{"roomId": room.ID, "text": fmt.Sprint(i)})
		require.Equal(t, http.StatusOK, r.status)
	}
	requireError(t, call(t, srv, atok, "PUT", "/messages/"+m.ID, map[string]any{"roomId": room.ID, "text": "11"}), http.StatusBadRequest)
}

func TestDeleteMessageRules(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	alice, atok := srv.NewUserWithToken("", "Alice") // creator: moderator
	bob, btok := srv.NewUserWithToken("", "Bob")
	room := srv.NewRoom(alice, "R", bob)
	am := srv.NewMessage(alice, room, "alice's")
	bm := srv.NewMessage(bob, room, "bob's")
	bm2 := srv.NewMessage(bob, room, "bob's 2")
	requireError(t, call(t, srv, btok, "DELETE", "/messages/"+am.ID, nil), http.StatusForbidden)
	assert.Equal(t, http.StatusNoContent, call(t, srv, btok, "DELETE", "/messages/"+bm.ID, nil).status)
	assert.Equal(t, http.StatusNoContent, call(t, srv, atok, "DELETE", "/messages/"+bm2.ID, nil).status)
	requireError(t, call(t, srv, atok, "GET", "/messages/"+bm.ID, nil), http.StatusNotFound)
	l := call(t, srv, atok, "GET", "/messages?roomId="+room.ID, nil)
	require.Len(t, l.items(), 1)
}

func TestThreads(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	alice, tok := srv.NewUserWithToken("", "Alice")
	room := srv.NewRoom(alice, "R")
	parent := srv.NewMessage(alice, room, "parent")
	srv.NewMessage(alice, room, "other")
	r := call(t, srv, tok, "POST", "/messages", map[string]any{"roomId": room.ID, "text": "reply", "parentId": parent.ID})
	require.Equal(t, http.StatusOK, r.status, string(r.raw))
	assert.Equal(t, parent.ID, r.str("parentId"))
	requireError(t, call(t, srv, tok, "POST", "/messages", map[string]any{"roomId": room.ID, "text": "nested", "parentId": r.str("id")}), http.StatusBadRequest)
	l := call(t, srv, tok, "GET", "/messages?roomId="+room.ID+"&parentId="+url.QueryEscape(parent.ID), nil)
	require.Len(t, l.items(), 1)
	assert.Equal(t, "reply", l.items()[0]["text"])
}

func TestListMessagesPagingAndMentionQuirk(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	alice, tok := srv.NewUserWithToken("", "Alice")
	bob := srv.NewUser(nil, "", "Bob")
	room := srv.NewRoom(alice, "R", bob)
	for i := 0; i < 25; i++ {
		if i%2 == 0 {
			srv.PostMessage(bob, room, MessageSpec{Markdown: fmt.Sprintf("<@personId:%s|A> %d", alice.ID, i)})
		} else {
			srv.NewMessage(bob, room, fmt.Sprint(i))
		}
	}
	// Plain paging: newest first, Link rel=next with beforeMessage.
	var texts []string
	next := "/messages?roomId=" + url.QueryEscape(room.ID) + "&max=10"
	for pages := 0; next != ""; pages++ {
		require.Less(t, pages, 5)
		r := call(t, srv, tok, "GET", next, nil)
		require.Equal(t, http.StatusOK, r.status, string(r.raw))
		for _, it := range r.items() {
			texts = append(texts, it["text"].(string))
		}
		next = parseNext(r.header.Get("Link"))
		if next != "" {
			assert.True(t, strings.HasPrefix(next, srv.URL()), next)
			assert.Contains(t, next, "beforeMessage=")
		}
	}
	require.Len(t, texts, 25)
	assert.Equal(t, "A 24", texts[0])
	assert.Equal(t, "0", strings.TrimPrefix(texts[24], "A "))

	// mentionedPeople: the next link drops the filter (Webex quirk) but the
	// cursor, with the filter restored, continues correctly.
	r := call(t, srv, tok, "GET", "/messages?roomId="+url.QueryEscape(room.ID)+"&mentionedPeople=me&max=5", nil)
	require.Len(t, r.items(), 5)
	link := parseNext(r.header.Get("Link"))
	require.NotEmpty(t, link)
	assert.NotContains(t, link, "mentionedPeople")
	r2 := call(t, srv, tok, "GET", link+"&mentionedPeople=me", nil)
	require.Len(t, r2.items(), 5)
	assert.Equal(t, "A 14", r2.items()[0]["text"])
	assert.Equal(t, "A 6", r2.items()[4]["text"])
	r3 := call(t, srv, tok, "GET", parseNext(r2.header.Get("Link"))+"&mentionedPeople=me", nil)
	require.Len(t, r3.items(), 3)
	assert.Empty(t, r3.header.Get("Link"))

	// Validation.
	requireError(t, call(t, srv, tok, "GET", "/messages", nil), http.StatusBadRequest)
	requireError(t, call(t, srv, tok, "GET", "/messages?roomId="+room.ID+"&max=0", nil), http.StatusBadRequest)
	requireError(t, call(t, srv, tok, "GET", "/messages?roomId="+room.ID+"&max=abc", nil), http.StatusBadRequest)
	requireError(t, call(t, srv, tok, "GET", "/messages?roomId="+room.ID+"&mentionedPeople=me&max=101", nil), http.StatusBadRequest)
	requireError(t, call(t, srv, tok, "GET", "/messages?roomId="+room.ID+"&before=yesterday", nil), http.StatusBadRequest)
	requireError(t, call(t, srv, tok, "GET", "/messages?roomId="+room.ID+"&beforeMessage=xyz", nil), http.StatusBadRequest)
}

func TestListMessagesBefore(t *testing.T) {
	t.Parallel()
	clock := newFakeClock()
	srv := newTestServer(t, WithClock(clock.Now))
	alice, tok := srv.NewUserWithToken("", "Alice")
	room := srv.NewRoom(alice, "R")
	var stamps []string
	for i := 0; i < 5; i++ {
		clock.Advance(1000)
		m := call(t, srv, tok, "POST", "/messages", map[string]any{"roomId": room.ID, "text": fmt.Sprint(i)})
		stamps = append(stamps, m.str("created"))
	}
	r := call(t, srv, tok, "GET", "/messages?roomId="+url.QueryEscape(room.ID)+"&before="+stamps[3], nil)
	require.Len(t, r.items(), 3)
	assert.Equal(t, "2", r.items()[0]["text"])
}

// parseNext extracts the rel="next" URL from a Link header.
func parseNext(link string) string {
	for _, part := range strings.Split(link, ",") {
		if strings.Contains(part, `rel="next"`) {
			s := strings.TrimSpace(part)
			return s[strings.Index(s, "<")+1 : strings.Index(s, ">")]
		}
	}
	return ""
}

func TestMultipartFileUpload(t *testing.T) {
	t.Parallel()
	srv := newTestServer(t)
	alice, tok := srv.NewUserWithToken("", "Alice")
	_, etok := srv.NewUserWithToken("", "Eve")
	room := srv.NewRoom(alice, "R")
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	require.NoError(t, mw.WriteField("roomId", room.ID))
	require.NoError(t, mw.WriteField("text", "see attached"))
	h := make(map[string][]string)
	h["Content-Disposition"] = []string{`form-data; name="files"; filename="report.txt"`}
	h["Content-Type"] = []string{"text/plain"}
	fw, err := mw.CreatePart(h)
	require.NoError(t, err)
	_, _ = fw.Write([]byte("hello file"))
	require.NoError(t, mw.Close())
	req, _ := http.NewRequest("POST", srv.URL()+"/messages", &buf)
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	res, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer res.Body.Close()
	require.Equal(t, http.StatusOK, res.StatusCode)
	var msg struct{ Files []string }
	require.NoError(t, jsonDecode(res.Body, &msg))
	require.Len(t, msg.Files, 1)
	assert.True(t, strings.HasPrefix(msg.Files[0], srv.URL()+"/contents/"), msg.Files[0])

	req, _ = http.NewRequest("GET", msg.Files[0], nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	res2, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer res2.Body.Close()
	body, _ := io.ReadAll(res2.Body)
	require.Equal(t, http.StatusOK, res2.StatusCode)
	assert.Equal(t, "hello file", string(body))
	assert.Equal(t, "text/plain", res2.Header.Get("Content-Type"))
	assert.Equal(t, `attachment; filename=report.txt`, res2.Header.Get("Content-Disposition"))

	requireError(t, call(t, srv, etok, "GET", msg.Files[0], nil), http.StatusNotFound)
	// A message with a file cannot be edited.
	l := call(t, srv, tok, "GET", "/messages?roomId="+url.QueryEscape(room.ID), nil)
	id := l.items()[0]["id"].(string)
	requireError(t, call(t, srv, tok, "PUT", "/messages/"+id, map[string]any{"roomId": room.ID, "text": "x"}), http.StatusBadRequest)
}
