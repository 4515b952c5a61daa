// Package sdk is the Webex SDK for Go: typed, context-aware access to the
// Cisco Webex REST API for Go services and AI agents.
//
// The module's packages:
//
//   - [github.com/gowebex/sdk/webex]: the Client, its options, errors, OAuth
//     helpers and shared types. Start here.
//   - webex/messages, webex/rooms, webex/memberships, webex/people,
//     webex/teams, webex/webhooks, webex/attachments, webex/contents,
//     webex/events, webex/meetings: one package per resource area, reached
//     through the client's fields (client.Messages, client.Meetings, ...).
//   - webex/cards: a typed Adaptive Card builder.
//   - [github.com/gowebex/sdk/webex/webextest]: an in-memory Webex emulator
//     for tests and offline runs.
//
// A first program:
//
//	client, err := webex.NewClient() // token from WEBEX_ACCESS_TOKEN
//	if err != nil {
//		log.Fatal(err)
//	}
//	msg, err := client.Messages.Create(ctx, &messages.CreateParams{
//		ToPersonEmail: "ada@example.com",
//		Markdown:      "Hello from **Go**",
//	})
//
// See the README for a runnable quickstart: go run ./examples/quickstart.
package sdk
