package load

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"sync"
	"time"

	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
)

// TxHash is a tx's CometBFT hash: sha256 of its bytes, as in the "tx.hash"
// event attribute and the /tx?hash= query (there in uppercase hex).
type TxHash [sha256.Size]byte

// HashOf returns the CometBFT hash of tx.
func HashOf(tx []byte) TxHash { return sha256.Sum256(tx) }

// String returns the hash in uppercase hex, the form CometBFT prints.
func (h TxHash) String() string { return strings.ToUpper(hex.EncodeToString(h[:])) }

// outcome is where a tracked tx stands. A tx moves out of inFlight or
// accepted exactly once into a terminal outcome, except that a commit always
// wins: a broadcast that timed out on our side may still have reached the
// mempool and been committed.
type outcome uint8

const (
	inFlight            outcome = iota // broadcast call running
	accepted                           // CheckTx OK, waiting for a block
	committed                          // in a block, DeliverTx code 0
	execFailed                         // in a block, DeliverTx code != 0
	rejectedCheckTx                    // CheckTx code != 0
	rejectedMempoolFull                // node refused: mempool full
	broadcastError                     // RPC/transport error or timeout
	numOutcomes
)

// record is what the tracker keeps per tx. Tx bytes are deliberately not kept:
// a one-minute overload run at 8 KiB would otherwise hold gigabytes.
type record struct {
	start   time.Time
	commit  time.Time // zero if unknown (found by the /tx fallback only)
	height  int64     // of the block that committed it
	blobs   int32
	payload int32
	state   outcome
}

// Commit is how a tx was seen committed.
type Commit struct {
	At     time.Time // local receipt of the event; zero if unknown
	Height int64
	Code   uint32 // DeliverTx (ExecTxResult) code
}

// Tracker matches broadcast txs with their commit by hash and counts outcomes.
// It is safe for concurrent use by workers and the event loop.
type Tracker struct {
	mu     sync.Mutex
	recs   map[TxHash]*record
	counts [numOutcomes]int64
}

// NewTracker returns an empty tracker.
func NewTracker() *Tracker {
	return &Tracker{recs: make(map[TxHash]*record, 1<<14)}
}

// Add registers a tx just before it is broadcast, so a commit event that
// overtakes the RPC response still finds it. It returns false for a hash
// already tracked (the source produced a duplicate tx).
func (t *Tracker) Add(h TxHash, start time.Time, tx Tx) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	if _, dup := t.recs[h]; dup {
		return false
	}
	t.recs[h] = &record{start: start, blobs: int32(tx.Blobs), payload: int32(tx.PayloadBytes)}
	t.counts[inFlight]++
	return true
}

// Checked records the broadcast (CheckTx) outcome of h.
func (t *Tracker) Checked(h TxHash, res CheckResult) {
	t.mu.Lock()
	defer t.mu.Unlock()
	r := t.recs[h]
	if r == nil || r.state != inFlight {
		return // already committed (event overtook the response)
	}
	t.move(r, classify(res))
}

// Committed records that h is in a block. It reports whether h was one of
// ours and newly committed.
func (t *Tracker) Committed(h TxHash, c Commit) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	r := t.recs[h]
	if r == nil || r.state == committed || r.state == execFailed {
		return false
	}
	r.commit, r.height = c.At, c.Height
	if c.Code == 0 {
		t.move(r, committed)
	} else {
		t.move(r, execFailed)
	}
	return true
}

func (t *Tracker) move(r *record, to outcome) {
	t.counts[r.state]--
	t.counts[to]++
	r.state = to
}

// classify maps a broadcast result to an outcome. Mempool-full is told apart
// from other errors by CometBFT's ErrMempoolIsFull text, because the RPC layer
// flattens it into a string (the gRPC broadcaster turns the SDK's code for it
// back into that text, see txResponseResult), or, when seqd's own admission
// control refuses the tx in CheckTx, by the SDK's code for it.
func classify(res CheckResult) outcome {
	switch {
	case res.Err != nil && strings.Contains(res.Err.Error(), "mempool is full"):
		return rejectedMempoolFull
	case res.Err == nil && res.Codespace == sdkerrors.RootCodespace && res.Code == sdkerrors.ErrMempoolIsFull.ABCICode():
		return rejectedMempoolFull
	case res.Err != nil:
		return broadcastError
	case res.Code != 0:
		return rejectedCheckTx
	default:
		return accepted
	}
}

// Unresolved returns how many txs are still in flight or waiting for a block.
func (t *Tracker) Unresolved() int64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.counts[inFlight] + t.counts[accepted]
}

// Accepted returns the hashes of txs admitted by CheckTx whose commit has not
// been seen, for the /tx?hash= fallback.
func (t *Tracker) Accepted() []TxHash {
	t.mu.Lock()
	defer t.mu.Unlock()
	var out []TxHash
	for h, r := range t.recs {
		if r.state == accepted {
			out = append(out, h)
		}
	}
	return out
}

// Counts is a snapshot of the tracker's counters.
type Counts struct {
	Sent, InFlight, Accepted, Committed, ExecFailed       int64
	RejectedCheckTx, RejectedMempoolFull, BroadcastErrors int64
}

// Failed is every tx that was sent and did not make it into a block with code 0,
// except those still unresolved.
func (c Counts) Failed() int64 {
	return c.ExecFailed + c.RejectedCheckTx + c.RejectedMempoolFull + c.BroadcastErrors
}

// Snapshot returns the current counters.
func (t *Tracker) Snapshot() Counts {
	t.mu.Lock()
	defer t.mu.Unlock()
	c := t.counts
	return Counts{
		Sent:     int64(len(t.recs)),
		InFlight: c[inFlight], Accepted: c[accepted], Committed: c[committed], ExecFailed: c[execFailed],
		RejectedCheckTx: c[rejectedCheckTx], RejectedMempoolFull: c[rejectedMempoolFull],
		BroadcastErrors: c[broadcastError],
	}
}

// volume is an amount of committed load.
type volume struct{ txs, blobs, payload int64 }

func (v *volume) add(o volume) {
	v.txs += o.txs
	v.blobs += o.blobs
	v.payload += o.payload
}

// windowStats is what the report needs from the committed txs.
type windowStats struct {
	latencies []time.Duration  // committed txs with a known commit time
	chainLat  []time.Duration  // committed txs whose block's commit (BFT) time is known
	inWindow  volume           // committed by the window's end
	byHeight  map[int64]volume // committed, per block height
	noTime    int64            // committed, found only by /tx (no latency)
}

// Window collects the latencies of all committed txs (by event receipt and,
// where commitAt knows the height, by consensus commit time), the load
// committed by end (the end of the sending phase) and the load per block.
func (t *Tracker) Window(end time.Time, commitAt map[int64]time.Time) windowStats {
	t.mu.Lock()
	defer t.mu.Unlock()
	w := windowStats{byHeight: map[int64]volume{}}
	for _, r := range t.recs {
		if r.state != committed {
			continue
		}
		v := volume{txs: 1, blobs: int64(r.blobs), payload: int64(r.payload)}
		hv := w.byHeight[r.height]
		hv.add(v)
		w.byHeight[r.height] = hv
		if at, ok := commitAt[r.height]; ok {
			w.chainLat = append(w.chainLat, at.Sub(r.start))
		}
		if r.commit.IsZero() {
			w.noTime++
			continue
		}
		w.latencies = append(w.latencies, r.commit.Sub(r.start))
		if !r.commit.After(end) {
			w.inWindow.add(v)
		}
	}
	return w
}
