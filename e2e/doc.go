// Package e2e holds the end-to-end tests of the SDK: every test drives the
// webex.Client against its own in-memory Webex emulator
// (webex/webextest.NewServer) over loopback HTTP, and checks both halves at
// once: that the SDK builds, sends, retries, pages and decodes requests the
// way Webex expects, and that the emulator enforces Webex's rules (ids,
// times, visibility, moderators, scopes, validation, paging, rate limits,
// webhooks and compliance events) the way Webex does.
//
// The package has no exported API; run it with
//
//	go test -race ./e2e/...
//	go test -run '^$' -bench EmulatorThroughSDK ./e2e/
//
// The 100,000-message listing test is skipped with -short.
package e2e
