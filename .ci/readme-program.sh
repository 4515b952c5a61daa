#!/usr/bin/env bash
# The README's program, unchanged, against cmd/webex-emulator: the Go code
# of the README's "Example" section is built as a user would build it (a
# module of its own that requires the SDK), the emulator is started with no
# flags, and the program runs with nothing but the WEBEX_BASE_URL and
# WEBEX_ACCESS_TOKEN lines the emulator printed. It must post its message
# and list it back.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
dir=$(mktemp -d)
emulator_pid=
cleanup() {
	if [ -n "$emulator_pid" ]; then kill "$emulator_pid" 2>/dev/null || true; wait "$emulator_pid" 2>/dev/null || true; fi
	rm -rf "$dir"
}
trap cleanup EXIT
GOFLAGS=${GOFLAGS:-}
export GOFLAGS=${GOFLAGS//-mod=readonly/} # tidy writes the throwaway module's go.mod
fail() { echo "readme-program: $*" >&2; exit 1; }

mkdir "$dir/prog"
awk '/^## Example/ { in_section = 1 } in_section && /^```go$/ { in_code = 1; next } in_code && /^```$/ { exit } in_code' \
	"$repo/README.md" >"$dir/prog/main.go"
grep -q '^func main()' "$dir/prog/main.go" || fail "no Go program under the README's \"## Example\""
cat >"$dir/prog/go.mod" <<MOD
module example.com/readme

go $(sed -n 's/^go //p' "$repo/go.mod")

require github.com/gowebex/sdk v0.0.0-00010101000000-000000000000

replace github.com/gowebex/sdk => $repo
MOD
cp "$repo/go.sum" "$dir/prog/go.sum"
(cd "$dir/prog" && go mod tidy && go build -o "$dir/readme" .)
(cd "$repo" && go build -o "$dir/webex-emulator" ./cmd/webex-emulator)

"$dir/webex-emulator" -addr 127.0.0.1:0 >"$dir/emulator.out" 2>&1 &
emulator_pid=$!
for _ in $(seq 100); do
	grep -q '^Serving until' "$dir/emulator.out" && break
	kill -0 "$emulator_pid" 2>/dev/null || { cat "$dir/emulator.out"; fail "the emulator exited"; }
	sleep 0.1
done
base=$(sed -n 's/^export WEBEX_BASE_URL=//p' "$dir/emulator.out")
token=$(sed -n 's/^export WEBEX_ACCESS_TOKEN=//p' "$dir/emulator.out")
[ -n "$base" ] && [ -n "$token" ] || { cat "$dir/emulator.out"; fail "the emulator printed no export lines"; }

out=$(env -u WEBEX_ACCESS_TOKEN -u WEBEX_BASE_URL WEBEX_BASE_URL="$base" WEBEX_ACCESS_TOKEN="$token" "$dir/readme") ||
	fail "the README program failed: $out"
echo "$out"
grep -Eq '^[0-9]{2}:[0-9]{2} alice@acme.test Build passed ✅$' <<<"$out" || fail "the README program did not list the message it posted"
echo "README program OK against cmd/webex-emulator, with only WEBEX_BASE_URL and WEBEX_ACCESS_TOKEN set"
