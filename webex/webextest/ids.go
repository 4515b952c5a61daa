package webextest

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"strings"
	"time"
)

// Webex identifier types, as they appear inside a decoded id
// (ciscospark://us/TYPE/uuid).
const (
	typePeople         = "PEOPLE"
	typeRoom           = "ROOM"
	typeMessage        = "MESSAGE"
	typeMembership     = "MEMBERSHIP"
	typeTeam           = "TEAM"
	typeTeamMembership = "TEAM_MEMBERSHIP"
	typeWebhook        = "WEBHOOK"
	typeOrganization   = "ORGANIZATION"
	typeAttachment     = "ATTACHMENT_ACTION"
	typeContent        = "CONTENT"
	typeEvent          = "EVENT"
	typeRole           = "ROLE"
	typeApplication    = "APPLICATION"
)

// newUUID returns a random RFC 4122 version 4 UUID string.
func newUUID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = (b[6] & 0x0f) | 0x40
	b[8] = (b[8] & 0x3f) | 0x80
	var out [36]byte
	hex.Encode(out[0:8], b[0:4])
	out[8] = '-'
	hex.Encode(out[9:13], b[4:6])
	out[13] = '-'
	hex.Encode(out[14:18], b[6:8])
	out[18] = '-'
	hex.Encode(out[19:23], b[8:10])
	out[23] = '-'
	hex.Encode(out[24:], b[10:])
	return string(out[:])
}

// encodeID builds a Webex id: unpadded standard base64 of
// ciscospark://us/TYPE/local.
func encodeID(typ, local string) string {
	return base64.RawStdEncoding.EncodeToString([]byte("ciscospark://us/" + typ + "/" + local))
}

// decodeID reverses encodeID. It accepts padded or unpadded standard
// base64 (and the URL alphabet), any region, and reports the type and the
// local part. ok is false for anything that is not a Webex id.
func decodeID(id string) (typ, local string, ok bool) {
	if id == "" || len(id) > 512 {
		return "", "", false
	}
	trimmed := strings.TrimRight(id, "=")
	raw, err := base64.RawStdEncoding.DecodeString(trimmed)
	if err != nil {
		raw, err = base64.RawURLEncoding.DecodeString(trimmed)
		if err != nil {
			return "", "", false
		}
	}
	s := strings.TrimRight(string(raw), "\n")
	rest, found := strings.CutPrefix(s, "ciscospark://")
	if !found {
		return "", "", false
	}
	parts := strings.SplitN(rest, "/", 3)
	if len(parts) != 3 || parts[0] == "" || parts[1] == "" || parts[2] == "" {
		return "", "", false
	}
	return parts[1], parts[2], true
}

// decodeTyped decodes id and checks that it is of type typ, returning the
// local part.
func decodeTyped(id, typ string) (string, bool) {
	t, local, ok := decodeID(id)
	if !ok || t != typ {
		return "", false
	}
	return local, true
}

// decodePair decodes a composite id such as MEMBERSHIP/<a>:<b>.
func decodePair(id, typ string) (a, b string, ok bool) {
	local, ok := decodeTyped(id, typ)
	if !ok {
		return "", "", false
	}
	a, b, ok = strings.Cut(local, ":")
	if !ok || a == "" || b == "" {
		return "", "", false
	}
	return a, b, true
}

// timeLayout is the timestamp format Webex uses: RFC 3339, milliseconds, UTC.
const timeLayout = "2006-01-02T15:04:05.000Z"

// formatTime renders t the way Webex does.
func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(timeLayout)
}

// parseTime accepts RFC 3339 timestamps with or without fractional seconds.
func parseTime(s string) (time.Time, bool) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}

// newTrackingID returns a Webex-like tracking id.
func newTrackingID() string {
	return "WEBEXTEST_" + newUUID()
}
