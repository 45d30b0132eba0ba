package load

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	coretypes "github.com/cometbft/cometbft/rpc/core/types"
	cmttypes "github.com/cometbft/cometbft/types"
)

// Subscriber is the websocket side of CometBFT's RPC client (rpc/client/http.HTTP).
type Subscriber interface {
	Subscribe(ctx context.Context, subscriber, query string, outCapacity ...int) (<-chan coretypes.ResultEvent, error)
}

const (
	// All three queries are answered by any CometBFT node, seqd's or kvstore's.
	queryNewBlockHeader = "tm.event='NewBlockHeader'"
	queryNewBlock       = "tm.event='NewBlock'"
	queryTx             = "tm.event='Tx'"
	// eventBuffer is the client-side channel capacity; the RPC client drops
	// events when it is full, so it is far larger than one block's txs.
	eventBuffer = 1 << 16
	subscriber  = "seq-load"
	// fetchAttempts bounds the retries of one height's /block + /block_results.
	fetchAttempts = 20
)

// BlockFetcher reads a committed block and its tx results over HTTP RPC; the
// watcher uses it to turn a NewBlockHeader event into commits.
type BlockFetcher interface {
	Block(ctx context.Context, height *int64) (*coretypes.ResultBlock, error)
	BlockResults(ctx context.Context, height *int64) (*coretypes.ResultBlockResults, error)
}

// block is what the watcher keeps per observed block.
type block struct {
	height   int64
	time     time.Time // header time, for the block interval
	received time.Time // local receipt, the commit time of its txs
	txs      int
}

// watcher turns websocket events into commits in the Tracker.
//
// By default it subscribes to NewBlockHeader, a few hundred bytes per block
// however full the block is, and fetches each height's /block (tx bytes, for
// the hashes) and /block_results (codes) over HTTP. Full NewBlock events
// (BlockEvents) carry the same in one push, but a block of thousands of 8 KiB
// txs is a multi-megabyte websocket frame that CometBFT must write before the
// next one: under high load the subscription falls behind or is cancelled,
// and seq-load with it. A pulled fetch can lag without losing anything, and
// the commit time stays the header event's receipt. Heights are fetched in
// order from the first header seen, so a dropped header event leaves no gap.
//
// Tx events, if enabled, may arrive a little earlier but are dropped by the
// node when a block holds more txs than its subscription buffer
// (experimental_subscription_buffer_size), so they only refine commit times.
type watcher struct {
	tracker   *Tracker
	fetcher   BlockFetcher // nil with full NewBlock events
	log       func(format string, args ...any)
	mu        sync.Mutex
	blocks    []block
	headers   map[int64]time.Time // height -> receipt of the header event that announced it
	known     int64               // highest height announced by a header event
	fetched   int64               // highest height fetched (all below it too)
	wake      chan struct{}       // cap 1: known moved
	height    atomic.Int64
	viaTx     atomic.Int64 // commits first seen in a Tx event
	viaBlock  atomic.Int64 // commits first seen in a NewBlock event
	viaFetch  atomic.Int64 // commits first seen in a fetched block
	fetchErrs atomic.Int64 // heights given up after fetchAttempts
}

func newWatcher(t *Tracker, fetcher BlockFetcher) *watcher {
	return &watcher{tracker: t, fetcher: fetcher, headers: map[int64]time.Time{}, wake: make(chan struct{}, 1),
		log: func(string, ...any) {}}
}

// subscribe opens the subscriptions before any tx is sent, so no commit can
// be missed, and returns the event channels (txs is nil unless txEvents).
func (w *watcher) subscribe(ctx context.Context, s Subscriber, txEvents bool) (blocks, txs <-chan coretypes.ResultEvent, err error) {
	query := queryNewBlockHeader
	if w.fetcher == nil {
		query = queryNewBlock
	}
	blocks, err = s.Subscribe(ctx, subscriber, query, eventBuffer)
	if err != nil {
		return nil, nil, fmt.Errorf("subscribe %s: %w", query, err)
	}
	if txEvents {
		txs, err = s.Subscribe(ctx, subscriber, queryTx, eventBuffer)
		if err != nil {
			return nil, nil, fmt.Errorf("subscribe %s: %w", queryTx, err)
		}
	}
	return blocks, txs, nil
}

// run consumes events until ctx ends, and fetches announced blocks in the
// background. A nil channel simply never fires.
func (w *watcher) run(ctx context.Context, blocks, txs <-chan coretypes.ResultEvent) {
	if w.fetcher != nil {
		go w.fetchLoop(ctx)
	}
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
	case cmttypes.EventDataNewBlockHeader:
		w.onHeader(d.Header.Height, now)
	case cmttypes.EventDataNewBlock:
		if d.Block != nil {
			w.onBlock(d.Block, d.ResultFinalizeBlock.TxResults, now, &w.viaBlock)
		}
	case cmttypes.EventDataTx:
		if w.tracker.Committed(HashOf(d.Tx), Commit{At: now, Height: d.Height, Code: d.Result.Code}) {
			w.viaTx.Add(1)
		}
	}
}

// onHeader announces height h (and any height skipped since the last header,
// whose event was lost) as committed at now, and wakes the fetcher.
func (w *watcher) onHeader(h int64, now time.Time) {
	w.mu.Lock()
	from := w.known + 1
	if w.known == 0 {
		from, w.fetched = h, h-1 // start at the first header seen
	}
	for ; from <= h; from++ {
		w.headers[from] = now
	}
	w.known = max(w.known, h)
	w.mu.Unlock()
	w.height.Store(max(w.height.Load(), h))
	select {
	case w.wake <- struct{}{}:
	default:
	}
}

// fetchLoop fetches every announced height in order until ctx ends.
func (w *watcher) fetchLoop(ctx context.Context) {
	for {
		w.mu.Lock()
		next, known := w.fetched+1, w.known
		w.mu.Unlock()
		if next > known {
			select {
			case <-ctx.Done():
				return
			case <-w.wake:
				continue
			}
		}
		if err := w.fetchHeight(ctx, next); err != nil {
			if ctx.Err() != nil {
				return
			}
			w.fetchErrs.Add(1)
			w.log("seq-load: block %d: %v (its txs are left to the /tx fallback)", next, err)
		}
		w.mu.Lock()
		w.fetched = next
		w.mu.Unlock()
	}
}

// fetchHeight reads /block and /block_results of h (concurrently: both are
// needed, and the block's JSON is the slow one) and commits its txs at the
// receipt time of h's header, retrying briefly: a node under load may answer
// slowly or time out.
func (w *watcher) fetchHeight(ctx context.Context, h int64) error {
	var err error
	for attempt := range fetchAttempts {
		var b *coretypes.ResultBlock
		var r *coretypes.ResultBlockResults
		var rerr error
		done := make(chan struct{})
		go func() {
			defer close(done)
			r, rerr = w.fetcher.BlockResults(ctx, &h)
		}()
		b, err = w.fetcher.Block(ctx, &h)
		<-done
		if err == nil && rerr == nil && b.Block != nil {
			w.mu.Lock()
			at := w.headers[h]
			w.mu.Unlock()
			w.onBlock(b.Block, r.TxsResults, at, &w.viaFetch)
			return nil
		}
		err = errors.Join(err, rerr)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Duration(min(attempt+1, 10)) * 100 * time.Millisecond):
		}
	}
	return err
}

// onBlock records the block and commits every tx in it that we sent at now;
// via counts the commits this path found first.
func (w *watcher) onBlock(b *cmttypes.Block, results []*abci.ExecTxResult, now time.Time, via *atomic.Int64) {
	for i, tx := range b.Txs {
		var code uint32
		if i < len(results) && results[i] != nil {
			code = results[i].Code
		}
		if w.tracker.Committed(HashOf(tx), Commit{At: now, Height: b.Height, Code: code}) {
			via.Add(1)
		}
	}
	w.mu.Lock()
	w.blocks = append(w.blocks, block{height: b.Height, time: b.Time, received: now, txs: len(b.Txs)})
	w.mu.Unlock()
	w.height.Store(max(w.height.Load(), b.Height))
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

// receivedAt returns when the block at height was received (its header
// event, or its NewBlock event), if it was.
func (w *watcher) receivedAt(height int64) (time.Time, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if at, ok := w.headers[height]; ok {
		return at, true
	}
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
