package meetings

import (
	"errors"
	"fmt"
	"time"
)

// HostParams names the meeting host an admin acts for. HostEmail is used
// only with admin-level scopes: the call then runs as if that user made it.
// A nil *HostParams acts as the caller.
type HostParams struct {
	HostEmail string `url:"hostEmail"`
}

// Statuses of recordings, transcripts and summaries.
const (
	StatusAvailable = "available"
	StatusDeleted   = "deleted" // in the recycle bin (recordings) or deleted
	StatusPurged    = "purged"  // recordings only: purged from the recycle bin
)

// errNil returns the error for a required params struct that is nil.
func errNil(name string) error {
	return fmt.Errorf("meetings: %s is required", name)
}

// checkMax checks a page size against Webex's limit for the list; zero
// means Webex's default.
func checkMax(name string, max, limit int) error {
	if max < 0 || max > limit {
		return fmt.Errorf("meetings: %s.Max must be between 1 and %d (or zero for the default)", name, limit)
	}
	return nil
}

// checkRange checks that to is not before from when both are set.
func checkRange(name, fromField, toField string, from, to time.Time) error {
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		return fmt.Errorf("meetings: %s.%s must not be before %s", name, toField, fromField)
	}
	return nil
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

var errNoMeetingID = errors.New("meetings: meetingId is required")
