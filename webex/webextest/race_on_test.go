//go:build race

package webextest

// raceEnabled reports whether the race detector is on; it makes the
// emulator about ten times slower, so the largest volumes shrink.
const raceEnabled = true
