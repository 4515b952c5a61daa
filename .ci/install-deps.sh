#!/usr/bin/env bash
# Installs what the test suite needs beyond Go, from Debian packages, only
# where it is missing: redis-server (the redislimit and bot tests start
# their own servers on loopback ports) and Node.js with npm (the Prism and
# TypeScript MCP SDK judges).
set -euo pipefail
need=()
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
if [ ${#need[@]} -gt 0 ]; then
	echo "installing: ${need[*]}"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq "${need[@]}" >/dev/null
	# The redis package may start a system service on 6379; the tests run
	# their own servers, so stop it.
	if command -v systemctl >/dev/null 2>&1; then systemctl stop redis-server >/dev/null 2>&1 || true; fi
fi
redis-server --version
node --version
