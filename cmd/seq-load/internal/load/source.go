// Package load is the engine of seq-load: it paces transactions from a
// TxSource at a target rate over a fixed duration, broadcasts them with
// CometBFT's broadcast_tx_sync or a Cosmos SDK node's gRPC tx service (both
// return CheckTx's result), detects their commit from websocket events and
// summarises throughput and submit→commit latency in a Report.
//
// The engine knows nothing about what a transaction contains. A TxSource
// builds the bytes (plain key=value for CometBFT's kvstore, signed
// MsgSubmitBlobs for seqd), so both modes share pacing, tracking and reporting.
package load

import "context"

// Tx is one transaction produced by a TxSource together with what it carries,
// so that the engine can report blobs/s and payload bytes/s without decoding it.
type Tx struct {
	// Bytes is the encoded transaction as broadcast to CometBFT.
	Bytes []byte
	// Blobs is the number of blobs the transaction carries (1 in raw mode).
	Blobs int
	// PayloadBytes is the sum of the blob sizes (the whole tx in raw mode).
	PayloadBytes int
}

// CheckResult is the outcome of one broadcast (see Broadcaster), handed back
// to the TxSource that built the transaction.
type CheckResult struct {
	// Err is set when the call itself failed (transport error, timeout,
	// mempool full, tx already in cache); Code and Log are then meaningless.
	Err error
	// Code, Codespace and Log are CheckTx's response; Code 0 means the tx
	// entered the node's mempool.
	Code      uint32
	Codespace string
	Log       string
}

// OK reports whether the transaction was admitted to the mempool.
func (r CheckResult) OK() bool { return r.Err == nil && r.Code == 0 }

// TxSource builds the transactions of a run. The engine runs Workers
// goroutines; worker w only ever calls Next(ctx, w) and then OnResult(w, …) for
// that transaction before calling Next(ctx, w) again, so a source can bind
// worker w to account w and keep that account's sequence number without
// locking. Each worker always broadcasts to the same node, so a sequence
// accepted by that node's CheckTx is the one the next tx must follow.
//
// Calls for different workers happen concurrently.
type TxSource interface {
	// Name identifies the source in the report ("raw", "seqd").
	Name() string
	// Prepare is called once before the run with the number of workers, e.g.
	// to fund or look up accounts and their sequence numbers. It may take
	// as long as it needs: the run's clock starts after it returns.
	Prepare(ctx context.Context, workers int) error
	// Next builds worker's next transaction. An error is counted as a source
	// error and the worker backs off briefly before trying again; nothing
	// is broadcast.
	Next(ctx context.Context, worker int) (Tx, error)
	// OnResult reports the CheckTx outcome of the transaction worker got
	// from its last Next call. A source tracking sequences advances on OK
	// and re-syncs on "account sequence mismatch" (the expected sequence is
	// in Log).
	OnResult(worker int, res CheckResult)
}
