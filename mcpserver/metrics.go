package mcpserver

import (
	"net/http"
	"strconv"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics counts the server's tool calls for Prometheus: calls by agent,
// tool and outcome, denials, Webex errors by status, and call latency. A
// nil *Metrics counts nothing.
type Metrics struct {
	reg     *prometheus.Registry
	calls   *prometheus.CounterVec
	denials *prometheus.CounterVec
	errors  *prometheus.CounterVec
	latency *prometheus.HistogramVec
}

// NewMetrics returns metrics on a registry of their own, with the Go
// runtime and process collectors.
func NewMetrics() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		calls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "webex_mcp_calls_total", Help: "Tool calls by agent, tool and outcome (ok, error, denied).",
		}, []string{"agent", "tool", "outcome"}),
		denials: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "webex_mcp_denials_total", Help: "Tool calls the policy denied, by agent and tool.",
		}, []string{"agent", "tool"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "webex_mcp_webex_errors_total", Help: "Tool calls Webex answered with an error, by agent, tool and HTTP status.",
		}, []string{"agent", "tool", "status"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "webex_mcp_call_duration_seconds", Help: "Tool call latency, Webex requests included, by tool.",
			Buckets: prometheus.ExponentialBuckets(0.005, 2.5, 9),
		}, []string{"tool"}),
	}
	m.reg.MustRegister(m.calls, m.denials, m.errors, m.latency,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Handler serves the metrics in the Prometheus exposition format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// observe counts one audit record; attempts are counted by their outcome.
func (m *Metrics) observe(rec Record) {
	if m == nil || rec.Outcome == outcomeAttempt {
		return
	}
	tool := rec.Tool
	if _, ok := toolByName()[tool]; !ok && !isMetaTool(tool) {
		tool = "unknown" // never a label an agent chose
	}
	m.calls.WithLabelValues(rec.Agent, tool, rec.Outcome).Inc()
	m.latency.WithLabelValues(tool).Observe(rec.DurationMS / 1000)
	switch {
	case rec.Decision == Denied:
		m.denials.WithLabelValues(rec.Agent, tool).Inc()
	case rec.Status != 0:
		m.errors.WithLabelValues(rec.Agent, tool, strconv.Itoa(rec.Status)).Inc()
	}
}
