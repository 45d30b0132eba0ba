package app

import (
	"crypto/sha256"
	"sync"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// sigCacheSize bounds the verified-tx cache: a few mempools' worth of txs (32 bytes each).
const sigCacheSize = 100_000

// sigCache remembers the txs whose signatures this node verified in CheckTx, so FinalizeBlock
// need not verify the same bytes again: signature checks are the largest per-tx cost of a blob
// tx, and every node otherwise pays them twice. Skipping is safe and deterministic: the verdict
// depends only on the tx bytes, the chain id and the signer's account number and public key,
// none of which can change for an account that already existed in CheckTx, and a cached tx
// was valid there. Gas is unaffected (SigGasConsumeDecorator charges it either way).
type sigCache struct {
	mu    sync.Mutex
	seen  map[[32]byte]struct{}
	order [][32]byte // FIFO eviction
	next  int
}

func newSigCache() *sigCache {
	return &sigCache{seen: make(map[[32]byte]struct{}, sigCacheSize), order: make([][32]byte, sigCacheSize)}
}

func (c *sigCache) add(h [32]byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.seen[h]; ok {
		return
	}
	delete(c.seen, c.order[c.next])
	c.order[c.next], c.seen[h] = h, struct{}{}
	c.next = (c.next + 1) % len(c.order)
}

// take reports whether h was verified, forgetting it: a block executes a tx once.
func (c *sigCache) take(h [32]byte) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.seen[h]
	delete(c.seen, h)
	return ok
}

// sigCacheDecorator sits before the signature checks: in CheckTx it records the txs that pass
// the rest of the chain; in FinalizeBlock it turns signature verification off for those.
type sigCacheDecorator struct {
	cache *sigCache
}

// AnteHandle implements sdk.AnteDecorator.
func (d sigCacheDecorator) AnteHandle(ctx sdk.Context, tx sdk.Tx, simulate bool, next sdk.AnteHandler) (sdk.Context, error) {
	if simulate || len(ctx.TxBytes()) == 0 {
		return next(ctx, tx, simulate)
	}
	h := sha256.Sum256(ctx.TxBytes())
	switch ctx.ExecMode() {
	case sdk.ExecModeFinalize:
		if d.cache.take(h) {
			ctx = ctx.WithIsSigverifyTx(false)
		}
		return next(ctx, tx, simulate)
	case sdk.ExecModeCheck:
		newCtx, err := next(ctx, tx, simulate)
		if err == nil {
			d.cache.add(h)
		}
		return newCtx, err
	default:
		return next(ctx, tx, simulate)
	}
}
