// Package mcpserver is a Model Context Protocol server that lets AI agents
// use Webex through the SDK, under a policy a security team can read.
//
// Every SDK operation is a tool named <area>_<verb> (messages_create,
// spaces_list, meetings_end, ...), with an input schema generated from a
// typed Go struct, annotations saying whether it reads, creates, changes or
// deletes, and a structured result. List tools take a limit (default 50, at
// most 100) and return an opaque cursor for the next page; no tool walks a
// whole organization in one call.
//
// Each agent is named in a YAML policy (see [ParsePolicy]) that grants it a
// level (off, read, write, full) per capability and optionally confines it to
// a list of spaces. Access is denied by default: a capability the policy does
// not grant is off. A denied call never reaches Webex; it returns a tool error
// naming the grant that is missing. Tools an agent can never use are not
// listed to it. Every call, allowed or denied, is written to the audit log
// as a JSON line with a sentence a person can read.
//
// Each agent calls Webex with its own token. Over stdio one agent is served
// ([Server.RunStdio]); over streamable HTTP ([Server.HTTPHandler]) each
// request's bearer key, stored hashed in the policy, selects the agent.
//
// # Space allowlist
//
// An agent with a spaces list is confined to those spaces:
//
//   - a call naming a space (roomId) must name one on the list;
//   - list calls over spaces (spaces_list, memberships_list, webhooks_list,
//     events_list) return only items of allowed spaces;
//   - messages_list requires an allowed roomId;
//   - a call that names a message, membership, webhook or attachment action
//     by id but no space first fetches the object (one extra read, with the
//     agent's own token) to learn its space, then checks it;
//   - calls that would reach a space outside the list whatever its id
//     (direct messages to a person, creating a space) are denied.
//
// Teams, people, meetings and recordings do not name spaces and are governed
// by their grants alone.
package mcpserver
