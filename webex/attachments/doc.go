// Package attachments reads and creates attachment actions: the
// submissions of the Adaptive Cards attached to messages.
//
// A bot that posts a card learns of a submission from an attachmentActions
// webhook, whose data carries the action's id; Get returns the submitted
// inputs. See https://developer.webex.com/docs/api/v1/attachment-actions.
//
// # Scopes
//
// Reading a submission needs spark:messages_read; submitting a card on a
// person's behalf needs spark:messages_write.
//
// # Paging
//
// There are no lists: submissions are fetched one at a time, by the id a
// webhook or a compliance event gives.
//
// # Example
//
//	action, err := client.AttachmentActions.Get(ctx, actionID)
//	name, ok := action.StringInput("name")
//
// Every Example of the package runs against the in-memory emulator
// (webex/webextest) and is checked by go test.
package attachments
