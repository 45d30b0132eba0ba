package load

import (
	"math"
	"time"
)

// Report is the single JSON object seq-load prints. Counts and latencies
// cover every tx; invariant: committed + failed == sent.
//
// Rates (tx_per_s, blobs_per_s, bytes_per_s) are the steady-state commit
// rate: of the blocks received while sending, take the first and the last
// that hold our txs; the rate is our txs in the blocks after the first, up
// to and including the last, over the header-time span between the two. This
// drops the ramp-up (the first block also carries txs sent before it was
// proposed) and the drain, which committed ÷ duration (window_tx_per_s, kept
// for reference) does not. When those blocks span less than half the
// duration (a stalled chain), the rates fall back to the window rates.
type Report struct {
	Mode       string   `json:"mode"`
	Nodes      []string `json:"nodes"`
	Broadcast  string   `json:"broadcast"`      // "grpc" or "rpc"
	GRPC       []string `json:"grpc,omitempty"` // gRPC broadcast addresses
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
	BytesPerS     float64 `json:"bytes_per_s"`     // payload (blob) bytes
	WindowTxPerS  float64 `json:"window_tx_per_s"` // committed while sending / duration

	LatencyMs           LatencySummary `json:"latency_ms"`       // broadcast start → commit event received
	ChainLatencyMs      LatencySummary `json:"chain_latency_ms"` // broadcast start → block committed (next header's BFT time)
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
	BlockFetch    int64 `json:"block_fetch"`  // /block of a height announced by NewBlockHeader
	FetchErrors   int64 `json:"fetch_errors"` // heights whose fetch was given up
	NewBlockEvent int64 `json:"new_block_event"`
	TxEvent       int64 `json:"tx_event"`
	TxQuery       int64 `json:"tx_query"`
	NoLatency     int64 `json:"no_latency"` // found by /tx in a block we did not see
}

// report assembles the Report once the run is over.
func (e *engine) report(start, sendEnd, end time.Time) *Report {
	c := e.tracker.Snapshot()
	w := e.tracker.Window(sendEnd, e.watch.commitTimes())
	window := e.watch.window(start, sendEnd)
	blocks := blockStats(window)
	steady, span := rateBasis(window, w, e.cfg.Duration)
	f := Failures{
		RejectedCheckTx: c.RejectedCheckTx, RejectedMempoolFull: c.RejectedMempoolFull,
		BroadcastError: c.BroadcastErrors, ExecFailed: c.ExecFailed,
		Uncommitted: c.InFlight + c.Accepted, Duplicate: e.duplicates.Load(),
	}
	d := e.cfg.Duration
	var grpcAddrs []string
	if e.cfg.Broadcast == BroadcastGRPC {
		grpcAddrs = e.cfg.GRPC
	}
	return &Report{
		Mode: e.src.Name(), Nodes: e.cfg.Nodes, Broadcast: e.cfg.Broadcast, GRPC: grpcAddrs, TargetRate: e.cfg.Rate,
		DurationS: d.Seconds(), Workers: e.cfg.Workers,
		Sent: c.Sent + f.Duplicate, Committed: c.Committed,
		Failed:              c.Failed() + f.Uncommitted + f.Duplicate,
		RejectedMempoolFull: c.RejectedMempoolFull, Failures: f,
		SourceErrors:  e.sourceErrs.Load(),
		OfferedTxPerS: perSecond(c.Sent+f.Duplicate, d),
		TxPerS:        perSecond(steady.txs, span), BlobsPerS: perSecond(steady.blobs, span),
		BytesPerS: perSecond(steady.payload, span), WindowTxPerS: perSecond(w.inWindow.txs, d),
		LatencyMs: Summarize(w.latencies), ChainLatencyMs: Summarize(w.chainLat),
		BlockIntervalMsMean: blocks.IntervalMsMean, Blocks: blocks,
		CommitSources: CommitSources{
			BlockFetch: e.watch.viaFetch.Load(), FetchErrors: e.watch.fetchErrs.Load(),
			NewBlockEvent: e.watch.viaBlock.Load(), TxEvent: e.watch.viaTx.Load(),
			TxQuery: e.confirmed.Load(), NoLatency: w.noTime,
		},
		ElapsedS: math.Round(end.Sub(start).Seconds()*10) / 10,
	}
}

// rateBasis returns the load and the span the reported rates divide: the
// steady state, or the whole window when its blocks span less than half the
// duration. Too few blocks are no steady state: a chain that stalls for most
// of the run and then commits its backlog in two quick blocks would otherwise
// report the burst as its throughput.
func rateBasis(window []block, w windowStats, d time.Duration) (volume, time.Duration) {
	steady, span := steadyState(window, w.byHeight)
	if span < d/2 {
		return w.inWindow, d
	}
	return steady, span
}

// steadyState returns the load committed in blocks (first, last] and the
// header-time span between first and last, where first and last are the
// earliest and latest of blocks (sorted by height) holding any of our txs.
func steadyState(blocks []block, byHeight map[int64]volume) (volume, time.Duration) {
	first, last := -1, -1
	for i, b := range blocks {
		if byHeight[b.height].txs > 0 {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	var v volume
	if first < 0 || last == first {
		return v, 0
	}
	for _, b := range blocks[first+1 : last+1] {
		v.add(byHeight[b.height])
	}
	return v, blocks[last].time.Sub(blocks[first].time)
}
