package app

import (
	"crypto/sha256"
	"sync"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// txCacheBytes bounds the decoded-tx cache by the encoded size of the txs it holds: room for
// seqd's default mempool (16 MiB) four times over. A decoded tx takes about three
// times its encoded size (the decoder copies every bytes field), so this is ~200 MB at most.
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
type txCache struct {
	decode sdk.TxDecoder
	limit  int

	mu    sync.Mutex
	txs   map[[32]byte]sdk.Tx
	order []txCacheEntry // FIFO, oldest at head
	head  int
	bytes int
}

type txCacheEntry struct {
	hash [32]byte
	size int
}

// signersTx is the SDK tx wrapper's lazily computed part.
type signersTx interface {
	GetSigners() ([][]byte, error)
}

func newTxCache(decode sdk.TxDecoder, limit int) *txCache {
	return &txCache{decode: decode, limit: limit, txs: map[[32]byte]sdk.Tx{}}
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
	tx, ok := c.txs[h]
	return tx, ok
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
		c.evict()
	}
	c.txs[h] = tx
	c.order = append(c.order, txCacheEntry{hash: h, size: size})
	c.bytes += size
}

// evict drops the oldest entry, compacting the queue once its dead head outgrows the rest.
func (c *txCache) evict() {
	e := c.order[c.head]
	c.order[c.head] = txCacheEntry{}
	c.head++
	delete(c.txs, e.hash)
	c.bytes -= e.size
	if c.head > len(c.order)/2 {
		c.order = append(c.order[:0], c.order[c.head:]...)
		c.head = 0
	}
}
