// Package bench compares this SDK with a hand-written net/http and
// encoding/json client (the floor) and with two other Go Webex SDKs, on one
// httptest server and the same payloads. It holds benchmarks only; see
// README.md for the results and how to reproduce them.
package bench
