// Command webex-emulator runs the webextest Webex API emulator as a
// standalone server on loopback, optionally pre-populated from a seed file.
//
// Usage:
//
//	webex-emulator [-addr 127.0.0.1:8900] [-seed seed.json]
//
// It prints the API base URL (http://ADDR/v1) and every token it created,
// then serves until SIGINT or SIGTERM.
//
// # Seed file
//
// The seed file is JSON. Every section is optional; entries refer to each
// other by their "key" (people may also be referred to by email):
//
//	{
//	  "orgs":   [{"key": "acme", "name": "Acme"}],
//	  "people": [{"key": "alice", "org": "acme", "email": "alice@acme.test",
//	              "displayName": "Alice", "firstName": "", "lastName": "",
//	              "type": "person" | "bot", "roles": ["admin", "compliance"]}],
//	  "teams":  [{"key": "eng", "name": "Engineering", "creator": "alice",
//	              "members": ["bob"]}],
//	  "spaces": [{"key": "general", "title": "General", "type": "group" | "direct",
//	              "creator": "alice", "team": "eng",
//	              "members": ["bob"], "moderators": ["carol"]}],
//	  "messages": [{"key": "m1", "space": "general", "author": "alice",
//	                "text": "hi", "markdown": "", "parent": "m0"}],
//	  "tokens": [{"person": "alice", "token": "alice-token",
//	              "scopes": ["spark:all"]}]
//	}
//
// People without an org join the emulator's default organization. Roles
// "admin" and "compliance" map to webextest.RoleFullAdmin and
// webextest.RoleComplianceOfficer. A space's creator is its moderator; a
// direct space takes exactly two "members" and no creator. A message's
// "parent" names an earlier message key. A token without "token" gets a
// random value; without "scopes" it carries spark:all. Seeded data does not
// produce compliance events or webhooks. See seed.example.json.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/gowebex/sdk/webex/webextest"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "webex-emulator:", err)
		os.Exit(1)
	}
}

// run parses flags, seeds the emulator and serves until a signal arrives.
func run(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("webex-emulator", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8900", "listen address")
	seedPath := fs.String("seed", "", "JSON seed file (see package documentation)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	emu := webextest.New()
	defer emu.Close()
	var tokens []issuedToken
	if *seedPath != "" {
		sf, err := readSeed(*seedPath)
		if err != nil {
			return err
		}
		if tokens, err = applySeed(emu, sf); err != nil {
			return err
		}
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: emu, ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(out, "Webex emulator listening on http://%s/v1\n", ln.Addr())
	for _, t := range tokens {
		fmt.Fprintf(out, "token %s (%s): %s\n", t.email, t.scopes, t.value)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	fmt.Fprintln(out, "shutting down")
	shutCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
