// Command webex-mcp is a Model Context Protocol server that lets AI agents
// use Webex under a policy: each agent is granted exactly the capabilities it
// needs (denied by default), uses its own Webex token, and every call is
// recorded in an audit log in plain English.
//
// Install:
//
//	go install github.com/gowebex/sdk/cmd/webex-mcp@latest
//
// Serve one agent over stdio (what MCP clients such as Claude Desktop or
// VS Code launch):
//
//	webex-mcp --policy policy.yaml --agent triage-bot
//
// Serve every agent of the policy over streamable HTTP, each request's
// bearer key selecting the agent (keys are stored hashed in the policy):
//
//	webex-mcp --policy policy.yaml --http 127.0.0.1:8080
//
// Try it offline against an in-process Webex emulator with demo data:
//
//	webex-mcp --emulator --agent demo --policy examples/mcp/policy.yaml
//
// Other commands:
//
//	webex-mcp hash-key KEY   print the key_sha256 of an HTTP key for the policy
//	webex-mcp tools          list every tool with the grant it needs
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
	"text/tabwriter"
	"time"

	"github.com/gowebex/sdk/mcpserver"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "webex-mcp:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 {
		switch args[0] {
		case "hash-key":
			if len(args) != 2 || args[1] == "" {
				return errors.New("usage: webex-mcp hash-key KEY")
			}
			fmt.Fprintln(stdout, mcpserver.KeyHash(args[1]))
			return nil
		case "tools":
			printTools(stdout)
			return nil
		}
	}
	fs := flag.NewFlagSet("webex-mcp", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		policyPath   = fs.String("policy", "", "the policy `file` (YAML): agents, their grants, tokens and spaces (required)")
		agent        = fs.String("agent", "", "serve this agent of the policy over stdio")
		httpAddr     = fs.String("http", "", "serve every agent over streamable HTTP on this `address` (e.g. 127.0.0.1:8080); bearer keys select agents")
		auditPath    = fs.String("audit", "", "append the audit log (JSON lines) to this `file` (default: stderr)")
		auditContent = fs.Bool("audit-content", false, "include message text in the audit log")
		emulator     = fs.Bool("emulator", false, "serve against an in-process Webex emulator with demo data; token_env is not read")
		baseURL      = fs.String("base-url", "", "Webex API base `URL` (default https://webexapis.com/v1)")
	)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: webex-mcp --policy FILE (--agent NAME | --http ADDR) [--emulator] [--audit FILE] [--audit-content]")
		fmt.Fprintln(stderr, "       webex-mcp hash-key KEY | webex-mcp tools")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	switch {
	case *policyPath == "":
		return errors.New("--policy is required (see examples/mcp/policy.yaml)")
	case (*agent == "") == (*httpAddr == ""):
		return errors.New("give exactly one of --agent NAME (stdio) or --http ADDR")
	}
	policy, err := mcpserver.LoadPolicy(*policyPath)
	if err != nil {
		return err
	}
	if *agent != "" {
		if _, ok := policy.Agent(*agent); !ok {
			return fmt.Errorf("agent %q is not in %s (it defines %v)", *agent, *policyPath, policy.Names())
		}
	}

	cfg := mcpserver.Config{Policy: policy, AuditContent: *auditContent, BaseURL: *baseURL, Audit: stderr}
	if *auditPath != "" {
		f, err := os.OpenFile(*auditPath, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
		if err != nil {
			return fmt.Errorf("audit log: %w", err)
		}
		defer f.Close()
		cfg.Audit = f
	}
	if *emulator {
		emu, err := mcpserver.StartEmulator(policy)
		if err != nil {
			return fmt.Errorf("%s:%w", *policyPath, err)
		}
		defer emu.Close()
		cfg.Tokens, cfg.BaseURL, cfg.SpaceNames = emu.Tokens, emu.URL(), emu.SpaceNames()
		fmt.Fprintf(stderr, "webex-mcp: emulator at %s with demo spaces %q, %q, %q\n", emu.URL(),
			mcpserver.DemoSpacePlanning, mcpserver.DemoSpaceEngineering, mcpserver.DemoSpaceRandom)
	} else {
		toks, err := policy.Tokens(nil)
		if err != nil {
			return fmt.Errorf("%s:%w", *policyPath, err)
		}
		cfg.Tokens = toks
	}
	srv, err := mcpserver.New(cfg)
	if err != nil {
		return fmt.Errorf("%s:%w", *policyPath, err)
	}
	if *agent != "" {
		return srv.RunStdio(ctx, *agent)
	}
	return serveHTTP(ctx, *httpAddr, srv.HTTPHandler(), stderr)
}

func serveHTTP(ctx context.Context, addr string, h http.Handler, stderr io.Writer) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	hs := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	fmt.Fprintf(stderr, "webex-mcp: serving MCP over streamable HTTP on http://%s\n", ln.Addr())
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		return hs.Shutdown(sctx)
	}
}

func printTools(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "TOOL\tGRANT\tANNOTATIONS")
	for _, t := range mcpserver.Tools() {
		ann := "read-only"
		if !t.ReadOnly {
			ann = ""
			if t.Destructive {
				ann += "destructive "
			}
			if t.Idempotent {
				ann += "idempotent"
			}
		}
		fmt.Fprintf(tw, "%s\t%s: %s\t%s\n", t.Name, t.Capability, t.Level, ann)
	}
	tw.Flush()
}
