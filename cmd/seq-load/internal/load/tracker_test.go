package load

import (
	"errors"
	"fmt"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/stretchr/testify/require"
)

func TestHashMatchesCometBFT(t *testing.T) {
	tx := []byte("key=value")
	h := HashOf(tx)
	require.Equal(t, cmttypes.Tx(tx).Hash(), h[:])
	// Upper-case hex is what the tx.hash event attribute and /tx print.
	require.Equal(t, fmt.Sprintf("%X", cmttypes.Tx(tx).Hash()), h.String())
}

func TestTrackerOutcomes(t *testing.T) {
	tr := NewTracker()
	t0 := time.Now()
	tx := Tx{Blobs: 2, PayloadBytes: 100}
	hs := make([]TxHash, 6)
	for i := range hs {
		hs[i] = HashOf([]byte{byte(i)})
		require.True(t, tr.Add(hs[i], t0, tx))
	}
	require.False(t, tr.Add(hs[0], t0, tx), "duplicate")

	// 0: accepted then committed; 1: commit event overtakes the RPC response.
	tr.Checked(hs[0], CheckResult{})
	require.True(t, tr.Committed(hs[0], Commit{At: t0.Add(time.Second), Height: 5}))
	require.True(t, tr.Committed(hs[1], Commit{At: t0.Add(2 * time.Second), Height: 6}))
	tr.Checked(hs[1], CheckResult{})
	// 2: mempool full; 3: CheckTx rejection; 4: timeout, yet it landed; 5: never committed.
	tr.Checked(hs[2], CheckResult{Err: errors.New("error on broadcastTxSync: mempool is full: number of txs 5000 (max: 5000)")})
	tr.Checked(hs[3], CheckResult{Code: 32, Log: "account sequence mismatch"})
	tr.Checked(hs[4], CheckResult{Err: errors.New("context deadline exceeded")})
	require.True(t, tr.Committed(hs[4], Commit{At: t0.Add(3 * time.Second), Height: 7}))
	tr.Checked(hs[5], CheckResult{})
	require.False(t, tr.Committed(hs[0], Commit{At: t0}), "second commit of the same tx")
	require.False(t, tr.Committed(HashOf([]byte("not ours")), Commit{At: t0}))

	c := tr.Snapshot()
	require.Equal(t, Counts{Sent: 6, Accepted: 1, Committed: 3, RejectedCheckTx: 1, RejectedMempoolFull: 1}, c)
	require.Equal(t, []TxHash{hs[5]}, tr.Accepted())
	require.EqualValues(t, 1, tr.Unresolved())

	w := tr.Window(t0.Add(2*time.Second), map[int64]time.Time{5: t0.Add(500 * time.Millisecond)})
	require.Len(t, w.latencies, 3)
	require.Equal(t, []time.Duration{500 * time.Millisecond}, w.chainLat)
	require.Equal(t, volume{txs: 2, blobs: 4, payload: 200}, w.inWindow, "the tx committed at +3s is after the window")
	require.Equal(t, map[int64]volume{5: {1, 2, 100}, 6: {1, 2, 100}, 7: {1, 2, 100}}, w.byHeight)
}

func TestTrackerExecFailed(t *testing.T) {
	tr := NewTracker()
	h := HashOf([]byte("x"))
	tr.Add(h, time.Now(), Tx{})
	tr.Checked(h, CheckResult{})
	require.True(t, tr.Committed(h, Commit{At: time.Now(), Code: 5}))
	require.EqualValues(t, 1, tr.Snapshot().ExecFailed)
	require.EqualValues(t, 1, tr.Snapshot().Failed())
}

func TestWatcherMatchesBlockTxs(t *testing.T) {
	tr := NewTracker()
	w := newWatcher(tr, nil)
	ours, failing := []byte("a=1"), []byte("b=2")
	tr.Add(HashOf(ours), time.Now(), Tx{})
	tr.Add(HashOf(failing), time.Now(), Tx{})
	t0 := time.Unix(1000, 0)
	blk := func(h int64, txs ...[]byte) cmttypes.EventDataNewBlock {
		b := &cmttypes.Block{Header: cmttypes.Header{Height: h, Time: t0.Add(time.Duration(h) * 800 * time.Millisecond)}}
		var res []*abci.ExecTxResult
		for _, tx := range txs {
			b.Txs = append(b.Txs, tx)
			code := uint32(0)
			if string(tx) == string(failing) {
				code = 7
			}
			res = append(res, &abci.ExecTxResult{Code: code})
		}
		return cmttypes.EventDataNewBlock{Block: b, ResultFinalizeBlock: abci.ResponseFinalizeBlock{TxResults: res}}
	}
	now := time.Now()
	w.onEvent(blk(10), now)
	w.onEvent(blk(11, []byte("other=1"), ours, failing), now.Add(time.Second))
	w.onEvent(blk(12), now.Add(2*time.Second))
	// A late Tx event for an already committed tx changes nothing.
	w.onEvent(cmttypes.EventDataTx{TxResult: abci.TxResult{Tx: ours}}, now.Add(3*time.Second))

	c := tr.Snapshot()
	require.EqualValues(t, 1, c.Committed)
	require.EqualValues(t, 1, c.ExecFailed)
	require.EqualValues(t, 2, w.viaBlock.Load())
	require.Zero(t, w.viaTx.Load())
	s := blockStats(w.window(t0, t0.Add(10*time.Second)))
	require.Equal(t, BlockStats{Count: 3, FirstHeight: 10, LastHeight: 12, IntervalMsMean: 800, TxsMean: 1, TxsMax: 3}, s)
	require.Equal(t, map[int64]time.Time{10: t0.Add(11 * 800 * time.Millisecond), 11: t0.Add(12 * 800 * time.Millisecond)}, w.commitTimes())
	at, ok := w.receivedAt(11)
	require.True(t, ok)
	require.Equal(t, now.Add(time.Second), at)
}
