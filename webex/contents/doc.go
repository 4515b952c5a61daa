// Package contents downloads the files attached to Webex messages.
//
// A message's Files are URLs such as https://webexapis.com/v1/contents/ID;
// [Service.Download] streams one with the client's token, which is sent
// only to the API host. See
// https://developer.webex.com/docs/basics#message-attachments.
//
// # Scopes
//
// Downloading needs spark:messages_read and the right to see the message
// the file belongs to.
//
// # Paging
//
// There are no lists: a message's Files field lists its file URLs.
//
// # Example
//
//	f, err := client.Contents.Download(ctx, msg.Files[0])
//	defer f.Body.Close()
//
// Every Example of the package runs against the in-memory emulator
// (webex/webextest) and is checked by go test.
package contents
