package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/gowebex/sdk/mcpserver"
)

// options are the command line's settings.
type options struct {
	policy, agent, httpAddr      string
	auditPath, baseURL           string
	auditContent, emulator       bool
	toolsets, origins            []string
	tlsCert, tlsKey, metricsAddr string
	idleTimeout                  time.Duration
	maxUpload                    int
}

func parseFlags(args []string, stderr io.Writer) (*options, error) {
	o := &options{}
	fs := flag.NewFlagSet("webex-mcp", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.policy, "policy", "", "the policy `file` (YAML): agents, their grants, tokens and spaces (required)")
	fs.StringVar(&o.agent, "agent", "", "serve this agent of the policy over stdio (only its token is read)")
	fs.StringVar(&o.httpAddr, "http", "", "serve every agent over streamable HTTP on this `address` (e.g. 127.0.0.1:8080); bearer keys select agents")
	fs.StringVar(&o.auditPath, "audit", "", "append the audit log (JSON lines) to this `file` (default: stderr)")
	fs.BoolVar(&o.auditContent, "audit-content", false, "include message text in the audit log")
	fs.BoolVar(&o.emulator, "emulator", false, "serve against an in-process Webex emulator with demo data; token_env is not read")
	fs.StringVar(&o.baseURL, "base-url", "", "Webex API base `URL` (default https://webexapis.com/v1)")
	toolsets := fs.String("toolsets", "", "comma-separated `toolsets` for agents whose policy names none: ids, default or all (default: default)")
	origins := fs.String("allow-origin", "", "comma-separated browser `origins` allowed over HTTP (requests with another Origin get 403)")
	fs.StringVar(&o.tlsCert, "tls-cert", "", "serve HTTP over TLS with this certificate `file` (PEM; with --tls-key)")
	fs.StringVar(&o.tlsKey, "tls-key", "", "the TLS private key `file` (PEM; with --tls-cert)")
	fs.DurationVar(&o.idleTimeout, "idle-timeout", mcpserver.DefaultIdleTimeout, "close HTTP sessions idle this long")
	fs.StringVar(&o.metricsAddr, "metrics-addr", "", "serve Prometheus /metrics and /healthz on this `address` (e.g. 127.0.0.1:9464)")
	fs.IntVar(&o.maxUpload, "max-upload", mcpserver.DefaultMaxUpload, "largest file, in `bytes`, an agent may post or read")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: webex-mcp --policy FILE (--agent NAME | --http ADDR) [flags]")
		fmt.Fprintln(stderr, "       webex-mcp keygen | webex-mcp hash-key KEY | webex-mcp tools [--markdown]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	o.toolsets, o.origins = splitList(*toolsets), splitList(*origins)
	if _, err := mcpserver.ParseToolsets(o.toolsets); err != nil {
		return nil, fmt.Errorf("--toolsets: %w", err)
	}
	switch {
	case fs.NArg() > 0:
		return nil, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	case o.policy == "":
		return nil, errors.New("--policy is required (see examples/mcp/policy.yaml)")
	case (o.agent == "") == (o.httpAddr == ""):
		return nil, errors.New("give exactly one of --agent NAME (stdio) or --http ADDR")
	case (o.tlsCert == "") != (o.tlsKey == ""):
		return nil, errors.New("give both --tls-cert and --tls-key, or neither")
	case o.tlsCert != "" && o.httpAddr == "":
		return nil, errors.New("--tls-cert and --tls-key apply to --http")
	case o.maxUpload <= 0:
		return nil, errors.New("--max-upload must be positive")
	}
	return o, nil
}

func splitList(s string) []string {
	var out []string
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}
