// Command webex-emulator runs the webextest Webex API emulator as a
// standalone server on loopback, so that any program can be tried against
// Webex without an account.
//
// Usage:
//
//	webex-emulator [-addr 127.0.0.1:8900] [-seed seed.json]
//
// Without -seed it starts with a demo organization (the people, spaces and
// messages of seed.example.json) and a fresh random token for each of its
// people. It prints the API base URL and the tokens, with two lines to
// paste into a shell so that an unchanged program built on the SDK talks to
// the emulator instead of Webex:
//
//	export WEBEX_BASE_URL=http://127.0.0.1:8900/v1
//	export WEBEX_ACCESS_TOKEN=...
//
// It then serves until SIGINT or SIGTERM. The emulator is for tests and
// local runs: it speaks plain HTTP and keeps everything in memory.
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
	"bytes"
	"context"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/gowebex/sdk/webex/webextest"
)

// demoSeed is the demo organization served without -seed.
//
//go:embed seed.example.json
var demoSeed []byte

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "webex-emulator:", err)
		os.Exit(1)
	}
}

// run parses flags, seeds the emulator, prints how to reach it and serves
// until ctx is done. -h prints the usage to stdout and returns nil; a bad
// flag prints the usage to stderr and returns an error.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("webex-emulator", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	addr := fs.String("addr", "127.0.0.1:8900", "listen `address`; port 0 picks a free one")
	seedPath := fs.String("seed", "", "JSON seed `file` (see the package documentation); without it, a demo organization")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			usage(fs, stdout)
			return nil
		}
		usage(fs, stderr)
		return err
	}
	if fs.NArg() > 0 {
		usage(fs, stderr)
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}

	sf, what, err := loadSeed(*seedPath)
	if err != nil {
		return err
	}
	emu := webextest.New()
	defer emu.Close()
	tokens, err := applySeed(emu, sf)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: emu, ReadHeaderTimeout: 10 * time.Second}
	printWelcome(stdout, "http://"+ln.Addr().String()+"/v1", what, tokens)

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	fmt.Fprintln(stdout, "shutting down")
	shutCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// usage prints how to call the command and its flags to w.
func usage(fs *flag.FlagSet, w io.Writer) {
	fmt.Fprintln(w, "Usage: webex-emulator [-addr 127.0.0.1:8900] [-seed seed.json]")
	fmt.Fprintln(w, "Serves an in-memory Webex API on loopback and prints tokens for it; without -seed, a demo organization.")
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
}

// loadSeed reads the seed file at path, or, when path is empty, the demo
// organization with every token left for the emulator to draw at random.
// It also says what it loaded, for the welcome.
func loadSeed(path string) (*seedFile, string, error) {
	if path != "" {
		sf, err := readSeed(path)
		return sf, path, err
	}
	sf, err := decodeSeed(bytes.NewReader(demoSeed), "demo")
	if err != nil {
		return nil, "", err
	}
	for i := range sf.Tokens {
		sf.Tokens[i].Token = ""
	}
	what := fmt.Sprintf("a demo organization, %s: %d people, %d spaces, %d messages (-seed FILE for your own)",
		sf.Orgs[0].Name, len(sf.People), len(sf.Spaces), len(sf.Messages))
	return sf, what, nil
}

// printWelcome tells where the emulator is and how to point a program at it.
func printWelcome(w io.Writer, baseURL, what string, tokens []issuedToken) {
	fmt.Fprintf(w, "Webex emulator listening on %s with %s.\n", baseURL, what)
	if len(tokens) == 0 {
		fmt.Fprintln(w, "The seed made no tokens: every call will be answered 401.")
		return
	}
	fmt.Fprintf(w, "\nPoint a program that uses the SDK at it, acting as %s:\n\n", tokens[0].email)
	fmt.Fprintf(w, "export WEBEX_BASE_URL=%s\n", baseURL)
	fmt.Fprintf(w, "export WEBEX_ACCESS_TOKEN=%s\n", tokens[0].value)
	fmt.Fprintln(w, "\nTokens:")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, t := range tokens {
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", t.email, t.scopes, t.value)
	}
	tw.Flush()
	fmt.Fprintln(w, "\nServing until Ctrl-C.")
}
