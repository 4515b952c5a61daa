#!/usr/bin/env bash
# Runs the redislimit tests against a real Redis. The tests start
# redis-server themselves on a free loopback port (or use REDIS_ADDR);
# this script installs it if it is missing.
set -euo pipefail
cd "$(dirname "$0")"

if [ -z "${REDIS_ADDR:-}" ] && ! command -v redis-server >/dev/null 2>&1; then
	echo "redislimit/ci.sh: installing redis-server"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq redis-server >/dev/null
	# The package starts a system service on port 6379; the tests use their
	# own server, so stop it if systemd started one.
	if command -v systemctl >/dev/null 2>&1; then systemctl stop redis-server >/dev/null 2>&1 || true; fi
fi

go vet ./...
go test -race -count=1 ./...
