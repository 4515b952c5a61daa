// Package webhooks registers Webex webhooks and receives their deliveries.
//
// The [Service] (client.Webhooks) creates, lists, updates and deletes
// webhooks. A [Handler] is the receiving end: an http.Handler that checks
// each delivery's X-Spark-Signature against the webhook's secret, drops
// redeliveries and hands the decoded [Event] to a function. [Verify] checks
// a signature on its own. See https://developer.webex.com/docs/api/v1/webhooks
// and https://developer.webex.com/docs/api/guides/webhooks.
//
// # Scopes
//
// Managing webhooks needs no scope of its own, but a webhook only delivers
// what its owner may read: one on messages needs spark:messages_read, and so
// on. Receiving needs no token at all, only the webhook's secret.
//
// # Paging
//
// [Service.List] returns an iterator over every webhook that fetches the
// next page as you range; [Service.ListPage] returns one page and the NextURL
// to resume from.
//
// # Example
//
//	h, err := webhooks.NewHandler(secret, func(ctx context.Context, ev *webhooks.Event) error {
//		m, err := ev.Message()
//		// ...
//	})
//	http.Handle("POST /webex/events", h)
//
// Every Example of the package runs against the in-memory emulator
// (webex/webextest) and is checked by go test.
package webhooks
