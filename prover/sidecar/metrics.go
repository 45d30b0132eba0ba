package sidecar

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics are the sidecar's Prometheus collectors (namespace seq_prover).
type Metrics struct {
	Registry       *prometheus.Registry
	LastCertified  prometheus.Gauge
	LastProven     prometheus.Gauge
	LastPosted     prometheus.Gauge
	Lag            prometheus.Gauge
	ProveSeconds   prometheus.Histogram
	CertToL1       prometheus.Histogram
	Retries        *prometheus.CounterVec
	GasUsed        prometheus.Gauge
	DroppedProofs  prometheus.Counter
	SubmittedTotal prometheus.Counter
}

// NewMetrics creates the collectors on a fresh registry.
func NewMetrics() *Metrics {
	g := func(name, help string) prometheus.Gauge {
		return prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "seq_prover", Name: name, Help: help})
	}
	m := &Metrics{
		Registry:      prometheus.NewRegistry(),
		LastCertified: g("last_certified_epoch", "Newest certified checkpoint epoch seen on seqd."),
		LastProven:    g("last_proven_epoch", "Newest epoch proven by this sidecar."),
		LastPosted:    g("last_posted_epoch", "Newest epoch on the L1 registry."),
		Lag:           g("lag_epochs", "Certified epochs not yet on L1 (last certified - last posted)."),
		GasUsed:       g("last_submit_gas_used", "Gas used by the last submitCheckpoint."),
		ProveSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "seq_prover", Name: "prove_seconds",
			Help: "Witness building + Groth16 proving time per checkpoint.", Buckets: prometheus.ExponentialBuckets(0.05, 2, 12)}),
		CertToL1: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "seq_prover", Name: "certified_to_l1_seconds",
			Help: "Block time of the certifying seqd block to the L1 receipt.", Buckets: prometheus.ExponentialBuckets(0.25, 2, 12)}),
		Retries: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "seq_prover", Name: "retries_total",
			Help: "Retried operations after transient errors."}, []string{"op"}),
		DroppedProofs: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "seq_prover", Name: "dropped_proofs_total",
			Help: "Proofs dropped because the registry already had their epoch."}),
		SubmittedTotal: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "seq_prover", Name: "submitted_total",
			Help: "submitCheckpoint transactions mined successfully."}),
	}
	m.Registry.MustRegister(m.LastCertified, m.LastProven, m.LastPosted, m.Lag, m.GasUsed, m.ProveSeconds,
		m.CertToL1, m.Retries, m.DroppedProofs, m.SubmittedTotal)
	return m
}

// Serve exposes /metrics on addr until ctx ends.
func (m *Metrics) Serve(ctx context.Context, addr string) error {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("sidecar: metrics listen %s: %w", addr, err)
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{}))
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	closed := make(chan error, 1)
	go func() {
		<-ctx.Done()
		closed <- srv.Close()
	}()
	if err := srv.Serve(l); !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("sidecar: metrics: %w", err)
	}
	return <-closed
}
