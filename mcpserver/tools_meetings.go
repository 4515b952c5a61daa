package mcpserver

func meetingToolsAll() []tool { return nil }
