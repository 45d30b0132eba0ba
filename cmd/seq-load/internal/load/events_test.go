package load

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	coretypes "github.com/cometbft/cometbft/rpc/core/types"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/stretchr/testify/require"
)

// flakyFetcher serves fixed blocks; the first Block call for each height
// fails, as a node under load times out.
type flakyFetcher struct {
	mu     sync.Mutex
	blocks map[int64]*cmttypes.Block
	codes  map[int64][]uint32
	failed map[int64]bool
	calls  []int64
}

func (f *flakyFetcher) Block(_ context.Context, h *int64) (*coretypes.ResultBlock, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = append(f.calls, *h)
	if !f.failed[*h] {
		f.failed[*h] = true
		return nil, errors.New("timeout")
	}
	return &coretypes.ResultBlock{Block: f.blocks[*h]}, nil
}

func (f *flakyFetcher) BlockResults(_ context.Context, h *int64) (*coretypes.ResultBlockResults, error) {
	res := []*abci.ExecTxResult{}
	for _, c := range f.codes[*h] {
		res = append(res, &abci.ExecTxResult{Code: c})
	}
	return &coretypes.ResultBlockResults{Height: *h, TxsResults: res}, nil
}

// TestWatcherFetchesAnnouncedBlocks drives the NewBlockHeader path: a lost
// header event (11) is fetched anyway, a failed fetch is retried, codes come
// from /block_results, and commit time is the receipt of the header that
// announced the height, not the (late) fetch.
func TestWatcherFetchesAnnouncedBlocks(t *testing.T) {
	tr := NewTracker()
	ok10, ok11, bad12 := []byte("a=10"), []byte("b=11"), []byte("c=12")
	t0 := time.Now()
	for _, tx := range [][]byte{ok10, ok11, bad12} {
		require.True(t, tr.Add(HashOf(tx), t0, Tx{Blobs: 1, PayloadBytes: 4}))
	}
	hdrTime := time.Unix(1000, 0)
	mk := func(h int64, txs ...[]byte) *cmttypes.Block {
		b := &cmttypes.Block{Header: cmttypes.Header{Height: h, Time: hdrTime.Add(time.Duration(h) * time.Second)}}
		for _, tx := range txs {
			b.Txs = append(b.Txs, tx)
		}
		return b
	}
	f := &flakyFetcher{
		blocks: map[int64]*cmttypes.Block{10: mk(10, []byte("other"), ok10), 11: mk(11, ok11), 12: mk(12, bad12)},
		codes:  map[int64][]uint32{10: {0, 0}, 11: {0}, 12: {5}},
		failed: map[int64]bool{},
	}
	w := newWatcher(tr, f)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	blocks := make(chan coretypes.ResultEvent, 4)
	go w.run(ctx, blocks, nil)

	r10, r12 := t0.Add(time.Second), t0.Add(3*time.Second)
	w.onEvent(cmttypes.EventDataNewBlockHeader{Header: f.blocks[10].Header}, r10)
	w.onEvent(cmttypes.EventDataNewBlockHeader{Header: f.blocks[12].Header}, r12) // 11's event was lost
	require.Eventually(t, func() bool { return tr.Unresolved() == 0 }, 10*time.Second, 10*time.Millisecond)

	c := tr.Snapshot()
	require.EqualValues(t, 2, c.Committed)
	require.EqualValues(t, 1, c.ExecFailed)
	require.EqualValues(t, 3, w.viaFetch.Load())
	require.Zero(t, w.fetchErrs.Load())
	f.mu.Lock()
	require.Equal(t, []int64{10, 10, 11, 11, 12, 12}, f.calls, "in order, each retried once")
	f.mu.Unlock()
	lat := tr.Window(r12, nil).latencies
	require.ElementsMatch(t, []time.Duration{time.Second, 3 * time.Second}, lat, "10 at its header, 11 with 12's")
	require.Equal(t, map[int64]time.Time{10: hdrTime.Add(11 * time.Second), 11: hdrTime.Add(12 * time.Second)}, w.commitTimes())
	at, ok := w.receivedAt(11)
	require.True(t, ok)
	require.Equal(t, r12, at)
	require.EqualValues(t, 12, w.height.Load())
}
