#!/usr/bin/env bash
# Runs the spec conformance suite: installs the pinned Stoplight Prism from
# the committed lock file, starts one mock per Cisco spec on loopback
# ports, runs the Go tests built with the "conformance" tag, and stops the
# mocks on any exit. The specs come from $WEBEX_OPENAPI_DIR, by default
# ../shared/webex-openapi beside the repository (where CI lays shared/).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
export WEBEX_OPENAPI_DIR="${WEBEX_OPENAPI_DIR:-$(cd "$root/.." && pwd)/shared/webex-openapi}"
for f in webex-messaging.json webex-meeting.json; do
	if [ ! -f "$WEBEX_OPENAPI_DIR/$f" ]; then
		echo "conformance: $WEBEX_OPENAPI_DIR/$f is missing (set WEBEX_OPENAPI_DIR)" >&2
		exit 1
	fi
done

(cd "$here" && npm ci --prefer-offline --no-audit --no-fund --loglevel=error)
prism="$here/node_modules/.bin/prism"

# free_port asks the kernel for a loopback port nobody is using.
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

logs="$(mktemp -d)"
pids=()
stop() {
	for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
	for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop EXIT

start() { # start SPEC PORT: a mock of SPEC on 127.0.0.1:PORT
	"$prism" mock -h 127.0.0.1 -p "$2" "$WEBEX_OPENAPI_DIR/$1" >"$logs/$1.log" 2>&1 &
	pids+=("$!")
}
wait_ready() { # wait_ready SPEC PORT: until the mock answers, at most 60 s
	for _ in $(seq 1 600); do
		if grep -q "Prism is listening" "$logs/$1.log" 2>/dev/null; then return 0; fi
		if ! kill -0 "${pids[@]}" 2>/dev/null; then break; fi
		sleep 0.1
	done
	echo "conformance: Prism did not start for $1:" >&2
	cat "$logs/$1.log" >&2
	return 1
}

messaging_port="$(free_port)"
meeting_port="$(free_port)"
while [ "$meeting_port" = "$messaging_port" ]; do meeting_port="$(free_port)"; done
start webex-messaging.json "$messaging_port"
start webex-meeting.json "$meeting_port"
wait_ready webex-messaging.json "$messaging_port"
wait_ready webex-meeting.json "$meeting_port"

export PRISM_MESSAGING_URL="http://127.0.0.1:$messaging_port"
export PRISM_MEETING_URL="http://127.0.0.1:$meeting_port"
cd "$root"
go test -tags conformance -count=1 "$@" ./conformance/
