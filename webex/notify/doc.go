// Package notify defines [Event], the one event type of both ways Webex
// tells a program what happened: webhooks (package webhooks, which needs a
// public URL) and the realtime listener (package realtime, which needs
// none). A [Handler] written for one works unchanged with the other.
package notify
