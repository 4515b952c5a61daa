// Package people looks up Webex users and, with an admin token, creates,
// updates and deletes them.
//
// Use it through a client: client.People.Me(ctx, nil). See
// https://developer.webex.com/docs/api/v1/people.
//
// # Scopes
//
// Looking people up needs spark:people_read. Creating, updating and deleting
// people needs spark-admin:people_write and an administrator of the
// person's organization.
//
// # Paging
//
// [Service.List] returns an iterator over every match that fetches the next
// page as you range; [Service.ListPage] returns one page and the NextURL to
// resume from. [Service.Lookup] fetches up to [MaxListIDs] people by id in
// one request.
//
// # Example
//
//	me, err := client.People.Me(ctx, nil)
//
// Every Example of the package runs against the in-memory emulator
// (webex/webextest) and is checked by go test.
package people
