package load

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	coretypes "github.com/cometbft/cometbft/rpc/core/types"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/stretchr/testify/require"
)

// fakeChain is an in-memory node: broadcasts enter a mempool, and every
// blockEvery the whole mempool becomes a block, announced both as a NewBlock
// and as a NewBlockHeader event and served by Block/BlockResults.
// rejectEvery > 0 makes every n-th broadcast fail with mempool-full.
type fakeChain struct {
	mu          sync.Mutex
	mempool     []cmttypes.Tx
	height      int64
	n           int
	rejectEvery int
	stored      map[int64]cmttypes.EventDataNewBlock
	blocks      chan coretypes.ResultEvent
	headers     chan coretypes.ResultEvent
}

func newFakeChain(ctx context.Context, blockEvery time.Duration, rejectEvery int) *fakeChain {
	c := &fakeChain{blocks: make(chan coretypes.ResultEvent, 1024), headers: make(chan coretypes.ResultEvent, 1024),
		rejectEvery: rejectEvery, stored: map[int64]cmttypes.EventDataNewBlock{}}
	go func() {
		tick := time.NewTicker(blockEvery)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
				c.makeBlock()
			}
		}
	}()
	return c
}

func (c *fakeChain) makeBlock() {
	c.mu.Lock()
	c.height++
	b := &cmttypes.Block{Header: cmttypes.Header{Height: c.height, Time: time.Now()}, Data: cmttypes.Data{Txs: c.mempool}}
	res := make([]*abci.ExecTxResult, len(c.mempool))
	for i := range res {
		res[i] = &abci.ExecTxResult{}
	}
	c.mempool = nil
	ev := cmttypes.EventDataNewBlock{Block: b, ResultFinalizeBlock: abci.ResponseFinalizeBlock{TxResults: res}}
	c.stored[c.height] = ev
	c.mu.Unlock()
	c.blocks <- coretypes.ResultEvent{Data: ev}
	c.headers <- coretypes.ResultEvent{Data: cmttypes.EventDataNewBlockHeader{Header: b.Header}}
}

func (c *fakeChain) Block(_ context.Context, h *int64) (*coretypes.ResultBlock, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	ev, ok := c.stored[*h]
	if !ok {
		return nil, fmt.Errorf("height %d must be less than or equal to the current blockchain height %d", *h, c.height)
	}
	return &coretypes.ResultBlock{Block: ev.Block}, nil
}

func (c *fakeChain) BlockResults(_ context.Context, h *int64) (*coretypes.ResultBlockResults, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	ev, ok := c.stored[*h]
	if !ok {
		return nil, fmt.Errorf("no results for height %d", *h)
	}
	return &coretypes.ResultBlockResults{Height: *h, TxsResults: ev.ResultFinalizeBlock.TxResults}, nil
}

func (c *fakeChain) BroadcastTxSync(_ context.Context, tx cmttypes.Tx) (*coretypes.ResultBroadcastTx, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
	if c.rejectEvery > 0 && c.n%c.rejectEvery == 0 {
		return nil, errors.New("error on broadcastTxSync: mempool is full: number of txs 10 (max: 10)")
	}
	c.mempool = append(c.mempool, tx)
	return &coretypes.ResultBroadcastTx{Hash: tx.Hash()}, nil
}

func (c *fakeChain) Tx(context.Context, []byte, bool) (*coretypes.ResultTx, error) {
	return nil, errors.New("tx not found")
}

func (c *fakeChain) Subscribe(_ context.Context, _, query string, _ ...int) (<-chan coretypes.ResultEvent, error) {
	switch query {
	case queryNewBlock:
		return c.blocks, nil
	case queryNewBlockHeader:
		return c.headers, nil
	}
	return make(chan coretypes.ResultEvent), nil // no Tx events: blocks must suffice
}

func runFake(t *testing.T, cfg Config, rejectEvery int) *Report {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	chain := newFakeChain(ctx, 100*time.Millisecond, rejectEvery)
	src, err := NewRawSource(64)
	require.NoError(t, err)
	rep, err := RunWith(ctx, cfg, src, chain, []Broadcaster{RPCBroadcaster{chain}, RPCBroadcaster{chain}}, chain)
	require.NoError(t, err)
	return rep
}

func TestEngineRateAccounting(t *testing.T) {
	cfg := Config{Nodes: []string{"a", "b"}, Rate: 400, Duration: 1500 * time.Millisecond, Drain: 2 * time.Second, Workers: 8, TxEvents: true}
	rep := runFake(t, cfg, 0)
	// 600 tokens over the duration plus the initial 20-token burst at most.
	require.InDelta(t, 600, rep.Sent, 40, "sent")
	require.Equal(t, rep.Sent, rep.Committed)
	require.Zero(t, rep.Failed)
	require.InDelta(t, 400, rep.OfferedTxPerS, 30)
	require.EqualValues(t, rep.Committed, rep.CommitSources.BlockFetch, "commits come from fetched blocks")
	require.Zero(t, rep.CommitSources.FetchErrors)
	require.Equal(t, int(rep.Committed), rep.LatencyMs.Samples)
	require.LessOrEqual(t, rep.LatencyMs.P99, 150.0, "one fake block interval")
	require.InDelta(t, 100, rep.BlockIntervalMsMean, 20)
	// Txs committed after the send window are excluded from the sustained rate.
	require.LessOrEqual(t, rep.TxPerS, rep.OfferedTxPerS)
	require.Greater(t, rep.TxPerS, 300.0)
}

// TestEngineFullBlockEvents keeps the NewBlock-event path (BlockEvents) working.
func TestEngineFullBlockEvents(t *testing.T) {
	cfg := Config{Nodes: []string{"a"}, Rate: 200, Duration: time.Second, Drain: time.Second, Workers: 4, BlockEvents: true}
	rep := runFake(t, cfg, 0)
	require.Equal(t, rep.Sent, rep.Committed)
	require.EqualValues(t, rep.Committed, rep.CommitSources.NewBlockEvent)
	require.Zero(t, rep.CommitSources.BlockFetch)
}

func TestEngineCountsMempoolFull(t *testing.T) {
	cfg := Config{Nodes: []string{"a"}, Rate: 200, Duration: time.Second, Drain: time.Second, Workers: 4}
	rep := runFake(t, cfg, 4)
	require.Equal(t, rep.Sent, rep.Committed+rep.Failed, "committed + failed == sent")
	require.Equal(t, rep.Failed, rep.RejectedMempoolFull)
	require.InDelta(t, rep.Sent/4, rep.RejectedMempoolFull, 1)
}

func TestEngineUnlimitedRateIsBoundedByWorkers(t *testing.T) {
	cfg := Config{Nodes: []string{"a"}, Rate: 0, Duration: 300 * time.Millisecond, Drain: time.Second, Workers: 2}
	rep := runFake(t, cfg, 0)
	require.Greater(t, rep.Sent, int64(100))
	require.Equal(t, rep.Sent, rep.Committed+rep.Failed)
}

// keyRecorder is a Broadcaster that notes the worker of every raw tx ("w<worker>-…") it sends.
type keyRecorder struct {
	next    Broadcaster
	mu      sync.Mutex
	workers map[string]int
}

func (k *keyRecorder) Broadcast(ctx context.Context, tx []byte) CheckResult {
	k.mu.Lock()
	k.workers[string(tx[:bytes.IndexByte(tx, '-')])]++
	k.mu.Unlock()
	return k.next.Broadcast(ctx, tx)
}

// TestEngineSpreadsWorkersOverBroadcasters: worker w always uses broadcaster w % n, whatever
// the broadcaster (RPC node or gRPC address), so a worker's sequence stays on one node.
func TestEngineSpreadsWorkersOverBroadcasters(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	chain := newFakeChain(ctx, 100*time.Millisecond, 0)
	src, err := NewRawSource(64)
	require.NoError(t, err)
	b0 := &keyRecorder{next: RPCBroadcaster{chain}, workers: map[string]int{}}
	b1 := &keyRecorder{next: RPCBroadcaster{chain}, workers: map[string]int{}}
	cfg := Config{Nodes: []string{"a"}, Broadcast: BroadcastGRPC, GRPC: []string{"g0", "g1"}, Rate: 300,
		Duration: 500 * time.Millisecond, Drain: time.Second, Workers: 3}
	rep, err := RunWith(ctx, cfg, src, chain, []Broadcaster{b0, b1}, chain)
	require.NoError(t, err)
	require.Equal(t, rep.Sent, rep.Committed)
	require.Equal(t, "grpc", rep.Broadcast)
	require.Equal(t, []string{"g0", "g1"}, rep.GRPC)
	require.ElementsMatch(t, []string{"w0", "w2"}, keys(b0.workers))
	require.ElementsMatch(t, []string{"w1"}, keys(b1.workers))
}

func keys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}
