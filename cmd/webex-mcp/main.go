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
//	webex-mcp keygen         print a new random HTTP key and its key_sha256 for the policy
//	webex-mcp hash-key KEY   print the key_sha256 of an HTTP key for the policy
//	webex-mcp tools          list every tool with its toolset and the grant it needs
package main

import (
	"context"
	"errors"
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
		case "keygen":
			key, hash := mcpserver.NewKey()
			fmt.Fprintf(stdout, "key:        %s\nkey_sha256: %s\n", key, hash)
			fmt.Fprintln(stderr, "webex-mcp: give the key to the agent's MCP client (Authorization: Bearer <key>) and put key_sha256 in its policy entry; the key is not stored anywhere")
			return nil
		case "tools":
			if len(args) > 1 && args[1] == "--markdown" {
				fmt.Fprint(stdout, mcpserver.ToolsMarkdown())
				return nil
			}
			printTools(stdout)
			return nil
		}
	}
	o, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	policy, err := mcpserver.LoadPolicy(o.policy)
	if err != nil {
		return err
	}
	cfg := mcpserver.Config{Policy: policy, AuditContent: o.auditContent, BaseURL: o.baseURL, Audit: stderr, Warnings: stderr,
		Toolsets: o.toolsets, MaxUploadBytes: o.maxUpload}
	if o.agent != "" {
		if _, ok := policy.Agent(o.agent); !ok {
			return fmt.Errorf("agent %q is not in %s (it defines %v)", o.agent, o.policy, policy.Names())
		}
		// Over stdio only this agent is served: only its token is read.
		cfg.Agents = []string{o.agent}
	}
	if o.auditPath != "" {
		f, err := os.OpenFile(o.auditPath, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
		if err != nil {
			return fmt.Errorf("audit log: %w", err)
		}
		defer f.Close()
		cfg.Audit = f
	}
	if o.emulator {
		emu, err := mcpserver.StartEmulator(policy)
		if err != nil {
			return fmt.Errorf("%s:%w", o.policy, err)
		}
		defer emu.Close()
		cfg.Tokens, cfg.BaseURL, cfg.SpaceNames = emu.Tokens, emu.URL(), emu.SpaceNames()
		fmt.Fprintf(stderr, "webex-mcp: emulator at %s with demo spaces %q, %q, %q\n", emu.URL(),
			mcpserver.DemoSpacePlanning, mcpserver.DemoSpaceEngineering, mcpserver.DemoSpaceRandom)
	} else if cfg.Tokens, err = readTokens(policy, cfg.Agents); err != nil {
		return fmt.Errorf("%s:%w", o.policy, err)
	}
	if o.metricsAddr != "" {
		cfg.Metrics = mcpserver.NewMetrics()
		stop, err := serveMetrics(o.metricsAddr, cfg.Metrics, stderr)
		if err != nil {
			return err
		}
		defer stop()
	}
	srv, err := mcpserver.New(cfg)
	if err != nil {
		return fmt.Errorf("%s:%w", o.policy, err)
	}
	if o.agent != "" {
		return srv.RunStdio(ctx, o.agent)
	}
	h := srv.HTTPHandler(&mcpserver.HTTPOptions{IdleTimeout: o.idleTimeout, AllowedOrigins: o.origins})
	return serveHTTP(ctx, o, withHealth(h), stderr)
}

// readTokens reads the tokens of the served agents (every agent when
// names is empty) from the environment.
func readTokens(p *mcpserver.Policy, names []string) (map[string]string, error) {
	if len(names) == 0 {
		return p.Tokens(nil)
	}
	toks := map[string]string{}
	for _, n := range names {
		tok, err := p.Token(n, nil)
		if err != nil {
			return nil, err
		}
		toks[n] = tok
	}
	return toks, nil
}

// withHealth serves GET /healthz beside the MCP handler.
func withHealth(h http.Handler) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintln(w, "ok")
	})
	mux.Handle("/", h)
	return mux
}

// serveMetrics serves /metrics and /healthz on addr until stop is called.
func serveMetrics(addr string, m *mcpserver.Metrics, stderr io.Writer) (stop func(), err error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("--metrics-addr: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", m.Handler())
	hs := &http.Server{Handler: withHealth(mux), ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = hs.Serve(ln) }()
	fmt.Fprintf(stderr, "webex-mcp: metrics on http://%s/metrics\n", ln.Addr())
	return func() { _ = hs.Close() }, nil
}

func serveHTTP(ctx context.Context, o *options, h http.Handler, stderr io.Writer) error {
	ln, err := net.Listen("tcp", o.httpAddr)
	if err != nil {
		return err
	}
	tls := o.tlsCert != ""
	if !tls && !isLoopback(ln.Addr()) {
		fmt.Fprintf(stderr, "webex-mcp: WARNING: serving on %s, not a loopback address, WITHOUT TLS: agents' keys and Webex data cross the network in clear text. Use --tls-cert and --tls-key, or a TLS proxy.\n", ln.Addr())
	}
	hs := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	errc := make(chan error, 1)
	scheme := "http"
	if tls {
		scheme = "https"
		go func() { errc <- hs.ServeTLS(ln, o.tlsCert, o.tlsKey) }()
	} else {
		go func() { errc <- hs.Serve(ln) }()
	}
	fmt.Fprintf(stderr, "webex-mcp: serving MCP over streamable HTTP on %s://%s\n", scheme, ln.Addr())
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		return hs.Shutdown(sctx)
	}
}

// isLoopback reports whether addr is a loopback address.
func isLoopback(addr net.Addr) bool {
	ta, ok := addr.(*net.TCPAddr)
	return ok && ta.IP.IsLoopback()
}

func printTools(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "TOOL\tTOOLSET\tGRANT\tANNOTATIONS")
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
		fmt.Fprintf(tw, "%s\t%s\t%s: %s\t%s\n", t.Name, t.Toolset, t.Capability, t.Level, ann)
	}
	tw.Flush()
}
