#!/usr/bin/env bash
# The consumer-module test: a throwaway module outside the repository that
# depends on the SDK the way a user's program does, with one require and a
# replace pointing at this checkout (standing in for a published version).
#
# It checks that
#   1. `go mod tidy` and `go build` succeed for a program importing webex,
#      webex/messages and redislimit: every package of the library is
#      consumable by a plain require, with no replace of its own;
#   2. a program that does not import redislimit needs no go-redis line in
#      its go.mod and gets no go-redis code linked into its binary (module
#      graph pruning: go-redis is only the SDK's requirement).
#
# go.sum starts as a copy of the SDK's, so the check runs offline on a warm
# module cache; tidy drops the lines the consumer does not need.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export GOFLAGS="${GOFLAGS:-}"
GOFLAGS=${GOFLAGS//-mod=readonly/} # tidy must be allowed to write the consumer's go.mod
cd "$dir"

go_version=$(sed -n 's/^go //p' "$repo/go.mod")
cat >go.mod <<MOD
module example.com/consumer

go $go_version

require github.com/gowebex/sdk v0.0.0-00010101000000-000000000000

replace github.com/gowebex/sdk => $repo
MOD
cp "$repo/go.sum" go.sum

mkdir plain shared
cat >plain/main.go <<'GO'
// Command plain uses the SDK without redislimit.
package main

import (
	"fmt"

	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/messages"
)

func main() {
	_, err := webex.NewClient(webex.WithToken("t"))
	fmt.Println(webex.Version, messages.CreateParams{Text: "hi"}.Text, err)
}
GO

fail() { echo "consumer: $*" >&2; exit 1; }
redis='github.com/redis/go-redis'

echo "-- a program without redislimit: tidy, build, no go-redis"
go mod tidy
grep -q "$redis" go.mod && { cat go.mod; fail "go.mod of a program that does not import redislimit requires go-redis"; }
go build -o bin/plain ./plain
go version -m bin/plain | grep -q "$redis" && fail "go-redis is linked into a program that does not import redislimit"
./bin/plain >/dev/null

echo "-- a program with redislimit beside it: tidy, build"
cat >shared/main.go <<'GO'
// Command shared paces its calls through Redis.
package main

import (
	"fmt"

	"github.com/redis/go-redis/v9"

	"github.com/gowebex/sdk/redislimit"
	"github.com/gowebex/sdk/webex"
	"github.com/gowebex/sdk/webex/messages"
)

func main() {
	rdb := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1", ContextTimeoutEnabled: true})
	lim := redislimit.New(rdb, "t", redislimit.DefaultRateLimit, nil)
	_, err := webex.NewClient(webex.WithToken("t"), webex.WithLimiter(lim))
	fmt.Println(messages.CreateParams{Text: "hi"}.Text, err)
}
GO
go mod tidy
go build -o bin/ ./...
go version -m bin/shared | grep -q "$redis" || fail "go-redis is missing from the program that imports redislimit"
go version -m bin/plain | grep -q "$redis" && fail "go-redis is linked into a program that does not import redislimit"
go list -deps ./plain | grep -q "$redis" && fail "the program without redislimit depends on go-redis packages"
echo "consumer module OK: $(grep -c . go.sum) go.sum lines; go-redis only in the program that imports redislimit"
