//go:build conformance

package conformance

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex/meetings"
	"github.com/gowebex/sdk/webex/memberships"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/people"
	"github.com/gowebex/sdk/webex/rooms"
	"github.com/gowebex/sdk/webex/teams"
	"github.com/gowebex/sdk/webex/webhooks"
)

// body is a params type the SDK sends as a JSON body, and the spec that
// describes the operation.
type body struct {
	spec string
	v    any
}

// requestBodies are the params types the SDK sends as JSON bodies, by the
// operation they are sent to. (attachments.CreateParams is sent through a
// body type of its own, checked by the call in TestCalls.)
var requestBodies = map[string]body{
	"POST /messages":                       {messagingSpec, messages.CreateParams{}},
	"PUT /messages/{messageId}":            {messagingSpec, messages.EditParams{}},
	"POST /rooms":                          {messagingSpec, rooms.CreateParams{}},
	"PUT /rooms/{roomId}":                  {messagingSpec, rooms.UpdateParams{}},
	"POST /memberships":                    {messagingSpec, memberships.CreateParams{}},
	"PUT /memberships/{membershipId}":      {messagingSpec, memberships.UpdateParams{}},
	"POST /people":                         {messagingSpec, people.CreateParams{}},
	"PUT /people/{personId}":               {messagingSpec, people.UpdateParams{}},
	"POST /teams":                          {messagingSpec, teams.CreateParams{}},
	"PUT /teams/{teamId}":                  {messagingSpec, teams.UpdateParams{}},
	"POST /team/memberships":               {messagingSpec, teams.CreateMembershipParams{}},
	"PUT /team/memberships/{membershipId}": {messagingSpec, teams.UpdateMembershipParams{}},
	"POST /webhooks":                       {messagingSpec, webhooks.CreateParams{}},
	"PUT /webhooks/{webhookId}":            {messagingSpec, webhooks.UpdateParams{}},

	"POST /meetings":                                              {meetingSpec, meetings.CreateParams{}},
	"PUT /meetings/{meetingId}":                                   {meetingSpec, meetings.UpdateParams{}},
	"PATCH /meetings/{meetingId}":                                 {meetingSpec, meetings.PatchParams{}},
	"POST /meetings/join":                                         {meetingSpec, meetings.JoinParams{}},
	"POST /meetings/{meetingId}/end":                              {meetingSpec, meetings.EndParams{}},
	"POST /meetingInvitees":                                       {meetingSpec, meetings.InviteeCreateParams{}},
	"POST /meetingInvitees/bulkInsert":                            {meetingSpec, meetings.BulkInviteeParams{}},
	"PUT /meetingInvitees/{meetingInviteeId}":                     {meetingSpec, meetings.InviteeUpdateParams{}},
	"POST /meetingParticipants/query":                             {meetingSpec, meetings.ParticipantQueryParams{}},
	"PUT /meetingParticipants/{participantId}":                    {meetingSpec, meetings.ParticipantUpdateParams{}},
	"POST /meetingParticipants/callout":                           {meetingSpec, meetings.CallOutParams{}},
	"PUT /meetingTranscripts/{transcriptId}/snippets/{snippetId}": {meetingSpec, meetings.SnippetUpdateParams{}},
	"DELETE /meetingTranscripts/{transcriptId}":                   {meetingSpec, meetings.TranscriptDeleteParams{}},
	"DELETE /recordings/{recordingId}":                            {meetingSpec, meetings.RecordingDeleteParams{}},
	"POST /recordings/{recordingId}/accessList":                   {meetingSpec, meetings.ShareParams{}},
	"POST /recordings/accessList":                                 {meetingSpec, meetings.ShareByLinkParams{}},
	"POST /meetings/reassignHost":                                 {meetingSpec, meetings.ReassignHostParams{}},
	"PUT /meetings/controls":                                      {meetingSpec, meetings.ControlsUpdateParams{}},
}

// TestRequestFieldsInSpec fills every field of every request body type
// the SDK sends, encodes it as the SDK does and checks each member, at
// every depth, against the operation's request schema: a request type
// cannot carry a response-only field (an id, a primary flag, an order)
// that Webex does not take.
func TestRequestFieldsInSpec(t *testing.T) {
	t.Parallel()
	s := loadSpecs(t)
	keys := make([]string, 0, len(requestBodies))
	for k := range requestBodies {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, key := range keys {
		b := requestBodies[key]
		t.Run(key, func(t *testing.T) {
			t.Parallel()
			op := s[b.spec].find(key)
			require.NotNil(t, op, "%s is not in %s", key, b.spec)
			schema := requestSchema(s[b.spec], op)
			require.NotNil(t, schema, "%s has no JSON request body in the spec", key)
			v := reflect.New(reflect.TypeOf(b.v)).Elem()
			fill(v, 0)
			raw, err := json.Marshal(v.Interface())
			require.NoError(t, err)
			var doc any
			require.NoError(t, json.Unmarshal(raw, &doc))
			var found, extra []string
			s[b.spec].check(doc, schema, "", &found)
			for _, path := range found {
				loc := "request.body" + strings.ReplaceAll(path, "[]", ".0")
				if f := knownRequestFault(key, violation{Location: strings.Split(loc, ".")}); f != "" {
					t.Logf("known spec fault on %s: %s (%s)", key, path, f)
					continue
				}
				extra = append(extra, path)
			}
			assert.Empty(t, extra, "%T sends members the spec does not define for %s", b.v, key)
		})
	}
}

// fill sets every exported field of v: pointers, one-element slices,
// non-empty strings, true, 1 and a time.
func fill(v reflect.Value, depth int) {
	if depth > 6 {
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), depth+1)
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[time.Time]() {
			v.Set(reflect.ValueOf(time.Date(2030, 1, 2, 10, 0, 0, 0, time.UTC)))
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), depth+1)
			}
		}
	case reflect.Slice:
		if v.Type() == reflect.TypeFor[json.RawMessage]() {
			v.SetBytes([]byte("{}")) // free-form JSON, such as a card
			return
		}
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fill(v.Index(0), depth+1)
	case reflect.String:
		v.SetString("x")
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int32, reflect.Int64:
		v.SetInt(1)
	}
}

// requestSchema returns the JSON request body schema of op.
func requestSchema(s *spec, op *operation) map[string]any {
	rb, _ := op.doc["requestBody"].(map[string]any)
	content, _ := rb["content"].(map[string]any)
	for ct, m := range content {
		if strings.Contains(ct, "json") {
			mt, _ := m.(map[string]any)
			sch, _ := mt["schema"].(map[string]any)
			return sch
		}
	}
	return nil
}

// resolve follows a $ref into the spec's components.
func (s *spec) resolve(sch map[string]any) map[string]any {
	for range 10 {
		ref, ok := sch["$ref"].(string)
		if !ok {
			return sch
		}
		name := ref[strings.LastIndex(ref, "/")+1:]
		next, _ := s.schemas[name].(map[string]any)
		if next == nil {
			return sch
		}
		sch = next
	}
	return sch
}

// check appends to extra the members of doc, at path, that schema does
// not define.
func (s *spec) check(doc any, sch map[string]any, path string, extra *[]string) {
	sch = s.resolve(sch)
	if alts, ok := sch["anyOf"].([]any); ok {
		var best []string
		for i, a := range alts {
			var e []string
			s.check(doc, a.(map[string]any), path, &e)
			if i == 0 || len(e) < len(best) {
				best = e
			}
		}
		*extra = append(*extra, best...)
		return
	}
	switch d := doc.(type) {
	case map[string]any:
		props, ok := sch["properties"].(map[string]any)
		if !ok {
			return // a free-form object, such as card inputs
		}
		for k, v := range d {
			p, ok := props[k].(map[string]any)
			if !ok {
				*extra = append(*extra, fmt.Sprintf("%s.%s", path, k))
				continue
			}
			s.check(v, p, path+"."+k, extra)
		}
	case []any:
		items, _ := sch["items"].(map[string]any)
		for _, v := range d {
			if items != nil {
				s.check(v, items, path+"[]", extra)
			}
		}
	}
}
