//go:build race

package testmain

// Race reports whether the test binary was built with -race, which makes
// the SDK and the emulator about ten times slower: tests scale their
// largest volumes and time bounds with it.
const Race = true
