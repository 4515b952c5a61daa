// Package events reads the compliance events of a Webex organization: who
// created, changed or deleted which message, membership, space, card
// submission, meeting message and more, with the content involved.
//
// The API needs spark-compliance:events_read, which only compliance
// officers have. See https://developer.webex.com/docs/api/v1/events.
//
// # Scopes
//
// Every call needs spark-compliance:events_read and a compliance officer of
// the organization.
//
// # Paging
//
// [Service.List] returns an iterator over every event that fetches the next
// page as you range; [Service.ListPage] returns one page and the NextURL to
// resume from, which suits an archive that picks up where it left off.
//
// # Example
//
//	for ev, err := range client.Events.List(ctx, &events.ListParams{Resource: events.ResourceMessages}) {
//		m, err := ev.Message()
//		// ...
//	}
//
// Every Example of the package runs against the in-memory emulator
// (webex/webextest) and is checked by go test.
package events
