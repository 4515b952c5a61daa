package testmain_test

import (
	"os"
	"os/exec"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/internal/testmain"
)

const childEnv = "TESTMAIN_CHILD"

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "exit3" {
		testmain.Exit(3)
	}
	testmain.Run(m)
}

// TestRacyChild is the child's test for TestARaceStillFails: a data race.
func TestRacyChild(t *testing.T) {
	if os.Getenv(childEnv) != "race" {
		t.Skip("run by TestARaceStillFails")
	}
	var n int
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() { n++ })
	}
	wg.Wait()
	_ = n
}

func child(t *testing.T, mode string, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = testmain.ChildEnv(append(os.Environ(), childEnv+"="+mode))
	return cmd
}

func TestExitKeepsAFailingStatus(t *testing.T) {
	t.Parallel()
	err := child(t, "exit3", "-test.run=^$").Run()
	var exit *exec.ExitError
	require.ErrorAs(t, err, &exit)
	assert.Equal(t, 3, exit.ExitCode())
}

func TestARaceStillFails(t *testing.T) {
	t.Parallel()
	if !testmain.Race {
		t.Skip("needs -race")
	}
	out, err := child(t, "race", "-test.run=^TestRacyChild$").CombinedOutput()
	var exit *exec.ExitError
	require.ErrorAs(t, err, &exit, "a test with a data race passed:\n%s", out)
	assert.Contains(t, string(out), "DATA RACE")
}

func TestChildEnv(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		env  []string
		want []string
	}{
		{"unset", []string{"A=1"}, []string{"A=1", "GORACE=atexit_sleep_ms=0"}},
		{"empty", []string{"GORACE=", "A=1"}, []string{"A=1", "GORACE=atexit_sleep_ms=0"}},
		{"kept", []string{"GORACE=halt_on_error=1", "A=1"}, []string{"A=1", "GORACE=halt_on_error=1 atexit_sleep_ms=0"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tc.want, testmain.ChildEnv(tc.env))
		})
	}
}
