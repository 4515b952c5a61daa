#!/usr/bin/env bash
# Checks that every client in the comparison still does every case, and the
# SDK's peak-heap bound when listing. The benchmarks themselves are run by
# hand (see README.md); here each runs once, as a smoke test, in the same
# build as the tests.
set -euo pipefail
cd "$(dirname "$0")"
go vet ./...
go test -count=1 -bench . -benchtime 1x ./... | grep -Ev '^(Benchmark|goos|goarch|pkg|cpu)'
