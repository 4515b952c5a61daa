//go:build conformance

package conformance

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gowebex/sdk/webex"
)

// violation is one entry of Prism's sl-violations header.
type violation struct {
	Location []string `json:"location"`
	Severity string   `json:"severity"`
	Code     string   `json:"code"`
	Message  string   `json:"message"`
}

func (v violation) request() bool { return len(v.Location) > 0 && v.Location[0] == "request" }

// exchange is one request the SDK sent and what Prism said of it.
type exchange struct {
	method, path string
	status       int
	violations   []violation
}

// recorder is the transport under the SDK: it records each exchange.
type recorder struct {
	mu  sync.Mutex
	log []exchange
}

func (r *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	ex := exchange{method: req.Method, path: req.URL.Path, status: resp.StatusCode}
	if h := resp.Header.Get("sl-violations"); h != "" {
		_ = json.Unmarshal([]byte(h), &ex.violations)
	}
	r.mu.Lock()
	r.log = append(r.log, ex)
	r.mu.Unlock()
	return resp, nil
}

// prismURL is the base URL of the mock serving file, from the environment
// run.sh sets.
func prismURL(t *testing.T, file string) string {
	t.Helper()
	env := map[string]string{messagingSpec: "PRISM_MESSAGING_URL", meetingSpec: "PRISM_MEETING_URL"}[file]
	u := os.Getenv(env)
	if u == "" {
		t.Fatalf("%s is not set: run the suite with conformance/run.sh", env)
	}
	return u
}

// covered collects the operations the calls reached, for the coverage
// check.
var covered = struct {
	sync.Mutex
	ops map[string]bool
}{ops: map[string]bool{}}

// call runs one SDK call against the mock of file and fails on anything
// the SDK caused: an error, a request to an operation the spec does not
// have, or a request violation that is not a known spec fault.
func call(t *testing.T, file string, fn func(ctx context.Context, c *webex.Client) error) {
	t.Helper()
	t.Parallel()
	s := loadSpecs(t)[file]
	rec := &recorder{}
	c, err := webex.NewClient(
		webex.WithToken("conformance-token"),
		webex.WithBaseURL(prismURL(t, file)),
		webex.WithHTTPClient(&http.Client{Transport: rec, Timeout: 20 * time.Second}),
		webex.WithRetries(0, 0, 0),
	)
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	callErr := fn(ctx, c)

	rec.mu.Lock()
	defer rec.mu.Unlock()
	require.NotEmpty(t, rec.log, "the call sent nothing")
	var known, unknown bool
	for _, ex := range rec.log {
		op := s.match(ex.method, ex.path)
		if !assert.NotNil(t, op, "%s %s is not an operation of %s", ex.method, ex.path, file) {
			unknown = true
			continue
		}
		covered.Lock()
		covered.ops[op.key] = true
		covered.Unlock()
		for _, v := range ex.violations {
			if !v.request() {
				continue // the mock's own example against its schema: see TestResponseExamples
			}
			if f := knownRequestFault(op.key, v); f != "" {
				t.Logf("known spec fault on %s: %s (%s)", op.key, v.Message, f)
				known = true
				continue
			}
			unknown = true
			t.Errorf("%s: the SDK sent what the spec forbids: %s at %s", op.key, v.Message, strings.Join(v.Location, "."))
		}
	}
	switch {
	case callErr == nil:
	case known && !unknown:
		t.Logf("call failed only through a known spec fault: %v", callErr)
	default:
		t.Errorf("call failed: %v", callErr)
	}
}

// first drains at most one item of a list: Prism answers every page with
// the same example and a Link header that is the literal "string".
func first[T any](seq func(func(*T, error) bool)) error {
	for _, err := range seq {
		return err
	}
	return nil
}

func ptr[T any](v T) *T { return &v }
