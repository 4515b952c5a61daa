// Package rooms creates, lists, updates and deletes Webex spaces, which the
// API calls rooms.
//
// Use it through a client: client.Rooms.Create(ctx, …). See
// https://developer.webex.com/docs/api/v1/rooms.
//
// # Scopes
//
// Listing and reading need spark:rooms_read; creating, updating and
// deleting need spark:rooms_write. Whoever creates a space is its first member
// and, when it is locked, its moderator.
//
// # Paging
//
// [Service.List] returns an iterator over every space that fetches the next
// page as you range; [Service.ListPage] returns one page and the NextURL to
// resume from.
//
// # Example
//
//	room, err := client.Rooms.Create(ctx, &rooms.CreateParams{Title: "Release planning"})
//
// Every Example of the package runs against the in-memory emulator
// (webex/webextest) and is checked by go test.
package rooms
