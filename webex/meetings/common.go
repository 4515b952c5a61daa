package meetings

import (
	"fmt"
	"net/http"
	"time"

	"github.com/gowebex/sdk/internal/httpx"
)

// HostParams names the meeting host an admin acts for. HostEmail is used
// only with admin-level scopes: the call then runs as if that user made it.
// A nil *HostParams acts as the caller.
type HostParams struct {
	HostEmail string `url:"hostEmail"`
}

// Status is the state of a recording, transcript or summary.
type Status string

// Statuses.
const (
	StatusAvailable Status = "available"
	StatusDeleted   Status = "deleted" // in the recycle bin (recordings) or deleted
	StatusPurged    Status = "purged"  // recordings only: purged from the recycle bin
)

// invalid returns an input error of the package, "webex: meetings: "
// and msg, that matches errors.Is(err, webex.ErrInvalidInput). Every
// validation error of the package goes through it.
func invalid(msg string) error {
	return httpx.Invalid("meetings", "%s", msg)
}

// errNil returns the error for a required params struct that is nil.
func errNil(name string) error {
	return invalid(name + " is required")
}

// checkMax checks a page size against Webex's limit for the list; zero
// means Webex's default.
func checkMax(name string, max, limit int) error {
	if max < 0 || max > limit {
		return invalid(fmt.Sprintf("%s.Max must be between 1 and %d (or zero for the default)", name, limit))
	}
	return nil
}

// checkRange checks that to is not before from when both are set.
func checkRange(name, fromField, toField string, from, to time.Time) error {
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		return invalid(fmt.Sprintf("%s.%s must not be before %s", name, toField, fromField))
	}
	return nil
}

// header returns the header parameters given as name, value pairs,
// leaving out the empty values; nil when there are none.
func header(kv ...string) http.Header {
	var h http.Header
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] == "" {
			continue
		}
		if h == nil {
			h = http.Header{}
		}
		h.Set(kv[i], kv[i+1])
	}
	return h
}

// countSet counts the non-empty strings.
func countSet(ss ...string) int {
	n := 0
	for _, s := range ss {
		if s != "" {
			n++
		}
	}
	return n
}

var errNoMeetingID = invalid("meetingId is required")
