package webex_test

import (
	"flag"
	"testing"

	"github.com/gowebex/sdk/internal/testmain"
)

// TestMain lets more tests run at once than -parallel's default of
// GOMAXPROCS. Most of the end-to-end tests (e2e_*_test.go) wait on the
// emulator over loopback, and a few on a real Retry-After second, so on a
// 2-core machine the default left the CPU idle while two tests waited. A
// -parallel given on the command line is kept.
func TestMain(m *testing.M) {
	flag.Parse()
	given := false
	flag.Visit(func(f *flag.Flag) { given = given || f.Name == "test.parallel" })
	if !given {
		_ = flag.Set("test.parallel", "8")
	}
	testmain.Exit(m.Run())
}
