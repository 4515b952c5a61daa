// Package testmain runs a package's tests for the SDK's own test binaries.
//
// Under the race detector every Go program that exits with status 0 sleeps
// for one second first (ThreadSanitizer's atexit_sleep_ms, which gives
// other threads time to finish a race report). A test binary needs no such
// wait: [testing.M.Run] has already failed the run if the race detector
// reported anything, in a test or outside one. Over thirty test binaries
// that second added about 12 s to the 51 s `go test -race ./...` took on a
// 2-core machine, so every package's TestMain ends through [Exit], which
// skips it after a clean run.
package testmain

import (
	"os"
	"strings"
	"syscall"
	"testing"
)

// Run runs m's tests and exits through [Exit].
func Run(m *testing.M) { Exit(m.Run()) }

// Exit ends the test binary with code. After a passing run built with
// -race and without coverage, it exits at once, skipping the race
// runtime's exit sleep; otherwise it is [os.Exit]. Coverage profiles are
// left to os.Exit even though [testing.M.Run] has written them, so that a
// coverage run exits exactly as Go intends.
func Exit(code int) {
	if code == 0 && Race && testing.CoverMode() == "" {
		syscall.Exit(0)
	}
	os.Exit(code)
}

// ChildEnv returns env with atexit_sleep_ms=0 added to GORACE, for a child
// process a test starts from its own binary. The child still exits with
// the race detector's status 66 if it saw a race; it only skips the
// one-second pause before exiting. Options already in GORACE are kept.
func ChildEnv(env []string) []string {
	out := make([]string, 0, len(env)+1)
	race := "atexit_sleep_ms=0"
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "GORACE="); ok {
			if v != "" {
				race = v + " " + race
			}
			continue
		}
		out = append(out, kv)
	}
	return append(out, "GORACE="+race)
}
