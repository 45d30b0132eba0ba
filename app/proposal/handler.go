// Package proposal builds and checks block proposals: an optional quorum-certificate tx first
// (checkpoint signatures from the previous height's vote extensions, built and checked by
// app/ve), then the txs grouped into lanes, [rollup lanes sorted by rollup id] [default lane],
// where no rollup may exceed its lane quota in one block, so one busy rollup cannot starve the others.
package proposal

import (
	"context"
	"fmt"

	"cosmossdk.io/log"

	abci "github.com/cometbft/cometbft/abci/types"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/seq-network/seq/x/rollup/types"
)

// RollupReader is the state the handlers read: a rollup's lane quota.
type RollupReader interface {
	GetRollup(ctx context.Context, id string) (types.Rollup, error)
}

// Injector builds and checks the quorum-certificate tx that leads a proposal.
type Injector interface {
	// BuildInjection returns the tx to put first, or nil.
	BuildInjection(ctx sdk.Context, req *abci.RequestPrepareProposal) []byte
	// CheckInjection returns why tx is not a valid quorum-certificate tx, or nil.
	CheckInjection(ctx sdk.Context, tx []byte) error
}

// Handler builds (PrepareProposal) and checks (ProcessProposal) lane-ordered proposals.
// Neither executes txs: execution happens once, in FinalizeBlock, and a tx that fails there
// simply contributes no blobs to its rollup's batch.
type Handler struct {
	logger   log.Logger
	decoder  sdk.TxDecoder
	rollups  RollupReader
	injector Injector
}

// NewHandler returns the proposal handler.
func NewHandler(logger log.Logger, decoder sdk.TxDecoder, rollups RollupReader, injector Injector) *Handler {
	return &Handler{logger: logger.With("module", "proposal"), decoder: decoder, rollups: rollups, injector: injector}
}

// laneTx is a decoded tx with its lane.
type laneTx struct {
	bz   []byte
	lane types.Lane
	gas  uint64
}

// classify decodes a tx and finds its lane.
func (h *Handler) classify(bz []byte) (laneTx, error) {
	tx, err := h.decoder(bz)
	if err != nil {
		return laneTx{}, fmt.Errorf("decode: %w", err)
	}
	lane, err := types.LaneOf(tx)
	if err != nil {
		return laneTx{}, err
	}
	var gas uint64
	if g, ok := tx.(sdk.FeeTx); ok {
		gas = g.GetGas()
	}
	return laneTx{bz: bz, lane: lane, gas: gas}, nil
}

// quotas caches the lane quotas read during one proposal.
type quotas struct {
	ctx     context.Context
	rollups RollupReader
	limit   map[string]uint64
	used    map[string]uint64
}

func newQuotas(ctx context.Context, r RollupReader) *quotas {
	return &quotas{ctx: ctx, rollups: r, limit: map[string]uint64{}, used: map[string]uint64{}}
}

// fits reports whether n more blob bytes fit in the rollup's lane, and why not.
func (q *quotas) fits(rollupID string, n uint64) error {
	limit, ok := q.limit[rollupID]
	if !ok {
		r, err := q.rollups.GetRollup(q.ctx, rollupID)
		if err != nil {
			return err
		}
		limit = r.LaneQuotaBytes
		q.limit[rollupID] = limit
	}
	if q.used[rollupID]+n > limit {
		return types.ErrLaneQuotaExceeded.Wrapf("rollup %s: %d + %d > %d bytes", rollupID, q.used[rollupID], n, limit)
	}
	return nil
}

func (q *quotas) add(rollupID string, n uint64) { q.used[rollupID] += n }

// maxBlockGas is the consensus block gas limit, 0 when unlimited.
func maxBlockGas(ctx sdk.Context) uint64 {
	if b := ctx.ConsensusParams().Block; b != nil && b.MaxGas > 0 {
		return uint64(b.MaxGas)
	}
	return 0
}
