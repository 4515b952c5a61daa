package bot_test

import (
	"bytes"
	"log/slog"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/gowebex/sdk/webex/bot"
	"github.com/gowebex/sdk/webex/bot/bottest"
)

// logBuffer collects log lines safely.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func newLog() (*slog.Logger, *logBuffer) {
	b := &logBuffer{}
	return slog.New(slog.NewTextHandler(b, nil)), b
}

func TestAccessRules(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name    string
		opts    []bot.Option
		who     string // email of the sender
		direct  bool
		allowed bool
		want    string
	}{
		{"no rule serves everyone", nil, "eve@other.org", false, true, "deploying api"},
		{"domain allowed", []bot.Option{bot.WithAccess(bot.Rule{Domains: []string{"example.com"}})}, "ada@example.com", false, true, "deploying api"},
		{"domain refused quietly", []bot.Option{bot.WithAccess(bot.Rule{Domains: []string{"example.com"}})}, "eve@other.org", false, false, ""},
		{"domain refused politely", []bot.Option{bot.WithAccess(bot.Rule{Domains: []string{"example.com"}}), bot.WithRefusal("Sorry, I only work for Example.")}, "eve@other.org", false, false, "Sorry, I only work for Example."},
		{"person by email", []bot.Option{bot.WithAccess(bot.Rule{People: []string{"EVE@other.org"}})}, "eve@other.org", false, true, "deploying api"},
		{"group rule does not apply to direct", []bot.Option{bot.WithGroupAccess(bot.Rule{Domains: []string{"example.com"}})}, "eve@other.org", true, true, "deploying api"},
		{"direct rule", []bot.Option{bot.WithDirectAccess(bot.Rule{Domains: []string{"example.com"}})}, "eve@other.org", true, false, ""},
		{"direct rule does not apply to groups", []bot.Option{bot.WithDirectAccess(bot.Rule{Domains: []string{"example.com"}})}, "eve@other.org", false, true, "deploying api"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			logger, logs := newLog()
			env := bottest.New(t, append(tc.opts, bot.WithLogger(logger))...)
			echoBot(env.Bot)
			name, _, _ := strings.Cut(tc.who, "@")
			u := env.User(tc.who, name)
			var got *bottest.Answer
			if tc.direct {
				_, got = u.Direct("deploy api")
			} else {
				got = u.Post(u.Space("Ops"), "@Bot deploy api")
			}
			assert.Equal(t, tc.want, got.Text())
			if tc.allowed {
				assert.Equal(t, bot.Handled, got.Trace.Outcome)
				return
			}
			assert.Equal(t, bot.Refused, got.Trace.Outcome)
			assert.Contains(t, logs.String(), "bot: refused")
			assert.NotContains(t, logs.String(), "deploy api", "the log never holds message text")
		})
	}
}

func TestAccessBySpace(t *testing.T) {
	t.Parallel()
	env := bottest.New(t)
	echoBot(env.Bot)
	ada := env.User("ada@example.com", "Ada")
	ops := ada.Space("Ops")
	other := ada.Space("Random")
	env.Bot.SetAccess(bot.Rule{}, bot.Rule{Spaces: []string{ops.ID}})
	assert.Equal(t, "deploying api", ada.Post(ops, "@Bot deploy api").Text())
	got := ada.Post(other, "@Bot deploy api")
	assert.Equal(t, bot.Refused, got.Trace.Outcome)
	assert.Empty(t, got.Replies)
	_, got = ada.Direct("deploy api")
	assert.Equal(t, "deploying api", got.Text(), "the direct rule is separate")
}

func TestRuleAllows(t *testing.T) {
	t.Parallel()
	ada := bot.Person{ID: "p-ada", Email: "ada@example.com"}
	eve := bot.Person{ID: "p-eve", Email: "eve@evil.example.com"}
	ops := bot.Space{ID: "s-ops", Type: "group"}
	cases := []struct {
		name string
		rule bot.Rule
		who  bot.Person
		want bool
	}{
		{"zero rule", bot.Rule{}, eve, true},
		{"person by id", bot.Rule{People: []string{"p-ada"}}, ada, true},
		{"person not listed", bot.Rule{People: []string{"p-ada"}}, eve, false},
		{"domain", bot.Rule{Domains: []string{"@example.com"}}, ada, true},
		{"subdomain does not match", bot.Rule{Domains: []string{"example.com"}}, eve, false},
		{"space listed", bot.Rule{Spaces: []string{"s-ops"}}, eve, true},
		{"space not listed", bot.Rule{Spaces: []string{"s-other"}}, ada, false},
		{"space and person both needed", bot.Rule{Spaces: []string{"s-ops"}, People: []string{"p-ada"}}, eve, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tc.want, tc.rule.Allows(tc.who, ops))
		})
	}
}

func TestAccessAppliesToCards(t *testing.T) {
	t.Parallel()
	env := bottest.New(t, bot.WithAccess(bot.Rule{Domains: []string{"example.com"}}))
	cardBot(env.Bot, false)
	ada := env.User("ada@example.com", "Ada")
	eve := env.User("eve@other.org", "Eve")
	ops := ada.Space("Ops")
	ada.Invite(ops, eve)
	card := ada.Post(ops, "@Bot ask x").Card()
	got := eve.Submit(card, map[string]string{"comment": "sneaky"})
	assert.Equal(t, bot.Refused, got.Trace.Outcome)
	assert.Empty(t, got.Replies)
	got = ada.Submit(card, map[string]string{"comment": "fine"})
	assert.Equal(t, bot.Handled, got.Trace.Outcome)
}
