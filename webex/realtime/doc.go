// Package realtime receives Webex events over a websocket, with no public
// URL: behind a firewall, on a laptop, in a cluster with no ingress. It
// delivers the same [notify.Event] as the webhooks package, so a handler
// written for webhooks works here unchanged.
//
//	client, _ := webex.NewClient()
//	l, _ := realtime.New(client)
//	err := l.Listen(ctx, func(ctx context.Context, ev *notify.Event) error { ... })
//
// # The protocol
//
// This package rests on the protocol Webex's own clients use (the
// JavaScript SDK's listen(), the open bot frameworks), not on the public
// REST reference, and keeps all of it here. What it does, in order:
//
//  1. discovers the device service from the catalog
//     (https://u2c.wbx2.com/u2c/api/v1/catalog?format=hostmap);
//  2. reuses this program's device by name, or registers one, and deletes
//     it when Listen returns after ctx is cancelled;
//  3. opens the device's websocket (github.com/coder/websocket, through
//     the HTTPS proxy of the environment) and sends the authorization
//     frame; a 404 on the handshake means the device is stale, so it
//     registers again (three tries);
//  4. sends a ping every PingInterval and treats the connection as dead
//     when no pong comes within PongTimeout; it reconnects with
//     exponential backoff (1 s to 32 s by default) and jitter;
//  5. turns conversation activities into events: post (and share, once the
//     files are scanned) → messages/created with the message; delete →
//     messages/deleted; cardAction → attachmentActions/created with the
//     action; add / leave → memberships/created / deleted; create / update
//     of a space → rooms/created / updated. It resolves the activity's
//     uuids to REST ids through the conversation service, then fetches the
//     object through the client's services. Other verbs are skipped.
//  6. acknowledges an event once the handler returned nil; an error or a
//     panic is logged (slog) and the event is not acknowledged. An event
//     Webex sends twice reaches the handler once. One space's events are
//     handled in order; different spaces in parallel (WithConcurrency).
//
// Malformed frames, unknown verbs and lookups that answer garbage are
// logged and skipped; the listener keeps running.
//
// # Hosts
//
// The token goes to the client's API host and, over https, to Webex's own
// hosts (under wbx2.com, webex.com and ciscospark.com). A catalog entry,
// device or websocket URL anywhere else is refused with
// [api.ErrUntrustedURL]. Tests against the emulator need nothing: it serves
// everything on the API host. [TrustHostsForTesting] admits more hosts.
//
// Nothing is logged with a token or a message's text.
package realtime
