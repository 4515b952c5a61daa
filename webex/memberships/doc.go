// Package memberships adds people to Webex spaces, lists who is in a space,
// makes members moderators and removes them.
//
// Use it through a client: client.Memberships.Create(ctx, …). See
// https://developer.webex.com/docs/api/v1/memberships.
//
// # Scopes
//
// Listing and reading need spark:memberships_read; adding, updating and
// removing members need spark:memberships_write (and, in a locked space,
// being a moderator).
//
// # Paging
//
// [Service.List] returns an iterator over every membership that fetches
// the next page as you range; [Service.ListPage] returns one page and the
// NextURL to resume from.
//
// # Example
//
//	m, err := client.Memberships.Create(ctx, &memberships.CreateParams{
//		RoomID:      roomID,
//		PersonEmail: "ana@example.com",
//	})
//
// Every Example of the package runs against the in-memory emulator
// (webex/webextest) and is checked by go test.
package memberships
