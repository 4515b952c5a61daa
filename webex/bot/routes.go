package bot

import (
	"context"
	"encoding/json"
	"regexp"
	"sort"
	"strings"
	"sync"
)

// routes is the bot's table of handlers.
type routes struct {
	mu       sync.RWMutex
	commands map[string]commandRoute
	patterns []hearsRoute
	fallback HandlerFunc
	submits  map[string]submitRoute
	hooks    map[Kind]HandlerFunc
}

type commandRoute struct {
	h    HandlerFunc
	help string
}

type hearsRoute struct {
	re *regexp.Regexp
	h  HandlerFunc
}

// submitRoute decodes a card's inputs and calls the typed handler.
type submitRoute func(ctx context.Context, c *Context, inputs json.RawMessage) (decodeErr, err error)

func (r *routes) init() {
	r.commands = map[string]commandRoute{}
	r.submits = map[string]submitRoute{}
	r.hooks = map[Kind]HandlerFunc{}
}

func (r *routes) command(name string, h HandlerFunc, help string) {
	if name == "" || h == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.commands[name] = commandRoute{h: h, help: help}
}

func (r *routes) hears(re *regexp.Regexp, h HandlerFunc) {
	if re == nil || h == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.patterns = append(r.patterns, hearsRoute{re: re, h: h})
}

func (r *routes) setFallback(h HandlerFunc) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.fallback = h
}

func (r *routes) hook(k Kind, h HandlerFunc) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.hooks[k] = h
}

func (r *routes) submit(id string, s submitRoute) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.submits[id] = s
}

// match finds the handler for a message's text (mention stripped, not
// empty) and the route's name; nil if nothing takes it.
func (r *routes) match(text string, help bool) (h HandlerFunc, route string, matches []string) {
	name, _, _ := command(text)
	r.mu.RLock()
	defer r.mu.RUnlock()
	if c, ok := r.commands[name]; ok {
		return c.h, "command:" + name, nil
	}
	if help && name == "help" {
		return nil, "help", nil
	}
	for _, p := range r.patterns {
		if m := p.re.FindStringSubmatch(text); m != nil {
			return p.h, "hears", m
		}
	}
	if r.fallback != nil {
		return r.fallback, "fallback", nil
	}
	return nil, "unknown", nil
}

// helpText lists the commands with help lines, in markdown.
func (r *routes) helpText(botName string) string {
	r.mu.RLock()
	lines := make([]string, 0, len(r.commands))
	for name, c := range r.commands {
		if c.help == "" {
			continue
		}
		h := c.help
		if !strings.HasPrefix(strings.ToLower(h), name) {
			h = name + ": " + h
		}
		lines = append(lines, "- "+h)
	}
	r.mu.RUnlock()
	if len(lines) == 0 {
		return "I have no commands yet."
	}
	sort.Strings(lines)
	intro := "Here is what I can do"
	if botName != "" {
		intro = "Here is what " + botName + " can do"
	}
	return intro + ":\n\n" + strings.Join(lines, "\n") + "\n- help: this list"
}
