// Package bot is a toolkit for Webex bots: a bot writes only what it does,
// and the toolkit does the plumbing every bot repeats.
//
//	b, err := bot.New(ctx, client) // client holds the bot's token
//	b.Command("deploy", func(ctx context.Context, c *bot.Context) error {
//		_, err := c.Reply(ctx, "Deploying **"+c.Rest+"**")
//		return err
//	}, "deploy <service>: deploy a service")
//	err = b.Run(ctx)
//
// # Transports
//
// A [Bot] takes events from the realtime listener of package realtime (no
// public URL needed; the default, configured with [WithListener]) or,
// with [WithWebhooks], from webhooks: the Bot is then an http.Handler, and
// [Bot.Start] registers the webhooks it needs (messages and card
// submissions created, memberships created and deleted) with a fresh
// secret, reusing those of an earlier run; [Bot.Stop] removes them.
// Handlers see the same thing either way. [Bot.HandleEvent] takes events
// from a transport the program runs itself.
//
// # Routing
//
// A message is routed on its text with the bot's mention removed ("@Bot
// deploy api", or "deploy api" in a 1:1 space): a [Bot.Command] matches its
// first word, then [Bot.Hears] patterns are tried, then the [Bot.Fallback].
// "help" lists the commands. The bot's own messages and other bots' never
// reach a handler. Empty messages, unknown commands and over-long texts get
// a short answer, or silence ([WithEmptyReply], [WithUnknownReply],
// [WithTooLongReply] with "").
//
// # Handlers
//
// A [HandlerFunc] gets a [Context]: the space, the sender, the message,
// the command's arguments, and ways to answer (Reply in the thread, Say,
// ReplyFile, ReplyCard). An error or a panic becomes a short apology in
// the space and a log line.
//
// # Cards
//
// [Context.ReplyCard] sends an Adaptive Card built with the cards package;
// its submissions go to the [OnSubmit] handler registered under the same
// id, with the inputs decoded into the handler's type.
// [Context.ReplaceCard] swaps a submitted card for a message.
//
// # Access
//
// [WithAccess], [WithDirectAccess] and [WithGroupAccess] limit whom the bot
// serves (people, email domains) and where (spaces). Others are ignored,
// or told [WithRefusal]'s text; each refusal is logged.
//
// # State and replicas
//
// A [Store] keeps state per space ([Context.SpaceState]) and per person
// ([Context.PersonState]) with a TTL, and the marks that make each event
// handled once. [MemoryStore] is the default; the redisstore package shares
// both between replicas of one bot, so that each event is handled by
// exactly one of them.
//
// # Concurrency
//
// Events of one space are handled one at a time, in order; different
// spaces in parallel, up to [WithConcurrency]. [Bot.Shutdown] stops taking
// events and waits for those in hand.
//
// # Testing
//
// The bottest package runs a bot against the webextest emulator and talks
// to it as a person would.
package bot
