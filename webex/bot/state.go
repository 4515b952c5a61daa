package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// State is the part of a [Store] that belongs to one space or one person.
// Values are stored as JSON. Get one from [Context.SpaceState],
// [Context.PersonState], [Bot.SpaceState] or [Bot.PersonState].
type State struct {
	store  Store
	prefix string
}

// NewState returns the State of store whose keys start with prefix, for
// state of a bot's own kind (the bot's are "space/ID/" and "person/ID/").
func NewState(store Store, prefix string) State { return State{store: store, prefix: prefix} }

// spacePrefix and personPrefix start the keys of per-space and per-person
// state.
func spacePrefix(spaceID string) string   { return "space/" + spaceID + "/" }
func personPrefix(personID string) string { return "person/" + personID + "/" }

// Get decodes the value stored under name into v and reports whether there
// was one.
func (s State) Get(ctx context.Context, name string, v any) (bool, error) {
	b, err := s.store.Get(ctx, s.prefix+name)
	if errors.Is(err, ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return false, fmt.Errorf("bot: decoding state %q: %w", name, err)
	}
	return true, nil
}

// Set stores v, encoded as JSON, under name for ttl (zero: no expiry).
func (s State) Set(ctx context.Context, name string, v any, ttl time.Duration) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("bot: encoding state %q: %w", name, err)
	}
	return s.store.Set(ctx, s.prefix+name, b, ttl)
}

// Delete removes the value stored under name.
func (s State) Delete(ctx context.Context, name string) error {
	return s.store.Delete(ctx, s.prefix+name)
}

// Clear removes every value of this space or person.
func (s State) Clear(ctx context.Context) error {
	return s.store.DeletePrefix(ctx, s.prefix)
}
