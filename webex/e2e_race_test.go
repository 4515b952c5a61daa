//go:build race

package webex_test

// raceEnabled reports whether the race detector is on; it slows the
// emulator and the SDK down about tenfold, so time bounds scale with it.
const raceEnabled = true
