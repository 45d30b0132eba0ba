package app_test

import (
	"runtime"
	"syscall"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/stretchr/testify/require"

	rolluptypes "github.com/seq-network/seq/x/rollup/types"
)

// benchBlockTxs is the number of blob txs per benchmarked block: about what a validator of the
// 4-node bench network commits per block at its 1 KiB saturation rate.
const benchBlockTxs = 300

// BenchmarkBlobTxLifecycle measures one validator's app CPU per 1 KiB blob tx through every
// ABCI call a tx meets on a node: CheckTx when it arrives, the recheck after the block before
// its own, PrepareProposal (which a node runs for a quarter of the blocks on the 4-node
// network, counted here for all), ProcessProposal, FinalizeBlock and Commit. Each b.N step is
// one block; the figure to compare is cpu-ns/tx (and allocs/op), since consensus, p2p and RPC
// cost about the same per tx in seqd and in CometBFT's kvstore. Run it with the tag seqd is
// built with:
//
//	go test ./app/test -run '^$' -bench BlobTxLifecycle -benchmem -tags libsecp256k1_sdk
func BenchmarkBlobTxLifecycle(b *testing.B) {
	h := newHarness(b, benchBlockTxs+1)
	h.registerBulkRollup()
	h.gas = 200_000                   // a 1 KiB blob tx uses about 80k; a block's 100M gas limit then takes 500 txs
	blocks := make([][][]byte, b.N+1) // signed up front: signing is the rollup's work, not the node's
	for i := range blocks {
		blocks[i] = h.benchBlock()
	}
	for _, tx := range blocks[0] { // the mempool holds two blocks: one is checked, then rechecked
		mustCheck(b, h, tx, abci.CheckTxType_New)
	}
	runtime.GC()
	var phase [4]time.Duration // CheckTx, proposals, FinalizeBlock+Commit, recheck
	lap := func(i int, t0 time.Time) time.Time {
		now := time.Now()
		phase[i] += now.Sub(t0)
		return now
	}
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 1; i <= b.N; i++ {
		cur, next := blocks[i-1], blocks[i]
		t := time.Now()
		for _, tx := range next {
			mustCheck(b, h, tx, abci.CheckTxType_New)
		}
		t = lap(0, t)
		proposal := h.prepare(h.app, cur)
		require.Equal(b, benchBlockTxs, len(proposal))
		require.Equal(b, accept, h.process(h.app, proposal))
		t = lap(1, t)
		h.height++
		resp, _ := h.finalize(h.app, h.height, proposal)
		requireAllOK(b, resp)
		t = lap(2, t)
		for _, tx := range next {
			mustCheck(b, h, tx, abci.CheckTxType_Recheck)
		}
		lap(3, t)
	}
	b.StopTimer()
	txs := float64(b.N * benchBlockTxs)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/txs, "ns/tx")
	// CPU time counts the garbage collector's work on the other cores too: on a busy
	// validator it competes with everything else, so this is the figure to compare.
	b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/txs, "cpu-ns/tx")
	for i, name := range []string{"checktx", "proposals", "finalize", "recheck"} {
		b.ReportMetric(float64(phase[i].Nanoseconds())/txs, name+"-ns/tx")
	}
}

// cpuTime is the process's user+system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		panic(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func mustCheck(b *testing.B, h *harness, tx []byte, typ abci.CheckTxType) {
	resp, err := h.app.CheckTx(&abci.RequestCheckTx{Tx: tx, Type: typ})
	if err != nil || resp.Code != 0 {
		b.Fatalf("CheckTx %v: %v %s", typ, err, resp.GetLog())
	}
}

// registerBulkRollup registers "bulk", whose lane takes a whole benchmarked block.
func (h *harness) registerBulkRollup() {
	owner := h.accounts[0]
	msg := &rolluptypes.MsgRegisterRollup{Owner: owner.addr.String(), RollupId: "bulk", MaxBlobBytes: 4096, LaneQuotaBytes: 8 << 20}
	h.height++
	resp, _ := h.finalize(h.app, h.height, [][]byte{h.signTx(owner, msg)})
	requireAllOK(h.t, resp)
}

// benchBlock signs one 1 KiB blob tx for "bulk" from each account but the owner.
func (h *harness) benchBlock() [][]byte {
	txs := make([][]byte, benchBlockTxs)
	for i := range txs {
		txs[i] = h.blobTx(h.accounts[i+1], "bulk", h.blob(1024))
	}
	return txs
}
