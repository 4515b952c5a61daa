package mcpserver

import (
	"fmt"
	"strings"
)

// ToolsMarkdown returns the README's tool tables, generated from the
// inventory: the toolsets, then each toolset's tools with the grant they
// need. `webex-mcp tools --markdown` prints it; a test keeps
// examples/mcp/README.md in step.
func ToolsMarkdown() string {
	var b strings.Builder
	tools := Tools()
	count := map[string]int{}
	for _, t := range tools {
		count[t.Toolset]++
	}
	b.WriteString("| Toolset | Default | Tools | What for |\n|---|---|---|---|\n")
	for _, ts := range Toolsets() {
		def := ""
		if ts.Default {
			def = "yes"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %d | %s |\n", ts.ID, def, count[ts.ID], ts.Summary)
	}
	fmt.Fprintf(&b, "\n%d tools in all. With toolsets not enabled, the agent also gets `%s` and `%s`.\n", len(tools), metaToolsetsList, metaToolsetsEnable)
	for _, ts := range Toolsets() {
		fmt.Fprintf(&b, "\n**%s**\n\n| Tool | Grant | Kind | Does |\n|---|---|---|---|\n", ts.ID)
		for _, t := range tools {
			if t.Toolset == ts.ID {
				fmt.Fprintf(&b, "| `%s` | `%s: %s` | %s | %s |\n", t.Name, t.Capability, t.Level, kindWord(t), t.Title)
			}
		}
	}
	return b.String()
}

func kindWord(t ToolInfo) string {
	switch {
	case t.ReadOnly:
		return "read"
	case t.Destructive:
		return "destructive"
	}
	return "write"
}
