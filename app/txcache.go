package app

import (
	"container/list"
	"crypto/sha256"
	"sync"

	abci "github.com/cometbft/cometbft/abci/types"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// txCacheBytes bounds the decoded-tx cache by the encoded size of the txs it holds: room for
// seqd's default mempool (16 MiB) four times over. A decoded tx takes over ten times its
// encoded size (the SDK keeps a gogoproto and a protoreflect copy, and copies every bytes
// field): 64 MiB of 1 KiB blob txs held 0.7-1 GB of heap. The cache therefore keeps only the
// txs a node still needs (see forget), and this bound only matters for txs that never reach a
// block.
const txCacheBytes = 64 << 20

// txCache decodes each distinct tx once. A node decodes the same bytes up to five times: in
// CheckTx, in the recheck after every block it waits through, in PrepareProposal (proposer)
// and ProcessProposal, and in FinalizeBlock (twice there: the SDK decodes every block tx once
// to see that it decodes, then again to run it). Each decode unpacks the body's Anys and checks
// for unknown fields: 7-11 % of a validator's CPU under blob load, and a quarter of what the
// app allocates per tx. Reuse is deterministic, since decoding is a pure function of the bytes, and safe
// to share: nothing in the node mutates a decoded tx (CheckTx runs no msgs, and a tx a block
// executes is never executed again), and the one lazily computed part of the SDK's tx wrapper,
// its signers, is computed before the tx is shared, so concurrent readers (a gRPC Simulate
// beside CheckTx) only read. Txs that fail to decode are not kept.
//
// A tx leaves the cache as soon as the node is done with it (forget): once its block is
// executed, or when CheckTx or a recheck rejects it, so the cache holds about the mempool.
// Keeping the last 64 MiB of txs instead held over a third of a loaded validator's live heap
// objects, which the collector marks in every cycle: after 150 s at 330 × 1 KiB tx/s a node's
// heap in use was 1.27-1.49 GB that way and 0.50-0.67 GB with forget (RSS 1.7-2.4 GB against
// 1.0-1.2 GB).
type txCache struct {
	decode sdk.TxDecoder
	limit  int

	mu    sync.Mutex
	txs   map[[32]byte]*list.Element // of txCacheEntry
	order *list.List                 // FIFO, oldest at the front
	bytes int
}

type txCacheEntry struct {
	hash [32]byte
	size int
	tx   sdk.Tx
}

// signersTx is the SDK tx wrapper's lazily computed part.
type signersTx interface {
	GetSigners() ([][]byte, error)
}

func newTxCache(decode sdk.TxDecoder, limit int) *txCache {
	return &txCache{decode: decode, limit: limit, txs: map[[32]byte]*list.Element{}, order: list.New()}
}

// Decode implements sdk.TxDecoder.
func (c *txCache) Decode(bz []byte) (sdk.Tx, error) {
	h := sha256.Sum256(bz)
	if tx, ok := c.get(h); ok {
		return tx, nil
	}
	tx, err := c.decode(bz)
	if err != nil {
		return nil, err
	}
	if signersReady(tx) {
		c.put(h, len(bz), tx)
	}
	return tx, nil
}

// signersReady computes a tx's signers, reporting whether that worked. A tx whose signers fail
// (or panic, as for a tx without messages) is not shared: the node rejects it as it would
// without the cache, in the SDK's checks that run before anything asks for signers.
func signersReady(tx sdk.Tx) (ok bool) {
	s, isSigners := tx.(signersTx)
	if !isSigners {
		return true
	}
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	_, err := s.GetSigners()
	return err == nil
}

func (c *txCache) get(h [32]byte) (sdk.Tx, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.txs[h]
	if !ok {
		return nil, false
	}
	return e.Value.(txCacheEntry).tx, true
}

func (c *txCache) put(h [32]byte, size int, tx sdk.Tx) {
	if size > c.limit {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.txs[h]; ok {
		return
	}
	for c.bytes+size > c.limit {
		c.remove(c.order.Front())
	}
	c.txs[h] = c.order.PushBack(txCacheEntry{hash: h, size: size, tx: tx})
	c.bytes += size
}

// forget drops the tx with these bytes, if cached: the node will not decode it again.
func (c *txCache) forget(bz []byte) {
	h := sha256.Sum256(bz)
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.txs[h]; ok {
		c.remove(e)
	}
}

func (c *txCache) remove(e *list.Element) {
	entry := c.order.Remove(e).(txCacheEntry)
	delete(c.txs, entry.hash)
	c.bytes -= entry.size
}

// FinalizeBlock executes the block, then drops its txs from the decode cache: a tx is executed
// once, and the mempool drops it after the block.
func (app *SeqApp) FinalizeBlock(req *abci.RequestFinalizeBlock) (*abci.ResponseFinalizeBlock, error) {
	resp, err := app.App.FinalizeBlock(req)
	for _, tx := range req.Txs {
		app.txs.forget(tx)
	}
	return resp, err
}
