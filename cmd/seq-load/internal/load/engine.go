package load

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sync"
	"sync/atomic"
	"time"

	coretypes "github.com/cometbft/cometbft/rpc/core/types"
	"golang.org/x/time/rate"
)

// Node is the request/response side of CometBFT's RPC client
// (rpc/client/http.HTTP) that the engine reads commits with: blocks and the
// /tx fallback, from the node whose events are watched. Txs go out through
// Broadcasters.
type Node interface {
	Tx(ctx context.Context, hash []byte, prove bool) (*coretypes.ResultTx, error)
	BlockFetcher
}

// engine is the state of one run.
type engine struct {
	cfg        Config
	src        TxSource
	node       Node
	bcast      []Broadcaster
	tracker    *Tracker
	watch      *watcher
	limiter    *rate.Limiter
	sourceErrs atomic.Int64
	duplicates atomic.Int64
	confirmed  atomic.Int64 // commits found by the /tx fallback
}

// RunWith runs the load over already-connected endpoints: worker w broadcasts
// with bcast[w % len(bcast)]; commits are read from node's blocks and events
// from events. Run dials real nodes; tests pass fakes.
func RunWith(ctx context.Context, cfg Config, src TxSource, node Node, bcast []Broadcaster, events Subscriber) (*Report, error) {
	cfg.setDefaults()
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	if node == nil || len(bcast) == 0 {
		return nil, errors.New("no nodes")
	}
	if err := src.Prepare(ctx, cfg.Workers); err != nil {
		return nil, fmt.Errorf("prepare %s source: %w", src.Name(), err)
	}
	tracker := NewTracker()
	var fetcher BlockFetcher = node
	if cfg.BlockEvents {
		fetcher = nil
	}
	e := &engine{cfg: cfg, src: src, node: node, bcast: bcast, tracker: tracker, watch: newWatcher(tracker, fetcher), limiter: newLimiter(cfg.Rate)}
	e.watch.log = func(format string, args ...any) { fmt.Fprintf(cfg.Log, format+"\n", args...) }
	return e.run(ctx, events)
}

// newLimiter allows r tx/s with a burst of 50 ms worth of tokens: enough to
// absorb scheduling jitter, too small to hide a stalled node behind a
// catch-up spike. r = 0 means unlimited.
func newLimiter(r float64) *rate.Limiter {
	if r == 0 {
		return rate.NewLimiter(rate.Inf, 1)
	}
	return rate.NewLimiter(rate.Limit(r), max(1, int(math.Ceil(r/20))))
}

// run subscribes, sends for the duration, drains and reports.
func (e *engine) run(ctx context.Context, events Subscriber) (*Report, error) {
	watchCtx, stopWatch := context.WithCancel(ctx)
	defer stopWatch()
	blocks, txs, err := e.watch.subscribe(watchCtx, events, e.cfg.TxEvents)
	if err != nil {
		return nil, err
	}
	go e.watch.run(watchCtx, blocks, txs)

	start := time.Now()
	stopProgress := e.startProgress(ctx, start)
	defer stopProgress()
	e.send(ctx, start.Add(e.cfg.Duration))
	sendEnd := start.Add(e.cfg.Duration)
	e.drain(ctx)
	e.confirm(ctx)
	stopWatch()
	return e.report(start, sendEnd, time.Now()), nil
}

// send runs the workers until the deadline and waits for their last broadcasts.
func (e *engine) send(ctx context.Context, deadline time.Time) {
	sendCtx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()
	var wg sync.WaitGroup
	for w := range e.cfg.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			e.worker(ctx, sendCtx, w)
		}()
	}
	wg.Wait()
}

// worker paces itself on the shared limiter; its broadcasts use ctx, not
// sendCtx, so a tx started before the deadline is not cut off mid-call.
func (e *engine) worker(ctx, sendCtx context.Context, w int) {
	b := e.bcast[w%len(e.bcast)]
	for {
		if err := e.limiter.Wait(sendCtx); err != nil {
			return // the next token would come after the deadline
		}
		tx, err := e.src.Next(ctx, w)
		if err != nil {
			e.sourceError(sendCtx, w, err)
			continue
		}
		e.broadcast(ctx, w, b, tx)
	}
}

// sourceError counts a failed Next and backs off so that a broken source
// does not spin.
func (e *engine) sourceError(ctx context.Context, w int, err error) {
	if n := e.sourceErrs.Add(1); n <= 5 {
		fmt.Fprintf(e.cfg.Log, "seq-load: worker %d: build tx: %v\n", w, err)
	}
	select {
	case <-ctx.Done():
	case <-time.After(100 * time.Millisecond):
	}
}

// broadcast sends one tx and records its CheckTx outcome. The tx is tracked
// before the call so a commit event that overtakes the response still matches;
// latency is measured from the call's start.
func (e *engine) broadcast(ctx context.Context, w int, b Broadcaster, tx Tx) {
	h := HashOf(tx.Bytes)
	if !e.tracker.Add(h, time.Now(), tx) {
		e.duplicates.Add(1)
		e.src.OnResult(w, CheckResult{Err: errors.New("duplicate tx")})
		return
	}
	callCtx, cancel := context.WithTimeout(ctx, e.cfg.BroadcastTimeout)
	cr := b.Broadcast(callCtx, tx.Bytes)
	cancel()
	e.tracker.Checked(h, cr)
	e.src.OnResult(w, cr)
}

// drain waits until every accepted tx is committed or the drain period ends.
func (e *engine) drain(ctx context.Context) {
	deadline := time.Now().Add(e.cfg.Drain)
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for e.tracker.Unresolved() > 0 && time.Now().Before(deadline) {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}
