package webex_test

import (
	"encoding/json"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/internal/httpx"
	"github.com/gowebex/sdk/webex/attachments"
	"github.com/gowebex/sdk/webex/events"
	"github.com/gowebex/sdk/webex/meetings"
	"github.com/gowebex/sdk/webex/memberships"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/people"
	"github.com/gowebex/sdk/webex/rooms"
	"github.com/gowebex/sdk/webex/teams"
	"github.com/gowebex/sdk/webex/webhooks"
)

// decodeTarget is a type the services decode Webex answers into.
type decodeTarget struct {
	name string
	// sample is a JSON object with every field of the type set.
	sample []byte
	// decode decodes b with encoding/json and with httpx.Unmarshal, once
	// as the type and once as a page of it.
	decode func(b []byte) (v1, sdk [2]any, v1Err, sdkErr [2]error)
}

func target[T any](name string) decodeTarget {
	var v T
	fill(reflect.ValueOf(&v).Elem(), 0)
	sample, err := json.Marshal(&v)
	if err != nil {
		panic(fmt.Sprintf("%s: %v", name, err))
	}
	type page struct {
		Items []T `json:"items"`
	}
	return decodeTarget{name: name, sample: sample, decode: func(b []byte) (v1, sdk [2]any, v1Err, sdkErr [2]error) {
		var a, c T
		var pa, pc page
		v1Err[0], sdkErr[0] = json.Unmarshal(b, &a), httpx.Unmarshal(b, &c)
		v1Err[1], sdkErr[1] = json.Unmarshal(b, &pa), httpx.Unmarshal(b, &pc)
		return [2]any{&a, &pa}, [2]any{&c, &pc}, v1Err, sdkErr
	}}
}

// decodeTargets are every type a service decodes an answer into.
var decodeTargets = []decodeTarget{
	target[messages.Message]("messages.Message"),
	target[rooms.Room]("rooms.Room"),
	target[rooms.MeetingInfo]("rooms.MeetingInfo"),
	target[memberships.Membership]("memberships.Membership"),
	target[people.Person]("people.Person"),
	target[people.LookupResult]("people.LookupResult"),
	target[teams.Team]("teams.Team"),
	target[teams.Membership]("teams.Membership"),
	target[webhooks.Webhook]("webhooks.Webhook"),
	target[webhooks.Event]("webhooks.Event"),
	target[attachments.Action]("attachments.Action"),
	target[events.Event]("events.Event"),
	target[meetings.Meeting]("meetings.Meeting"),
	target[meetings.JoinLink]("meetings.JoinLink"),
	target[meetings.Template]("meetings.Template"),
	target[meetings.Invitee]("meetings.Invitee"),
	target[meetings.Participant]("meetings.Participant"),
	target[meetings.Recording]("meetings.Recording"),
	target[meetings.Transcript]("meetings.Transcript"),
	target[meetings.Snippet]("meetings.Snippet"),
	target[meetings.Summary]("meetings.Summary"),
}

// fill sets every field of v to a value that is not the zero value.
func fill(v reflect.Value, depth int) {
	if depth > 6 || !v.CanSet() {
		return
	}
	if v.Type() == reflect.TypeFor[time.Time]() {
		v.Set(reflect.ValueOf(time.Date(2026, 11, 1, 9, 30, 15, 123e6, time.UTC)))
		return
	}
	if v.Type() == reflect.TypeFor[json.RawMessage]() {
		v.SetBytes([]byte(`{"a":[1,"two",{"b":null}],"c":true}`))
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString("Y2lzY29zcGFyazovL3VzL1JPT00vYWJj")
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(42)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(7)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(1.5)
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		fill(p.Elem(), depth+1)
		v.Set(p)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		fill(s.Index(0), depth+1)
		fill(s.Index(1), depth+1)
		v.Set(s)
	case reflect.Map:
		if v.Type().Key().Kind() != reflect.String {
			return
		}
		m := reflect.MakeMap(v.Type())
		e := reflect.New(v.Type().Elem()).Elem()
		fill(e, depth+1)
		m.SetMapIndex(reflect.ValueOf("key").Convert(v.Type().Key()), e)
		v.Set(m)
	case reflect.Interface:
		if v.NumMethod() == 0 {
			v.Set(reflect.ValueOf(map[string]any{"n": 1.0, "s": "x"}))
		}
	case reflect.Struct:
		for i := range v.NumField() {
			fill(v.Field(i), depth+1)
		}
	}
}

// oddBodies are answers unlike what Webex sends. Some fit some types only;
// wherever encoding/json accepts one, the SDK must decode it the same way.
var oddBodies = []string{
	`{"ID":"upper","RoomId":"mixed","ROOMTYPE":"group","created":"2026-11-01T09:30:00Z"}`,
	`{"id":"first","id":"second","items":[{"id":"a","id":"b"}]}`,
	"{\"text\":\"bad \xff utf-8 \xc3\",\"items\":[{\"text\":\"\xed\xa0\x80\"}]}",
	`{"text":"\ud800 lone surrogate \u00e9","items":[{"text":"\udc00"}]}`,
	`{"created":null,"files":null,"items":null,"mentionedPeople":[null,"x"]}`,
	`{"created":"2026-11-01T09:30:00.123456789+05:30","lastActivity":"2026-11-01T09:30:00-00:00"}`,
	`{"id":"x","unknown":{"deep":[1,2,{"a":null}]},"items":[{"id":"y","more":[]}]}`,
	`  {"id" : "spaced" ,"items" : [ ]  }  `,
	`{"data":{"id":"d","created":"2026-11-01T09:30:00Z"},"inputs":{"a":"b"},"content":[1]}`,
	`{"invitePending":"true","loginEnabled":false,"emails":["a@example.com"]}`,
	`{"id":"\u0041\u0000\t"}`,
	`{"durationSeconds":12,"sizeBytes":1e3}`,
}

// TestDecodeParity holds the SDK's decoder to encoding/json: on every
// response type, for complete objects, pages of them and odd answers, the
// SDK decodes what encoding/json decodes, to the same value.
func TestDecodeParity(t *testing.T) {
	t.Parallel()
	for _, tt := range decodeTargets {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			bodies := append([]string{string(tt.sample), `{"items":[` + string(tt.sample) + `,{}]}`}, oddBodies...)
			for _, b := range bodies {
				checkParity(t, tt, []byte(b))
			}
		})
	}
}

// FuzzDecodeParity looks for answers that the SDK decodes differently from
// encoding/json.
func FuzzDecodeParity(f *testing.F) {
	for i, tt := range decodeTargets {
		f.Add(uint8(i), tt.sample)
		for _, b := range oddBodies {
			f.Add(uint8(i), []byte(b))
		}
	}
	f.Fuzz(func(t *testing.T, i uint8, b []byte) {
		checkParity(t, decodeTargets[int(i)%len(decodeTargets)], b)
	})
}

func checkParity(t *testing.T, tt decodeTarget, b []byte) {
	t.Helper()
	v1, sdk, v1Err, sdkErr := tt.decode(b)
	for i, form := range []string{"object", "page"} {
		if v1Err[i] != nil {
			continue // encoding/json refuses it too; the SDK may do either
		}
		require.NoError(t, sdkErr[i], "%s as %s: encoding/json accepts %q", tt.name, form, b)
		assert.Equal(t, v1[i], sdk[i], "%s as %s: %q", tt.name, form, b)
	}
}
