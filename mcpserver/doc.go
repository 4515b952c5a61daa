// Package mcpserver is a Model Context Protocol server that lets AI agents
// use Webex through the SDK, under a policy a security team can read.
//
// Every SDK operation is a tool named <area>_<verb> (messages_create,
// spaces_list, meetings_end, ...), with an input schema generated from a
// typed Go struct, a compact output schema, annotations saying whether it
// reads, creates, changes or deletes, and a structured result. List tools
// take a limit (default 50, at most 100) and return an opaque cursor for
// the next page; no tool walks a whole organization in one call.
// messages_search searches the agent's spaces within fixed bounds per
// call, and messages_create and messages_file_get carry files both ways.
//
// Each agent is named in a YAML policy (see [ParsePolicy]) that grants it a
// level (off, read, write, full) per capability and optionally confines it to
// a list of spaces. Access is denied by default: a capability the policy does
// not grant is off. A denied call never reaches Webex; it returns a tool error
// naming the grant that is missing.
//
// # Inventory and toolsets
//
// Tools are grouped in toolsets ([Toolsets]); capabilities and toolsets are
// data ([Capabilities], [ToolsetInfo]) from which the server's instructions
// and the documentation are built. Each session gets its own MCP server,
// built from the agent's filtered inventory: the tools of its enabled
// toolsets that its grants allow. A full-access agent starts with the
// default toolsets (at most 30 tools and 40 KiB of tools/list); the
// meta-tools toolsets_list and toolsets_enable add more at run time, with
// notifications/tools/list_changed, never beyond the grants. A tool that
// exists but is not listed is refused with the reason and audited.
//
// # Audit
//
// Every call, allowed or denied, is written to the audit log as a JSON line
// with a sentence a person can read ([Record]). A write or destructive call
// first writes the record of its attempt: if that fails, the call is
// refused and nothing reaches Webex. Values are escaped and bounded, and
// arguments are bounded before anything runs.
//
// Each agent calls Webex with its own token, or as an OAuth integration
// whose token refreshes ([OAuthAgent]). Over stdio one agent is served
// ([Server.RunStdio]) and only its token is needed; over streamable HTTP
// ([Server.HTTPHandler]) each request's bearer key, stored hashed in the
// policy, selects the agent.
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
