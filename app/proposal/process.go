package proposal

import (
	"fmt"

	abci "github.com/cometbft/cometbft/abci/types"

	sdk "github.com/cosmos/cosmos-sdk/types"

	checkpointtypes "github.com/seq-network/seq/x/checkpoint/types"
)

// ProcessProposal returns the handler that rejects a proposal unless its quorum-certificate tx,
// if tx[0] is one, passes the injector's checks (every signature verified against the snapshot
// in state), and every other tx decodes, belongs to exactly one lane of a registered rollup or
// the default lane, the lanes come in order ([rollup lanes by id] [default lane]), no rollup
// exceeds its lane quota, and the block's gas fits. It reads quotas from state, never from the
// proposer.
func (h *Handler) ProcessProposal() sdk.ProcessProposalHandler {
	return func(ctx sdk.Context, req *abci.RequestProcessProposal) (resp *abci.ResponseProcessProposal, err error) {
		defer func() {
			if r := recover(); r != nil {
				resp, err = h.reject(req.Height, fmt.Errorf("panic: %v", r)), nil
			}
		}()
		txs := req.Txs
		if len(txs) > 0 && checkpointtypes.IsInjectedTx(txs[0]) {
			if err := h.injector.CheckInjection(ctx, txs[0]); err != nil {
				return h.reject(req.Height, fmt.Errorf("quorum-certificate tx: %w", err)), nil
			}
			txs = txs[1:]
		}
		if err := h.checkProposal(ctx, txs); err != nil {
			return h.reject(req.Height, err), nil
		}
		return &abci.ResponseProcessProposal{Status: abci.ResponseProcessProposal_ACCEPT}, nil
	}
}

func (h *Handler) reject(height int64, reason error) *abci.ResponseProcessProposal {
	h.logger.Error("rejecting proposal", "height", height, "reason", reason)
	return &abci.ResponseProcessProposal{Status: abci.ResponseProcessProposal_REJECT}
}

// checkProposal returns why txs is not a valid lane-ordered block, or nil.
func (h *Handler) checkProposal(ctx sdk.Context, txs [][]byte) error {
	q := newQuotas(ctx, h.rollups)
	maxGas := maxBlockGas(ctx)
	var (
		gas        uint64
		prevRollup string
		inDefaults bool
	)
	for i, bz := range txs {
		t, err := h.classify(bz)
		if err != nil {
			return fmt.Errorf("tx %d: %w", i, err)
		}
		if gas += t.gas; maxGas > 0 && gas > maxGas {
			return fmt.Errorf("tx %d: block gas %d exceeds %d", i, gas, maxGas)
		}
		if !t.lane.IsBlob() {
			inDefaults = true
			continue
		}
		if inDefaults || t.lane.RollupID < prevRollup {
			return fmt.Errorf("tx %d: lane of rollup %s out of order", i, t.lane.RollupID)
		}
		if err := q.fits(t.lane.RollupID, t.lane.BlobBytes); err != nil {
			return fmt.Errorf("tx %d: %w", i, err)
		}
		q.add(t.lane.RollupID, t.lane.BlobBytes)
		prevRollup = t.lane.RollupID
	}
	return nil
}
