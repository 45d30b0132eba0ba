package cmd

import (
	"sync"
	"sync/atomic"

	"github.com/cometbft/cometbft/libs/log"
	"github.com/cometbft/cometbft/node"
	"github.com/cometbft/cometbft/p2p"
	protomem "github.com/cometbft/cometbft/proto/tendermint/mempool"
)

// mempoolReactorName is the name CometBFT's node registers its mempool reactor under.
const mempoolReactorName = "MEMPOOL"

// gossipQueueLen bounds the gossiped txs waiting for CheckTx by count (the byte bound is the
// mempool's own max_txs_bytes): about ten blocks of 1 KiB blob txs at seqd's saturation.
const gossipQueueLen = 4096

// asyncMempoolGossip is a node option that puts asyncMempoolReactor around CometBFT's mempool
// reactor.
func asyncMempoolGossip(maxBytes int64) node.Option {
	return func(n *node.Node) {
		if wrapMempoolReactor(n.Switch(), maxBytes, n.Logger) {
			n.Logger.Info("mempool: peers' txs are checked off their connections", "queue_txs", gossipQueueLen, "queue_bytes", maxBytes)
		}
	}
}

// wrapMempoolReactor replaces the switch's mempool reactor by asyncMempoolReactor around it, before
// the switch starts. A switch without one is left as it is. (Mempool type "nop" registers a
// reactor without channels, which the wrapper then never hears from.)
func wrapMempoolReactor(sw *p2p.Switch, maxBytes int64, logger log.Logger) bool {
	inner := sw.Reactor(mempoolReactorName)
	if inner == nil {
		return false
	}
	sw.RemoveReactor(mempoolReactorName, inner)
	sw.AddReactor(mempoolReactorName, newAsyncMempoolReactor(inner, gossipQueueLen, maxBytes, logger))
	return true
}

// asyncMempoolReactor is CometBFT's mempool reactor with the CheckTx of peers' txs moved off the
// peers' connections. CometBFT v0.38 calls every reactor's Receive on the one goroutine that
// reads a peer's connection, and the mempool reactor runs CheckTx there, which waits for the
// ABCI lock while the app executes a block. Everything else that peer sends queues behind it:
// the proposal, block parts and votes of the next height reach the node late exactly when
// blocks are big, and the next block grows bigger still (the "slow state" of
// cmd/seq-load/BENCHMARKS.md). Here Receive only queues a peer's txs, and one goroutine hands
// them to the mempool in arrival order, so each peer's txs are still checked in the order it
// sent them (a sender's sequences stay in order). bnb-chain/bnc-tendermint#6 made the same fix.
//
// The queue is bounded by count and by bytes. A tx that finds it full is dropped, which gossip
// tolerates: it is not in this node's mempool cache, so the next peer that sends it is heard,
// and it stays in its sender's mempool until a block carries it.
type asyncMempoolReactor struct {
	p2p.Reactor // the mempool's own reactor: channels, peers, broadcasting

	queue    chan queuedTxs
	maxBytes int64
	queued   atomic.Int64 // tx bytes in queue
	dropped  atomic.Uint64
	logger   log.Logger
	stop     chan struct{}
	stopOnce sync.Once
}

// queuedTxs is a peer's Txs message waiting for CheckTx, with its tx bytes counted once.
type queuedTxs struct {
	e     p2p.Envelope
	bytes int64
}

func newAsyncMempoolReactor(inner p2p.Reactor, queueLen int, maxBytes int64, logger log.Logger) *asyncMempoolReactor {
	return &asyncMempoolReactor{
		Reactor:  inner,
		queue:    make(chan queuedTxs, queueLen),
		maxBytes: maxBytes,
		logger:   logger.With("module", "mempool"),
		stop:     make(chan struct{}),
	}
}

// Start starts the mempool's reactor and the goroutine that checks queued txs.
func (r *asyncMempoolReactor) Start() error {
	if err := r.Reactor.Start(); err != nil {
		return err
	}
	go r.run()
	return nil
}

// Stop stops the checking goroutine (after the tx it is checking) and the mempool's reactor.
func (r *asyncMempoolReactor) Stop() error {
	r.stopOnce.Do(func() { close(r.stop) })
	return r.Reactor.Stop()
}

// FilterMsgBytes keeps the mempool reactor's check of raw messages (tx and batch sizes), which
// CometBFT looks up on the reactor registered for the channel: interface embedding does not
// carry it over.
func (r *asyncMempoolReactor) FilterMsgBytes(chID byte, src p2p.Peer, msgBytes []byte) error {
	if f, ok := r.Reactor.(p2p.MsgBytesFilter); ok {
		return f.FilterMsgBytes(chID, src, msgBytes)
	}
	return nil
}

// Receive queues a peer's txs for the checking goroutine; other messages, which the mempool's
// reactor refuses, go to it at once.
func (r *asyncMempoolReactor) Receive(e p2p.Envelope) {
	msg, ok := e.Message.(*protomem.Txs)
	if !ok {
		r.Reactor.Receive(e)
		return
	}
	n := txsBytes(msg)
	if r.queued.Add(n) > r.maxBytes {
		r.queued.Add(-n)
		r.drop(e)
		return
	}
	select {
	case r.queue <- queuedTxs{e: e, bytes: n}:
	default:
		r.queued.Add(-n)
		r.drop(e)
	}
}

func (r *asyncMempoolReactor) run() {
	for {
		select {
		case <-r.stop:
			return
		case q := <-r.queue:
			r.Reactor.Receive(q.e)
			r.queued.Add(-q.bytes)
		}
	}
}

// drop counts a tx dropped for a full queue; the first and every 1000th are logged.
func (r *asyncMempoolReactor) drop(e p2p.Envelope) {
	if n := r.dropped.Add(1); n%1000 == 1 {
		r.logger.Info("gossip queue full: dropped peers' txs (they reach this node again from other peers or in blocks)",
			"dropped_total", n, "peer", e.Src)
	}
}

func txsBytes(msg *protomem.Txs) int64 {
	var n int64
	for _, tx := range msg.Txs {
		n += int64(len(tx))
	}
	return n
}
