// Package conformance holds the SDK's spec conformance suite: Go tests,
// built only with the "conformance" build tag, that run every operation of
// the families the SDK claims against Stoplight Prism mocks of Cisco's own
// OpenAPI specs, and decode every documented 2xx response example into the
// SDK's types with unknown fields disallowed.
//
// Cisco's specs are the judge here, where the emulator in webex/webextest
// is one written in this repository. Run the suite with
//
//	bash conformance/run.sh
//
// which installs the pinned Prism with npm ci, starts one mock per spec on
// loopback ports, runs
//
//	go test -tags conformance ./conformance/
//
// and stops the mocks. The specs are read from ../shared/webex-openapi
// beside the repository (or from $WEBEX_OPENAPI_DIR); they are reference
// data and are never copied into the repository. Without the tag the
// package has no tests, so go test ./... stays offline and fast.
package conformance
