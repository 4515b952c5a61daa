// Package webex is the entry point of the Webex SDK for Go: a [Client] whose
// fields are the resource services (Messages, Rooms, Memberships, People,
// Teams, TeamMemberships, Webhooks, AttachmentActions, Contents, Events,
// Meetings, MeetingInvitees, MeetingParticipants, Recordings, Transcripts,
// MeetingSummaries), sharing one HTTP core that authenticates, paces,
// retries and pages for them.
//
//	client, err := webex.NewClient(webex.WithToken(token))
//	if err != nil {
//		return err
//	}
//	room, err := client.Rooms.Create(ctx, &rooms.CreateParams{Title: "Launch"})
//	...
//	_, err = client.Messages.Create(ctx, &messages.CreateParams{
//		RoomID:   room.ID,
//		Markdown: "We are **go** for launch",
//	})
//
// Every call that does I/O takes a context.Context first; cancel it or give
// it a deadline to bound the call, waits for rate limits and retries
// included. A Client is safe for concurrent use; create one and share it.
//
// # Authentication
//
// Webex authenticates every call with a bearer token. [NewClient] takes one
// from [WithToken] (a bot token or personal access token), from
// [WithTokenSource] (any golang.org/x/oauth2 TokenSource), from
// [WithOAuth2], or, with none of them, from the WEBEX_ACCESS_TOKEN
// environment variable; with no token at all it returns an error.
//
// An OAuth integration acting for a user gets its configuration from
// [OAuth2Config], runs the authorization-code flow with it, and hands the
// token to the client with [WithOAuth2], which refreshes it when it expires
// and once when Webex answers 401 to a token it still held valid (revoked,
// say), then sends the call again. Webex rotates refresh tokens, so give it
// a function that persists each new one:
//
//	conf := webex.OAuth2Config(clientID, secret, redirectURL, webex.ScopeMessagesWrite)
//	tok, err := conf.Exchange(ctx, code)
//	client, err := webex.NewClient(webex.WithOAuth2(conf, tok, store.Save))
//
// Only such a source refreshes on 401 (see [api.TokenRefresher];
// [NotifyRefresh] keeps that ability of the source it wraps). With a fixed
// token, or a plain oauth2.TokenSource from [WithTokenSource], a 401 is
// returned at once as an [*APIError] matching [ErrUnauthorized].
//
// NewClient reads the API base URL from WEBEX_BASE_URL when [WithBaseURL]
// is not given, so an unchanged program can be pointed at the emulator
// (cmd/webex-emulator) with two environment variables:
//
//	export WEBEX_BASE_URL=http://127.0.0.1:8900/v1
//	export WEBEX_ACCESS_TOKEN=<a token the emulator printed>
//
// The token is sent only to the API host (the base URL's scheme and host):
// never to a host named by a redirect or a next-page link. A request body
// never leaves it either: a POST or PUT that Webex (or a proxy) redirects
// to another host with 307 or 308 fails with [ErrUntrustedURL] instead of
// delivering the message elsewhere. Tokens and headers are never logged.
//
// # Pagination
//
// List methods return an iter.Seq2[*T, error] that makes no request until
// it is ranged over and then follows each page's Link: <…>; rel="next"
// header exactly as Webex gives it:
//
//	for m, err := range client.Messages.List(ctx, &messages.ListParams{RoomID: id}) {
//		if err != nil {
//			return err // yielded once; the loop then ends
//		}
//		fmt.Println(m.Text)
//	}
//
// Breaking out of the loop stops paging. A relative next link is resolved
// against the page that carried it, and a next link back to a page already
// read ends the loop with an error matching [ErrPageLoop]. Only one page is held at a time,
// so listing a large space uses the memory of one page. To page by hand
// and resume later, call ListPage and keep the returned [Page]'s NextURL.
// Webex's next links sometimes drop a filter the caller sent
// (mentionedPeople, for one); the SDK puts it back. A next link to any host
// but the API host is refused with [ErrUntrustedURL].
//
// # Rate limits and retries
//
// Webex meters each endpoint separately (roughly 300 requests a minute;
// messages and people get a higher quota that Webex adjusts itself). The
// client paces each endpoint, named by method and path template as in the
// API reference ("POST /messages", "GET /rooms/{roomId}"), with a token
// bucket from golang.org/x/time/rate: 300 a minute with a burst of 10 by
// default, while messages and people endpoints are paced only by 429s.
// Change the pace with [WithDefaultRateLimit] and [WithRateLimit], or plug
// in a limiter shared between processes with [WithLimiter].
//
// When Webex answers 429, the endpoint is paused for every goroutine using
// the client until its Retry-After (seconds or an HTTP date) has passed, so
// one 429 never turns into a storm. The request that drew it is retried
// after that wait, whatever its method, since Webex did not act on it;
// when the wait would pass [WithMaxRetryAfter]'s cap (one minute by
// default) or the context's deadline, the call fails at once with an
// [*APIError] whose RetryAfter says how long to wait, and so do later calls
// to that endpoint until the pause is over. When a pause ends, the
// goroutines it held are released over a short random spread, not all at
// once.
//
// Other failures are retried (three times by default, with exponential
// backoff and jitter, see [WithRetries]) only where sending the request
// again is safe: 502, 503, 504 and network errors for GET, HEAD, PUT and
// DELETE. A POST that Webex may have acted on is never sent again, so a
// retry never posts a message twice. A failing token source is not
// retried. When retries run out, the error is the last one Webex gave.
//
// # Any endpoint
//
// For an endpoint the SDK does not wrap, [Client.Do], [List] and
// [ListPage] send a [Request] (method, path template and ids, query, JSON
// body or stream) with the same token, rate limits, retries, errors and
// host rules, and decode the answer into a type of your own:
//
//	var lic License
//	err := client.Do(ctx, &webex.Request{Method: http.MethodGet,
//		Path: "/licenses/{licenseId}", Params: []string{id}}, &lic)
//	for l, err := range webex.List[License](ctx, client, &webex.Request{
//		Method: http.MethodGet, Path: "/licenses"}) { … }
//
// # Per-call settings and call details
//
// Settings for one call go on its context, so that no method needs an
// options parameter: [WithHeader] adds a header (never Authorization, nor
// one that would change the host), [WithoutRetry] sends the call at most
// once, and a deadline (context.WithTimeout) bounds it. [WithCallInfo]
// asks for what a call reports about itself, successful or not: its
// trackingId, status, attempts and answer headers:
//
//	var info webex.CallInfo
//	ctx = webex.WithCallInfo(ctx, &info)
//	msg, err := client.Messages.Create(ctx, params)
//	log.Printf("trackingId %s after %d attempt(s)", info.TrackingID, info.Attempts)
//
// # Errors
//
// Every non-2xx answer is an [*APIError] carrying the status, Webex's
// message and error details, the trackingId that Webex support asks for
// (from the body or the header), RetryAfter, and the request's method and
// path. Match it with errors.As, or its status with errors.Is:
//
//	_, err := client.Messages.Get(ctx, id)
//	switch {
//	case errors.Is(err, webex.ErrNotFound):
//		// deleted, or not visible to this token
//	case errors.Is(err, webex.ErrRateLimited):
//		var apiErr *webex.APIError
//		errors.As(err, &apiErr)
//		time.Sleep(apiErr.RetryAfter)
//	}
//
// Bodies that are not Webex JSON (a proxy's HTML page, an empty body) still
// give a useful error. Bad input, such as an empty id or a message with no
// destination, is reported before any request is made, with an error that
// names the field and matches errors.Is(err, webex.ErrInvalidInput). The
// SDK never panics on bad input or a bad response. [APIError]'s
// documentation (in package [github.com/gowebex/sdk/webex/api], where the
// shared types live) lists every error a call can return.
//
// # Testing
//
// Point the client at a test server with [WithBaseURL]. The
// [github.com/gowebex/sdk/webex/webextest] package runs an in-memory Webex on
// loopback, with people, spaces, tokens with chosen scopes, webhooks and
// fault injection, so a bot or agent can be tested end to end with no
// Webex organization:
//
//	srv := webextest.NewServer()
//	defer srv.Close()
//	client, err := webex.NewClient(webex.WithBaseURL(srv.URL()), webex.WithToken(token))
package webex
