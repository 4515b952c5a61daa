// Package messages posts, lists, edits and deletes Webex messages.
//
// Use it through a client: client.Messages.Create(ctx, …). See
// https://developer.webex.com/docs/api/v1/messages.
//
// # Scopes
//
// Reading needs spark:messages_read; posting, editing and deleting need
// spark:messages_write. A bot sees only the messages of group spaces that
// mention it, and every message of its 1:1 spaces.
//
// # Paging
//
// [Service.List] and [Service.ListDirect] return iterators over every
// message, newest first, that fetch the next page as you range;
// [Service.ListPage] returns one page and the NextURL to resume from, now or
// in a later run.
//
// # Example
//
//	msg, err := client.Messages.Create(ctx, &messages.CreateParams{
//		RoomID:   roomID,
//		Markdown: "Build **142** passed",
//	})
//
// Every Example of the package runs against the in-memory emulator
// (webex/webextest) and is checked by go test.
package messages
