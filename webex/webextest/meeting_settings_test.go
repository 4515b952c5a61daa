package webextest

import (
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/gowebex/sdk/webex/meetings"
)

// TestMeetingDefaultsMirrorSettings holds the emulator's meeting settings
// to the SDK's one meetings.Settings struct: every setting a client can
// send is either given a default or stored as given, so a setting added
// to the SDK cannot be silently dropped by the emulator.
func TestMeetingDefaultsMirrorSettings(t *testing.T) {
	t.Parallel()
	typ := reflect.TypeFor[meetings.Settings]()
	for i := range typ.NumField() {
		name, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
		if name == "sendEmail" { // a directive for this request, not a setting
			continue
		}
		_, hasDefault := meetingDefaults[name]
		assert.True(t, hasDefault || meetingExtraSettings[name], "meetings.Settings.%s (%s) is neither defaulted nor stored by the emulator", typ.Field(i).Name, name)
	}
}
