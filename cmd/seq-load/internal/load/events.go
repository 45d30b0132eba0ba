package load

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	coretypes "github.com/cometbft/cometbft/rpc/core/types"
	cmttypes "github.com/cometbft/cometbft/types"
)

// Subscriber is the websocket side of CometBFT's RPC client (rpc/client/http.HTTP).
type Subscriber interface {
	Subscribe(ctx context.Context, subscriber, query string, outCapacity ...int) (<-chan coretypes.ResultEvent, error)
}

const (
	// Both queries are answered by any CometBFT node, seqd's or kvstore's.
	queryNewBlock = "tm.event='NewBlock'"
	queryTx       = "tm.event='Tx'"
	// eventBuffer is the client-side channel capacity; the RPC client drops
	// events when it is full, so it is far larger than one block's txs.
	eventBuffer = 1 << 16
	subscriber  = "seq-load"
)

// block is what the watcher keeps per observed block.
type block struct {
	height   int64
	time     time.Time // header time, for the block interval
	received time.Time // local receipt, the commit time of its txs
	txs      int
}

// watcher turns websocket events into commits in the Tracker. NewBlock events
// are authoritative: one per block, so they are never dropped for capacity,
// and they carry every tx and its DeliverTx code. Tx events, if enabled, may
// arrive a little earlier but are dropped by the node when a block holds more
// txs than its subscription buffer (experimental_subscription_buffer_size,
// default 200), so they only ever refine commit times.
type watcher struct {
	tracker  *Tracker
	mu       sync.Mutex
	blocks   []block
	height   atomic.Int64
	viaTx    atomic.Int64 // commits first seen in a Tx event
	viaBlock atomic.Int64 // commits first seen in a NewBlock event
}

func newWatcher(t *Tracker) *watcher { return &watcher{tracker: t} }

// subscribe opens the subscriptions before any tx is sent, so no commit can
// be missed, and returns the event channels (txs is nil unless txEvents).
func (w *watcher) subscribe(ctx context.Context, s Subscriber, txEvents bool) (blocks, txs <-chan coretypes.ResultEvent, err error) {
	blocks, err = s.Subscribe(ctx, subscriber, queryNewBlock, eventBuffer)
	if err != nil {
		return nil, nil, fmt.Errorf("subscribe %s: %w", queryNewBlock, err)
	}
	if txEvents {
		txs, err = s.Subscribe(ctx, subscriber, queryTx, eventBuffer)
		if err != nil {
			return nil, nil, fmt.Errorf("subscribe %s: %w", queryTx, err)
		}
	}
	return blocks, txs, nil
}

// run consumes events until ctx ends. A nil channel simply never fires.
func (w *watcher) run(ctx context.Context, blocks, txs <-chan coretypes.ResultEvent) {
	for {
		select {
		case <-ctx.Done():
			return
		case ev := <-blocks:
			w.onEvent(ev.Data, time.Now())
		case ev := <-txs:
			w.onEvent(ev.Data, time.Now())
		}
	}
}

// onEvent dispatches one event's payload received at now.
func (w *watcher) onEvent(data any, now time.Time) {
	switch d := data.(type) {
	case cmttypes.EventDataNewBlock:
		w.onBlock(d, now)
	case cmttypes.EventDataTx:
		if w.tracker.Committed(HashOf(d.Tx), Commit{At: now, Height: d.Height, Code: d.Result.Code}) {
			w.viaTx.Add(1)
		}
	}
}

// onBlock records the block and commits every tx in it that we sent.
func (w *watcher) onBlock(d cmttypes.EventDataNewBlock, now time.Time) {
	if d.Block == nil {
		return
	}
	results := d.ResultFinalizeBlock.TxResults
	for i, tx := range d.Block.Txs {
		var code uint32
		if i < len(results) && results[i] != nil {
			code = results[i].Code
		}
		if w.tracker.Committed(HashOf(tx), Commit{At: now, Height: d.Block.Height, Code: code}) {
			w.viaBlock.Add(1)
		}
	}
	w.mu.Lock()
	w.blocks = append(w.blocks, block{height: d.Block.Height, time: d.Block.Time, received: now, txs: len(d.Block.Txs)})
	w.mu.Unlock()
	w.height.Store(d.Block.Height)
}

// commitTimes maps each observed height h to the header time of h+1: the
// weighted median of the validators' precommit times for h (BFT time), i.e.
// when h was committed, independent of how late its event reached us. Valid
// on a localnet, where validators and seq-load share one clock.
func (w *watcher) commitTimes() map[int64]time.Time {
	w.mu.Lock()
	defer w.mu.Unlock()
	byHeight := make(map[int64]time.Time, len(w.blocks))
	for _, b := range w.blocks {
		byHeight[b.height] = b.time
	}
	out := make(map[int64]time.Time, len(byHeight))
	for h := range byHeight {
		if next, ok := byHeight[h+1]; ok {
			out[h] = next
		}
	}
	return out
}

// receivedAt returns when the block at height was received, if it was.
func (w *watcher) receivedAt(height int64) (time.Time, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, b := range w.blocks {
		if b.height == height {
			return b.received, true
		}
	}
	return time.Time{}, false
}

// BlockStats summarises the blocks received in a time window.
type BlockStats struct {
	Count          int     `json:"count"`
	FirstHeight    int64   `json:"first_height"`
	LastHeight     int64   `json:"last_height"`
	IntervalMsMean float64 `json:"interval_ms_mean"`
	TxsMean        float64 `json:"txs_mean"`
	TxsMax         int     `json:"txs_max"`
}

// window returns the blocks whose header time is in [from, to], in height
// order. Header time, not receipt: a loaded node or a starved client can
// deliver NewBlock events seconds late, and the watcher keeps receiving them
// through the drain.
func (w *watcher) window(from, to time.Time) []block {
	w.mu.Lock()
	defer w.mu.Unlock()
	var out []block
	for _, b := range w.blocks {
		if !b.time.Before(from) && !b.time.After(to) {
			out = append(out, b)
		}
	}
	slices.SortFunc(out, func(a, b block) int { return cmp.Compare(a.height, b.height) })
	return out
}

// blockStats summarises blocks. The mean interval uses header times over the
// height span, which is robust to late event delivery.
func blockStats(blocks []block) BlockStats {
	s := BlockStats{Count: len(blocks)}
	if s.Count == 0 {
		return s
	}
	var txs int
	for _, b := range blocks {
		txs += b.txs
		s.TxsMax = max(s.TxsMax, b.txs)
	}
	first, last := blocks[0], blocks[len(blocks)-1]
	s.FirstHeight, s.LastHeight = first.height, last.height
	s.TxsMean = float64(txs) / float64(s.Count)
	if span := last.height - first.height; span > 0 {
		s.IntervalMsMean = ms(last.time.Sub(first.time) / time.Duration(span))
	}
	return s
}
