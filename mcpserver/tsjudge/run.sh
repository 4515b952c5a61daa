#!/usr/bin/env bash
# Runs the TypeScript MCP SDK judge: builds webex-mcp once, installs the
# pinned @modelcontextprotocol/sdk from the committed lock (npm ci), and
# drives the binary for every agent of examples/mcp/policy.yaml and a
# full-access agent, over stdio and HTTP. Node comes from .ci/install-deps.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="$(mktemp -d)/webex-mcp"
(cd "$root" && go build -o "$bin" ./cmd/webex-mcp)
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
node "$here/judge.mjs" --bin "$bin" --policy "$root/examples/mcp/policy.yaml"
