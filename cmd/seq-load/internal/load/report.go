package load

import (
	"math"
	"time"
)

// Report is the single JSON object seq-load prints. Rates (tx_per_s,
// blobs_per_s, bytes_per_s) count the txs committed before the end of the
// sending phase divided by its duration: the sustained rate, not inflated by
// a backlog committed while draining. Counts and latencies cover every tx.
// Invariant: committed + failed == sent.
type Report struct {
	Mode       string   `json:"mode"`
	Nodes      []string `json:"nodes"`
	TargetRate float64  `json:"target_rate"`
	DurationS  float64  `json:"duration_s"`
	Workers    int      `json:"workers"`
	TxSize     int      `json:"tx_size,omitempty"`      // raw mode: bytes per tx
	BlobSize   int      `json:"blob_size,omitempty"`    // bytes per blob
	BlobsPerTx int      `json:"blobs_per_tx,omitempty"` // seqd mode

	Sent                int64    `json:"sent"`
	Committed           int64    `json:"committed"`
	Failed              int64    `json:"failed"`
	RejectedMempoolFull int64    `json:"rejected_mempool_full"`
	Failures            Failures `json:"failures"`
	SourceErrors        int64    `json:"source_errors"`

	OfferedTxPerS float64 `json:"offered_tx_per_s"` // sent / duration
	TxPerS        float64 `json:"tx_per_s"`
	BlobsPerS     float64 `json:"blobs_per_s"`
	BytesPerS     float64 `json:"bytes_per_s"` // payload (blob) bytes

	LatencyMs           LatencySummary `json:"latency_ms"`
	BlockIntervalMsMean float64        `json:"block_interval_ms_mean"`
	Blocks              BlockStats     `json:"blocks"`
	CommitSources       CommitSources  `json:"commit_sources"`
	ElapsedS            float64        `json:"elapsed_s"`
}

// Failures breaks down Report.Failed.
type Failures struct {
	RejectedCheckTx     int64 `json:"rejected_checktx"`
	RejectedMempoolFull int64 `json:"rejected_mempool_full"`
	BroadcastError      int64 `json:"broadcast_error"`
	ExecFailed          int64 `json:"exec_failed"` // in a block with code != 0
	Uncommitted         int64 `json:"uncommitted"` // accepted, not seen committed by the end
	Duplicate           int64 `json:"duplicate"`   // source produced a tx already sent
}

// CommitSources says how commits were detected, to spot lost events.
type CommitSources struct {
	NewBlockEvent int64 `json:"new_block_event"`
	TxEvent       int64 `json:"tx_event"`
	TxQuery       int64 `json:"tx_query"`
	NoLatency     int64 `json:"no_latency"` // found by /tx in a block we did not see
}

// report assembles the Report once the run is over.
func (e *engine) report(start, sendEnd, end time.Time) *Report {
	c := e.tracker.Snapshot()
	w := e.tracker.Window(sendEnd)
	blocks := e.watch.stats(start, sendEnd)
	f := Failures{
		RejectedCheckTx: c.RejectedCheckTx, RejectedMempoolFull: c.RejectedMempoolFull,
		BroadcastError: c.BroadcastErrors, ExecFailed: c.ExecFailed,
		Uncommitted: c.InFlight + c.Accepted, Duplicate: e.duplicates.Load(),
	}
	d := e.cfg.Duration
	return &Report{
		Mode: e.src.Name(), Nodes: e.cfg.Nodes, TargetRate: e.cfg.Rate,
		DurationS: d.Seconds(), Workers: e.cfg.Workers,
		Sent: c.Sent + f.Duplicate, Committed: c.Committed,
		Failed:              c.Failed() + f.Uncommitted + f.Duplicate,
		RejectedMempoolFull: c.RejectedMempoolFull, Failures: f,
		SourceErrors:  e.sourceErrs.Load(),
		OfferedTxPerS: perSecond(c.Sent+f.Duplicate, d),
		TxPerS:        perSecond(w.inWindow, d), BlobsPerS: perSecond(w.blobs, d), BytesPerS: perSecond(w.payload, d),
		LatencyMs:           Summarize(w.latencies),
		BlockIntervalMsMean: blocks.IntervalMsMean, Blocks: blocks,
		CommitSources: CommitSources{
			NewBlockEvent: e.watch.viaBlock.Load(), TxEvent: e.watch.viaTx.Load(),
			TxQuery: e.confirmed.Load(), NoLatency: w.noTime,
		},
		ElapsedS: math.Round(end.Sub(start).Seconds()*10) / 10,
	}
}
