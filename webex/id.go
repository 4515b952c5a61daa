package webex

import (
	"encoding/base64"
	"fmt"
	"strings"
)

// ID is a decoded Webex id. Webex ids are opaque strings to the API, but
// they are the base64 of a URI such as ciscospark://us/ROOM/<uuid> naming
// the cluster, the kind of resource and its uuid.
type ID struct {
	Cluster string // "us", or the region of the org's data
	Type    string // PEOPLE, ROOM, MESSAGE, MEMBERSHIP, TEAM, WEBHOOK, ...
	UUID    string // for memberships, the person's and the room's uuids joined by ':'
}

// ParseID decodes a Webex id. It accepts padded and unpadded, standard and
// URL-safe base64, and returns an error naming the problem when id is not a
// Webex id.
func ParseID(id string) (ID, error) {
	s := strings.TrimSpace(id)
	if s == "" {
		return ID{}, fmt.Errorf("webex: ParseID: empty id")
	}
	var raw []byte
	var err error
	for _, enc := range []*base64.Encoding{base64.RawStdEncoding, base64.StdEncoding, base64.RawURLEncoding, base64.URLEncoding} {
		if raw, err = enc.DecodeString(s); err == nil {
			break
		}
	}
	if err != nil {
		return ID{}, fmt.Errorf("webex: ParseID: %q is not base64: %w", id, err)
	}
	rest, ok := strings.CutPrefix(string(raw), "ciscospark://")
	if !ok {
		return ID{}, fmt.Errorf("webex: ParseID: %q does not decode to a ciscospark:// URI", id)
	}
	parts := strings.SplitN(rest, "/", 3)
	if len(parts) != 3 || parts[0] == "" || parts[1] == "" || parts[2] == "" {
		return ID{}, fmt.Errorf("webex: ParseID: %q decodes to %q, want ciscospark://CLUSTER/TYPE/UUID", id, raw)
	}
	return ID{Cluster: parts[0], Type: parts[1], UUID: parts[2]}, nil
}

// String encodes the id back into Webex's form: unpadded base64 of
// ciscospark://CLUSTER/TYPE/UUID.
func (id ID) String() string {
	return base64.RawStdEncoding.EncodeToString([]byte("ciscospark://" + id.Cluster + "/" + id.Type + "/" + id.UUID))
}
