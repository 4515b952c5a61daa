package webextest

import "strings"

// endpointKey normalises an endpoint name to the emulator's form, so that
// the SDK's names, which follow the API reference ("GET
// /messages/{messageId}"), work as well as the emulator's own ("GET
// /messages/{id}"): every {placeholder} becomes {id}, and the method is
// upper-cased.
func endpointKey(endpoint string) string {
	method, path, ok := strings.Cut(strings.TrimSpace(endpoint), " ")
	if !ok {
		return endpoint
	}
	path = strings.TrimSpace(path)
	if !strings.Contains(path, "{") {
		return strings.ToUpper(method) + " " + path
	}
	var b strings.Builder
	for {
		open := strings.IndexByte(path, '{')
		if open < 0 {
			break
		}
		end := strings.IndexByte(path[open:], '}')
		if end < 0 {
			break
		}
		b.WriteString(path[:open])
		b.WriteString("{id}")
		path = path[open+end+1:]
	}
	b.WriteString(path)
	return strings.ToUpper(method) + " " + b.String()
}
