package bot_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/bot"
	"github.com/gowebex/sdk/webex/messages"
	"github.com/gowebex/sdk/webex/webextest"

	"github.com/gowebex/sdk/internal/testmain"

	"github.com/gowebex/sdk/internal/redistest"
)

// replica is a running replica process.
type replica struct {
	cmd   *exec.Cmd
	stdin io.WriteCloser
}

// TestThreeReplicasAnswerEachCommandOnce runs three bot processes on one
// token, one emulator and one Redis, on each transport. Each replica has
// its own webhooks, or its own device on the listener, so that the
// emulator hands every event to all three; the shared claim lets exactly
// one handle it.
func TestThreeReplicasAnswerEachCommandOnce(t *testing.T) {
	t.Parallel()
	if redisAddr == "" {
		t.Skip(skipReason)
	}
	for _, mode := range []string{"webhooks", "listener"} {
		t.Run(mode, func(t *testing.T) {
			t.Parallel()
			threeReplicas(t, mode)
		})
	}
}

func threeReplicas(t *testing.T, mode string) {
	const replicas, spaces, perSpace = 3, 3, 4
	srv := webextest.NewServer()
	t.Cleanup(srv.Close)
	botPerson, botToken := srv.NewBotWithToken("ops@webex.bot", "Ops")
	ada, adaToken := srv.NewUserWithToken("ada@example.com", "Ada")
	var rooms []*webextest.Room
	for i := range spaces {
		rooms = append(rooms, srv.NewRoom(ada, fmt.Sprint("Space ", i), botPerson))
	}

	prefix := redistest.Prefix(t) // one for all replicas: they share the store
	lines := make(chan replicaLine, 1024)
	var readers sync.WaitGroup
	var procs []*replica
	for n := range replicas {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(testmain.ChildEnv(os.Environ()),
			fmt.Sprint(replicaEnv, "=", n+1), replicaAPI+"="+srv.URL(), replicaToken+"="+botToken,
			replicaRedis+"="+redisAddr, replicaPrefix+"="+prefix, replicaMode+"="+mode)
		cmd.Stderr = os.Stderr
		stdin, err := cmd.StdinPipe()
		require.NoError(t, err)
		stdout, err := cmd.StdoutPipe()
		require.NoError(t, err)
		require.NoError(t, cmd.Start())
		p := &replica{cmd: cmd, stdin: stdin}
		procs = append(procs, p)
		t.Cleanup(func() { _ = p.cmd.Process.Kill(); _ = p.cmd.Wait() })
		readers.Add(1)
		go func() {
			defer readers.Done()
			sc := bufio.NewScanner(stdout)
			for sc.Scan() {
				var l replicaLine
				if json.Unmarshal(sc.Bytes(), &l) == nil {
					lines <- l
				}
			}
		}()
	}
	deadline := time.After(60 * time.Second)
	next := func() replicaLine {
		select {
		case l := <-lines:
			return l
		case <-deadline:
			t.Fatal("the replicas did not answer in time")
			return replicaLine{}
		}
	}
	for ready := 0; ready < replicas; {
		if next().Ready {
			ready++
		}
	}
	if mode == "listener" {
		// The emulator is the only one to know when the websockets are up.
		require.Eventually(t, func() bool { return srv.RealtimeStats().Connected == replicas },
			30*time.Second, time.Millisecond)
	}

	user, err := webex.NewClient(webex.WithBaseURL(srv.URL()), webex.WithToken(adaToken))
	require.NoError(t, err)
	ctx := context.Background()
	commands := map[string]bool{}
	for i := range spaces * perSpace {
		m, err := user.Messages.Create(ctx, &messages.CreateParams{RoomID: rooms[i%spaces].ID,
			Markdown: messages.MentionPerson(botPerson.ID, "Ops") + fmt.Sprint(" ping ", i)})
		require.NoError(t, err)
		commands[m.ID] = true
	}
	handled := map[string]int{}
	byReplica := map[int]int{}
	duplicates := 0
	count := func(l replicaLine) {
		switch {
		case commands[l.Event] && l.Outcome == bot.Handled:
			handled[l.Event]++
			byReplica[l.Replica]++
		case commands[l.Event] && l.Outcome == bot.Duplicate:
			duplicates++
		}
	}
	for len(handled) < len(commands) {
		count(next())
	}
	srv.Flush() // every webhook delivery, to every replica, has been made
	if mode == "listener" {
		// Every pushed frame has been acknowledged by its replica.
		require.Eventually(t, func() bool { return srv.RealtimeStats().Pending == 0 }, 30*time.Second, time.Millisecond)
	}
	for _, p := range procs {
		require.NoError(t, p.stdin.Close())
	}
	for _, p := range procs {
		require.NoError(t, p.cmd.Wait(), "a replica exits 0 after draining")
	}
	readers.Wait()
	close(lines)
	for l := range lines {
		count(l)
	}
	for id := range commands {
		assert.Equal(t, 1, handled[id], "command %s handled once", id)
	}
	assert.Equal(t, (replicas-1)*len(commands), duplicates, "every other replica saw each command and let it go")
	t.Logf("commands handled per replica: %v", byReplica)

	// What the person sees: one answer to each command.
	answers := map[string]int{}
	for _, r := range rooms {
		for m, err := range user.Messages.List(ctx, &messages.ListParams{RoomID: r.ID}) {
			require.NoError(t, err)
			if m.PersonID == botPerson.ID {
				answers[m.ParentID]++
				assert.True(t, strings.HasPrefix(m.Text, "pong "), m.Text)
			}
		}
	}
	for id := range commands {
		assert.Equal(t, 1, answers[id], "command %s answered once", id)
	}
	assert.Len(t, answers, len(commands))
	// Every replica removed its webhooks, or its device, on Stop.
	assert.Equal(t, 0, srv.RealtimeStats().Devices)
	bc, err := webex.NewClient(webex.WithBaseURL(srv.URL()), webex.WithToken(botToken))
	require.NoError(t, err)
	for h, err := range bc.Webhooks.List(ctx, nil) {
		require.NoError(t, err)
		t.Errorf("webhook left behind: %s", h.Name)
	}
}
